/** select-runner's inputs, parsed once. */
import { type FleetInputs, readFleetInputs, readScaleSets } from '../fleet/inputs.ts';
import { InputError } from '../lib/errors.ts';
import { type InputReader, splitList } from '../lib/inputs.ts';
import type { Mode, SelectConfig } from './decide.ts';

export interface SelectInputs extends FleetInputs, SelectConfig {
  fallbackOnError: boolean;
  mode: Mode;
  countQueuedJobs: boolean;
}

export function readSelectInputs(read: InputReader): SelectInputs {
  const lines = read.lines('primary-runner');
  if (!lines.length) {
    throw new InputError(
      'primary-runner',
      "Input 'primary-runner' is required: one candidate per line, each a comma-separated label set, in priority order.",
    );
  }
  const candidates = lines.map(splitList);
  const empty = candidates.findIndex((labels) => labels.length === 0);
  if (empty >= 0) {
    // A candidate without labels would match every runner and give `runs-on: []`.
    throw new InputError(
      'primary-runner',
      `Input 'primary-runner' has a candidate with no labels (line ${empty + 1}: '${lines[empty]}'); each line is a comma-separated label set such as 'self-hosted, macOS, ARM64'.`,
    );
  }
  const fallback = read.list('fallback-runner');
  if (!fallback.length && read.text('fallback-runner')) {
    throw new InputError(
      'fallback-runner',
      `Input 'fallback-runner' has no labels ('${read.text('fallback-runner')}'); it accepts a comma-separated label set such as 'ubuntu-latest', or empty for ubuntu-latest.`,
    );
  }
  const countQueuedJobs = read.bool('count-queued-jobs', false);
  const fleet = readFleetInputs(read);
  if (countQueuedJobs && !fleet.repository) {
    throw new InputError(
      'count-queued-jobs',
      "Input 'count-queued-jobs' needs 'repository': queued jobs are read from a repository.",
    );
  }
  return {
    ...fleet,
    candidates,
    fallback: fallback.length ? fallback : ['ubuntu-latest'],
    primariesRequired: read.int('primaries-required', 1, { min: 1 }),
    requireIdle: read.bool('require-idle', true),
    scaleSets: readScaleSets(read),
    matrixCompare: read.bool('matrix-compare', false),
    fallbackOnError: read.bool('fallback-on-error', true),
    mode: read.choice('mode', ['auto', 'github-hosted', 'self-hosted'] as const, 'auto'),
    countQueuedJobs,
  };
}
