/** job-cleanup's inputs, parsed once, before anything is looked at or removed. */
import { InputError } from '../lib/errors.ts';
import type { InputReader } from '../lib/inputs.ts';

export const WHEN = ['post', 'now', 'both'] as const;
export type When = (typeof WHEN)[number];

export interface CleanupInputs {
  when: When;
  /** Globs on entry names directly under the temp dir; `!` lines exclude. */
  tempPatterns: string[];
  maxAgeHours: number;
  /** Paths or globs, as written (relative ones resolve against GITHUB_WORKSPACE). */
  paths: string[];
  cleanWorkspace: boolean;
  dockerPrune: boolean;
  dryRun: boolean;
  failOnError: boolean;
}

/** Ten years: anything larger is a typo, not an age. */
export const MAX_AGE_HOURS = 87_600;

export function readCleanupInputs(read: InputReader): CleanupInputs {
  const tempPatterns = read.lines('temp-patterns');
  for (const pattern of tempPatterns) {
    const name = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (!name || /[\\/]/.test(name)) {
      throw new InputError(
        'temp-patterns',
        `Input 'temp-patterns' accepts globs on entry names directly under the temp directory, one per line (a leading '!' excludes); got '${pattern}'.`,
      );
    }
  }
  const paths = read.lines('paths');
  for (const p of paths) {
    if (p.includes('\0')) {
      throw new InputError(
        'paths',
        `Input 'paths' accepts paths or globs; got one with a NUL byte.`,
      );
    }
    // `~` and `~/…` are HOME (glob.ts); another user's home is never guessed.
    if (/^~[^/]/.test(p)) {
      throw new InputError(
        'paths',
        `Input 'paths' accepts '~' and '~/…' for HOME, not another user's '~name'; got '${p}' (write './${p}' for a name that starts with '~').`,
      );
    }
  }
  return {
    when: read.choice('when', WHEN, 'post'),
    tempPatterns,
    maxAgeHours: read.number('max-age-hours', 24, { min: 0, max: MAX_AGE_HOURS }),
    paths,
    cleanWorkspace: read.bool('clean-workspace', false),
    dockerPrune: read.bool('docker-prune', false),
    dryRun: read.bool('dry-run', false),
    failOnError: read.bool('fail-on-error', false),
  };
}
