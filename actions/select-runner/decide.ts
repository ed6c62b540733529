/** select-runner's decision: pure, over the candidates and the runners read. */
import {
  type Counts,
  count,
  explainNoMatch,
  matches,
  noCounts,
  type Runner,
  tally,
} from '../fleet/runner.ts';

export type Mode = 'auto' | 'github-hosted' | 'self-hosted';

export interface SelectConfig {
  /** Label sets in priority order. */
  candidates: string[][];
  fallback: string[];
  primariesRequired: number;
  requireIdle: boolean;
  scaleSets: string[];
  matrixCompare: boolean;
}

export interface Assessment {
  labels: string[];
  /** The scale-set name as written, when the candidate is one. */
  scaleSet?: string;
  counts: Counts;
  /** Queued jobs of the repository competing for these runners. */
  queued: number;
  available: boolean;
  /** This candidate's account in sentences, without its labels (one line). */
  note: string;
}

export type RunsOn = string | string[];

export interface MatrixEntry {
  runner: RunsOn;
  'runner-type': 'self-hosted' | 'github-hosted';
  name: string;
}

export interface Decision {
  runsOn: RunsOn;
  runnerType: 'self-hosted' | 'github-hosted';
  labels: string[];
  isFallback: boolean;
  candidate: number;
  reason: string;
  matrix: { include: MatrixEntry[] };
}

export function scaleSetOf(
  labels: readonly string[],
  scaleSets: readonly string[],
): string | undefined {
  if (labels.length !== 1) return undefined;
  const [only] = labels as [string];
  return scaleSets.some((s) => s.toLowerCase() === only.toLowerCase()) ? only : undefined;
}

/** A queued job competes for a candidate's runners when they satisfy every label it asks for. */
export function competes(job: readonly string[], candidate: readonly string[]): boolean {
  const have = new Set(candidate.map((l) => l.toLowerCase()));
  return job.length > 0 && job.every((l) => have.has(l.toLowerCase()));
}

/** Whether a candidate's counts make it available, after the queued jobs competing for it. */
function judge(config: SelectConfig, counts: Counts, queued: number): boolean {
  const free = (config.requireIdle ? counts.idle : counts.online) - queued;
  return free >= config.primariesRequired;
}

export function assess(
  config: SelectConfig,
  fleet: readonly Runner[],
  queuedJobs: readonly (readonly string[])[] = [],
): Assessment[] {
  return config.candidates.map((labels) => {
    const scaleSet = scaleSetOf(labels, config.scaleSets);
    const counts = tally(fleet.filter((r) => matches(r, labels)));
    const queued = queuedJobs.filter((job) => competes(job, labels)).length;
    if (scaleSet) {
      return {
        labels,
        scaleSet,
        counts,
        queued,
        available: true,
        note: `'${scaleSet}' is an actions-runner-controller scale set, which scales from zero, so it is always available.`,
      };
    }
    const kind = config.requireIdle ? 'idle' : 'online';
    const available = judge(config, counts, queued);
    const note =
      counts.total === 0
        ? explainNoMatch(fleet, labels)
        : `${counts.idle} idle, ${counts.busy} busy, ${counts.offline} offline` +
          `${queued ? `, ${queued} queued job${queued > 1 ? 's' : ''} waiting for them` : ''}` +
          ` (needs ${config.primariesRequired} ${kind}${queued ? ' after the queue' : ''}).`;
    return { labels, counts, queued, available, note };
  });
}

function runsOnOf(labels: readonly string[]): RunsOn {
  return labels.length === 1 ? (labels[0] as string) : [...labels];
}

function entry(
  labels: readonly string[],
  type: MatrixEntry['runner-type'],
  asArray: boolean,
): MatrixEntry {
  return {
    runner: asArray ? [...labels] : runsOnOf(labels),
    'runner-type': type,
    name: labels.join(', '),
  };
}

export function fallbackDecision(config: SelectConfig, reason: string): Decision {
  return {
    runsOn: runsOnOf(config.fallback),
    runnerType: 'github-hosted',
    labels: config.fallback,
    isFallback: true,
    candidate: -1,
    reason,
    matrix: { include: [entry(config.fallback, 'github-hosted', false)] },
  };
}

export function candidateDecision(config: SelectConfig, index: number, reason: string): Decision {
  const labels = config.candidates[index] as string[];
  const include = [entry(labels, 'self-hosted', true)];
  if (config.matrixCompare) include.push(entry(config.fallback, 'github-hosted', false));
  return {
    runsOn: [...labels],
    runnerType: 'self-hosted',
    labels,
    isFallback: false,
    candidate: index,
    reason,
    matrix: { include },
  };
}

const account = (a: Assessment, i: number) => `Candidate ${i} [${a.labels.join(', ')}]: ${a.note}`;

/** The first available candidate in priority order, else the fallback. Reasons are sentences. */
export function decide(config: SelectConfig, assessments: readonly Assessment[]): Decision {
  const index = assessments.findIndex((a) => a.available);
  const fallback = config.fallback.join(', ');
  if (index >= 0) {
    const chosen = assessments[index] as Assessment;
    const earlier = assessments.slice(0, index).map(account);
    const skipped = index ? ` Earlier candidates were not available. ${earlier.join(' ')}` : '';
    return candidateDecision(
      config,
      index,
      `Candidate ${index} [${chosen.labels.join(', ')}] runs the job: ${chosen.note}${skipped}`,
    );
  }
  return fallbackDecision(
    config,
    `No self-hosted candidate is available, so the fallback ${fallback} runs the job. ${assessments.map(account).join(' ')}`.trim(),
  );
}

/** True once candidate 0 is settled as available: later pages cannot change the decision. */
export function firstIsAvailable(config: SelectConfig, fleet: readonly Runner[]): boolean {
  return firstCandidateWatch(config)(fleet);
}

/**
 * Counts candidate 0's runners page by page (each page's new runners only, so N pages cost O(N))
 * and says once it is available.
 */
export function firstCandidateWatch(config: SelectConfig): (added: readonly Runner[]) => boolean {
  const labels = config.candidates[0] ?? [];
  if (scaleSetOf(labels, config.scaleSets)) return () => true;
  const counts = noCounts();
  return (added) => {
    for (const r of added) if (matches(r, labels)) count(counts, [r]);
    return judge(config, counts, 0);
  };
}
