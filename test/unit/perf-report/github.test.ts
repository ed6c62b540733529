import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cachePlan, keyPrefix, saveKey, stagingPath } from '../../../actions/perf-report/cache.ts';
import { marker, pullRequestNumber } from '../../../actions/perf-report/comment.ts';

describe('baseline: cache keys and plan', () => {
  test('one key per save, restored by a prefix no other branch shares', () => {
    expect(saveKey('perf-report', 'main', 42, 1)).toBe('perf-report:perf-report:main:42-1');
    expect(keyPrefix('perf-report', 'main')).toBe('perf-report:perf-report:main:');
    expect(
      saveKey('perf-report', 'main-2', 42, 1).startsWith(keyPrefix('perf-report', 'main')),
    ).toBe(false);
    expect(
      saveKey('perf-report', 'main/x', 42, 1).startsWith(keyPrefix('perf-report', 'main')),
    ).toBe(false);
    expect(saveKey('nightly', 'main', 1, 1).startsWith(keyPrefix('perf-report', 'main'))).toBe(
      false,
    );
    expect(stagingPath('nightly')).toBe('.perf-report-cache/nightly.json');
  });

  test.each([
    [{ baseRef: 'main', ref: 'refs/pull/7/merge' }, { restoreFrom: 'main' }],
    [{ baseRef: 'release/1.x', ref: 'refs/pull/8/merge' }, { restoreFrom: 'release/1.x' }],
    [{ ref: 'refs/heads/main' }, { restoreFrom: 'main', saveAs: 'main' }],
    [
      { baseRef: '', ref: 'refs/heads/feature/x' },
      { restoreFrom: 'feature/x', saveAs: 'feature/x' },
    ],
  ])('%j → %j', (env, plan) => {
    expect(cachePlan(env)).toEqual(plan);
  });

  test('a tag has no branch to keep reports for', () => {
    const plan = cachePlan({ ref: 'refs/tags/v1' });
    expect(plan.restoreFrom).toBeUndefined();
    expect(plan.saveAs).toBeUndefined();
    expect(plan.note).toContain("'refs/tags/v1'");
  });
});

describe('pull-request comment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'perf-report-event-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const event = (name: string, body: string) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };

  test('the hidden marker names the report-id', () => {
    expect(marker('nightly')).toBe('<!-- perf-report:nightly -->');
  });

  test.each([
    [
      'pr.json',
      JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7 } }),
      7,
    ],
    ['push.json', JSON.stringify({ ref: 'refs/heads/main' }), undefined],
    ['odd.json', JSON.stringify({ pull_request: { number: '7' } }), undefined],
    ['broken.json', '{', undefined],
  ])('%s → %s', (name, body, number) => {
    expect(pullRequestNumber(event(name, body))).toBe(number);
  });

  test('no event file, no pull request', () => {
    expect(pullRequestNumber(undefined)).toBeUndefined();
    expect(pullRequestNumber(join(dir, 'missing.json'))).toBeUndefined();
  });
});
