/** The stuck, hung and rescue inputs: bounds and cross-field rules, with their exact messages. */
import { describe, expect, test } from 'vitest';
import { readGuardInputs } from '../../../actions/check-runner/guard-inputs.ts';
import { InputError } from '../../../actions/lib/errors.ts';
import { createReader, fromRecord } from '../../../actions/lib/inputs.ts';

const REPO = { repository: 'o/r' };
const read = (values: Record<string, string>, scope: { repository?: string } = REPO) =>
  readGuardInputs(createReader(fromRecord(values)), scope);

function failure(values: Record<string, string>, scope: { repository?: string } = REPO) {
  try {
    read(values, scope);
  } catch (error) {
    if (error instanceof InputError) return [error.input, error.message];
    throw error;
  }
  return undefined;
}

describe('defaults', () => {
  test('everything off, the documented defaults', () => {
    const inputs = read({});
    expect({ ...inputs, workflows: undefined, scaleSets: undefined }).toEqual({
      workflows: undefined,
      scaleSets: undefined,
      failOnUnserved: false,
      stuckAfterMinutes: 0,
      rescue: 'report',
      rescueTimeoutSeconds: 120,
      maxRescues: 5,
      hungAfterMinutes: 0,
      cancelHung: false,
      rescueDeadlineSeconds: 300,
    });
  });

  test('the upper bounds are accepted', () => {
    expect(
      read({
        'stuck-after-minutes': '1440',
        'hung-after-minutes': '7200',
        'cancel-hung': 'true',
        rescue: 'rerun',
        'max-rescues': '100',
        'rescue-timeout-seconds': '3599',
        'rescue-deadline-seconds': '3600',
        'fail-on-unserved': 'true',
      }),
    ).toMatchObject({
      stuckAfterMinutes: 1440,
      hungAfterMinutes: 7200,
      cancelHung: true,
      rescue: 'rerun',
      maxRescues: 100,
      rescueTimeoutSeconds: 3599,
      rescueDeadlineSeconds: 3600,
      failOnUnserved: true,
    });
  });
});

describe('input errors', () => {
  test.each<[Record<string, string>, string, string]>([
    [
      { 'stuck-after-minutes': '1441' },
      'stuck-after-minutes',
      "Input 'stuck-after-minutes' accepts a whole number from 0 to 1440; got '1441'.",
    ],
    [
      { 'stuck-after-minutes': '5', 'max-rescues': '101' },
      'max-rescues',
      "Input 'max-rescues' accepts a whole number from 1 to 100; got '101'.",
    ],
    [
      { 'stuck-after-minutes': '5', 'max-rescues': '0' },
      'max-rescues',
      "Input 'max-rescues' accepts a whole number from 1 to 100; got '0'.",
    ],
    [
      { 'hung-after-minutes': '7201' },
      'hung-after-minutes',
      "Input 'hung-after-minutes' accepts a whole number from 0 to 7200; got '7201'.",
    ],
    [
      { 'hung-after-minutes': '30', 'cancel-hung': 'yes' },
      'cancel-hung',
      "Input 'cancel-hung' accepts 'true' or 'false'; got 'yes'.",
    ],
    [
      { 'cancel-hung': 'true' },
      'cancel-hung',
      "Input 'cancel-hung' needs 'hung-after-minutes' (a whole number >= 1): it cancels the runs of the hung jobs found.",
    ],
    [
      { 'stuck-after-minutes': '5', 'rescue-deadline-seconds': '9' },
      'rescue-deadline-seconds',
      "Input 'rescue-deadline-seconds' accepts a whole number from 10 to 3600; got '9'.",
    ],
    [
      { 'stuck-after-minutes': '5', 'rescue-deadline-seconds': '3601' },
      'rescue-deadline-seconds',
      "Input 'rescue-deadline-seconds' accepts a whole number from 10 to 3600; got '3601'.",
    ],
    [
      { 'stuck-after-minutes': '5', 'rescue-timeout-seconds': '3601' },
      'rescue-timeout-seconds',
      "Input 'rescue-timeout-seconds' accepts a whole number from 1 to 3600; got '3601'.",
    ],
    [
      { 'stuck-after-minutes': '5', rescue: 'rerun', 'rescue-timeout-seconds': '300' },
      'rescue-timeout-seconds',
      "Input 'rescue-timeout-seconds' (300) must be less than 'rescue-deadline-seconds' (300), which bounds the whole rescue.",
    ],
    [
      { rescue: 'cancel' },
      'rescue',
      "Input 'rescue: cancel' needs 'stuck-after-minutes' (a whole number >= 1): it acts on the stuck jobs found.",
    ],
    [
      { 'fail-on-unserved': 'true', 'hung-after-minutes': '30' },
      'fail-on-unserved',
      "Input 'fail-on-unserved' needs 'workflows' (the globs of the workflow files to check) or 'stuck-after-minutes'.",
    ],
  ])('%j → %s', (values, input, message) => {
    expect(failure(values)).toEqual([input, message]);
  });

  test.each<[Record<string, string>, string, string]>([
    [
      { 'stuck-after-minutes': '5' },
      'stuck-after-minutes',
      "Input 'stuck-after-minutes' needs 'repository': stuck jobs are read from a repository's runs.",
    ],
    [
      { 'hung-after-minutes': '5' },
      'hung-after-minutes',
      "Input 'hung-after-minutes' needs 'repository': hung jobs are read from a repository's runs.",
    ],
  ])('without a repository, %j → %s', (values, input, message) => {
    expect(failure(values, {})).toEqual([input, message]);
  });

  test('rescue-timeout-seconds may reach the deadline when nothing is re-run', () => {
    expect(
      read({ 'stuck-after-minutes': '5', rescue: 'cancel', 'rescue-timeout-seconds': '300' }),
    ).toMatchObject({ rescueTimeoutSeconds: 300 });
  });
});
