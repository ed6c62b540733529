/**
 * Benchmark units: which values can be compared and how to convert them, how a `range` reads as
 * a number, and the `benchmark-noise-floor` input. Pure. See docs/decisions/benchmark-units.md.
 *
 * A unit belongs to a family; values of one family convert into each other by a factor:
 * - times (`ns`, `us`, `µs`, `μs`, `ms`, `s`, `min`, `h` …): family `time`, in seconds;
 * - times per something (`ns/iter`, `ms/op`): family `time/iter`, `time/op`, in seconds per one;
 * - rates, something per time (`ops/s`, `ops/ms`, `req/s`, `MB/s`): family `rate:<something>`, in
 *   that something per second;
 * - anything else (`MB`, `points`, `Percent`): a family of its own, compared only with the very
 *   same unit.
 */

export type UnitKind = 'time' | 'rate' | 'other';

export interface UnitScale {
  kind: UnitKind;
  /** Values of the same family can be converted; others cannot be compared. */
  family: string;
  /** A value in this unit times `factor` is the value in the family's base unit. */
  factor: number;
}

const TIME_WORDS: Record<string, number> = {
  ps: 1e-12,
  ns: 1e-9,
  nsec: 1e-9,
  nanosecond: 1e-9,
  nanoseconds: 1e-9,
  us: 1e-6,
  usec: 1e-6,
  microsecond: 1e-6,
  microseconds: 1e-6,
  ms: 1e-3,
  msec: 1e-3,
  millisecond: 1e-3,
  milliseconds: 1e-3,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
};

/**
 * Seconds in one of this time unit (`ms` → 0.001), case-insensitive; `µs` (micro sign U+00B5) and
 * `μs` (Greek mu U+03BC) are `us`. Undefined for anything that is not a time.
 */
export function secondsPer(unit: string): number | undefined {
  const word = unit
    .trim()
    .toLowerCase()
    .replace(/^[\u00b5\u03bc]/, 'u');
  return Object.hasOwn(TIME_WORDS, word) ? TIME_WORDS[word] : undefined;
}

/** What a per-thing is called: `iter`, `iters`, `iteration` → `iter`; `op`, `ops` → `op`. */
function perThing(text: string): string {
  const word = text.trim().toLowerCase();
  if (/^iter(ation)?s?$/.test(word)) return 'iter';
  if (/^op(eration)?s?$/.test(word)) return 'op';
  return word;
}

/** What a rate counts: `op`, `ops`, `operations` → `ops`; anything else as written. */
function rateThing(text: string): string {
  const word = text.trim();
  return /^op(eration)?s?$/i.test(word) ? 'ops' : word;
}

/** The unit's family and its factor to the family's base unit. */
export function unitScale(unit: string): UnitScale {
  const text = unit.trim().replace(/\s+/g, ' ');
  const time = secondsPer(text);
  if (time !== undefined) return { kind: 'time', family: 'time', factor: time };
  const slash = /^([^/]+?) ?\/ ?([^/]+)$/.exec(text) ?? /^(.+?) per (\S+)$/i.exec(text);
  if (slash) {
    const [, top = '', bottom = ''] = slash;
    const topTime = secondsPer(top);
    const bottomTime = secondsPer(bottom);
    if (topTime !== undefined && bottomTime === undefined) {
      return { kind: 'time', family: `time/${perThing(bottom)}`, factor: topTime };
    }
    if (topTime === undefined && bottomTime !== undefined) {
      return { kind: 'rate', family: `rate:${rateThing(top)}`, factor: 1 / bottomTime };
    }
  }
  return { kind: 'other', family: `unit:${text}`, factor: 1 };
}

/** `value` in unit `from` expressed in unit `to`; undefined when they are not of one family. */
export function convert(value: number, from: string, to: string): number | undefined {
  if (from === to) return value;
  const a = unitScale(from);
  const b = unitScale(to);
  if (a.family !== b.family) return undefined;
  return (value * a.factor) / b.factor;
}

