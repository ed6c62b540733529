/**
 * `runs-on` built from `${{ matrix.… }}` expanded over a literal `strategy.matrix`: its values,
 * `exclude` and `include`, combined as GitHub combines them. Anything else in `${{ }}` (inputs,
 * outputs of other jobs, functions, operators) cannot be known before the run: it is "not
 * checked", never "unserved" (docs/decisions/fleet-guard.md). Pure.
 */
import type { RunsOn } from './parse.ts';

export type Expansion = { sets: RunsOn[] } | { unresolved: string };

/** GitHub runs at most 256 jobs per matrix; a bigger product is not expanded. */
export const MAX_COMBINATIONS = 256;

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const MATRIX_PATH = /^matrix((?:\.[A-Za-z_][\w-]*)+)$/;

type Combo = Record<string, unknown>;

export function hasExpression(text: string): boolean {
  return text.includes('${{');
}

export function expandRunsOn(runsOn: RunsOn, matrix: unknown): Expansion {
  const parts = [...(runsOn.group === undefined ? [] : [runsOn.group]), ...runsOn.labels];
  if (!parts.some(hasExpression)) return { sets: [runsOn] };
  for (const part of parts) {
    for (const m of part.matchAll(EXPRESSION)) {
      const inner = (m[1] ?? '').trim();
      if (!MATRIX_PATH.test(inner)) {
        return { unresolved: `\${{ ${inner} }} is known only when the workflow runs` };
      }
    }
    if (/\$\{\{(?![\s\S]*?\}\})/.test(part))
      return { unresolved: 'an unterminated ${{ expression' };
  }
  if (matrix === undefined)
    return { unresolved: 'it names matrix values, but the job has no matrix' };
  const combos = combinations(matrix);
  if (typeof combos === 'string') return { unresolved: combos };
  const sets: RunsOn[] = [];
  const seen = new Set<string>();
  for (const combo of combos) {
    const set = substitute(runsOn, combo);
    if (typeof set === 'string') return { unresolved: set };
    const key = JSON.stringify([set.group?.toLowerCase(), set.labels.map((l) => l.toLowerCase())]);
    if (!seen.has(key)) {
      seen.add(key);
      sets.push(set);
    }
  }
  if (!sets.length) return { unresolved: 'the matrix has no combinations' };
  return { sets };
}

function valueAt(combo: Combo, path: string): unknown {
  let value: unknown = combo;
  for (const key of path.slice(1).split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** One combination's label set, or why it cannot be known. */
function substitute(runsOn: RunsOn, combo: Combo): RunsOn | string {
  const one = (text: string): string[] | string => {
    const whole = /^\$\{\{\s*(matrix(?:\.[A-Za-z_][\w-]*)+)\s*\}\}$/.exec(text);
    if (whole) {
      const path = (whole[1] as string).slice('matrix'.length);
      const value = valueAt(combo, path);
      if (Array.isArray(value) && value.length && value.every(isScalar)) return value.map(String);
      if (isScalar(value) && String(value).trim()) return [String(value).trim()];
      return `${whole[1]} is ${describe(value)} in a combination`;
    }
    let problem: string | undefined;
    const out = text.replace(EXPRESSION, (_, inner: string) => {
      const path = inner.trim();
      const value = valueAt(combo, path.slice('matrix'.length));
      if (isScalar(value)) return String(value);
      problem ??= `${path} is ${describe(value)} in a combination`;
      return '';
    });
    if (problem) return problem;
    return out.trim() ? [out.trim()] : 'a label is empty in a combination';
  };
  const labels: string[] = [];
  for (const label of runsOn.labels) {
    const got = one(label);
    if (typeof got === 'string') return got;
    labels.push(...got);
  }
  if (runsOn.group === undefined) return { labels };
  const group = one(runsOn.group);
  if (typeof group === 'string') return group;
  if (group.length !== 1) return 'the runner group is a list in a combination';
  return { group: group[0] as string, labels };
}

function describe(value: unknown): string {
  if (value === undefined) return 'not set';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list that is not all labels';
  return typeof value === 'object' ? 'an object' : `'${String(value)}'`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The matrix's combinations as GitHub builds them: the product of its lists, minus `exclude`
 * (an entry removes every combination it matches on all its keys), then each `include` entry
 * extends every combination whose original values it does not change, or is added on its own.
 */
export function combinations(matrix: unknown): Combo[] | string {
  if (typeof matrix === 'string') {
    return hasExpression(matrix)
      ? `the matrix is an expression (${matrix.trim()})`
      : `the matrix is not readable: ${matrix}`;
  }
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
    return 'the matrix is not a mapping';
  }
  const entries = Object.entries(matrix as Record<string, unknown>);
  const base = entries.filter(([k]) => k !== 'include' && k !== 'exclude');
  let product: Combo[] = base.length ? [{}] : [];
  for (const [key, values] of base) {
    if (!Array.isArray(values)) {
      return typeof values === 'string' && hasExpression(values)
        ? `matrix.${key} is an expression`
        : `matrix.${key} is not a list`;
    }
    if (product.length * values.length > MAX_COMBINATIONS) {
      return `the matrix has more than ${MAX_COMBINATIONS} combinations`;
    }
    product = product.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  const listOf = (name: string): Combo[] | string => {
    const value = (matrix as Record<string, unknown>)[name];
    if (value === undefined || value === null) return [];
    if (typeof value === 'string') return `matrix.${name} is an expression`;
    if (!Array.isArray(value)) return `matrix.${name} is not a list`;
    if (!value.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e))) {
      return `matrix.${name} has an entry that is not a mapping`;
    }
    return value as Combo[];
  };
  const exclude = listOf('exclude');
  const include = listOf('include');
  if (typeof exclude === 'string') return exclude;
  if (typeof include === 'string') return include;
  const kept = product.filter(
    (c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => same(c[k], v))),
  );
  const originals = kept.map((c) => ({ ...c }));
  const result = kept.map((c) => ({ ...c }));
  for (const entry of include) {
    let matched = false;
    originals.forEach((original, i) => {
      const fits = Object.entries(entry).every(
        ([k, v]) => !(k in original) || same(original[k], v),
      );
      if (fits) {
        matched = true;
        Object.assign(result[i] as Combo, entry);
      }
    });
    if (!matched) result.push({ ...entry });
    if (result.length > MAX_COMBINATIONS) {
      return `the matrix has more than ${MAX_COMBINATIONS} combinations`;
    }
  }
  return result;
}
