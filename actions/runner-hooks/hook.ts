/** The hooks' entry point: job-started.sh and job-completed.sh run this bundle. */
import { hookMain } from './hook-run.ts';

hookMain(process.argv.slice(2)).then(
  (code) => process.stdout.write('', () => process.exit(code)),
  () => process.exit(1),
);
