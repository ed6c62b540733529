/**
 * select-runner and check-runner: start-to-exit over the floor of Node 24 starting and making the
 * same single request (issue 22: select-runner at most 1.1), beside the entry bundle's bytes and
 * what it loads before that request; select-runner's start-to-exit on an input error (no API work)
 * over `node -e 0`; and API requests per decision (at most ceil(runners/100) per scope, one more
 * for a runner group).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputVariable } from '../../actions/lib/runner.ts';
import { loadDemoFleet } from '../support/demo-fleet.ts';
import { startGitHubApi } from '../support/github-api.ts';
import { runner, runnerGroup } from '../support/github-fixtures.ts';
import {
  type Bench,
  describeLoads,
  type Figure,
  loadsBeforeRequest,
  ROOT,
  sideBySide,
  timeOnce,
} from './measure.ts';

const TOKEN = 'bench-token';
const REPO = 'octo-org/octo-repo';

function actionEnv(apiUrl: string, dir: string, inputs: Record<string, string>) {
  const output = join(dir, 'output');
  const summary = join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_API_URL: apiUrl,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_REPOSITORY: REPO,
  };
  for (const [k, v] of Object.entries(inputs)) env[inputVariable(k)] = v;
  return env;
}

const bench: Bench = async () => {
  const api = await startGitHubApi({ tokens: [TOKEN] });
  const dir = mkdtempSync(join(tmpdir(), 'bench-select-'));
  const figures: Figure[] = [];
  try {
    loadDemoFleet(api, { repo: REPO });
    const floor = {
      args: [
        '-e',
        `fetch(${JSON.stringify(`${api.url}/repos/${REPO}/actions/runners?per_page=100`)}, { headers: { authorization: 'token ${TOKEN}' } }).then((r) => r.json())`,
      ],
    };
    for (const [action, inputs, limit] of [
      ['select-runner', { 'primary-runner': 'self-hosted, macOS, ARM64' }, 1.1],
      ['check-runner', { labels: 'self-hosted, macOS, ARM64' }, undefined],
    ] as const) {
      const entry = join(ROOT, 'dist', action, 'main', 'index.js');
      const subject = { args: [entry], env: actionEnv(api.url, dir, inputs) };
      const pair = await sideBySide(subject, floor);
      const loads = await loadsBeforeRequest(subject);
      const kib = (statSync(entry).size / 1024).toFixed(1);
      figures.push({
        action,
        figure: 'start-to-exit / node24 + same request',
        value: pair.ratio,
        limit,
        unit: 'x',
        detail: `${pair.subject.toFixed(0)} ms vs ${pair.floor.toFixed(0)} ms, one-page fleet; entry ${kib} KiB; ${describeLoads(loads)}`,
      });
    }

    // Start-up alone: an input error ends the step before any API work.
    const inputError = await sideBySide(
      {
        args: [join(ROOT, 'dist', 'select-runner', 'main', 'index.js')],
        env: actionEnv(api.url, dir, { 'primary-runner': 'self-hosted, macOS', mode: 'fast' }),
        exitCode: 1,
      },
      { args: ['-e', '0'] },
    );
    figures.push({
      action: 'select-runner',
      figure: 'start-to-exit on an input error / node -e 0',
      value: inputError.ratio,
      unit: 'x',
      detail: `${inputError.subject.toFixed(0)} ms vs ${inputError.floor.toFixed(0)} ms, no API work`,
    });

    // Requests per decision on a 250-runner organization, with and without a runner group.
    const big = [
      ...Array.from({ length: 249 }, (_, i) =>
        runner({ id: i + 1, name: `w${i}`, labels: ['self-hosted', 'Windows'], groupId: 2 }),
      ),
      runner({ id: 999, name: 'mac', labels: ['self-hosted', 'macOS'], groupId: 2 }),
    ];
    api.data.orgRunners.set('big-org', big);
    api.data.runnerGroups.set('big-org', [
      {
        group: runnerGroup({ id: 2, name: 'fleet', org: 'big-org' }),
        runnerIds: big.map((r) => r.id),
      },
    ]);
    for (const [label, extra, limit] of [
      ['250 runners, organization', {}, 3],
      ['250 runners, runner group', { 'runner-group': 'fleet' }, 4],
    ] as const) {
      api.requests.length = 0;
      await timeOnce({
        args: [join(ROOT, 'dist', 'select-runner', 'main', 'index.js')],
        env: actionEnv(api.url, dir, {
          'primary-runner': 'self-hosted, macOS',
          organization: 'big-org',
          repository: '',
          ...extra,
        }),
      });
      figures.push({
        action: 'select-runner',
        figure: `API requests: ${label}`,
        value: api.requests.length,
        limit,
        unit: 'requests',
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await api.close();
  }
  return figures;
};

/** Its usual duration here, in seconds (shown while `pnpm bench` runs). */
export const seconds = 20;
export default bench;
