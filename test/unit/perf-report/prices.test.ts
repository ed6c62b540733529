import { describe, expect, test } from 'vitest';
import { HOSTED_LABELS } from '../../../actions/fleet/hosted-labels.ts';
import { InputError } from '../../../actions/lib/errors.ts';
import {
  PRICES_EFFECTIVE,
  PRICES_READ,
  PRICES_SOURCE,
  parsePrices,
  priceOf,
  RATES,
  skuOfLabel,
  TABLE_PRICES,
} from '../../../actions/perf-report/prices.ts';

describe('the dated table', () => {
  test('names its source and dates', () => {
    expect(PRICES_SOURCE).toBe(
      'https://docs.github.com/en/billing/reference/actions-runner-pricing',
    );
    expect(PRICES_EFFECTIVE).toBe('2026-01-01');
    expect(PRICES_READ).toBe('2026-12-05');
  });

  test.each([
    ['linux_slim', 0.002],
    ['linux', 0.006],
    ['windows', 0.01],
    ['macos', 0.062],
    ['linux_2_core_advanced', 0.006],
    ['linux_4_core', 0.012],
    ['linux_8_core', 0.022],
    ['linux_16_core', 0.042],
    ['linux_32_core', 0.082],
    ['linux_64_core', 0.162],
    ['linux_96_core', 0.252],
    ['windows_4_core', 0.022],
    ['windows_8_core', 0.042],
    ['windows_16_core', 0.082],
    ['windows_32_core', 0.162],
    ['windows_64_core', 0.322],
    ['windows_96_core', 0.552],
    ['macos_l', 0.077],
    ['linux_2_core_arm', 0.005],
    ['linux_4_core_arm', 0.008],
    ['linux_8_core_arm', 0.014],
    ['linux_16_core_arm', 0.026],
    ['linux_32_core_arm', 0.05],
    ['linux_64_core_arm', 0.098],
    ['windows_2_core_arm', 0.008],
    ['windows_4_core_arm', 0.014],
    ['windows_8_core_arm', 0.026],
    ['windows_16_core_arm', 0.05],
    ['windows_32_core_arm', 0.098],
    ['windows_64_core_arm', 0.194],
    ['macos_xl', 0.102],
    ['linux_4_core_gpu', 0.052],
    ['windows_4_core_gpu', 0.102],
  ])('%s costs %d USD a minute', (sku, usd) => {
    expect(RATES[sku]?.usd).toBe(usd);
  });

  test('holds exactly the SKUs GitHub lists', () => {
    expect(Object.keys(RATES)).toHaveLength(33);
  });
});

describe('skuOfLabel: the SKU a standard image label bills under', () => {
  test.each([
    ['ubuntu-latest', 'linux'],
    ['ubuntu-24.04', 'linux'],
    ['UBUNTU-22.04', 'linux'],
    ['ubuntu-24.04-arm', 'linux_2_core_arm'],
    ['ubuntu-slim', 'linux_slim'],
    ['windows-latest', 'windows'],
    ['windows-2025', 'windows'],
    ['windows-11-arm', 'windows_2_core_arm'],
    ['macos-latest', 'macos'],
    ['macos-15-intel', 'macos'],
    ['macos-15-large', 'macos_l'],
    ['macos-latest-xlarge', 'macos_xl'],
    ['self-hosted', undefined],
    ['my-linux-16-core', undefined],
    ['ubuntu-99.04', undefined],
  ])('%s → %s', (label, sku) => {
    expect(skuOfLabel(label)).toBe(sku);
  });

  test('every GitHub-hosted label has a price in the table', () => {
    for (const label of HOSTED_LABELS) {
      expect(RATES[skuOfLabel(label) as string], label).toBeDefined();
    }
  });
});

