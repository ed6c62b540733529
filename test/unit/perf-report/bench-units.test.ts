import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  convert,
  DEFAULT_FLOORS,
  floorFor,
  isRateUnit,
  parseNoiseFloors,
  parseRange,
  secondsPer,
  unitScale,
} from '../../../actions/perf-report/units.ts';

// docs/decisions/benchmark-units.md
describe('unit families', () => {
  test.each([
    ['s', 'time', 1, 'time'],
    ['ms', 'time', 1e-3, 'time'],
    ['MS', 'time', 1e-3, 'time'],
    ['us', 'time', 1e-6, 'time'],
    ['\u00b5s', 'time', 1e-6, 'time'], // micro sign
    ['\u03bcs', 'time', 1e-6, 'time'], // Greek mu
    ['ns', 'time', 1e-9, 'time'],
    ['ps', 'time', 1e-12, 'time'],
    ['seconds', 'time', 1, 'time'],
    ['min', 'time', 60, 'time'],
    ['ns/iter', 'time/iter', 1e-9, 'time'],
    ['\u00b5s/iter', 'time/iter', 1e-6, 'time'],
    ['ms / iteration', 'time/iter', 1e-3, 'time'],
    ['ns/op', 'time/op', 1e-9, 'time'],
    ['us/ops', 'time/op', 1e-6, 'time'],
    ['ns per iter', 'time/iter', 1e-9, 'time'],
    ['ops/s', 'rate:ops', 1, 'rate'],
    ['ops/sec', 'rate:ops', 1, 'rate'],
    ['ops/ms', 'rate:ops', 1e3, 'rate'],
    ['ops/us', 'rate:ops', 1e6, 'rate'],
    ['ops/\u03bcs', 'rate:ops', 1e6, 'rate'],
    ['ops/ns', 'rate:ops', 1 / 1e-9, 'rate'],
    ['op/s', 'rate:ops', 1, 'rate'],
    ['Ops/s', 'rate:ops', 1, 'rate'],
    ['req/s', 'rate:req', 1, 'rate'],
    ['MB/s', 'rate:MB', 1, 'rate'],
    ['requests per second', 'rate:requests', 1, 'rate'],
    ['ops/min', 'rate:ops', 1 / 60, 'rate'],
    ['MB', 'unit:MB', 1, 'other'],
    ['Megabytes', 'unit:Megabytes', 1, 'other'],
    ['B/op', 'unit:B/op', 1, 'other'],
    ['allocs/op', 'unit:allocs/op', 1, 'other'],
    ['ops', 'unit:ops', 1, 'other'],
    ['  Percent ', 'unit:Percent', 1, 'other'],
    ['s/s', 'unit:s/s', 1, 'other'],
    ['', 'unit:', 1, 'other'],
  ])('%j → %s x %d (%s)', (unit, family, factor, kind) => {
    expect(unitScale(unit)).toEqual({ kind, family, factor });
  });

  test.each([
    ['ms', 0.001],
    ['MS', 0.001],
    ['\u00b5s', 1e-6],
    ['\u03bcs', 1e-6],
    ['hours', 3600],
    ['ops/sec', undefined],
    ['MB', undefined],
    ['constructor', undefined],
    ['__proto__', undefined],
  ])('secondsPer(%s) = %s', (unit, seconds) => {
    expect(secondsPer(unit)).toBe(seconds);
  });
});