/**
 * Rate units are bigger-is-better: something per unit of time (`ops/s`, `req/ms`, `MB/s`,
 * `requests per second`), and the rate words `ops`, `fps`, `qps`, `rps`, `tps`, `iops`, `Hz`.
 */
export function isRateUnit(unit: string): boolean {
  if (unitScale(unit).kind === 'rate') return true;
  return /(^|[^\p{L}\p{N}])(ops|fps|qps|rps|tps|iops|[kmg]?hz)($|[^\p{L}\p{N}])/iu.test(unit);
}

const NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?`;
const RANGE = new RegExp(String.raw`^(?:±|\+ ?\/? ?-|- ?\/? ?\+)? ?(${NUMBER}) ?(.*)$`, 'i');

/**
 * A github-action-benchmark `range` (or hyperfine's stddev) as a number in the value's unit: a
 * JSON number, or text such as `± 3.1`, `+/- 300`, `±1.5%` (of the value), `5%`, `3`, `± 2 ms`
 * (converted; for `ns/iter` a time is per iteration too). Undefined when it does not read as one
 * spread (`[1, 3]`, `stddev: 4`, `2 MB` for a time), or is negative or not finite.
 */
export function parseRange(range: unknown, value: number, unit: string): number | undefined {
  if (typeof range === 'number') return Number.isFinite(range) && range >= 0 ? range : undefined;
  if (typeof range !== 'string') return undefined;
  const match = RANGE.exec(range.trim().replace(/\s+/g, ' '));
  if (!match) return undefined;
  const amount = Number(match[1]);
  const rest = (match[3] ?? '').trim();
  if (!Number.isFinite(amount)) return undefined;
  if (rest === '') return amount;
  if (rest === '%') return Math.abs(value) * (amount / 100);
  // A time spread of a time per something (`± 40 ns` of `us/iter`) is in that something too.
  const [from, to] = [unitScale(rest), unitScale(unit)];
  const converted =
    from.kind === 'time' && to.kind === 'time'
      ? (amount * from.factor) / to.factor
      : convert(amount, rest, unit);
  return converted !== undefined && Number.isFinite(converted) ? converted : undefined;
}

/**
 * The smallest change that can count, per family of units, in the family's base unit. A floor for
 * time is kept under `time` and applies to every time family (`ns`, `ns/iter`, `ms/op` alike).
 */
export type NoiseFloors = ReadonlyMap<string, number>;

const floorKey = (scale: UnitScale): string => (scale.kind === 'time' ? 'time' : scale.family);

/** The floor for values in this unit, in this unit. */
export function floorFor(floors: NoiseFloors, unit: string): number {
  const scale = unitScale(unit);
  return (floors.get(floorKey(scale)) ?? 0) / scale.factor;
}

/** `benchmark-noise-floor`'s default: one nanosecond for every time, nothing else. */
export const DEFAULT_NOISE_FLOOR = '1ns';

const AMOUNT = new RegExp(`^(${NUMBER}) ?([^\\d.\\s].*)$`, 'i');

/**
 * `1ns`, `2 ms, 50 ops/s`, `0.5 MB`: a floor per family (the last entry for a family wins). `0` or
 * `none` alone: no floor at all. Returns the floors, or the entry that does not read.
 */
export function parseNoiseFloors(
  entries: readonly string[],
): { floors: NoiseFloors } | { bad: string } {
  const floors = new Map<string, number>();
  if (entries.length === 1 && /^(0|none)$/i.test(entries[0] ?? '')) return { floors };
  for (const entry of entries) {
    const match = AMOUNT.exec(entry.trim().replace(/\s+/g, ' '));
    const amount = Number(match?.[1]);
    if (!match || !Number.isFinite(amount)) return { bad: entry };
    const scale = unitScale(match[3] ?? '');
    floors.set(floorKey(scale), amount * scale.factor);
  }
  return { floors };
}

/** The default floors (`DEFAULT_NOISE_FLOOR`). */
export const DEFAULT_FLOORS: NoiseFloors = new Map([['time', 1e-9]]);
