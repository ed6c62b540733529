/** What a cleanup did, and its step summary: pure. */
/**
 * Every name from the file system, a `paths` line or Docker is untrusted: `oneLine` in log lines,
 * `mdText`/`mdCode` in the summary (docs/decisions/untrusted-text.md).
 */
import { oneLine } from '../lib/runner.ts';
import {
  blocks,
  formatBytes,
  formatDuration,
  heading,
  mdCode,
  mdText,
  table,
} from '../lib/summary.ts';
import type { DockerReport } from './docker.ts';
import type { Kind, Source } from './plan.ts';
import type { Problem } from './sweep.ts';

export interface Removed {
  path: string;
  kind: Kind;
  source: Source;
  bytes: number;
  /** Files, links and folders, the entry's content included. */
  entries: number;
  /** Gone entirely (in a dry run: would be). */
  complete: boolean;
}

/** What a cleanup did: what the engine returns and the step reports alike. */
export interface CleanupOutcome {
  dryRun: boolean;
  removed: Removed[];
  refused: { path: string; reason: string }[];
  /** Temp entries kept because they are younger than the age limit. */
  fresh: { path: string; ageMs: number }[];
  /** `paths` lines that named nothing there, or globs that matched nothing. */
  nothing: string[];
  /** Globs that matched more than one run takes, with the exact count left. */
  capped: { text: string; left: number; limit: number }[];
  /** What could not be removed (permissions, busy files, mount points, unreadable folders). */
  problems: Problem[];
  problemCount: number;
  docker?: DockerReport;
  disk: { path: string; before: number; after: number }[];
}

export interface CleanupReport extends CleanupOutcome {
  stage: 'main' | 'post';
  maxAgeHours: number;
  /** Roots not used, with why. */
  skippedRoots: { label: string; reason: string }[];
  /** Free bytes on the workspace's file system when main ran (post only). */
  freeAtStart?: number;
  /** When main ran (post only), epoch ms. */
  startedAt?: number;
  now: number;
}

export interface Totals {
  removedCount: number;
  freedBytes: number;
  /** Refusals, problems and failed docker steps: what fail-on-error fails on. */
  troubles: number;
}

export function totals(r: CleanupReport): Totals {
  const dockerFailures = r.docker?.steps.filter((s) => !s.ok).length ?? 0;
  return {
    removedCount: r.dryRun ? 0 : r.removed.filter((e) => e.complete).length,
    freedBytes: r.dryRun ? 0 : r.removed.reduce((sum, e) => sum + e.bytes, 0),
    troubles: r.refused.length + r.problemCount + dockerFailures,
  };
}

const SOURCE: Record<Source, string> = {
  temp: 'temp-patterns',
  paths: 'paths',
  workspace: 'clean-workspace',
};

const ROWS = 100;

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function capped<T>(items: readonly T[], row: (item: T) => string[]) {
  const rows = items.slice(0, ROWS).map(row);
  return { rows, more: items.length > ROWS ? `…and ${items.length - ROWS} more.` : undefined };
}

/** One log line's worth: the path escaped by `oneLine`. */
export function describe(e: Removed): string {
  const what = e.kind === 'dir' ? `folder, ${plural(e.entries, 'entry', 'entries')}` : e.kind;
  return `${oneLine(e.path)} (${what}, ${formatBytes(e.bytes)})`;
}

