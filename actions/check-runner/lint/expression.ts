/**
 * A small, safe subset of GitHub's expression language, enough to resolve `runs-on` from literal
 * matrix values: literals (`'text'` with `''` for a quote, numbers, `true`, `false`, `null`),
 * `matrix.a.b` references, `!`, `==`, `!=`, `&&`, `||` and parentheses, with GitHub's precedence
 * and its rules (loose equality that compares strings case-insensitively and other mixed types as
 * numbers; `&&` and `||` give one of their operands). Anything else (functions, other contexts,
 * `<`, indexes) does not parse: such a `runs-on` is "not checked" (docs/decisions/fleet-guard.md).
 * Pure; never throws (docs/decisions/guard-lint-expressions.md).
 */

export type Expr =
  | { k: 'lit'; v: null | boolean | number | string }
  | { k: 'ref'; path: string[] }
  | { k: 'not'; e: Expr }
  | { k: '==' | '!=' | '&&' | '||'; a: Expr; b: Expr };

/** Expressions longer than this are not evaluated (each is evaluated once per combination). */
export const MAX_EXPRESSION_LENGTH = 1000;
/** Parentheses and `!` nest at most this deep. */
export const MAX_DEPTH = 50;

type Token =
  | { t: 'op'; v: '==' | '!=' | '&&' | '||' | '!' | '(' | ')' | '.' }
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'id'; v: string };

const NUMBER = /^(?:0x[0-9a-fA-F]+|-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/;
const IDENT = /^[A-Za-z_][\w-]*/;

function tokens(text: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = rest.slice(0, 2);
    if (two === '==' || two === '!=' || two === '&&' || two === '||') {
      out.push({ t: 'op', v: two });
      i += 2;
      continue;
    }
    if (c === '!' || c === '(' || c === ')' || c === '.') {
      // A `.` right after a token that can be dereferenced is a property; else it starts a number.
      if (c !== '.' || out.at(-1)?.t === 'id') {
        out.push({ t: 'op', v: c });
        i++;
        continue;
      }
    }
    if (c === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        const end = text.indexOf("'", j);
        if (end < 0) return undefined;
        value += text.slice(j, end);
        if (text[end + 1] === "'") {
          value += "'";
          j = end + 2;
        } else {
          i = end + 1;
          break;
        }
      }
      out.push({ t: 'str', v: value });
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      const n = Number(number[0]);
      if (!Number.isFinite(n)) return undefined;
      out.push({ t: 'num', v: n });
      i += number[0].length;
      continue;
    }
    const ident = IDENT.exec(rest);
    if (ident) {
      out.push({ t: 'id', v: ident[0] });
      i += ident[0].length;
      continue;
    }
    return undefined;
  }
  return out;
}

/** The expression inside `${{ }}` as a tree, or undefined when it is outside the subset. */
export function parseExpression(text: string): Expr | undefined {
  if (text.length > MAX_EXPRESSION_LENGTH) return undefined;
  const list = tokens(text);
  if (!list?.length) return undefined;
  let at = 0;
  const peek = () => list[at];
  const isOp = (v: string) => {
    const t = peek();
    return t?.t === 'op' && t.v === v;
  };
  const binary = (
    ops: readonly ('==' | '!=' | '&&' | '||')[],
    next: (depth: number) => Expr | undefined,
  ) => {
    return (depth: number): Expr | undefined => {
      let a = next(depth);
      while (a) {
        const op = ops.find(isOp);
        if (!op) break;
        at++;
        const b = next(depth);
        if (!b) return undefined;
        a = { k: op, a, b };
      }
      return a;
    };
  };
  const primary = (depth: number): Expr | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    const t = list[at++];
    if (!t) return undefined;
    if (t.t === 'str' || t.t === 'num') return { k: 'lit', v: t.v };
    if (t.t === 'op') {
      if (t.v === '!') {
        const e = primary(depth + 1);
        return e && { k: 'not', e };
      }
      if (t.v === '(') {
        const e = or(depth + 1);
        if (!e || !isOp(')')) return undefined;
        at++;
        return e;
      }
      return undefined;
    }
    if (t.v === 'true' || t.v === 'false') return { k: 'lit', v: t.v === 'true' };
    if (t.v === 'null') return { k: 'lit', v: null };
    if (t.v.toLowerCase() !== 'matrix') return undefined;
    const path: string[] = [];
    while (isOp('.')) {
      at++;
      const name = list[at++];
      if (name?.t !== 'id') return undefined;
      path.push(name.v);
    }
    return { k: 'ref', path };
  };
  const equality = binary(['==', '!='], primary);
  const and = binary(['&&'], equality);
  const or: (depth: number) => Expr | undefined = binary(['||'], and);
  const expr = or(0);
  return expr && at === list.length ? expr : undefined;
}

