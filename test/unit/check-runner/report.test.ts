import { expect, test } from 'vitest';
import { check, checkSummary, runnersJson } from '../../../actions/check-runner/report.ts';
import type { Runner } from '../../../actions/fleet/runner.ts';

const fleet: Runner[] = [
  {
    id: 1,
    name: 'mac-mini-m4',
    os: 'macOS',
    status: 'online',
    busy: false,
    labels: ['self-hosted', 'macOS', 'ARM64'],
  },
  {
    id: 2,
    name: 'mac-studio',
    os: 'macOS',
    status: 'online',
    busy: true,
    labels: ['self-hosted', 'macOS', 'ARM64'],
  },
  {
    id: 3,
    name: 'old-mac',
    os: 'macOS',
    status: 'offline',
    busy: false,
    labels: ['self-hosted', 'macOS', 'X64'],
  },
  {
    id: 4,
    name: 'arm-box',
    os: 'Linux',
    status: 'online',
    busy: false,
    labels: ['self-hosted', 'Linux', 'ARM64'],
  },
];

test('counts the runners with every label', () => {
  const r = check(fleet, ['self-hosted', 'macos'], 1);
  expect(r.counts).toEqual({ total: 3, online: 2, idle: 1, busy: 1, offline: 1 });
  expect(r.available).toBe(true);
  expect(r.reason).toBe('1 of 3 runners with [self-hosted, macos] idle (needs 1).');
});

test('min-idle above the idle count is not available and says why', () => {
  const r = check(fleet, ['macOS'], 2);
  expect(r.available).toBe(false);
  expect(r.reason).toBe('Only 1 of 3 runners with [macOS] idle (needs 2): 1 busy, 1 offline.');
});

test('no match at all is the typo case', () => {
  const r = check(fleet, ['self-hosted', 'ubuntu-24.04-arm64-4core'], 1);
  expect(r.counts.total).toBe(0);
  expect(r.reason).toContain('No registered runner has all of the labels');
  expect(r.reason).toContain('looks like a GitHub-hosted runner label');
});

test('runners JSON has the documented fields only', () => {
  const json = JSON.parse(runnersJson(check(fleet, ['Linux'], 1).matched));
  expect(json).toEqual([
    {
      id: 4,
      name: 'arm-box',
      os: 'Linux',
      status: 'online',
      busy: false,
      labels: ['self-hosted', 'Linux', 'ARM64'],
    },
  ]);
});

test('the summary has the counts and a row per matched runner', () => {
  const md = checkSummary(check(fleet, ['macOS'], 1), ['repository a/b']);
  expect(md).toContain('| macOS | 3 | 2 | 1 | 1 | 1 |');
  expect(md).toContain('| mac-studio | macOS | busy | self-hosted, macOS, ARM64 |');
  expect(md).toContain('| old-mac | macOS | offline |');
  expect(md).toContain('Read: repository a/b.');
});