export function cleanupSummary(r: CleanupReport): string {
  const t = totals(r);
  const wouldBytes = r.removed.reduce((sum, e) => sum + e.bytes, 0);
  const headline = r.dryRun
    ? `**Dry run:** would remove ${bold(plural(r.removed.length, 'entry', 'entries'))}, freeing **${formatBytes(wouldBytes)}**. Nothing was removed.`
    : `Removed ${bold(plural(t.removedCount, 'entry', 'entries'))}, freed **${formatBytes(t.freedBytes)}**.`;
  const removed = capped(r.removed, (e) => [
    mdCode(e.path),
    e.kind === 'dir' ? `folder (${plural(e.entries, 'entry', 'entries')})` : e.kind,
    SOURCE[e.source],
    formatBytes(e.bytes),
    e.complete ? (r.dryRun ? 'would go' : 'removed') : 'partly removed',
  ]);
  const refused = capped(r.refused, (e) => [mdCode(e.path), mdText(e.reason)]);
  const problems = capped(r.problems, (p) => [mdCode(p.path), mdText(p.code), mdText(p.message)]);
  const disk =
    r.disk.length > 0 &&
    table(
      r.freeAtStart === undefined
        ? ['file system of', 'free before', 'free after']
        : ['file system of', 'free at job start', 'free before', 'free after'],
      r.disk.map((d, i) => [
        mdCode(d.path),
        ...(r.freeAtStart === undefined ? [] : [i === 0 ? formatBytes(r.freeAtStart) : '']),
        formatBytes(d.before),
        formatBytes(d.after),
      ]),
    );
  const freshNames = r.fresh.slice(0, 20).map((f) => mdCode(f.path));
  return blocks(
    heading(`job-cleanup (${r.stage}${r.dryRun ? ', dry run' : ''})`),
    headline +
      (r.startedAt === undefined
        ? ''
        : ` The job ran ${formatDuration(r.now - r.startedAt)} since the main step.`),
    disk,
    r.removed.length > 0 && heading(r.dryRun ? 'Would remove' : 'Removed', 4),
    r.removed.length > 0 && table(['path', 'what', 'from', 'size', ''], removed.rows),
    removed.more,
    r.refused.length > 0 && heading('Refused (left alone)', 4),
    r.refused.length > 0 && table(['path', 'why'], refused.rows),
    refused.more,
    r.problemCount > 0 && heading('Could not remove (skipped)', 4),
    r.problemCount > 0 && table(['path', 'error', 'detail'], problems.rows),
    r.problemCount > r.problems.length &&
      `${r.problemCount} in all; the first ${r.problems.length} are listed.`,
    r.fresh.length > 0 &&
      `Kept ${plural(r.fresh.length, 'temp entry', 'temp entries')} younger than ${r.maxAgeHours} h: ${freshNames.join(', ')}${r.fresh.length > 20 ? ` and ${r.fresh.length - 20} more` : ''}.`,
    r.nothing.length > 0 && `Nothing there for ${r.nothing.map((n) => mdCode(n)).join(', ')}.`,
    r.capped.length > 0 &&
      r.capped
        .map(
          (c) =>
            `**Left in place:** ${mdCode(c.text)} matched ${c.left} more entries than one run takes (${c.limit}); run again to remove them.`,
        )
        .join('\n\n'),
    r.skippedRoots.length > 0 &&
      r.skippedRoots
        .map((s) => `Not cleaning under ${mdText(s.label)}: ${mdText(s.reason)}.`)
        .join('\n\n'),
    r.docker && dockerSection(r.docker, r.dryRun),
  );
}

function bold(text: string): string {
  const [n, ...rest] = text.split(' ');
  return `**${n}** ${rest.join(' ')}`;
}

function dockerSection(d: DockerReport, dryRun: boolean): string {
  if (d.unavailable) return `**Docker:** ${mdText(d.unavailable)}; nothing pruned.`;
  return blocks(
    heading(`Docker${d.server ? ` ${mdText(d.server)}` : ''}${dryRun ? ' (would run)' : ''}`, 4),
    table(
      ['pruned', 'command', 'result'],
      d.steps.map((s) => [
        s.what,
        mdCode(s.command),
        dryRun
          ? 'not run'
          : s.ok
            ? `reclaimed ${mdText(s.reclaimed ?? '0B')}`
            : `failed: ${mdText(s.error ?? '')}`,
      ]),
    ),
  ).trimEnd();
}
