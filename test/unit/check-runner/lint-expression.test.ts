import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type Expr,
  evaluate,
  looseEquals,
  MAX_DEPTH,
  MAX_EXPRESSION_LENGTH,
  parseExpression,
  print,
  readsMatrix,
  truthy,
} from '../../../actions/check-runner/lint/expression.ts';

const run = (text: string, matrix: unknown = {}) => {
  const e = parseExpression(text);
  if (!e) throw new Error(`does not parse: ${text}`);
  return evaluate(e, matrix);
};

describe('parseExpression', () => {
  test.each<[string, Expr]>([
    ["'AMD'", { k: 'lit', v: 'AMD' }],
    ["'it''s'", { k: 'lit', v: "it's" }],
    ['42', { k: 'lit', v: 42 }],
    ['-2.5e1', { k: 'lit', v: -25 }],
    ['0xff', { k: 'lit', v: 255 }],
    ['.5', { k: 'lit', v: 0.5 }],
    ['true', { k: 'lit', v: true }],
    ['null', { k: 'lit', v: null }],
    ['matrix.os', { k: 'ref', path: ['os'] }],
    ['matrix.cfg.runs-on', { k: 'ref', path: ['cfg', 'runs-on'] }],
    ['!matrix.x', { k: 'not', e: { k: 'ref', path: ['x'] } }],
    [
      "matrix.dev == 'AMD' && 'a' || 'b'",
      {
        k: '||',
        a: {
          k: '&&',
          a: { k: '==', a: { k: 'ref', path: ['dev'] }, b: { k: 'lit', v: 'AMD' } },
          b: { k: 'lit', v: 'a' },
        },
        b: { k: 'lit', v: 'b' },
      },
    ],
    [
      "'a' || 'b' && 'c'",
      {
        k: '||',
        a: { k: 'lit', v: 'a' },
        b: { k: '&&', a: { k: 'lit', v: 'b' }, b: { k: 'lit', v: 'c' } },
      },
    ],
    [
      '!matrix.a == matrix.b',
      {
        k: '==',
        a: { k: 'not', e: { k: 'ref', path: ['a'] } },
        b: { k: 'ref', path: ['b'] },
      },
    ],
    [
      "( 'a' || 'b' ) && 'c'",
      {
        k: '&&',
        a: { k: '||', a: { k: 'lit', v: 'a' }, b: { k: 'lit', v: 'b' } },
        b: { k: 'lit', v: 'c' },
      },
    ],
  ])('%s', (text, tree) => {
    expect(parseExpression(text)).toEqual(tree);
  });

  test.each([
    ['a function', "contains(matrix.os, 'mac')"],
    ['another context', 'inputs.runner'],
    ['github', "github.ref == 'x'"],
    ['an index', "matrix['os']"],
    ['a comparison outside the subset', 'matrix.n < 3'],
    ['an unterminated string', "'abc"],
    ['an unclosed parenthesis', "('a'"],
    ['a trailing operator', "'a' &&"],
    ['two values', "'a' 'b'"],
    ['empty', '   '],
    ['a dot with no name', 'matrix.'],
    ['too deep', `${'('.repeat(MAX_DEPTH + 1)}1${')'.repeat(MAX_DEPTH + 1)}`],
    ['too long', `'${'x'.repeat(MAX_EXPRESSION_LENGTH)}'`],
  ])('%s is outside the subset', (_, text) => {
    expect(parseExpression(text)).toBeUndefined();
  });

  test('nesting up to the limit parses', () => {
    const text = `${'('.repeat(MAX_DEPTH)}1${')'.repeat(MAX_DEPTH)}`;
    expect(parseExpression(text)).toEqual({ k: 'lit', v: 1 });
  });

  test('readsMatrix', () => {
    expect(readsMatrix(parseExpression("'a' || !('b' == 'c')") as Expr)).toBe(false);
    expect(readsMatrix(parseExpression("'a' || !('b' == matrix.c)") as Expr)).toBe(true);
  });
});

