// Odd fleets through the built check-runner and select-runner: runners with null or missing
// name, os, labels or id never crash either action (counted, shown as unknown, never merged), and
// 100,000 runners keep check-runner's summary under 1 MiB with the table cut and said so.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { api, MAC, REPO, step } from '../integration/fleet-helpers.ts';
import type { GitHubApi } from '../support/github-api.ts';
import { runner } from '../support/github-fixtures.ts';

let stand: GitHubApi;
beforeEach(async () => {
  stand = await api();
});
afterEach(async () => {
  await stand.close();
});

const base = runner({ id: 1, name: 'mac', labels: MAC, os: 'macos' });
const ODD = [
  { ...base, id: 1, name: null },
  { ...base, id: 2, os: null },
  { ...base, id: 3, name: undefined, os: undefined },
  { ...base, id: undefined, name: 'no-id-a' },
  { ...base, id: null, name: 'no-id-b' },
  { ...base, id: 'seven', name: 'string-id' },
  { ...base, id: 8, labels: null },
  { ...base, id: 9, labels: [null, { name: null }, ...base.labels] },
  { ...base, id: 10, status: null, busy: null },
  null,
  'not a runner',
];

test.each(['check-runner', 'select-runner'] as const)(
  '%s: null and missing fields are counted, never a TypeError',
  async (action) => {
    stand.fault({
      path: `/repos/${REPO}/actions/runners`,
      kind: 'custom',
      body: { total_count: ODD.length, runners: ODD },
    });
    const inputs =
      action === 'check-runner'
        ? { labels: 'self-hosted, macOS' }
        : { 'primary-runner': 'self-hosted, macOS', 'primaries-required': '7' };
    const { main, outputs } = await step(stand, action, inputs);
    expect(main.outcome).toBe('success');
    expect(main.log).not.toMatch(/TypeError|Cannot read properties/);
    if (action === 'check-runner') {
      // 1, 2, 3, no-id-a, no-id-b, string-id, 9 and 10 (offline); 8 has no labels to match.
      expect(outputs).toMatchObject({ total: '8', idle: '7', offline: '1' });
      expect(main.summary).toContain('| _unknown_ | macos | idle |');
      expect(main.summary).toContain('| mac | _unknown_ | idle |');
    } else {
      expect(outputs.candidate).toBe('0');
      expect(main.summary).toContain('| 0 | self-hosted, macOS | 8 | 7 | 0 | 1 | 0 | chosen |');
    }
  },
);

test('100,000 runners: check-runner summary under 1 MiB, counts first, the rest counted', async () => {
  stand.data.orgRunners.set(
    'big-org',
    Array.from({ length: 100_000 }, (_, i) =>
      runner({ id: i + 1, name: `mac-${i}`, labels: MAC, os: 'macos', busy: i % 3 === 0 }),
    ),
  );
  const { main, outputs } = await step(stand, 'check-runner', {
    labels: 'self-hosted, macOS',
    repository: '',
    organization: 'big-org',
    'api-timeout-seconds': '120',
  });
  expect(outputs.total).toBe('100000');
  expect(stand.requests).toHaveLength(1000);
  expect(Buffer.byteLength(main.summary)).toBeLessThan(1024 * 1024);
  expect(main.summary.indexOf('| 100000 |')).toBeLessThan(main.summary.indexOf('mac-0'));
  expect(main.summary).toContain('99,500 more runners are not shown here');
}, 120_000);
