/**
 * job-cleanup's suites that need root (mount, chattr, acting as the user nobody) skip where they
 * cannot run, saying why. CI's root job sets RUNNER_ACTIONS_REQUIRE_ROOT_TESTS=1: there a suite
 * that would skip fails instead, so it never passes by skipping where it is meant to run.
 */
export const REQUIRE_ROOT_TESTS = 'RUNNER_ACTIONS_REQUIRE_ROOT_TESTS';

/** `why` a suite skips (undefined: it runs); throws when the environment requires it to run. */
export function skipReason(
  why: string | undefined,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  if (why && env[REQUIRE_ROOT_TESTS] === '1') {
    throw new Error(`${REQUIRE_ROOT_TESTS}=1, but this suite cannot run here: ${why}`);
  }
  return why;
}
