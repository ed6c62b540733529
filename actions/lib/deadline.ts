/**
 * A hard limit on a piece of work: every request and every wait inside it ends by `at`.
 *
 * Time comes from the global `Date.now` and `setTimeout`, read at each call rather than captured,
 * so that a test can drive it with fake timers instead of waiting (docs/decisions/test-clock.md).
 * `AbortSignal.timeout` and `node:timers/promises` are avoided for that reason: fake timers do not
 * reach them.
 */

export interface Deadline {
  readonly at: number;
  readonly seconds: number;
  readonly signal: AbortSignal;
  remaining(): number;
}

export function deadline(seconds: number, now = Date.now()): Deadline {
  const ms = Math.max(0, seconds * 1000);
  const at = now + ms;
  return {
    at,
    seconds,
    signal: timeoutSignal(ms),
    remaining() {
      return Math.max(0, at - Date.now());
    },
  };
}

/** Aborts with a TimeoutError after `ms`; its timer never keeps the process alive. */
export function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  const abort = () =>
    controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  if (ms <= 0) abort();
  else setTimeout(abort, ms).unref?.();
  return controller.signal;
}

/** Sleeps `ms`; with a signal, rejects with its reason once it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Sleeps `ms`, or rejects with the deadline's reason once it passes. */
export function pause(ms: number, limit: Deadline): Promise<void> {
  return sleep(ms, limit.signal);
}
