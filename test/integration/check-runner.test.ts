import { afterEach, beforeEach, expect, test } from 'vitest';
import { loadDemoFleet } from '../support/demo-fleet.ts';
import type { GitHubApi } from '../support/github-api.ts';
import { runner } from '../support/github-fixtures.ts';
import { api, filler, MAC, REPO, step } from './fleet-helpers.ts';

let stand: GitHubApi;
beforeEach(async () => {
  stand = await api();
});
afterEach(async () => {
  await stand.close();
});

const checkRunner = (inputs: Record<string, string>) => step(stand, 'check-runner', inputs);

test('counts online, idle, busy and offline runners with all the labels', async () => {
  loadDemoFleet(stand, { repo: REPO });
  const { main, outputs } = await checkRunner({ labels: 'self-hosted\nlinux' });
  expect(main.outcome).toBe('success');
  expect(outputs).toMatchObject({
    available: 'false',
    total: '2',
    online: '1',
    idle: '0',
    busy: '1',
    offline: '1',
  });
  expect(JSON.parse(outputs.runners as string)).toEqual([
    {
      id: 12,
      name: 'linux-arm64-01',
      os: 'linux',
      status: 'online',
      busy: true,
      labels: ['self-hosted', 'Linux', 'ARM64'],
    },
    {
      id: 13,
      name: 'linux-x64-old',
      os: 'linux',
      status: 'offline',
      busy: false,
      labels: ['self-hosted', 'Linux', 'X64'],
    },
  ]);
  expect(outputs.reason).toBe(
    'Only 0 of 2 runners with [self-hosted, linux] idle (needs 1): 1 busy, 1 offline.',
  );
  expect(main.summary).toContain('| self-hosted, linux | 2 | 1 | 0 | 1 | 1 |');
  expect(main.summary).toContain('| linux-arm64-01 | linux | busy | self-hosted, Linux, ARM64 |');
});

test('available when min-idle runners are idle', async () => {
  loadDemoFleet(stand, { repo: REPO });
  const { outputs } = await checkRunner({ labels: 'M4' });
  expect(outputs).toMatchObject({ available: 'true', idle: '1' });
  const two = await checkRunner({ labels: 'M4', 'min-idle': '2' });
  expect(two.outputs.available).toBe('false');
});

test('all pages are read: 250 runners, 3 requests, exact counts', async () => {
  stand.data.orgRunners.set('big-org', [
    ...filler(1, 200),
    runner({ id: 900, name: 'mac', labels: MAC }),
    ...filler(201, 49),
  ]);
  const { outputs } = await checkRunner({
    labels: 'self-hosted, windows',
    repository: '',
    organization: 'big-org',
  });
  expect(outputs).toMatchObject({ total: '249', busy: '125', idle: '124' });
  expect(stand.requests).toHaveLength(3);
});

test('the typo case says so plainly', async () => {
  loadDemoFleet(stand, { repo: REPO });
  const { outputs, main } = await checkRunner({ labels: 'self-hosted, ubuntu-24.04-arm64-4core' });
  expect(outputs).toMatchObject({ available: 'false', total: '0', runners: '[]' });
  expect(outputs.reason).toContain(
    'No registered runner has all of the labels [self-hosted, ubuntu-24.04-arm64-4core] (3 runners read)',
  );
  expect(outputs.reason).toContain('looks like a GitHub-hosted runner label');
  expect(main.summary).toContain('not available');
});

test('fail-if-unavailable fails the step with the reason', async () => {
  loadDemoFleet(stand, { repo: REPO });
  const { main } = await checkRunner({
    labels: 'self-hosted, linux',
    'fail-if-unavailable': 'true',
  });
  expect(main.outcome).toBe('failure');
  expect(main.annotations.find((a) => a.level === 'error')?.message).toContain(
    'Only 0 of 2 runners',
  );
});

test('an API fault: available=false, a warning, the step succeeds', async () => {
  stand.fault({ path: '/', kind: 'status', status: 503 });
  const { main, outputs } = await checkRunner({ labels: 'm4', 'api-timeout-seconds': '2' });
  expect(main.outcome).toBe('success');
  expect(outputs).toMatchObject({ available: 'false', total: '0' });
  expect(outputs.reason).toContain('503');
  expect(main.annotations.some((a) => a.level === 'warning' && a.message.includes('503'))).toBe(
    true,
  );
});

test('an API fault fails the step with fail-if-unavailable', async () => {
  stand.forbid({ path: `/repos/${REPO}/actions/runners`, status: 404 });
  const { main, outputs } = await checkRunner({ labels: 'm4', 'fail-if-unavailable': 'true' });
  expect(main.outcome).toBe('failure');
  expect(outputs.reason).toContain('Administration: read');
});

test('waits until a runner is idle', async () => {
  const fleet = loadDemoFleet(stand, { repo: REPO });
  fleet.macMini.busy = true;
  const flip = setTimeout(() => {
    fleet.macMini.busy = false;
  }, 1200);
  try {
    const { outputs } = await checkRunner({
      labels: 'm4',
      'wait-seconds': '20',
      'poll-seconds': '1',
    });
    expect(outputs.available).toBe('true');
    expect(stand.requests.length).toBeGreaterThanOrEqual(2);
  } finally {
    clearTimeout(flip);
  }
});

test.each([
  [{ labels: '' }, 'labels'],
  [{ labels: ' , ' }, 'labels'],
  [{ labels: 'm4', 'min-idle': '0' }, 'min-idle'],
  [{ labels: 'm4', 'poll-seconds': 'soon' }, 'poll-seconds'],
  [{ labels: 'm4', 'fail-if-unavailable': 'maybe' }, 'fail-if-unavailable'],
])('invalid %j fails naming %s', async (inputs, name) => {
  const { main } = await checkRunner(inputs);
  expect(main.outcome).toBe('failure');
  expect(main.annotations.find((a) => a.level === 'error')?.message).toContain(`'${name}'`);
  expect(stand.requests).toHaveLength(0);
});
