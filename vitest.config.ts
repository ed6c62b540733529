import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // vitest's default (cores - 1) runs the files one at a time on 2 cores, and most of the
    // suite's time is waiting on child processes and local servers: two files at a time halve it.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    setupFiles: ['./test/support/github-schema.setup.ts'],
    reporters: ['default', './test/support/closing-line.ts'],
  },
});
