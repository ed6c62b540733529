/**
 * The fleet guard's step summary, pure. Everything from workflow files and the API (file names,
 * job ids, labels, job names, messages) is untrusted: `mdText`/`mdCode` in Markdown.
 */
import { blocks, heading, mdCode, mdText, tableRow } from '../lib/summary.ts';
import type { GuardInputs } from './guard-inputs.ts';
import type { LintReport, LintRow, Unserved } from './lint/lint.ts';
import type { HungJob, Judged } from './stuck/find.ts';
import type { RescueAction } from './stuck/rescue.ts';

const labelsCell = (labels: readonly string[], group?: string) =>
  [group === undefined ? '' : `group ${mdCode(group)}`, ...labels.map(mdCode)]
    .filter(Boolean)
    .join(' ') || '—';

const row = tableRow;

/** At most `max` characters of text from a workflow file, `…` marking a cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** Labels shown per row, and characters per label, job id, file name and detail. */
const CELL = { labels: 20, label: 100, job: 100, file: 200, detail: 300 };

function clippedLabels(labels: readonly string[]): string[] {
  const shown = labels.slice(0, CELL.labels).map((l) => clip(l, CELL.label));
  return labels.length > CELL.labels ? [...shown, `… ${labels.length - CELL.labels} more`] : shown;
}

function verdictCell(r: LintRow): string {
  const mark =
    r.verdict === 'served'
      ? '✅ served'
      : r.verdict === 'unserved'
        ? '❌ unserved'
        : '➖ not checked';
  const suggestion = r.suggestion
    ? `; did you mean ${clippedLabels(r.suggestion).map(mdCode).join(' ')}?`
    : '';
  return `${mark}: ${mdText(clip(r.detail, CELL.detail))}${suggestion}`;
}

function lintRow(r: LintRow): string {
  return row([
    `${mdCode(clip(r.file, CELL.file))}:${r.line}`,
    mdCode(clip(r.job, CELL.job)),
    labelsCell(
      clippedLabels(r.labels),
      r.group === undefined ? undefined : clip(r.group, CELL.label),
    ),
    verdictCell(r),
  ]);
}

/** Rows shown at most: a step summary over 1 MiB is dropped whole (docs/decisions/guard-lint-yaml.md). */
export const MAX_ROWS = 300;
/** Bytes of table rows at most, whatever the rows hold; the rest of the summary is small. */
export const MAX_TABLE_BYTES = 512 * 1024;

const RANK: Record<LintRow['verdict'], number> = { unserved: 0, 'not checked': 1, served: 2 };

/**
 * The rows the summary shows, in file order: unserved first, then not checked, then served, while
 * there is room (`max` rows, `maxBytes` of rendered rows); how many of each were left out.
 */
export function shownRows(
  rows: readonly LintRow[],
  max = MAX_ROWS,
  maxBytes = MAX_TABLE_BYTES,
): { shown: { row: LintRow; text: string }[]; hidden: Record<LintRow['verdict'], number> } {
  const order = rows
    .map((_, i) => i)
    .sort((a, b) => {
      const rank = RANK[(rows[a] as LintRow).verdict] - RANK[(rows[b] as LintRow).verdict];
      return rank || a - b;
    });
  const keep = new Map<number, string>();
  let bytes = 0;
  for (const i of order) {
    if (keep.size >= max) break;
    const text = lintRow(rows[i] as LintRow);
    const size = Buffer.byteLength(text) + 1;
    if (bytes + size > maxBytes) break;
    keep.set(i, text);
    bytes += size;
  }
  const hidden = { unserved: 0, 'not checked': 0, served: 0 };
  const shown: { row: LintRow; text: string }[] = [];
  rows.forEach((r, i) => {
    const text = keep.get(i);
    if (text === undefined) hidden[r.verdict]++;
    else shown.push({ row: r, text });
  });
  return { shown, hidden };
}

/** File problems listed at most; the rest are counted. */
export const MAX_PROBLEMS = 100;

export function lintSummary(report: LintReport, notes: readonly string[]): string {
  const { shown, hidden } = shownRows(report.rows);
  const counts = {
    served: report.rows.filter((r) => r.verdict === 'served').length,
    unserved: report.unserved.length,
    unchecked: report.rows.filter((r) => r.verdict === 'not checked').length,
  };
  const left = hidden.unserved + hidden['not checked'] + hidden.served;
  const leftParts = [
    hidden.unserved && `${hidden.unserved} unserved`,
    hidden['not checked'] && `${hidden['not checked']} not checked`,
    hidden.served && `${hidden.served} served`,
  ].filter(Boolean);
  return blocks(
    heading(
      `Label lint: ${counts.unserved ? `${counts.unserved} label set(s) no runner serves` : 'every label set is served'}`,
    ),
    `${report.files} workflow file(s), ${report.rows.length} job label set(s): ${counts.served} served, ${counts.unserved} unserved, ${counts.unchecked} not checked.`,
    report.rows.length > 0 &&
      [
        row(['file', 'job', 'runs-on', 'verdict']),
        row(['---', '---', '---', '---']),
        ...shown.map((s) => s.text),
      ].join('\n'),
    left > 0 &&
      `${left} more label set(s) not shown (${leftParts.join(', ')})${hidden.unserved ? "; the step's `unserved-file` output names a file that lists every unserved one" : ''}.`,
    report.problems.length > 0 &&
      [
        '**Not read:**',
        ...report.problems
          .slice(0, MAX_PROBLEMS)
          .map(
            (p) =>
              `- ${mdCode(clip(p.file, CELL.file))}:${p.line}: ${mdText(clip(p.message, 300))}`,
          ),
        ...(report.problems.length > MAX_PROBLEMS
          ? [`- … and ${report.problems.length - MAX_PROBLEMS} more file(s).`]
          : []),
      ].join('\n'),
    notes.length > 0 && notes.map((n) => `- ${mdText(clip(n, 1000))}`).join('\n'),
  );
}

/** GitHub keeps a step output up to 1 MB: `unserved` stays at half that, for the outputs beside it. */
export const MAX_OUTPUT_BYTES = 512 * 1024;

/** The `unserved` output: the first entries whose JSON fits in `maxBytes`, and how many did not. */
export function unservedOutput(
  unserved: readonly Unserved[],
  maxBytes = MAX_OUTPUT_BYTES,
): { json: string; kept: number; left: number; maxBytes: number } {
  const parts: string[] = [];
  let bytes = 2;
  for (const u of unserved) {
    const one = JSON.stringify(u);
    const size = Buffer.byteLength(one) + (parts.length ? 1 : 0);
    if (bytes + size > maxBytes) break;
    parts.push(one);
    bytes += size;
  }
  return {
    json: `[${parts.join(',')}]`,
    kept: parts.length,
    left: unserved.length - parts.length,
    maxBytes,
  };
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
