/** A hard limit on a piece of work: every request and every wait inside it ends by `at`. */
import { setTimeout as sleep } from 'node:timers/promises';

export interface Deadline {
  readonly at: number;
  readonly seconds: number;
  readonly signal: AbortSignal;
  remaining(): number;
}

export function deadline(seconds: number, now = Date.now()): Deadline {
  const ms = Math.max(0, seconds * 1000);
  return {
    at: now + ms,
    seconds,
    signal: AbortSignal.timeout(ms),
    remaining() {
      return Math.max(0, this.at - Date.now());
    },
  };
}

/** Sleeps `ms`, or rejects with the deadline's reason once it passes. */
export async function pause(ms: number, limit: Deadline): Promise<void> {
  await sleep(ms, undefined, { signal: limit.signal });
}
