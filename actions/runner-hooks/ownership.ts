/**
 * Whom the installer trusts with what it writes (it often runs as root): pure, over `lstat` facts.
 *
 * The hooks folder and every folder above it, as written and after links, must be owned by root,
 * the installing user or the runner folder's owner, and not writable by group or others; a folder
 * above it may be writable by others when it has the sticky bit (`/tmp`), since nobody else can
 * then rename or remove what is in it. A link on the way must be owned by one of them, and lead
 * somewhere. The way ssh's StrictModes judges a key file's folders. `.env` reached through a link:
 * the link must be the runner folder owner's or root's, and lead to an existing file of the
 * runner folder's owner (or, for root's link, of root). See docs/decisions/runner-hooks-ownership.md.
 */
import path from 'node:path';

export type Kind = 'dir' | 'file' | 'link' | 'other';

export interface Fact {
  uid: number;
  /** `st_mode` permission bits (with the sticky bit). */
  mode: number;
  kind: Kind;
}

export interface Probe {
  /** `lstat`; undefined when nothing is there. */
  lstat(p: string): Fact | undefined;
  /** `realpath`; undefined when it does not resolve (a dangling link on the way). */
  realpath(p: string): string | undefined;
  /** `readlink`, for the message. */
  readlink(p: string): string | undefined;
}

export interface Trusted {
  /** The installing user (effective uid). */
  euid: number;
  /** The runner folder's owner. */
  runnerOwner: number;
}

const STICKY = 0o1000;
const GROUP_OR_OTHERS_WRITE = 0o022;

export const octal = (mode: number) => `0${(mode & 0o7777).toString(8).padStart(3, '0')}`;

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it escapes.
const CONTROLS = /[\x00-\x1f\x7f]/g;

/** Printable on one line: line breaks and other control characters escaped, nothing else. */
export const shown = (p: string) =>
  p.replace(CONTROLS, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function trustedUids(t: Trusted): number[] {
  return [...new Set([0, t.euid, t.runnerOwner])];
}

function whoIsTrusted(t: Trusted): string {
  const names = [`root`];
  if (t.euid !== 0) names.push(`you (uid ${t.euid})`);
  if (t.runnerOwner !== 0 && t.runnerOwner !== t.euid) {
    names.push(`the runner folder's owner (uid ${t.runnerOwner})`);
  }
  return names.length === 1 ? 'root' : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** Why one entry on the way to the hooks folder is not safe, or undefined. */
export function entryTrouble(
  p: string,
  fact: Fact,
  itself: boolean,
  t: Trusted,
): string | undefined {
  if (!trustedUids(t).includes(fact.uid)) {
    return `${shown(p)} is owned by uid ${fact.uid}, not by ${whoIsTrusted(t)}: its owner could replace the code every job runs`;
  }
  if (fact.kind === 'link') return undefined;
  if (fact.kind !== 'dir') return `${shown(p)} is not a folder`;
  if (fact.mode & GROUP_OR_OTHERS_WRITE) {
    if (!itself && fact.mode & STICKY) return undefined;
    const who = fact.mode & 0o002 ? 'others' : 'its group';
    return `${shown(p)} is writable by ${who} (mode ${octal(fact.mode)}): anyone there could replace the code every job runs`;
  }
  return undefined;
}

/** `/a/b/c` → `/`, `/a`, `/a/b`, `/a/b/c`. */
export function ancestors(p: string): string[] {
  const out: string[] = [];
  for (let at = path.resolve(p); ; at = path.dirname(at)) {
    out.unshift(at);
    if (path.dirname(at) === at) return out;
  }
}

/** The realpath of `p`, or of its nearest existing folder with the rest appended. */
function realOrNearest(p: string, probe: Probe): string | undefined {
  const rest: string[] = [];
  for (let at = p; ; at = path.dirname(at)) {
    if (probe.lstat(at)) {
      const real = probe.realpath(at);
      return real === undefined ? undefined : path.join(real, ...rest.reverse());
    }
    if (path.dirname(at) === at) return p;
    rest.push(path.basename(at));
  }
}

function walk(dir: string, probe: Probe, t: Trusted): string | undefined {
  for (const at of ancestors(dir)) {
    const fact = probe.lstat(at);
    // The rest does not exist yet: the installer creates it (0755, its own).
    if (!fact) return undefined;
    const trouble = entryTrouble(at, fact, at === dir, t);
    if (trouble) return trouble;
    if (fact.kind === 'link' && probe.realpath(at) === undefined) {
      const target = probe.readlink(at);
      return `${shown(at)} is a link to ${shown(target ?? '?')}, which does not exist`;
    }
  }
  return undefined;
}

/** Why the hooks may not be written into `dir`, or undefined. */
export function hooksDirTrouble(dir: string, probe: Probe, t: Trusted): string | undefined {
  const written = walk(dir, probe, t);
  if (written) return written;
  const real = realOrNearest(dir, probe);
  if (real === undefined) return `${shown(dir)} does not resolve (a dangling link on the way)`;
  return real === dir ? undefined : walk(real, probe, t);
}

/** What `.env` is, and where the install may write it. */
export type EnvPlace =
  | { kind: 'missing' }
  | { kind: 'file' }
  | { kind: 'link'; target: string }
  | { kind: 'refused'; why: string };

/** `.env` judged: a folder, a dangling link, a link or a target of someone else's are refused. */
export function envPlace(envPath: string, probe: Probe, t: Trusted): EnvPlace {
  const fact = probe.lstat(envPath);
  if (!fact) return { kind: 'missing' };
  if (fact.kind === 'dir') {
    return { kind: 'refused', why: `${shown(envPath)} is a folder, not the runner's .env file` };
  }
  if (fact.kind === 'file') return { kind: 'file' };
  if (fact.kind !== 'link') {
    return { kind: 'refused', why: `${shown(envPath)} is not a regular file` };
  }
  const owners = fact.uid === 0 ? [0, t.runnerOwner] : [t.runnerOwner];
  if (fact.uid !== 0 && fact.uid !== t.runnerOwner) {
    return {
      kind: 'refused',
      why: `${shown(envPath)} is a link owned by uid ${fact.uid}, not by root or the runner folder's owner (uid ${t.runnerOwner}); the installer does not write through it`,
    };
  }
  const target = probe.realpath(envPath);
  const to = target ?? probe.readlink(envPath) ?? '?';
  const targetFact = target === undefined ? undefined : probe.lstat(target);
  if (target === undefined || !targetFact) {
    return {
      kind: 'refused',
      why: `${shown(envPath)} is a link to ${shown(to)}, which does not exist; the installer writes through a link only to an existing file (create it, or remove the link)`,
    };
  }
  if (targetFact.kind !== 'file') {
    return {
      kind: 'refused',
      why: `${shown(envPath)} leads to ${shown(target)}, not a regular file`,
    };
  }
  if (!owners.includes(targetFact.uid)) {
    return {
      kind: 'refused',
      why: `${shown(envPath)} leads to ${shown(target)}, owned by uid ${targetFact.uid}, not by ${owners.length === 1 ? `the runner folder's owner (uid ${t.runnerOwner})` : `root or the runner folder's owner (uid ${t.runnerOwner})`}; the installer does not write through it`,
    };
  }
  return { kind: 'link', target };
}
