/**
 * The sections of `pnpm start`, in the order they run. To add one, write
 * `scripts/demo/<name>.ts` exporting a `DemoSection` (see section.ts), import it here and add it
 * to the list: nothing else changes.
 */
import fleetGuard from './fleet-guard.ts';
import job from './job.ts';
import runnerHooks from './runner-hooks.ts';
import type { DemoSection } from './section.ts';

export const SECTIONS: readonly DemoSection[] = [
  job, // runner decision, this machine, perf report (with its trend over a demo history)
  fleetGuard, // an unserved label and a rescued job
  runnerHooks, // the runner's own hooks, installed and run
];
