/**
 * setup-m4-env's main step: read the inputs, detect the host, check the requirements (a failed
 * one stops the step before it changes anything), export the tuning, restore the pnpm store.
 */
import { writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReader, fromEnv } from '../lib/inputs.ts';
import { randomId } from '../lib/random-id.ts';
import {
  addPath,
  appendSummary,
  error,
  exportVariable,
  info,
  oneLine,
  setOutput,
  warning,
} from '../lib/runner.ts';
import { bashEnvScript } from './bash-env.ts';
import { restoreStore } from './cache.ts';
import { chooseCache } from './cache-plan.ts';
import { archFailure, rosettaMessage } from './host-checks.ts';
import { readSetupInputs, type SetupInputs } from './inputs.ts';
import { createProber, type Prober, which } from './probe.ts';
import { readHost } from './read-host.ts';
import type { ToolCheck } from './requirements.ts';
import { memoryText, outputs, type Report, setupSummary } from './summary.ts';
import { defaultPnpmHome, planTuning, type TuningPlan } from './tuning.ts';

/** Every required tool checked at once; semver is loaded only when there is one. */
async function checkTools(
  inputs: SetupInputs,
  probe: Prober,
): Promise<{ checks: ToolCheck[]; failure?: string }> {
  if (!inputs.requireTools.length) return { checks: [] };
  const { judgeTool, toolFailure, versionCommand } = await import('./requirements.ts');
  const checks = await Promise.all(
    inputs.requireTools.map(async (req) => {
      if (req.range === undefined) return judgeTool(req, await probe(req.tool, false));
      const command = versionCommand(req);
      return judgeTool(req, await probe(command.program, command.args));
    }),
  );
  return { checks, failure: toolFailure(checks) };
}

/** Writes the exports: GITHUB_ENV, GITHUB_PATH, and the BASH_ENV script for NODE_OPTIONS. */
function apply(tuning: TuningPlan): void {
  if (tuning.heapMb !== undefined) {
    const dir = process.env.RUNNER_TEMP || tmpdir();
    const file = join(dir, `setup-m4-env-${randomId()}.sh`);
    writeFileSync(file, bashEnvScript(tuning.heapMb, process.env.BASH_ENV), { mode: 0o644 });
    // Git Bash on Windows reads C:/… but not C:\…
    exportVariable('BASH_ENV', process.platform === 'win32' ? file.replace(/\\/g, '/') : file);
  }
  for (const e of tuning.exports) exportVariable(e.name, e.value);
  if (tuning.path) addPath(tuning.path);
  for (const w of tuning.warnings) warning(w, { title: 'setup-m4-env' });
}

function finish(report: Report): void {
  for (const [name, value] of Object.entries(outputs(report))) setOutput(name, value);
  appendSummary(setupSummary(report));
}

export async function setupM4Env(): Promise<void> {
  const inputs = await readSetupInputs(createReader(fromEnv()));
  const host = readHost();
  info(
    `${oneLine(host.chip)}: ${host.os} ${host.arch}${host.rosetta ? ' (Rosetta)' : ''}, ` +
      `${host.performanceCores} P + ${host.efficiencyCores} E cores, ` +
      `${host.logicalCores} logical, ${memoryText(host)}`,
  );

  const probe = createProber();
  const { checks, failure } = await checkTools(inputs, probe);
  const failures: string[] = [];
  const arch = archFailure(host, inputs.requireArch);
  if (arch) failures.push(arch);
  if (failure) failures.push(failure);
  const warnings: string[] = [];
  const rosetta = rosettaMessage(host);
  if (rosetta && inputs.failOnRosetta) failures.push(`fail-on-rosetta: ${rosetta}`);
  else if (rosetta) {
    warnings.push(rosetta);
    warning(rosetta, { title: 'Running under Rosetta' });
  }

  if (failures.length) {
    finish({
      host,
      checks,
      failures,
      warnings,
      cache: { hit: false, storePath: '', note: 'Not used: a requirement failed.' },
    });
    for (const f of failures) error(f, { title: 'setup-m4-env requirement not met' });
    process.exitCode = 1;
    return;
  }

  const tuning = planTuning(inputs, host, {
    nodeOptions: process.env.NODE_OPTIONS,
    pnpmHome: process.env.PNPM_HOME,
    pnpmFound: which('pnpm') !== undefined,
    pnpmHomeDefault: defaultPnpmHome(host.os, process.env, homedir()),
  });
  apply(tuning);
  info(`NODE_OPTIONS for bash steps: ${oneLine(tuning.nodeOptions ?? '(unchanged)')}`);
  for (const e of tuning.exports)
    info(`${e.name}=${oneLine(e.shown ?? '(hidden)')}: ${oneLine(e.why)}`);

  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const cache = await restoreStore({
    choice: chooseCache(inputs.cache, process.env),
    forced: inputs.cache === 'true',
    patterns: inputs.cacheDependencyPath,
    workspace,
    os: host.os,
    arch: host.arch,
    probe,
  });
  finish({ host, tuning, checks, failures, warnings, cache });
}