describe('priceOf: a hosted job by its labels', () => {
  const overrides = parsePrices('macos-15=0.05, macos=0.07, linux=0.009');
  test.each([
    ['the table', ['ubuntu-latest'], TABLE_PRICES, { usd: 0.006, sku: 'linux', source: 'table' }],
    ['the table, macOS', ['macos-15'], TABLE_PRICES, { usd: 0.062, sku: 'macos', source: 'table' }],
    [
      'the first image label counts',
      ['x64', 'windows-latest', 'ubuntu-latest'],
      TABLE_PRICES,
      { usd: 0.01, sku: 'windows', source: 'table' },
    ],
    [
      'no image label: Linux 2-core, assumed',
      ['my-16-core'],
      TABLE_PRICES,
      { usd: 0.006, sku: 'linux', source: 'assumed' },
    ],
    [
      'a label override beats its SKU override',
      ['macos-15'],
      overrides,
      { usd: 0.05, sku: 'macos', source: 'input' },
    ],
    [
      'a SKU override prices its labels',
      ['macos-14'],
      overrides,
      { usd: 0.07, sku: 'macos', source: 'input' },
    ],
    [
      'a SKU override prices an unlabelled runner as Linux 2-core',
      ['my-16-core'],
      overrides,
      { usd: 0.009, sku: 'linux', source: 'input' },
    ],
    [
      'kinds without an override keep the table',
      ['windows-latest'],
      overrides,
      { usd: 0.01, sku: 'windows', source: 'table' },
    ],
    [
      'a single number prices every minute',
      ['macos-15-xlarge'],
      parsePrices('0.08'),
      { usd: 0.08, sku: 'macos_xl', source: 'input' },
    ],
    [
      'zero is a price',
      ['ubuntu-latest'],
      parsePrices('0'),
      { usd: 0, sku: 'linux', source: 'input' },
    ],
  ])('%s', (_, labels, prices, want) => {
    expect(priceOf(labels, prices)).toEqual(want);
  });
});

describe('parsePrices: the price-per-minute input', () => {
  test.each([
    ['', TABLE_PRICES],
    ['  ', TABLE_PRICES],
    ['0.008', { flat: 0.008, byKind: {} }],
    ['.5', { flat: 0.5, byKind: {} }],
    ['100', { flat: 100, byKind: {} }],
    ['ubuntu-latest=0.008, MACOS=0.08', { byKind: { 'ubuntu-latest': 0.008, macos: 0.08 } }],
    ['windows = 0.016\nlinux_4_core=0.016', { byKind: { windows: 0.016, linux_4_core: 0.016 } }],
  ])('%j', (text, want) => {
    expect(parsePrices(text)).toEqual(want);
  });

  const accepts =
    "Input 'price-per-minute' accepts a number of USD per GitHub-hosted minute from 0 to 100 (e.g. 0.006), or comma- or newline-separated kind=number pairs, a kind being a GitHub-hosted image label (ubuntu-latest, macos-15, windows-latest, …) or a billing SKU (linux, windows, macos, linux_4_core, macos_xl, …)";
  test.each([
    ['-1', `${accepts}; got '-1'.`],
    ['NaN', `${accepts}; got 'NaN'.`],
    ['1e3', `${accepts}; got '1e3'.`],
    ['100.5', `${accepts}; got '100.5'.`],
    ['$0.008', `${accepts}; got '$0.008'.`],
    ['macos=-0.08', `${accepts}; got 'macos=-0.08'.`],
    ['macos=', `${accepts}; got 'macos='.`],
    ['macos=cheap', `${accepts}; got 'macos=cheap'.`],
    [
      'macos-lastest=0.08',
      `${accepts}; 'macos-lastest' is not a GitHub-hosted image label or billing SKU (a larger runner of your organization is priced with a single number).`,
    ],
    [
      '=0.08',
      `${accepts}; '' is not a GitHub-hosted image label or billing SKU (a larger runner of your organization is priced with a single number).`,
    ],
    ['macos=0.08, MacOS=0.07', `${accepts}; 'macos' is given twice.`],
    [
      'macos=0.08, 0.07',
      `${accepts}; '0.07' has no '=' (a single number cannot be mixed with kind=number pairs).`,
    ],
  ])('%j is refused', (text, message) => {
    let thrown: unknown;
    try {
      parsePrices(text);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).message).toBe(message);
    expect((thrown as InputError).input).toBe('price-per-minute');
  });
});
