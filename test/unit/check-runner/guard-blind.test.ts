import { expect, test } from 'vitest';
import { failsWhenBlind } from '../../../actions/check-runner/guard-inputs.ts';

// Never green while blind: which inputs fail the step when a lint or stuck-job read cannot see
// the fleet. Each row fails if either input's part of the rule is dropped.
test.each<[boolean, boolean, boolean]>([
  // fail-if-unavailable, fail-on-unserved, fails
  [false, false, false],
  [true, false, true],
  [false, true, true],
  [true, true, true],
])('fail-if-unavailable %s, fail-on-unserved %s: a blind read fails: %s', (fi, fo, fails) => {
  expect(failsWhenBlind({ failIfUnavailable: fi, guard: { failOnUnserved: fo } })).toBe(fails);
});
