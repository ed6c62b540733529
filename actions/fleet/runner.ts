/** Self-hosted runners as plain data, and the pure questions asked of them. */
import { closestLabel } from './suggest.ts';

export interface Runner {
  /** Null when GitHub's answer had no numeric id: such a runner is counted, never merged. */
  id: number | null;
  /** Null when GitHub's answer had no name: shown as unknown. */
  name: string | null;
  /** Null when GitHub's answer had no os: shown as unknown. */
  os: string | null;
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

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * One runner of GitHub's answer as plain data. Every field is read defensively: a hostile or
 * broken answer (null name, os or labels, labels without names, no id) gives a runner that is
 * still counted, with what is missing as null; an entry that is not an object gives undefined.
 */
export function fromApi(raw: unknown): Runner | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const labels = Array.isArray(r.labels) ? r.labels : [];
  return {
    id: typeof r.id === 'number' && Number.isFinite(r.id) ? r.id : null,
    name: text(r.name),
    os: text(r.os),
    status: r.status === 'online' ? 'online' : 'offline',
    busy: r.busy === true,
    labels: labels.flatMap((l) => {
      const name = text((l as { name?: unknown } | null)?.name);
      return name === null ? [] : [name];
    }),
  };
}

/** A runner matches when it has every wanted label, compared case-insensitively. */
export function matches(runner: Runner, wanted: readonly string[]): boolean {
  const have = new Set(runner.labels.map((l) => l.toLowerCase()));
  return wanted.every((w) => have.has(w.toLowerCase()));
}

export function noCounts(): Counts {
  return { total: 0, online: 0, idle: 0, busy: 0, offline: 0 };
}

/** Adds `runners` to `into` (mutated and returned), so counts can grow page by page. */
export function count(into: Counts, runners: readonly Runner[]): Counts {
  for (const r of runners) {
    into.total++;
    if (r.status !== 'online') into.offline++;
    else {
      into.online++;
      if (r.busy) into.busy++;
      else into.idle++;
    }
  }
  return into;
}

export function tally(runners: readonly Runner[]): Counts {
  return count(noCounts(), runners);
}

/**
 * Runners read from several scopes, each id counted once. Adding is O(1) per runner, so reading
 * N pages costs O(N). Runners without an id are all kept: nothing says two of them are one.
 */
export class RunnerSet {
  readonly all: Runner[] = [];
  private readonly ids = new Set<number>();

  /** Adds the runners not seen yet and returns them. */
  add(list: readonly Runner[]): Runner[] {
    const added: Runner[] = [];
    for (const r of list) {
      if (r.id !== null) {
        if (this.ids.has(r.id)) continue;
        this.ids.add(r.id);
      }
      added.push(r);
    }
    for (const r of added) this.all.push(r);
    return added;
  }
}

/** Merges runners read from several scopes, counting each id once. */
export function mergeById(...lists: readonly (readonly Runner[])[]): Runner[] {
  const set = new RunnerSet();
  for (const list of lists) set.add(list);
  return set.all;
}

/** Labels of GitHub-hosted runner images and larger runners, which no runner listing shows. */
const HOSTED =
  /^(ubuntu|windows|macos)-(latest|\d+(\.\d+)?)([-\w.]*)$|^(ubuntu|windows|macos)-[-\w.]*\d+-?core/i;

export function looksHosted(label: string): boolean {
  return HOSTED.test(label);
}

/** Every label the fleet has, each spelling once (first seen wins), in the order seen. */
export function knownLabels(fleet: readonly Runner[]): string[] {
  const seen = new Map<string, string>();
  for (const r of fleet) {
    for (const l of r.labels) if (!seen.has(l.toLowerCase())) seen.set(l.toLowerCase(), l);
  }
  return [...seen.values()];
}

/** Wanted labels that not one runner in the fleet has: the likely typos. */
export function unknownLabels(fleet: readonly Runner[], wanted: readonly string[]): string[] {
  const have = new Set(knownLabels(fleet).map((l) => l.toLowerCase()));
  return wanted.filter((w) => !have.has(w.toLowerCase()));
}

const quoted = (labels: readonly string[]) => labels.map((l) => `'${l}'`).join(', ');

/**
 * Why no runner matched, in sentences: names typos (with the closest registered label, when one
 * is near) and GitHub-hosted labels plainly. Registered labels are the fleet's text: callers print
 * it with oneLine()/mdText().
 */
export function explainNoMatch(fleet: readonly Runner[], wanted: readonly string[]): string {
  const unknown = unknownLabels(fleet, wanted);
  const hosted = wanted.filter(looksHosted);
  const sentences = [
    `No registered runner has all of the labels [${wanted.join(', ')}] (${fleet.length} runner${fleet.length === 1 ? '' : 's'} read).`,
  ];
  const typos = unknown.filter((u) => !looksHosted(u));
  if (typos.length) {
    const known = knownLabels(fleet);
    const hints = typos.flatMap((u) => {
      const near = closestLabel(u, known);
      return near === undefined ? [] : [`'${near}' for '${u}'`];
    });
    const plural = typos.length > 1 ? 's' : '';
    sentences.push(
      hints.length === 0
        ? `No runner has the label${plural} ${quoted(typos)}: check the spelling.`
        : typos.length === 1
          ? `No runner has the label ${quoted(typos)}; did you mean '${closestLabel(typos[0] as string, known)}'?`
          : `No runner has the labels ${quoted(typos)}; did you mean ${hints.join(', ')}?`,
    );
  }
  if (hosted.length) {
    const one = hosted.length === 1;
    sentences.push(
      `${quoted(hosted)} look${one ? 's' : ''} like ${one ? 'a GitHub-hosted runner label' : 'GitHub-hosted runner labels'}, which runner listings never show; use ${one ? 'it' : 'them'} as the fallback instead.`,
    );
  }
  return sentences.join(' ');
}
