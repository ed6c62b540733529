import { expect, test } from 'vitest';
import {
  check,
  checkSummary,
  runnersJson,
  SUMMARY_BYTES,
  SUMMARY_ROWS,
} from '../../../actions/check-runner/report.ts';
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

test('a matching runner with null name or os is counted and shown as unknown', () => {
  const odd: Runner[] = [
    { id: 5, name: null, os: null, status: 'online', busy: false, labels: ['gpu'] },
    { id: null, name: 'no-id', os: 'linux', status: 'offline', busy: false, labels: ['gpu'] },
  ];
  const r = check(odd, ['gpu'], 1);
  expect(r.counts).toMatchObject({ total: 2, idle: 1, offline: 1 });
  const md = checkSummary(r, []);
  expect(md).toContain('| _unknown_ | _unknown_ | idle | gpu |');
  expect(md).toContain('| no-id | linux | offline | gpu |');
  expect(JSON.parse(runnersJson(r.matched))[0]).toMatchObject({ id: 5, name: null, os: null });
});

test('hostile runner text stays inside its cell', () => {
  const hostile: Runner = {
    id: 1,
    name: 'x | y\r\n### z <img src=x> [a](b) @everyone',
    os: '`os`',
    status: 'online',
    busy: false,
    labels: ['gpu', 'a|b'],
  };
  const md = checkSummary(check([hostile], ['gpu'], 1), []);
  const row = md.split('\n').find((l) => l.includes('everyone')) as string;
  expect(md.split('\n').filter((l) => l.includes('everyone'))).toHaveLength(1);
  // Four cells: every pipe but the five separators is escaped.
  expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  expect(row).not.toMatch(/<img|[^\\]\]\(|@everyone|^#/);
});

test('100,000 runners: the summary stays under 1 MiB, counts first, the table cut and says so', () => {
  const many: Runner[] = Array.from({ length: 100_000 }, (_, i) => ({
    id: i,
    name: `runner-with-a-rather-long-name-${i}`,
    os: 'linux',
    status: 'online',
    busy: i % 2 === 0,
    labels: ['self-hosted', 'Linux', 'X64', 'some-custom-label', 'another-custom-label'],
  }));
  const md = checkSummary(check(many, ['self-hosted'], 1), ['organization big']);
  expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
  expect(md.indexOf('| 100000 |')).toBeLessThan(md.indexOf('runner-with'));
  expect(md).toContain(
    `${(100_000 - SUMMARY_ROWS).toLocaleString('en-US')} more runners are not shown here; the \`runners\` output lists every one.`,
  );
});

test('long runner rows are cut by size as well as by count', () => {
  const wide: Runner[] = Array.from({ length: 400 }, (_, i) => ({
    id: i,
    name: `r${i}`,
    os: 'linux',
    status: 'online',
    busy: false,
    labels: ['gpu', 'x'.repeat(2000)],
  }));
  const md = checkSummary(check(wide, ['gpu'], 1), []);
  expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_BYTES + 4096);
  expect(md).toMatch(/\d+ more runners are not shown here/);
});
