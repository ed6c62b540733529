/**
 * The time the rescue runs on, as a parameter: the real clock in the action, a virtual one in tests,
 * so limits are proven without waiting for them.
 */
import { type Deadline, deadline, sleep } from '../../lib/deadline.ts';

export interface Clock {
  now(): number;
  /** Waits `ms`; rejects when `signal` aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A deadline `seconds` from now that never ends after `within`. */
  deadline(seconds: number, within?: Deadline): Deadline;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, signal),
  deadline(seconds, within) {
    const cut = within ? Math.min(seconds, within.remaining() / 1000) : seconds;
    return deadline(Math.round(cut * 1000) / 1000);
  },
};
