/**
 * What the shared library does by hand to keep ICU and node:crypto out of every action's start
 * (issue 22): the same results as the built-ins it stands in for.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { randomId } from '../../../actions/lib/random-id.ts';
import { formatCount } from '../../../actions/lib/summary.ts';

const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

describe('formatCount writes what Intl.NumberFormat en-US writes', () => {
  test.each([
    0,
    -0,
    1,
    -1,
    999,
    1000,
    -1000,
    999_999,
    1_000_000,
    1234567,
    0.4,
    0.5,
    -0.3,
    -0.5,
    1.5,
    2.5,
    -2.5,
    999.5,
    4503599627370495.5,
    2 ** 53,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    1e20,
    9.99e20,
    1e21,
    -1e21,
    1.5e300,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
  ])('%d', (n) => {
    expect(formatCount(n)).toBe(intl.format(n));
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    '%d as String',
    (n) => {
      expect(formatCount(n)).toBe(String(n));
    },
  );

  test('any double, any integer', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
        (n) => {
          expect(formatCount(n)).toBe(intl.format(n));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('randomId', () => {
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  test('a version 4 UUID from /dev/urandom, different every time', () => {
    const ids = Array.from({ length: 200 }, () => randomId());
    for (const id of ids) expect(id).toMatch(v4);
    expect(new Set(ids).size).toBe(200);
  });

  test('the bytes it reads become the UUID, with the version and variant bits set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'random-id-'));
    try {
      const file = join(dir, 'bytes');
      writeFileSync(file, Buffer.alloc(16, 0xff));
      expect(randomId(file)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
      writeFileSync(file, Buffer.alloc(16, 0));
      expect(randomId(file)).toBe('00000000-0000-4000-8000-000000000000');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('without /dev/urandom (Windows), or on a short read, node:crypto makes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'random-id-'));
    try {
      const short = join(dir, 'short');
      writeFileSync(short, Buffer.alloc(15, 0));
      for (const source of [join(dir, 'missing'), short]) {
        const id = randomId(source);
        expect(id).toMatch(v4);
        expect(id).not.toBe('00000000-0000-4000-8000-000000000000');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