describe('evaluate, as GitHub does', () => {
  const matrix = { dev: 'AMD', n: 22, on: true, list: ['a'], cfg: { OS: 'mac' } };
  test.each<[string, unknown]>([
    ["matrix.dev == 'AMD' && 'amd-box' || 'intel-box'", 'amd-box'],
    ["matrix.dev == 'amd' && 'amd-box' || 'intel-box'", 'amd-box'],
    ["matrix.dev != 'AMD' && 'amd-box' || 'intel-box'", 'intel-box'],
    ["matrix.n == '22'", true],
    ['matrix.n == 22.0', true],
    ["matrix.n == 'x'", false],
    ['matrix.on == 1', true],
    ["matrix.on == 'true'", false],
    ['matrix.missing == null', true],
    ["matrix.missing == ''", true],
    ['null == 0', true],
    ["'' == 0", true],
    ["' 0x10 ' == 16", true],
    ['matrix.list == matrix.list', true],
    ["matrix.list == 'a'", false],
    ['!matrix.dev', false],
    ['!matrix.missing', true],
    ["0 || ''", ''],
    ["matrix.dev && matrix.n || 'x'", 22],
    ["'' && 'x'", ''],
    ['matrix.cfg.os', 'mac'],
    ['matrix.cfg.OS.x', undefined],
    ['matrix.missing', undefined],
  ])('%s is %j', (text, value) => {
    expect(run(text, matrix)).toEqual(value);
  });

  test.each<[unknown, boolean]>([
    [false, false],
    [0, false],
    ['', false],
    [null, false],
    [undefined, false],
    [Number.NaN, false],
    ['0', true],
    ['false', true],
    [[], true],
    [{}, true],
  ])('truthy(%j) is %s', (v, t) => {
    expect(truthy(v)).toBe(t);
  });

  test.each<[unknown, unknown, boolean]>([
    ['ABC', 'abc', true],
    [Number.NaN, Number.NaN, false],
    ['abc', Number.NaN, false],
    [null, false, true],
    [{}, {}, false],
    [[1], 1, false],
  ])('looseEquals(%j, %j) is %s', (a, b, eq) => {
    expect(looseEquals(a, b)).toBe(eq);
  });
});

describe('properties', () => {
  const literal: fc.Arbitrary<Expr> = fc.oneof(
    fc.string({ maxLength: 8 }).map((v) => ({ k: 'lit' as const, v })),
    fc
      .oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: -1000, max: -1 }))
      .map((v) => ({ k: 'lit' as const, v })),
    fc.boolean().map((v) => ({ k: 'lit' as const, v })),
    fc.constant<Expr>({ k: 'lit', v: null }),
    fc
      .array(fc.constantFrom('os', 'dev', 'runs-on', 'n'), { minLength: 1, maxLength: 2 })
      .map((path) => ({ k: 'ref' as const, path })),
  );
  const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      literal,
      tie('expr').map((e) => ({ k: 'not' as const, e })),
      fc
        .tuple(fc.constantFrom('==', '!=', '&&', '||'), tie('expr'), tie('expr'))
        .map(([k, a, b]) => ({ k, a, b })),
    ),
  }));

  test('a printed tree parses back to itself', () => {
    fc.assert(
      fc.property(expr, (e) => {
        expect(parseExpression(print(e))).toEqual(e);
      }),
      { numRuns: 500 },
    );
  });

  test('precedence and left associativity: the fewest parentheses parse to the same tree', () => {
    const rank = (e: Expr) =>
      e.k === '||'
        ? 1
        : e.k === '&&'
          ? 2
          : e.k === '==' || e.k === '!='
            ? 3
            : e.k === 'not'
              ? 4
              : 5;
    const wrap = (text: string, yes: boolean) => (yes ? `(${text})` : text);
    const minimal = (e: Expr): string => {
      if (e.k === 'lit' || e.k === 'ref') return print(e);
      if (e.k === 'not') return `!${wrap(minimal(e.e), rank(e.e) < 4)}`;
      const p = rank(e);
      return `${wrap(minimal(e.a), rank(e.a) < p)} ${e.k} ${wrap(minimal(e.b), rank(e.b) <= p)}`;
    };
    expect(minimal(parseExpression("('a' || 'b') && !('c' == 'd') || 'e'") as Expr)).toBe(
      "('a' || 'b') && !('c' == 'd') || 'e'",
    );
    fc.assert(
      fc.property(expr, (e) => {
        expect(parseExpression(minimal(e))).toEqual(e);
      }),
      { numRuns: 500 },
    );
  });

  test('&& and || give one of their operands, as a ternary would', () => {
    const value = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(value, value, value, (c, a, b) => {
        const m = { c, a, b };
        expect(run('matrix.c && matrix.a || matrix.b', m)).toEqual(truthy(c) && truthy(a) ? a : b);
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary text never throws: a tree or undefined', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const e = parseExpression(text);
        if (e) expect(() => evaluate(e, { a: 1 })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  test('== is symmetric', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.integer({ min: -3, max: 3 }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('0', '1', ' 2 ', 'TRUE', ''),
    );
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(looseEquals(a, b)).toBe(looseEquals(b, a));
      }),
      { numRuns: 500 },
    );
  });
});
