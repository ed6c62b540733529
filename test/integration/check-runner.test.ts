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
  // Frees the runner once the first poll has seen it busy: no race with the step's start-up.
  const flip = setInterval(() => {
    if (stand.requests.some((r) => r.path.endsWith('/runners') && r.status === 200)) {
      fleet.macMini.busy = false;
      clearInterval(flip);
    }
  }, 20);
  try {
    const { outputs } = await checkRunner({
      labels: 'm4',
      'wait-seconds': '20',
      'poll-seconds': '1',
    });
    expect(outputs.available).toBe('true');
    expect(stand.requests.length).toBeGreaterThanOrEqual(2);
  } finally {
    clearInterval(flip);
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

test('runners with null or missing name, os and labels are counted and shown as unknown', async () => {
  const good = runner({ id: 1, name: 'mac', labels: MAC, os: 'macos' });
  // Not a fixture GitHub would send: served raw, as a broken or hostile answer would be.
  stand.fault({
    path: `/repos/${REPO}/actions/runners`,
    kind: 'custom',
    body: {
      total_count: 5,
      runners: [
        good,
        { ...good, id: 2, name: null, os: null },
        { ...good, id: undefined, name: undefined, os: undefined, status: 'offline' },
        { ...good, id: undefined, name: 'no-id-2', busy: true },
        { ...good, id: 5, labels: null },
        null,
      ],
    },
  });
  const { main, outputs } = await checkRunner({ labels: 'self-hosted, macOS' });
  expect(main.outcome).toBe('success');
  expect(outputs).toMatchObject({ total: '4', idle: '2', busy: '1', offline: '1' });
  expect(main.summary).toContain('| _unknown_ | _unknown_ | idle |');
  expect(main.summary).toContain('| _unknown_ | _unknown_ | offline |');
  expect(main.summary).toContain('| no-id-2 | macos | busy |');
  const listed = JSON.parse(outputs.runners as string) as { id: number | null }[];
  expect(listed.map((r) => r.id)).toEqual([1, 2, null, null]);
});

test('2,000 matching runners: the table is cut and says how many are left out', async () => {
  stand.data.orgRunners.set(
    'big-org',
    Array.from({ length: 2000 }, (_, i) =>
      runner({ id: i + 1, name: `mac-${i}`, labels: MAC, os: 'macos' }),
    ),
  );
  const { main, outputs } = await checkRunner({
    labels: 'self-hosted, macOS',
    repository: '',
    organization: 'big-org',
  });
  expect(outputs.total).toBe('2000');
  expect(stand.requests).toHaveLength(20);
  expect(main.summary).toContain('1,500 more runners are not shown here');
  expect(main.summary.indexOf('| 2000 |')).toBeLessThan(main.summary.indexOf('mac-0'));
  expect(JSON.parse(outputs.runners as string)).toHaveLength(2000);
});

test('the typo case suggests the closest registered label', async () => {
  loadDemoFleet(stand, { repo: REPO });
  const { outputs } = await checkRunner({ labels: 'self-hosted, arm46' });
  expect(outputs.reason).toContain("No runner has the label 'arm46'; did you mean 'ARM64'?");
});

test('an unreachable API gives a reason in sentences', async () => {
  const { outputs, main } = await step(
    stand,
    'check-runner',
    { labels: 'm4', 'api-timeout-seconds': '2' },
    { github: { token: 'x-token-1234', apiUrl: 'http://127.0.0.1:9', repository: REPO } },
  );
  expect(main.outcome).toBe('success');
  expect(outputs.reason).toMatch(
    /^Reading the runners of repository octo-org\/octo-repo failed\. Could not reach the GitHub API \(GET \/repos\/\{owner\}\/\{repo\}\/actions\/runners\): [^\n]*\.$/,
  );
  expect(main.log).toContain(`available: false. ${outputs.reason}`);
});
