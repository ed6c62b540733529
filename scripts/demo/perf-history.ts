/**
 * `pnpm start`'s perf-report history: a demo history of the runs before the demo run (the M4
 * against ubuntu-latest, with a few failed and cancelled jobs and one run without a pair),
 * written to the workspace and handed to perf-report with `history-path`, so the summary shows
 * the speedup's trend and the reliability table; the trend is printed at the end.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  entryOf,
  HISTORY_SCHEMA,
  type History,
  type JobOutcome,
} from '../../actions/perf-report/history.ts';

export const HISTORY_FILE = 'perf-history.json';

const DAY = 86_400_000;

/** The demo history of the `runs` runs before `runId`, one a day, ending the day before `end`. */
export function demoHistory(
  runId: number,
  runs = 14,
  end = Date.parse('2026-03-02T09:14:07Z'),
): History {
  const entries = Array.from({ length: runs }, (_, i) => {
    const id = runId - (runs - i) * 7;
    const m4Failed = i === 3 || i === 9 ? 1 : 0;
    const cancelled = i === 6 ? 1 : 0;
    const noPair = i === 5;
    const jobs: JobOutcome[] = [
      ...Array.from({ length: 3 }, (_, k) => ({
        runner: 'M4',
        kind: 'self-hosted' as const,
        conclusion: k < m4Failed ? 'failure' : 'success',
        durationMs: (130 + ((i * 7) % 20)) * 1000,
        queueMs: (2 + (i % 4)) * 1000,
      })),
      ...(cancelled
        ? [{ runner: 'M4', kind: 'self-hosted' as const, conclusion: 'cancelled' }]
        : []),
      ...(noPair
        ? []
        : Array.from({ length: 3 }, () => ({
            runner: 'ubuntu-latest',
            kind: 'github-hosted' as const,
            conclusion: 'success',
            durationMs: (380 + ((i * 11) % 30)) * 1000,
            queueMs: (8 + (i % 5)) * 1000,
          }))),
    ];
    return entryOf({
      runId: id,
      runAttempt: 1,
      date: new Date(end - (runs - i) * DAY).toISOString(),
      commit: (0x5eed000 + i * 0x1f3d).toString(16).padEnd(40, '0'),
      speedup: noPair ? null : Math.round((2.55 + ((i * 37) % 50) / 100) * 100) / 100,
      jobs,
    });
  });
  return { schema: HISTORY_SCHEMA, reportId: 'perf-report', entries };
}

/** Writes the demo history into the workspace; returns perf-report's extra inputs. */
export function perfHistoryInputs(workspace: string, runId: number): Record<string, string> {
  writeFileSync(join(workspace, HISTORY_FILE), `${JSON.stringify(demoHistory(runId), null, 1)}\n`);
  return { 'history-path': HISTORY_FILE };
}

/** Prints the trend section of the step summary. */
export function printTrend(
  summary: string,
  print: (line: string) => void = (line) => console.log(line),
): void {
  const at = summary.indexOf('#### Trend');
  if (at < 0) return;
  const next = summary.indexOf('\n#### ', at + 1);
  print(summary.slice(at, next < 0 ? undefined : next).trim());
}
