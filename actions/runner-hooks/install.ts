/** The installer's entry point: runner-hooks/install runs this bundle. */
import { main } from './installer.ts';

process.exitCode = main(process.argv.slice(2));
