import { describe, expect, test } from 'vitest';
import { InputError } from '../../../actions/lib/errors.ts';
import { createReader, fromRecord } from '../../../actions/lib/inputs.ts';
import { readPerfInputs } from '../../../actions/perf-report/inputs.ts';

const context = { runId: '8123456789', workspace: '/work/ws', temp: '/runner/_temp' };
const read = (values: Record<string, string> = {}) =>
  readPerfInputs(createReader(fromRecord(values)), context);

describe('history, history-path and overhead-jobs', () => {
  test('defaults: 20 runs, no file, no extra overhead jobs', () => {
    const i = read();
    expect(i.history).toBe(20);
    expect(i.historyPath).toBeUndefined();
    expect(i.overheadJobs).toEqual([]);
  });

  test.each([
    [{ history: '0' }, { history: 0 }],
    [{ history: '500' }, { history: 500 }],
    [{ 'history-path': 'perf/history.json' }, { historyPath: '/work/ws/perf/history.json' }],
    [{ 'history-path': '/work/ws/h.json' }, { historyPath: '/work/ws/h.json' }],
    [{ 'history-path': 'a/../h.json' }, { historyPath: '/work/ws/h.json' }],
    [{ 'history-path': '..h.json' }, { historyPath: '/work/ws/..h.json' }],
    [
      { 'overhead-jobs': 'select, check (M4, *)\nguard' },
      { overheadJobs: ['select', 'check (M4, *)', 'guard'] },
    ],
  ])('%j → %j', (values, want) => {
    expect(read(values)).toMatchObject(want);
  });

  test.each([
    '/data/h.json',
    '../h.json',
    'perf/../../h.json',
    '.',
    '/work/ws',
    '/work/wsx/h.json',
  ])('history-path: %j is outside the workspace: an input error', (value) => {
    expect(() => read({ 'history-path': value })).toThrow(
      `Input 'history-path' accepts the path of a file inside the workspace; got '${value}'.`,
    );
  });

  test.each([
    [{}, false],
    [{ 'compare-failed-jobs': 'true' }, true],
    [{ 'compare-failed-jobs': 'false' }, false],
  ])('compare-failed-jobs %j → %s', (values, want) => {
    expect(read(values).compareFailedJobs).toBe(want);
  });

  test('compare-failed-jobs: not a boolean is an input error naming it', () => {
    expect(() => read({ 'compare-failed-jobs': 'maybe' })).toThrow('compare-failed-jobs');
  });

  test.each(['-1', '501', '2.5', 'many', 'true'])('history: %j is an input error', (value) => {
    expect(() => read({ history: value })).toThrow(
      new InputError(
        'history',
        `Input 'history' accepts a whole number from 0 to 500; got '${value}'.`,
      ),
    );
  });
});
