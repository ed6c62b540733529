// The stand-in's judge (test/support/github-schema.ts): what the official API description accepts
// and refuses, and that the stand-in turns a refused response into a loud failure.
import { describe, expect, test } from 'vitest';
import { reportViolations, startGitHubApi } from '../support/github-api.ts';
import { faultAction } from '../support/github-faults.ts';
import { runner } from '../support/github-fixtures.ts';
import { findOperation, officialExample, responseViolation } from '../support/github-schema.ts';

const RUNNERS = '/repos/o/r/actions/runners';

describe('operations are found by method and path template', () => {
  test.each([
    ['GET', '/repos/o/r/actions/runs/1/jobs', '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs'],
    ['GET', '/repos/o/r/actions/runs/1', '/repos/{owner}/{repo}/actions/runs/{run_id}'],
    [
      'POST',
      '/repos/o/r/actions/runs/1/rerun',
      '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun',
    ],
    ['GET', '/user', '/user'],
    ['GET', '/enterprises/e/actions/runners', '/enterprises/{enterprise}/actions/runners'],
  ])('%s %s is %s', (method, path, template) => {
    expect(findOperation(method, path)?.template).toBe(template);
  });

  test('a path GitHub does not have is not judged', () => {
    expect(findOperation('GET', '/no/such/thing')).toBeUndefined();
    expect(responseViolation('GET', '/no/such/thing', 200, { anything: 1 })).toBeUndefined();
  });
});

describe('responses', () => {
  const page = (r: unknown) => ({ total_count: 1, runners: [r] });

  test('the fixtures and the official examples pass', () => {
    expect(responseViolation('GET', RUNNERS, 200, page(runner({ id: 1, name: 'a' })))).toBe(
      undefined,
    );
    for (const [path, name] of [
      [RUNNERS, 'runner-paginated'],
      ['/orgs/o/actions/runner-groups', 'runner-groups-org'],
      ['/repos/o/r/actions/runs', 'workflow-run-paginated'],
      ['/repos/o/r/actions/runs/1', 'workflow-run'],
      ['/repos/o/r/issues/1/comments', 'issue-comment-items'],
    ] as const) {
      expect(responseViolation('GET', path, 200, officialExample(name)), name).toBeUndefined();
    }
  });

  test("the description's own job examples lack created_at, which its job schema requires", () => {
    expect(
      responseViolation('GET', '/repos/o/r/actions/jobs/1', 200, officialExample('job')),
    ).toMatch(/must have required property 'created_at'/);
  });

  test('a property GitHub does not send is refused (runners carry no created_at)', () => {
    const drifted = { ...runner({ id: 1, name: 'a' }), created_at: '2026-01-01T00:00:00Z' };
    expect(responseViolation('GET', RUNNERS, 200, page(drifted))).toMatch(
      /must NOT have additional properties \('created_at'\)/,
    );
  });

  test('wrong types, missing fields and enums are refused; null conclusions pass', () => {
    const r = runner({ id: 1, name: 'a' });
    expect(responseViolation('GET', RUNNERS, 200, page({ ...r, busy: 'no' }))).toMatch(/boolean/);
    const { labels: _, ...noLabels } = r;
    expect(responseViolation('GET', RUNNERS, 200, page(noLabels))).toMatch(/labels/);
    expect(
      responseViolation(
        'GET',
        RUNNERS,
        200,
        page({ ...r, labels: [{ id: 1, name: 'x', type: 'odd' }] }),
      ),
    ).toMatch(/allowed values/);
  });

  test('an undocumented success status is refused; undocumented errors are judged as basic-error', () => {
    expect(responseViolation('GET', RUNNERS, 201, page(runner({ id: 1, name: 'a' })))).toMatch(
      /status 201 is not documented/,
    );
    const error = {
      message: 'Server Error',
      documentation_url: 'https://docs.github.com/rest',
      status: '503',
    };
    expect(responseViolation('GET', RUNNERS, 503, error)).toBeUndefined();
    expect(responseViolation('GET', RUNNERS, 503, { message: 7 })).toMatch(/string/);
  });

  test('a body where the description documents none is refused', () => {
    expect(
      responseViolation('DELETE', '/repos/o/r/issues/comments/1', 204, { deleted: true }),
    ).toMatch(/without a body/);
    expect(responseViolation('DELETE', '/repos/o/r/issues/comments/1', 204, undefined)).toBe(
      undefined,
    );
  });
});

describe('faults', () => {
  test('truncated JSON is marked malformed (exempt); the others are judged', () => {
    expect(faultAction({ path: '/', kind: 'malformed-json' })).toMatchObject({ malformed: true });
    expect(faultAction({ path: '/', kind: 'status', status: 502 })).not.toHaveProperty('malformed');
  });

  test('secondary rate limits carry retry-after only when asked, as GitHub sends it only sometimes', () => {
    expect(faultAction({ path: '/', kind: 'secondary-rate-limit' })).toMatchObject({ headers: {} });
    expect(faultAction({ path: '/', kind: 'secondary-rate-limit', retryAfter: 3 })).toMatchObject({
      headers: { 'retry-after': 3 },
    });
  });
});

describe('the stand-in', () => {
  test('answers 500 for a drifted fixture, records it, and throws until reported', async () => {
    const api = await startGitHubApi();
    const drifted = { ...runner({ id: 1, name: 'a' }), created_at: '2026-01-01T00:00:00Z' };
    api.data.repoRunners.set('o/r', [drifted as ReturnType<typeof runner>]);
    const res = await fetch(`${api.url}${RUNNERS}`, {
      headers: { authorization: 'token test-token' },
    });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { message: string }).message).toContain("'created_at'");
    expect(api.violations).toHaveLength(1);
    expect(() => reportViolations(api)).toThrow(/break the official API description/);
    // Reported once: the per-test hook and close() do not throw for it again.
    await expect(api.close()).resolves.toBeUndefined();
  });

  test('close() throws for a violation nobody reported', async () => {
    const api = await startGitHubApi();
    api.data.repoRunners.set('o/r', [{ ...runner({ id: 1, name: 'a' }), busy: 'yes' } as never]);
    await fetch(`${api.url}${RUNNERS}`, { headers: { authorization: 'token test-token' } });
    await expect(api.close()).rejects.toThrow(/busy/);
  });

  test('allowViolation serves what matches as it is, and records it apart', async () => {
    const api = await startGitHubApi();
    api.allowViolation(/'created_at'/, 'testing the escape hatch');
    const drifted = { ...runner({ id: 1, name: 'a' }), created_at: '2026-01-01T00:00:00Z' };
    api.data.repoRunners.set('o/r', [drifted as ReturnType<typeof runner>]);
    const res = await fetch(`${api.url}${RUNNERS}`, {
      headers: { authorization: 'token test-token' },
    });
    expect(res.status).toBe(200);
    expect(api.allowed).toHaveLength(1);
    await api.close();
  });
});
