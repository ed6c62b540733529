/** check-runner's verdict and step summary: pure, over the runners read. */
import { type Counts, explainNoMatch, matches, type Runner, tally } from '../fleet/runner.ts';
import { blocks, heading, mdText, table, tableRow } from '../lib/summary.ts';

export interface Check {
  labels: string[];
  minIdle: number;
  matched: Runner[];
  counts: Counts;
  available: boolean;
  reason: string;
}

export function check(fleet: readonly Runner[], labels: string[], minIdle: number): Check {
  const matched = fleet.filter((r) => matches(r, labels));
  const counts = tally(matched);
  const available = counts.idle >= minIdle;
  const set = `[${labels.join(', ')}]`;
  let reason: string;
  if (counts.total === 0) reason = explainNoMatch(fleet, labels);
  else if (available) {
    reason = `${counts.idle} of ${counts.total} runners with ${set} idle (needs ${minIdle}).`;
  } else {
    reason =
      `Only ${counts.idle} of ${counts.total} runners with ${set} idle (needs ${minIdle}): ` +
      `${counts.busy} busy, ${counts.offline} offline.`;
  }
  return { labels, minIdle, matched, counts, available, reason };
}

export function runnersJson(runners: readonly Runner[]): string {
  return JSON.stringify(
    runners.map(({ id, name, os, status, busy, labels }) => ({
      id,
      name,
      os,
      status,
      busy,
      labels,
    })),
  );
}

/** The runner table stops here, so the summary stays far below GitHub's 1 MiB per step. */
export const SUMMARY_ROWS = 500;
export const SUMMARY_BYTES = 256 * 1024;

const UNKNOWN = '_unknown_';

/** Cells are escaped here (untrusted runner text); `tableRow` keeps them as they are. */
function runnerRow(r: Runner): string {
  const cells = [
    r.name === null ? UNKNOWN : mdText(r.name),
    r.os === null ? UNKNOWN : mdText(r.os),
    r.status === 'online' ? (r.busy ? 'busy' : 'idle') : 'offline',
    r.labels.length ? mdText(r.labels.join(', ')) : '_none_',
  ];
  return tableRow(cells);
}

/** The matching runners, cut at SUMMARY_ROWS rows or SUMMARY_BYTES, saying how many are left out. */
export function runnerTable(runners: readonly Runner[]): string {
  const lines = ['| runner | os | status | labels |', '| --- | --- | --- | --- |'];
  let bytes = 0;
  let shown = 0;
  for (const r of runners) {
    if (shown >= SUMMARY_ROWS) break;
    const row = runnerRow(r);
    bytes += Buffer.byteLength(row) + 1;
    if (bytes > SUMMARY_BYTES) break;
    lines.push(row);
    shown++;
  }
  const left = runners.length - shown;
  if (left > 0) {
    const n = left.toLocaleString('en-US');
    lines.push(
      '',
      `${n} more runner${left === 1 ? ' is' : 's are'} not shown here; the \`runners\` output lists every one.`,
    );
  }
  return lines.join('\n');
}

export function checkSummary(result: Check, scopes: readonly string[]): string {
  const { counts } = result;
  return blocks(
    heading(`check-runner: ${result.available ? 'available' : 'not available'}`),
    mdText(result.reason),
    scopes.length > 0 && `Read: ${mdText(scopes.join(', '))}.`,
    table(
      ['labels', 'runners', 'online', 'idle', 'busy', 'offline'],
      [
        [
          result.labels.join(', '),
          ...[counts.total, counts.online, counts.idle, counts.busy, counts.offline].map(String),
        ],
      ],
    ),
    result.matched.length > 0 && runnerTable(result.matched),
  );
}
