/** setup-m4-env's step summary and outputs: pure, over what main found and did. */
import { blocks, code, heading, mdText, table } from '../lib/summary.ts';
import type { Host } from './host.ts';
import type { ToolCheck } from './requirements.ts';
import type { TuningPlan } from './tuning.ts';

export interface Report {
  host: Host;
  /** Undefined when a requirement failed and nothing was exported. */
  tuning?: TuningPlan;
  checks: readonly ToolCheck[];
  failures: readonly string[];
  warnings: readonly string[];
  cache: { hit: boolean; storePath: string; note: string };
}

export function memoryText(host: Host): string {
  return `${host.memoryMb} MB${host.memorySource === 'cgroup' ? ' (cgroup limit)' : ''}`;
}

export function outputs(report: Report): Record<string, string> {
  const { host, tuning } = report;
  return {
    os: host.os,
    arch: host.arch,
    chip: host.chip,
    'apple-silicon': String(host.appleSilicon),
    rosetta: String(host.rosetta),
    'performance-cores': String(host.performanceCores),
    'efficiency-cores': String(host.efficiencyCores),
    'logical-cores': String(host.logicalCores),
    'memory-mb': String(host.memoryMb),
    'node-heap-mb': tuning?.heapMb === undefined ? '' : String(tuning.heapMb),
    'threadpool-size': tuning?.threadpoolSize === undefined ? '' : String(tuning.threadpoolSize),
    'cache-hit': String(report.cache.hit),
    'pnpm-store-path': report.cache.storePath,
  };
}

function exportedRows(tuning: TuningPlan): string[][] {
  const rows: string[][] = [];
  if (tuning.nodeOptions !== undefined) {
    rows.push([
      'NODE_OPTIONS (bash steps, through BASH_ENV)',
      mdText(tuning.nodeOptions),
      `${tuning.heapWhy}; flags already set are kept`,
    ]);
  }
  for (const e of tuning.exports) rows.push([e.name, mdText(e.shown ?? '(hidden)'), mdText(e.why)]);
  return rows;
}

export function setupSummary(report: Report): string {
  const { host, tuning, checks } = report;
  const cores = host.efficiencyCores
    ? `${host.performanceCores}P + ${host.efficiencyCores}E cores`
    : `${host.performanceCores || '?'} cores`;
  const exported = tuning ? exportedRows(tuning) : [];
  return blocks(
    heading(`setup-m4-env: ${mdText(host.chip)} (${cores}, ${memoryText(host)})`),
    ...report.failures.map((f) => `**Failed:** ${mdText(f)}`),
    table(
      ['chip', 'arch', 'P cores', 'E cores', 'logical cores', 'memory', 'Rosetta'],
      [
        [
          mdText(host.chip),
          host.arch === host.nativeArch ? host.arch : `${host.arch} on ${host.nativeArch}`,
          String(host.performanceCores),
          String(host.efficiencyCores),
          String(host.logicalCores),
          memoryText(host),
          host.rosetta ? 'yes: translated, 2-3x slower' : 'no',
        ],
      ],
    ),
    ...report.warnings.map((w) => `**Warning:** ${mdText(w)}`),
    heading('Exported', 4),
    !tuning
      ? 'Nothing: a requirement failed, so the job was left as it was.'
      : exported.length
        ? table(['variable', 'value', 'why'], exported)
        : 'Nothing: every tuning input is none.',
    tuning?.path && `Added to PATH: ${code(tuning.path)}.`,
    checks.length > 0 && heading('Tools', 4),
    checks.length > 0 &&
      table(
        ['tool', 'wanted', 'found', 'result'],
        checks.map((c) => [
          mdText(c.tool),
          mdText(c.wanted),
          mdText(c.found),
          c.ok ? 'ok' : 'FAILED',
        ]),
      ),
    heading('pnpm store cache', 4),
    report.cache.note,
  );
}