/** Whether the expression reads the matrix. */
export function readsMatrix(e: Expr): boolean {
  switch (e.k) {
    case 'lit':
      return false;
    case 'ref':
      return true;
    case 'not':
      return readsMatrix(e.e);
    default:
      return readsMatrix(e.a) || readsMatrix(e.b);
  }
}

/** A value; `undefined` is a key the matrix lacks (GitHub gives null, the lint tells it apart). */
export type Value = unknown;

export function truthy(v: Value): boolean {
  return !(v === undefined || v === null || v === false || v === 0 || v === '' || Number.isNaN(v));
}

function toNumber(v: Value): number {
  if (v === undefined || v === null || v === false) return 0;
  if (v === true) return 1;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const s = v.trim();
    if (!s) return 0;
    return /^(?:0x[0-9a-fA-F]+|-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/.test(s)
      ? Number(s)
      : Number.NaN;
  }
  return Number.NaN;
}

const kind = (v: Value) =>
  v === undefined || v === null ? 'null' : typeof v === 'object' ? 'object' : typeof v;

/** GitHub's `==`: same kind compared as it is (strings ignoring case), else both as numbers. */
export function looseEquals(a: Value, b: Value): boolean {
  const ka = kind(a);
  const kb = kind(b);
  if (ka === kb) {
    if (ka === 'null') return true;
    if (ka === 'string') return (a as string).toUpperCase() === (b as string).toUpperCase();
    return a === b;
  }
  if (ka === 'object' || kb === 'object') return false;
  return toNumber(a) === toNumber(b);
}

/** A matrix key, exactly as written or else ignoring case, as GitHub looks it up. */
function lookup(value: Value, key: string): Value {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, key)) return record[key];
  const found = Object.keys(record).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : record[found];
}

export function evaluate(e: Expr, matrix: Value): Value {
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'ref':
      return e.path.reduce<Value>((v, key) => lookup(v, key), matrix);
    case 'not':
      return !truthy(evaluate(e.e, matrix));
    case '==':
      return looseEquals(evaluate(e.a, matrix), evaluate(e.b, matrix));
    case '!=':
      return !looseEquals(evaluate(e.a, matrix), evaluate(e.b, matrix));
    case '&&': {
      const a = evaluate(e.a, matrix);
      return truthy(a) ? evaluate(e.b, matrix) : a;
    }
    case '||': {
      const a = evaluate(e.a, matrix);
      return truthy(a) ? a : evaluate(e.b, matrix);
    }
  }
}

/** The expression written back, fully parenthesized (for messages and tests). */
export function print(e: Expr): string {
  switch (e.k) {
    case 'lit':
      return typeof e.v === 'string' ? `'${e.v.replace(/'/g, "''")}'` : String(e.v);
    case 'ref':
      return ['matrix', ...e.path].join('.');
    case 'not':
      return `!(${print(e.e)})`;
    default:
      return `(${print(e.a)} ${e.k} ${print(e.b)})`;
  }
}
