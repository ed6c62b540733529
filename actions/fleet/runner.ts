/** Self-hosted runners as plain data, and the pure questions asked of them. */

export interface Runner {
  id: number;
  name: string;
  os: string;
  status: 'online' | 'offline';
  busy: boolean;
  labels: string[];
}

export interface Counts {
  /** Runners that have every wanted label. */
  total: number;
  online: number;
  /** Online and not busy. */
  idle: number;
  /** Online and busy. */
  busy: number;
  offline: number;
}

interface ApiRunner {
  id: number;
  name: string;
  os: string;
  status: string;
  busy: boolean;
  labels: { name: string }[];
}

export function fromApi(raw: ApiRunner): Runner {
  return {
    id: raw.id,
    name: raw.name,
    os: raw.os,
    status: raw.status === 'online' ? 'online' : 'offline',
    busy: Boolean(raw.busy),
    labels: (raw.labels ?? []).map((l) => l.name),
  };
}

/** A runner matches when it has every wanted label, compared case-insensitively. */
export function matches(runner: Runner, wanted: readonly string[]): boolean {
  const have = new Set(runner.labels.map((l) => l.toLowerCase()));
  return wanted.every((w) => have.has(w.toLowerCase()));
}

export function tally(runners: readonly Runner[]): Counts {
  const c: Counts = { total: runners.length, online: 0, idle: 0, busy: 0, offline: 0 };
  for (const r of runners) {
    if (r.status !== 'online') c.offline++;
    else {
      c.online++;
      if (r.busy) c.busy++;
      else c.idle++;
    }
  }
  return c;
}

/** Merges runners read from several scopes, counting each id once. */
export function mergeById(...lists: readonly (readonly Runner[])[]): Runner[] {
  const seen = new Map<number, Runner>();
  for (const list of lists) for (const r of list) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()];
}

/** Labels of GitHub-hosted runner images and larger runners, which no runner listing shows. */
const HOSTED =
  /^(ubuntu|windows|macos)-(latest|\d+(\.\d+)?)([-\w.]*)$|^(ubuntu|windows|macos)-[-\w.]*\d+-?core/i;

export function looksHosted(label: string): boolean {
  return HOSTED.test(label);
}

/** Wanted labels that not one runner in the fleet has: the likely typos. */
export function unknownLabels(fleet: readonly Runner[], wanted: readonly string[]): string[] {
  const have = new Set(fleet.flatMap((r) => r.labels.map((l) => l.toLowerCase())));
  return wanted.filter((w) => !have.has(w.toLowerCase()));
}

/** One line on why no runner matched, naming typos and GitHub-hosted labels plainly. */
export function explainNoMatch(fleet: readonly Runner[], wanted: readonly string[]): string {
  const set = wanted.join(', ');
  const unknown = unknownLabels(fleet, wanted);
  const hosted = wanted.filter(looksHosted);
  const parts = [
    `No registered runner has all of the labels [${set}] (${fleet.length} runners read)`,
  ];
  if (unknown.length) {
    parts.push(
      `no runner has the label${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `'${u}'`).join(', ')}: check the spelling`,
    );
  }
  if (hosted.length) {
    parts.push(
      `${hosted.map((h) => `'${h}'`).join(', ')} look${hosted.length > 1 ? '' : 's'} like a GitHub-hosted runner label, which runner listings never show; use it as the fallback instead`,
    );
  }
  return `${parts.join('; ')}.`;
}
