/** check-runner's verdict and step summary: pure, over the runners read. */
import { type Counts, explainNoMatch, matches, type Runner, tally } from '../fleet/runner.ts';
import { blocks, heading, table } from '../lib/summary.ts';

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

export function checkSummary(result: Check, scopes: readonly string[]): string {
  const { counts } = result;
  return blocks(
    heading(`check-runner: ${result.available ? 'available' : 'not available'}`),
    result.reason,
    scopes.length > 0 && `Read: ${scopes.join(', ')}.`,
    table(
      ['labels', 'runners', 'online', 'idle', 'busy', 'offline'],
      [
        [
          result.labels.join(', '),
          ...[counts.total, counts.online, counts.idle, counts.busy, counts.offline].map(String),
        ],
      ],
    ),
    result.matched.length > 0 &&
      table(
        ['runner', 'os', 'status', 'labels'],
        result.matched.map((r) => [
          r.name,
          r.os,
          r.status === 'online' ? (r.busy ? 'busy' : 'idle') : 'offline',
          r.labels.join(', '),
        ]),
      ),
  );
}
