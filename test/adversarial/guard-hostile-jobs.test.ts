// Proves that hostile job names and labels read from the API (stuck jobs) and hostile API error
// messages stay inert in check-runner's log, annotations and summary, and that the current run is
// never cancelled whatever its jobs look like.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { api, REPO, step } from '../integration/fleet-helpers.ts';
import type { GitHubApi } from '../support/github-api.ts';
import { isoTime, job, runner, workflowRun } from '../support/github-fixtures.ts';

let stand: GitHubApi;
beforeEach(async () => {
  stand = await api();
});
afterEach(async () => {
  await stand.close();
});

const ago = isoTime(Date.now() - 60 * 60_000);

test('hostile job names, labels and API messages do not act', async () => {
  stand.data.runs.set(REPO, [
    workflowRun({ id: 77, repo: REPO, status: 'in_progress', createdAt: ago }),
    workflowRun({ id: 4242, repo: REPO, status: 'in_progress', createdAt: ago }),
  ]);
  stand.data.jobs.set(77, [
    job({
      id: 770,
      runId: 77,
      repo: REPO,
      name: 'build\n::error::from-job-name ##[error]legacy @everyone | a | b ](javascript:alert(1))',
      labels: ['self-hosted', 'gpu\n::error::from-label', '@everyone'],
      createdAt: ago,
    }),
  ]);
  stand.data.jobs.set(4242, [
    job({ id: 42420, runId: 4242, repo: REPO, labels: ['self-hosted'], createdAt: ago }),
  ]);
  stand.forbid({
    path: `/repos/${REPO}/actions/runs/77/cancel`,
    method: 'POST',
    status: 403,
    message: 'nope\n::error::from-api-message ##[error]x @everyone',
  });
  const { main, outputs } = await step(stand, 'check-runner', {
    'stuck-after-minutes': '5',
    rescue: 'cancel',
  });
  expect(main.outcome).toBe('success');
  expect(main.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(main.log).not.toMatch(/^::error/m);
  expect(main.log).not.toMatch(/(^|[^\\])##\[error\]/m);
  expect(outputs['stuck-count']).toBe('1');
  expect(outputs.rescued).toBe('[]');
  const warn = main.annotations.find((a) => a.level === 'warning');
  expect(warn?.message).toContain('Actions: write');
  expect(main.summary).not.toMatch(/(^|[^`\u200d])@everyone/m);
  expect(main.summary).not.toMatch(/[^\\]\]\(javascript:/);
  expect(stand.count(`/repos/${REPO}/actions/runs/4242/cancel`, 'POST')).toBe(0);
});

test('hostile runner names in a waiting job and a hung job stay inert', async () => {
  const hostile = 'mac\n::error::from-runner-name ##[error]x @everyone | [x](javascript:alert(1))';
  stand.data.repoRunners.set(REPO, [
    runner({ id: 1, name: hostile, labels: ['self-hosted', 'macOS'], busy: true }),
  ]);
  stand.data.runs.set(REPO, [
    workflowRun({ id: 88, repo: REPO, status: 'in_progress', createdAt: ago }),
    workflowRun({ id: 89, repo: REPO, status: 'in_progress', createdAt: ago }),
  ]);
  stand.data.jobs.set(88, [
    job({ id: 880, runId: 88, repo: REPO, labels: ['self-hosted', 'macOS'], createdAt: ago }),
  ]);
  stand.data.jobs.set(89, [
    job({
      id: 890,
      runId: 89,
      repo: REPO,
      name: 'soak\n::error::from-hung-job',
      status: 'in_progress',
      labels: ['self-hosted', 'macOS'],
      runnerName: hostile,
      createdAt: ago,
      startedAt: ago,
    }),
  ]);
  const { main, outputs } = await step(stand, 'check-runner', {
    'stuck-after-minutes': '5',
    'hung-after-minutes': '5',
    rescue: 'cancel',
  });
  expect(main.outcome).toBe('success');
  expect(outputs['stuck-count']).toBe('0');
  expect(outputs['hung-count']).toBe('1');
  expect(JSON.parse(outputs['waiting-jobs'] as string)[0].detail).toBe(
    `1 online runner(s) serve it, 1 busy: ${hostile} (busy)`,
  );
  expect(main.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(main.log).not.toMatch(/^::error/m);
  expect(main.log).not.toMatch(/(^|[^\\])##\[error\]/m);
  expect(main.summary).not.toMatch(/(^|[^`\u200d])@everyone/m);
  expect(main.summary).not.toMatch(/[^\\]\]\(javascript:/);
  expect(stand.count(/\/cancel$/, 'POST')).toBe(0);
});
