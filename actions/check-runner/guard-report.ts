/**
 * The fleet guard's step summary, pure. Everything from workflow files and the API (file names,
 * job ids, labels, job names, messages) is untrusted: `mdText`/`mdCode` in Markdown.
 */
import { blocks, heading, mdCode, mdText, tableRow } from '../lib/summary.ts';
import type { GuardInputs } from './guard-inputs.ts';
import type { LintReport, LintRow } from './lint/lint.ts';
import type { HungJob, Judged } from './stuck/find.ts';
import type { RescueAction } from './stuck/rescue.ts';

const labelsCell = (labels: readonly string[], group?: string) =>
  [group === undefined ? '' : `group ${mdCode(group)}`, ...labels.map(mdCode)]
    .filter(Boolean)
    .join(' ') || '—';

const row = tableRow;

function verdictCell(r: LintRow): string {
  const mark =
    r.verdict === 'served'
      ? '✅ served'
      : r.verdict === 'unserved'
        ? '❌ unserved'
        : '➖ not checked';
  const suggestion = r.suggestion ? `; did you mean ${r.suggestion.map(mdCode).join(' ')}?` : '';
  return `${mark}: ${mdText(r.detail)}${suggestion}`;
}

/** Rows shown at most: a step summary over 1 MiB is dropped whole by the runner. */
export const MAX_ROWS = 300;

/** Unserved and not-checked rows always; served rows while there is room. */
export function shownRows(
  rows: readonly LintRow[],
  max = MAX_ROWS,
): { shown: LintRow[]; hidden: number } {
  const keep = new Set(rows.filter((r) => r.verdict !== 'served'));
  let room = Math.max(0, max - keep.size);
  const shown = rows.filter((r) => keep.has(r) || room-- > 0);
  return { shown, hidden: rows.length - shown.length };
}

export function lintSummary(report: LintReport, notes: readonly string[]): string {
  const { shown, hidden } = shownRows(report.rows);
  const counts = {
    served: report.rows.filter((r) => r.verdict === 'served').length,
    unserved: report.unserved.length,
    unchecked: report.rows.filter((r) => r.verdict === 'not checked').length,
  };
  return blocks(
    heading(
      `Label lint: ${counts.unserved ? `${counts.unserved} label set(s) no runner serves` : 'every label set is served'}`,
    ),
    `${report.files} workflow file(s), ${report.rows.length} job label set(s): ${counts.served} served, ${counts.unserved} unserved, ${counts.unchecked} not checked.`,
    report.rows.length > 0 &&
      [
        row(['file', 'job', 'runs-on', 'verdict']),
        row(['---', '---', '---', '---']),
        ...shown.map((r) =>
          row([
            `${mdCode(r.file)}:${r.line}`,
            mdCode(r.job),
            labelsCell(r.labels, r.group),
            verdictCell(r),
          ]),
        ),
      ].join('\n'),
    hidden > 0 && `${hidden} more served label set(s) not shown.`,
    report.problems.length > 0 &&
      [
        '**Not read:**',
        ...report.problems.map((p) => `- ${mdCode(p.file)}:${p.line}: ${mdText(p.message)}`),
      ].join('\n'),
    notes.length > 0 && notes.map((n) => `- ${mdText(n)}`).join('\n'),
  );
}

export interface JobsReport {
  guard: Pick<GuardInputs, 'stuckAfterMinutes' | 'hungAfterMinutes' | 'rescue' | 'cancelHung'>;
  judged: Judged;
  hung: readonly HungJob[];
  actions: readonly RescueAction[];
  notes: readonly string[];
}

const runCell = (id: number, url: string) => link(String(id), url.replace(/\/job\/\d+$/, ''));

/** The stuck, waiting, not checked and hung jobs, and what the rescue did. */
export function jobsSummary(r: JobsReport): string {
  const { guard, judged, hung, actions, notes } = r;
  const queued = [
    ...judged.stuck.map((s) => ({
      ...s,
      verdict: 'stuck',
      detail: judged.why.get(s['job-id']) ?? '',
    })),
    ...judged.waiting,
    ...judged.unchecked,
  ];
  const mark = (v: string) =>
    v === 'stuck' ? '❌ stuck' : v === 'waiting' ? '⏳ waiting' : '➖ not checked';
  const acting = guard.rescue !== 'report' || guard.cancelHung;
  return blocks(
    guard.stuckAfterMinutes > 0 &&
      heading(
        judged.stuck.length
          ? `Stuck jobs: ${judged.stuck.length} queued over ${guard.stuckAfterMinutes} min that nothing online serves`
          : `Stuck jobs: none queued over ${guard.stuckAfterMinutes} min that nothing online serves`,
      ),
    queued.length > 0 &&
      [
        row(['run', 'job', 'labels', 'queued', 'verdict']),
        row(['---', '---', '---', '---', '---']),
        ...queued
          .slice(0, MAX_ROWS)
          .map((s) =>
            row([
              runCell(s['run-id'], s.url),
              link(mdText(s.name), s.url),
              labelsCell(s.labels),
              `${s['queued-minutes']} min`,
              `${mark(s.verdict)}: ${mdText(s.detail)}`,
            ]),
          ),
      ].join('\n'),
    queued.length > MAX_ROWS && `${queued.length - MAX_ROWS} more queued job(s) not shown.`,
    guard.hungAfterMinutes > 0 &&
      heading(
        `Hung jobs: ${hung.length ? hung.length : 'none'} running over ${guard.hungAfterMinutes} min on self-hosted runners`,
      ),
    hung.length > 0 &&
      [
        row(['run', 'job', 'runner', 'running']),
        row(['---', '---', '---', '---']),
        ...hung
          .slice(0, MAX_ROWS)
          .map((h) =>
            row([
              runCell(h['run-id'], h.url),
              link(mdText(h.name), h.url),
              h.runner ? mdText(h.runner) : '—',
              `${h['running-minutes']} min`,
            ]),
          ),
      ].join('\n'),
    hung.length > MAX_ROWS && `${hung.length - MAX_ROWS} more hung job(s) not shown.`,
    (judged.stuck.length > 0 || hung.length > 0) &&
      (!acting
        ? 'Rescue: `report` (nothing was cancelled or re-run).'
        : actions.length > 0 &&
          [
            `**Rescue (\`${guard.rescue}\`${guard.cancelHung ? ', `cancel-hung`' : ''}):**`,
            ...actions.map((a) => `- ${mdText(a.message)}`),
          ].join('\n')),
    notes.length > 0 && notes.map((n) => `- ${mdText(n)}`).join('\n'),
  );
}

/** A link only to GitHub's own https pages; anything else is shown as text. */
function link(text: string, url: string): string {
  return /^https:\/\/[\w.-]+\/[\w./%-]*$/.test(url) ? `[${text}](${url})` : text;
}
