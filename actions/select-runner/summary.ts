/** select-runner's step summary: the decision, why, and the candidates with their counts. */
import { blocks, heading, mdCode, mdText, table } from '../lib/summary.ts';
import type { Assessment, Decision } from './decide.ts';

export function selectSummary(decision: Decision, assessments: readonly Assessment[]): string {
  const rows = assessments.map((a, i) => [
    String(i),
    a.scaleSet ? `${a.scaleSet} (scale set)` : a.labels.join(', '),
    String(a.counts.total),
    String(a.counts.idle),
    String(a.counts.busy),
    String(a.counts.offline),
    String(a.queued),
    i === decision.candidate ? 'chosen' : a.available ? 'available' : 'not available',
  ]);
  return blocks(
    heading('select-runner'),
    `**runs-on:** ${mdCode(JSON.stringify(decision.runsOn))} (${decision.runnerType}${decision.isFallback ? ', fallback' : ''})`,
    // The reason carries API text (messages, registered labels): inert in Markdown.
    mdText(decision.reason),
    rows.length > 0 &&
      table(['#', 'candidate', 'runners', 'idle', 'busy', 'offline', 'queued', 'verdict'], rows),
  );
}
