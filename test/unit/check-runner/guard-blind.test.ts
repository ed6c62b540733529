import { expect, test } from 'vitest';
import { failsWhenBlind, type GuardRead } from '../../../actions/check-runner/guard.ts';

// Never green while blind: which inputs fail the step when a read cannot see the fleet.
test.each<[boolean, boolean, GuardRead, boolean]>([
  // fail-if-unavailable, fail-on-unserved, read, fails
  [false, false, 'lint', false],
  [true, false, 'lint', true],
  [false, true, 'lint', true],
  [true, true, 'lint', true],
  [false, false, 'stuck', false],
  [true, false, 'stuck', true],
])(
  'fail-if-unavailable %s, fail-on-unserved %s: a blind %s read fails: %s',
  (fi, fo, what, fails) => {
    expect(failsWhenBlind({ failIfUnavailable: fi, guard: { failOnUnserved: fo } }, what)).toBe(
      fails,
    );
  },
);
