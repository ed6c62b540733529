/**
 * The sections of `pnpm start`, in the order they run. To add one, write
 * `scripts/demo/<name>.ts` exporting a `DemoSection` (see section.ts), import it here and add it
 * to the list: nothing else changes.
 */
import job from './job.ts';
import type { DemoSection } from './section.ts';

export const SECTIONS: readonly DemoSection[] = [
  job, // runner decision, this machine, perf report
];
