/** The installer's entry point: runner-hooks/install runs this bundle. */
import { main } from './installer.ts';

// Output piped into `head` and closed early is not an error of the install.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
process.exitCode = main(process.argv.slice(2));