describe('convert', () => {
  test.each([
    [100, 'ns/iter', 'us/iter', 0.1],
    [0.21, 'us/iter', 'ns/iter', 210],
    [2.5, '\u00b5s/iter', '\u03bcs/iter', 2.5],
    [2.5, '\u00b5s', 'us', 2.5],
    [250_000, 'ops/s', 'ops/ms', 250],
    [180, 'ops/ms', 'ops/sec', 180_000],
    [0.052, 's', 'ms', 52],
    [1.5, 'min', 's', 90],
    [10, 'MB', 'MB', 10],
    [7, 'points', 'points', 7],
  ])('%d %s = %d %s', (value, from, to, expected) => {
    expect(convert(value, from, to)).toBeCloseTo(expected, 12);
  });

  test.each([
    ['ms', 'ns/iter'], // a time and a time per iteration
    ['ns/iter', 'ns/op'],
    ['ms', 'ops/s'],
    ['ops/s', 'req/s'],
    ['MB', 'mb'],
    ['MB', 'GB'],
    ['MB/s', 'MB'],
  ])('%s and %s do not convert', (from, to) => {
    expect(convert(1, from, to)).toBeUndefined();
  });

  const time = fc.constantFrom('ps', 'ns', 'us', '\u00b5s', '\u03bcs', 'ms', 's', 'min', 'h');
  const per = fc.constantFrom('', '/iter', '/op');

  test('property: times convert by their seconds, alike with or without /iter and /op', () => {
    fc.assert(
      fc.property(
        time,
        time,
        per,
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (a, b, p, v) => {
          const expected = (v * (secondsPer(a) as number)) / (secondsPer(b) as number);
          const got = convert(v, `${a}${p}`, `${b}${p}`) as number;
          expect(got).toBeCloseTo(expected, 6);
          // And back again.
          expect(convert(got, `${b}${p}`, `${a}${p}`) as number).toBeCloseTo(v, 6);
        },
      ),
    );
  });

  test('property: ops per time converts inversely to the time', () => {
    fc.assert(
      fc.property(time, time, fc.double({ min: 0, max: 1e9, noNaN: true }), (a, b, v) => {
        const got = convert(v, `ops/${a}`, `ops/${b}`) as number;
        const expected = (v * (secondsPer(b) as number)) / (secondsPer(a) as number);
        expect(Math.abs(got - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-12 + 1e-300);
      }),
    );
  });

  test('property: a time never converts to another family', () => {
    fc.assert(
      fc.property(time, per, fc.constantFrom('ops/s', 'MB', 'x', 'ns/byte'), (a, p, other) => {
        if (`${a}${p}` === other) return;
        expect(convert(1, `${a}${p}`, other)).toBeUndefined();
      }),
    );
  });
});

// docs/decisions/benchmark-direction.md
describe('rate units', () => {
  test.each([
    ['ops/sec', true],
    ['ops/s', true],
    ['ops/ms', true],
    ['MB/s', true],
    ['req / s', true],
    ['req/s', true],
    ['ops', true],
    ['fps', true],
    ['MHz', true],
    ['requests per second', true],
    ['packages/s', true],
    ['ms', false],
    ['s', false],
    ['ns/iter', false],
    ['ns/op', false],
    ['allocs/op', false],
    ['MB', false],
    ['points', false],
    ['hops', false],
    ['Megabytes', false],
  ])('%s → %s', (unit, rate) => {
    expect(isRateUnit(unit)).toBe(rate);
  });
});

describe('parseRange: a range as a number in the value’s unit', () => {
  test.each<[unknown, number, string, number | undefined]>([
    [0.519165, 90.9, 'ns', 0.519165],
    ['± 3.1', 412.5, 'ms', 3.1],
    ['±3.1', 412.5, 'ms', 3.1],
    ['+/- 300', 12_000, 'ns/iter', 300],
    ['+- 4', 10, 'ms', 4],
    ['± 1.5%', 200, 'ops/sec', 3],
    ['5%', 50, 'Percent', 2.5],
    ['3', 150, 'Megabytes', 3],
    ['± 2 ms', 1.5, 's', 0.002],
    ['± 40 ns', 1, 'us/iter', 0.04],
    ['± 1e-3', 1, 's', 0.001],
    ['± 2 ns/iter', 1, 'us/iter', 0.002],
    ['± 2 ns/op', 1, 'us/iter', 0.002],
    ['2 MB', 1, 's', undefined],
    ['stddev: 4', 10, 'ms', undefined],
    ['[1, 3]', 2, 'ms', undefined],
    ['-3', 10, 'ms', undefined],
    ['± -3', 10, 'ms', undefined],
    ['', 10, 'ms', undefined],
    ['± 1e999', 10, 'ms', undefined],
    [-3, 10, 'ms', undefined],
    [Number.NaN, 10, 'ms', undefined],
    [null, 10, 'ms', undefined],
    [{ low: 1 }, 10, 'ms', undefined],
  ])('%j of %d %s → %s', (range, value, unit, expected) => {
    const got = parseRange(range, value, unit);
    if (expected === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(expected, 12);
  });

  test('property: `± x`, `+/- x` and the number x all read as x', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.constantFrom('± ', '±', '+/- ', '+- ', ''),
        (x, prefix) => {
          expect(parseRange(`${prefix}${x}`, 1, 'ms')).toBe(x);
          expect(parseRange(x, 1, 'ms')).toBe(x);
        },
      ),
    );
  });

  test('property: any text either reads as a finite, non-negative number or not at all', () => {
    fc.assert(
      fc.property(fc.string(), fc.double({ noNaN: true }), (text, value) => {
        const got = parseRange(text, value, 'ms');
        if (got !== undefined) {
          expect(Number.isFinite(got)).toBe(true);
          expect(got).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('noise floors', () => {
  test('the default: one nanosecond for every time unit alike, nothing for others', () => {
    expect([...DEFAULT_FLOORS]).toEqual([['time', 1e-9]]);
    expect(floorFor(DEFAULT_FLOORS, 'ns')).toBeCloseTo(1, 12);
    expect(floorFor(DEFAULT_FLOORS, 'ns/iter')).toBeCloseTo(1, 12);
    expect(floorFor(DEFAULT_FLOORS, 'ns/op')).toBeCloseTo(1, 12);
    expect(floorFor(DEFAULT_FLOORS, 'us/iter')).toBeCloseTo(0.001, 12);
    expect(floorFor(DEFAULT_FLOORS, 's')).toBeCloseTo(1e-9, 20);
    expect(floorFor(DEFAULT_FLOORS, 'ops/s')).toBe(0);
    expect(floorFor(DEFAULT_FLOORS, 'MB')).toBe(0);
  });

  test.each<[string[], [string, number][]]>([
    [['1ns'], [['time', 1e-9]]],
    [['2 ms'], [['time', 0.002]]],
    [['500us/iter'], [['time', 0.0005]]],
    [['50 ops/s'], [['rate:ops', 50]]],
    [['0.05 ops/ms'], [['rate:ops', 50]]],
    [['0.5 MB'], [['unit:MB', 0.5]]],
    [
      ['1ms', '2ms', '3 req/s'],
      [
        ['time', 0.002],
        ['rate:req', 3],
      ],
    ],
    [['0'], []],
    [['none'], []],
    [['0 ms'], [['time', 0]]],
  ])('%j', (entries, floors) => {
    const parsed = parseNoiseFloors(entries);
    expect('floors' in parsed && [...parsed.floors]).toEqual(floors);
  });

  test.each([['fast'], ['-1ms'], ['10'], ['1e999 ms'], ['ms'], ['']])('%j is refused', (entry) => {
    expect(parseNoiseFloors(['1ns', entry])).toEqual({ bad: entry });
  });

  test('a floor given in one time unit applies to values in another', () => {
    const parsed = parseNoiseFloors(['2ms']);
    const floors = 'floors' in parsed ? parsed.floors : DEFAULT_FLOORS;
    expect(floorFor(floors, 's')).toBeCloseTo(0.002, 12);
    expect(floorFor(floors, 'ns/iter')).toBeCloseTo(2e6, 6);
    expect(floorFor(floors, '\u03bcs')).toBeCloseTo(2000, 9);
  });
});
