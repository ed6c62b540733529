/**
 * What a GitHub-hosted minute costs: GitHub's published per-minute rates, one dated table, and the
 * `price-per-minute` input that overrides them. Pure. See docs/decisions/perf-report-prices.md.
 */
import { isHostedLabel } from '../fleet/hosted-labels.ts';
import { InputError } from '../lib/errors.ts';
import { splitList } from '../lib/inputs.ts';

/** Where the rates come from (GitHub's "Actions runner pricing", formerly "minute multipliers"). */
export const PRICES_SOURCE = 'https://docs.github.com/en/billing/reference/actions-runner-pricing';
/** The rates in force from this day (GitHub's price change of 1 January 2026). */
export const PRICES_EFFECTIVE = '2026-01-01';
/** The day the table was read from the source and copied here. */
export const PRICES_READ = '2026-12-05';

/** USD per minute by billing SKU, as GitHub lists them for private repositories. */
export const RATES: Readonly<Record<string, { what: string; usd: number }>> = {
  // Standard runners
  linux_slim: { what: 'Linux 1-core', usd: 0.002 },
  linux: { what: 'Linux 2-core', usd: 0.006 },
  windows: { what: 'Windows 2-core', usd: 0.01 },
  macos: { what: 'macOS 3-core or 4-core (M1 or Intel)', usd: 0.062 },
  // x64 larger runners
  linux_2_core_advanced: { what: 'Linux Advanced 2-core', usd: 0.006 },
  linux_4_core: { what: 'Linux 4-core', usd: 0.012 },
  linux_8_core: { what: 'Linux 8-core', usd: 0.022 },
  linux_16_core: { what: 'Linux 16-core', usd: 0.042 },
  linux_32_core: { what: 'Linux 32-core', usd: 0.082 },
  linux_64_core: { what: 'Linux 64-core', usd: 0.162 },
  linux_96_core: { what: 'Linux 96-core', usd: 0.252 },
  windows_4_core: { what: 'Windows 4-core', usd: 0.022 },
  windows_8_core: { what: 'Windows 8-core', usd: 0.042 },
  windows_16_core: { what: 'Windows 16-core', usd: 0.082 },
  windows_32_core: { what: 'Windows 32-core', usd: 0.162 },
  windows_64_core: { what: 'Windows 64-core', usd: 0.322 },
  windows_96_core: { what: 'Windows 96-core', usd: 0.552 },
  macos_l: { what: 'macOS 12-core (Intel, -large)', usd: 0.077 },
  // arm64 runners
  linux_2_core_arm: { what: 'Linux 2-core arm64', usd: 0.005 },
  linux_4_core_arm: { what: 'Linux 4-core arm64', usd: 0.008 },
  linux_8_core_arm: { what: 'Linux 8-core arm64', usd: 0.014 },
  linux_16_core_arm: { what: 'Linux 16-core arm64', usd: 0.026 },
  linux_32_core_arm: { what: 'Linux 32-core arm64', usd: 0.05 },
  linux_64_core_arm: { what: 'Linux 64-core arm64', usd: 0.098 },
  windows_2_core_arm: { what: 'Windows 2-core arm64', usd: 0.008 },
  windows_4_core_arm: { what: 'Windows 4-core arm64', usd: 0.014 },
  windows_8_core_arm: { what: 'Windows 8-core arm64', usd: 0.026 },
  windows_16_core_arm: { what: 'Windows 16-core arm64', usd: 0.05 },
  windows_32_core_arm: { what: 'Windows 32-core arm64', usd: 0.098 },
  windows_64_core_arm: { what: 'Windows 64-core arm64', usd: 0.194 },
  macos_xl: { what: 'macOS 5-core (M2 Pro, -xlarge)', usd: 0.102 },
  // GPU runners
  linux_4_core_gpu: { what: 'Linux 4-core GPU', usd: 0.052 },
  windows_4_core_gpu: { what: 'Windows 4-core GPU', usd: 0.102 },
};

