/**
 * How much longer than its own limit a step may take on a busy machine (Node's start-up, bundle
 * loading, the runner stand-in's file commands) when a test checks that it never hangs. Generous
 * on purpose: the limits themselves are proved with a controlled clock in
 * test/unit/lib/time-limits.test.ts; these bounds only show that the real process ends
 * (docs/decisions/test-clock.md).
 */
export const SLACK_MS = 15_000;
