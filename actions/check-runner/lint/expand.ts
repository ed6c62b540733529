/**
 * `runs-on` built from `${{ }}` expressions over a literal `strategy.matrix`: its values,
 * `exclude` and `include`, combined as GitHub combines them, and each combination's expressions
 * evaluated (`matrix.…` references, literals, `!`, `==`, `!=`, `&&`, `||`: expression.ts). Anything
 * else in `${{ }}` (inputs, outputs of other jobs, functions) cannot be known before the run: it
 * is "not checked", never "unserved" (docs/decisions/fleet-guard.md). Pure.
 */
import { type Expr, evaluate, parseExpression, readsMatrix } from './expression.ts';
import type { RunsOn } from './parse.ts';

export type Expansion = { sets: RunsOn[] } | { unresolved: string };

/** GitHub runs at most 256 jobs per matrix; a bigger product is not expanded. */
export const MAX_COMBINATIONS = 256;

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

type Combo = Record<string, unknown>;

export function hasExpression(text: string): boolean {
  return text.includes('${{');
}

export function expandRunsOn(runsOn: RunsOn, matrix: unknown): Expansion {
  const parts = [...(runsOn.group === undefined ? [] : [runsOn.group]), ...runsOn.labels];
  if (!parts.some(hasExpression)) return { sets: [runsOn] };
  const parsed = new Map<string, Expr>();
  let usesMatrix = false;
  for (const part of parts) {
    for (const m of part.matchAll(EXPRESSION)) {
      const inner = (m[1] ?? '').trim();
      const expr = parseExpression(inner);
      if (!expr) return { unresolved: `\${{ ${inner} }} is known only when the workflow runs` };
      parsed.set(inner, expr);
      usesMatrix ||= readsMatrix(expr);
    }
    if (/\$\{\{(?![\s\S]*?\}\})/.test(part))
      return { unresolved: 'an unterminated ${{ expression' };
  }
  if (usesMatrix && matrix === undefined)
    return { unresolved: 'it names matrix values, but the job has no matrix' };
  const combos = usesMatrix ? combinations(matrix) : [{}];
  if (typeof combos === 'string') return { unresolved: combos };
  const sets: RunsOn[] = [];
  const seen = new Set<string>();
  for (const combo of combos) {
    const set = substitute(runsOn, (inner) => evaluate(parsed.get(inner) as Expr, combo));
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

const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

const isMapping = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A `{group, labels}` mapping a matrix value holds, as `runs-on` accepts it, or why not. */
function runsOnMapping(value: Record<string, unknown>, what: string): RunsOn | string {
  const bad = `${what} is a mapping that is not {group, labels} in a combination`;
  const keys = Object.keys(value);
  if (!keys.length || keys.some((k) => k !== 'group' && k !== 'labels')) return bad;
  const group = value.group;
  if (group !== undefined && !(typeof group === 'string' && group.trim())) return bad;
  const raw = value.labels === undefined ? [] : value.labels;
  const list = Array.isArray(raw) ? raw : [raw];
  if (!list.every((l) => isScalar(l) && String(l).trim())) return bad;
  const labels = list.map((l) => String(l).trim());
  if (group === undefined && !labels.length) return bad;
  if (labels.some(hasExpression) || (group !== undefined && hasExpression(group)))
    return `${what} holds an expression in a combination`;
  return group === undefined ? { labels } : { group: group.trim(), labels };
}

/** One combination's label set, or why it cannot be known. */
function substitute(runsOn: RunsOn, value: (inner: string) => unknown): RunsOn | string {
  const one = (text: string): string[] | RunsOn | string => {
    const whole = /^\$\{\{([\s\S]*?)\}\}$/.exec(text);
    if (whole && !(whole[1] as string).includes('}}')) {
      const inner = (whole[1] as string).trim();
      const v = value(inner);
      if (Array.isArray(v) && v.length && v.every(isScalar)) return v.map(String);
      // A boolean is no label: it is a condition that gave no runner (`matrix.x && 'a'`).
      if ((typeof v === 'string' || typeof v === 'number') && String(v).trim())
        return [String(v).trim()];
      if (isMapping(v)) return runsOnMapping(v, inner);
      return `${inner} is ${describe(v)} in a combination`;
    }
    let problem: string | undefined;
    const out = text.replace(EXPRESSION, (_, raw: string) => {
      const inner = raw.trim();
      const v = value(inner);
      if (isScalar(v)) return String(v);
      problem ??= `${inner} is ${describe(v)} in a combination`;
      return '';
    });
    if (problem) return problem;
    return out.trim() ? [out.trim()] : 'a label is empty in a combination';
  };
  const labels: string[] = [];
  for (const label of runsOn.labels) {
    const got = one(label);
    if (typeof got === 'string') return got;
    if (!Array.isArray(got)) {
      // A whole `runs-on` from one matrix value that is `{group, labels}`.
      if (runsOn.labels.length === 1 && runsOn.group === undefined) return got;
      return 'a {group, labels} value is one label among others in a combination';
    }
    labels.push(...got);
  }
  if (runsOn.group === undefined) return { labels };
  const group = one(runsOn.group);
  if (typeof group === 'string') return group;
  if (!Array.isArray(group) || group.length !== 1)
    return 'the runner group is not one name in a combination';
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
