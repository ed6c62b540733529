/**
 * Whether a label set is served, and by what: a registered runner with all its labels, a
 * GitHub-hosted image, one of the organization's larger runners, or a scale set. For an unserved
 * set, the closest served set as the suggestion. Pure.
 */
import { HOSTED_LABELS, isHostedLabel } from '../../fleet/hosted-labels.ts';
import { matches, type Runner } from '../../fleet/runner.ts';
import { closestLabel, closestLabelSet } from '../../fleet/suggest.ts';
import type { RunsOn } from './parse.ts';

export interface Servers {
  /** Registered self-hosted runners of the scopes read. */
  runners: readonly Runner[];
  /** Names of the organization's larger (GitHub-hosted) runners; their name is their label. */
  larger: readonly string[];
  /** Scale-set names (`scale-sets`), always served: their runners scale from zero. */
  scaleSets: readonly string[];
  /** Runner group names of the organization, when they could be read. */
  groups?: readonly string[];
}

export type Verdict =
  | { verdict: 'served'; by: string }
  | { verdict: 'unserved'; why: string; suggestion?: string[] }
  | { verdict: 'not checked'; why: string };

const lower = (s: string) => s.toLowerCase();
const has = (list: readonly string[], s: string) => list.some((l) => lower(l) === lower(s));

function dedupe(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.filter((l) => !seen.has(lower(l)) && Boolean(seen.add(lower(l))));
}

/** Served by something other than a runner group: runners, images, larger runners, scale sets. */
function servedBy(labels: readonly string[], s: Servers): string | undefined {
  if (labels.length === 1) {
    const only = labels[0] as string;
    if (isHostedLabel(only)) return 'a GitHub-hosted image';
    if (has(s.larger, only)) return "the organization's larger runner";
    if (has(s.scaleSets, only)) return 'a scale set';
  }
  const runners = s.runners.filter((r) => matches(r, labels));
  if (runners.length === 1) return `registered runner ${runners[0]?.name}`;
  if (runners.length > 1) return `${runners.length} registered runners`;
  return undefined;
}

export function serve(set: RunsOn, s: Servers): Verdict {
  const labels = dedupe(set.labels);
  if (set.group !== undefined) {
    if (!s.groups) {
      if (!labels.length) {
        return {
          verdict: 'not checked',
          why: `runner group '${set.group}' is checked only with 'organization' and a token that can list its runner groups`,
        };
      }
    } else if (!has(s.groups, set.group)) {
      const near = closestLabel(set.group, s.groups);
      return {
        verdict: 'unserved',
        why: `the organization has no runner group '${set.group}'${near ? ` (did you mean '${near}'?)` : ''}`,
      };
    }
    if (!labels.length) return { verdict: 'served', by: `runner group ${set.group}` };
  }
  const by = servedBy(labels, s);
  if (by) {
    const group = set.group === undefined ? '' : ` (in group ${set.group}: membership not checked)`;
    return { verdict: 'served', by: `${by}${group}` };
  }
  const suggestion = suggest(labels, s);
  return {
    verdict: 'unserved',
    why: `no runner has all of [${labels.join(', ')}], and it is not a GitHub-hosted label`,
    ...(suggestion ? { suggestion } : {}),
  };
}

/**
 * The closest served set: first each unknown label replaced by its nearest known label, when
 * that set is served; else the nearest served set as a whole.
 */
export function suggest(labels: readonly string[], s: Servers): string[] | undefined {
  const known = dedupe([
    ...s.runners.flatMap((r) => r.labels),
    ...HOSTED_LABELS,
    ...s.larger,
    ...s.scaleSets,
  ]);
  const fixed = labels.map((l) => (has(known, l) ? l : closestLabel(l, known)));
  if (fixed.every((l) => l !== undefined)) {
    const candidate = dedupe(fixed as string[]);
    if (servedBy(candidate, s)) return candidate;
  }
  const served: string[][] = [
    ...s.runners.map((r) => r.labels),
    ...[...HOSTED_LABELS, ...s.larger, ...s.scaleSets].map((l) => [l]),
  ];
  const near = closestLabelSet(labels, served);
  return near ? [...near] : undefined;
}