/** The SKU GitHub bills a standard image label under (labels from actions/fleet/hosted-labels.ts). */
export function skuOfLabel(label: string): string | undefined {
  const l = label.toLowerCase();
  if (!isHostedLabel(l)) return undefined;
  if (l === 'ubuntu-slim') return 'linux_slim';
  if (l.startsWith('ubuntu-')) return l.endsWith('-arm') ? 'linux_2_core_arm' : 'linux';
  if (l.startsWith('windows-')) return l.endsWith('-arm') ? 'windows_2_core_arm' : 'windows';
  if (l.endsWith('-xlarge')) return 'macos_xl';
  if (l.endsWith('-large')) return 'macos_l';
  return 'macos';
}

/** The `price-per-minute` input: one price for every GitHub-hosted minute, or per-kind overrides. */
export interface Prices {
  /** A single number: every GitHub-hosted minute costs this. */
  readonly flat?: number;
  /** Overrides by image label or SKU, keys lower-case. */
  readonly byKind: Readonly<Record<string, number>>;
}

export const TABLE_PRICES: Prices = { byKind: {} };

/** What one GitHub-hosted job's minutes cost. */
export interface Price {
  usd: number;
  /** The SKU the job's labels name; `linux` when they name none (assumed). */
  sku: string;
  /** `table`, `input` (price-per-minute), or `assumed`: no label GitHub prices, so Linux 2-core. */
  source: 'table' | 'input' | 'assumed';
}

/**
 * The price of a GitHub-hosted job's minute from its `runs-on` labels: a single-number input wins;
 * else an override of the first image label, else of its SKU, else the table. A job whose labels
 * name no GitHub image (an organization's larger runner) is priced as Linux 2-core, marked assumed.
 */
export function priceOf(labels: readonly string[], prices: Prices): Price {
  const label = labels.map((l) => l.toLowerCase()).find((l) => skuOfLabel(l) !== undefined);
  const sku = label ? (skuOfLabel(label) as string) : 'linux';
  if (prices.flat !== undefined) return { usd: prices.flat, sku, source: 'input' };
  const override = (label === undefined ? undefined : prices.byKind[label]) ?? prices.byKind[sku];
  if (override !== undefined) return { usd: override, sku, source: 'input' };
  return { usd: (RATES[sku] as { usd: number }).usd, sku, source: label ? 'table' : 'assumed' };
}

/** The highest price accepted: well above GitHub's dearest runner, to catch a misplaced point. */
export const MAX_PRICE = 100;

const NUMBER = /^(\d+\.?\d*|\.\d+)$/;

const ACCEPTS =
  "Input 'price-per-minute' accepts a number of USD per GitHub-hosted minute from 0 to 100 (e.g. 0.006), or comma- or newline-separated kind=number pairs, a kind being a GitHub-hosted image label (ubuntu-latest, macos-15, windows-latest, …) or a billing SKU (linux, windows, macos, linux_4_core, macos_xl, …)";

function priceNumber(text: string, shown: string): number {
  const n = NUMBER.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(n) || n > MAX_PRICE) {
    throw new InputError('price-per-minute', `${ACCEPTS}; got '${shown}'.`);
  }
  return n;
}

/** Parses `price-per-minute`; empty: GitHub's table. */
export function parsePrices(text: string): Prices {
  const value = text.trim();
  if (!value) return TABLE_PRICES;
  if (!value.includes('=')) return { flat: priceNumber(value, value), byKind: {} };
  const byKind: Record<string, number> = {};
  for (const item of splitList(value)) {
    const eq = item.indexOf('=');
    if (eq < 0) {
      throw new InputError(
        'price-per-minute',
        `${ACCEPTS}; '${item}' has no '=' (a single number cannot be mixed with kind=number pairs).`,
      );
    }
    const kind = item.slice(0, eq).trim().toLowerCase();
    const known = Object.hasOwn(RATES, kind) || isHostedLabel(kind);
    if (!known) {
      throw new InputError(
        'price-per-minute',
        `${ACCEPTS}; '${item.slice(0, eq).trim()}' is not a GitHub-hosted image label or billing SKU (a larger runner of your organization is priced with a single number).`,
      );
    }
    if (Object.hasOwn(byKind, kind)) {
      throw new InputError('price-per-minute', `${ACCEPTS}; '${kind}' is given twice.`);
    }
    byKind[kind] = priceNumber(item.slice(eq + 1).trim(), item);
  }
  return { byKind };
}
