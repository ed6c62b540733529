/**
 * The one try/catch every entry point shares: an input mistake is reported as such, a bug with
 * its stack in the debug log; then the process exits explicitly, so a dangling socket or timer
 * can never hold the job open.
 */
import { InputError, messageOf } from './errors.ts';
import { debug, error } from './runner.ts';

export function run(step: () => Promise<void>): void {
  let settled = false;
  // Node exits when nothing is left to wait for; a step that has not settled by then is a bug,
  // and must not pass for a success.
  process.once('beforeExit', () => {
    if (settled) return;
    error('The step stopped before it finished (nothing was left to wait for).');
    process.exitCode = 1;
  });
  step().then(
    () => {
      settled = true;
      exit();
    },
    (cause: unknown) => {
      settled = true;
      if (cause instanceof InputError) {
        error(cause.message, { title: `Invalid input: ${cause.input}` });
      } else {
        error(messageOf(cause));
        if (cause instanceof Error && cause.stack) debug(cause.stack);
      }
      process.exitCode = 1;
      exit();
    },
  );
}

function exit() {
  // Exit once what was written has reached the runner (pipes can be asynchronous).
  process.stdout.write('', () => process.exit());
}
