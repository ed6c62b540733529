/**
 * A vitest reporter that names the slowest test files, then ends the run with the plain closing
 * line `N passed, N failed` (and `, N skipped`), which CI reads to know tests ran.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export interface FileTime {
  file: string;
  ms: number;
}

/** How many of the slowest files the run names. */
export const SLOWEST = 8;

/** "Slowest test files:" and one line a file, slowest first (ties by name), or nothing. */
export function slowestFiles(files: readonly FileTime[], most = SLOWEST): string[] {
  const top = [...files].sort((a, b) => b.ms - a.ms || a.file.localeCompare(b.file)).slice(0, most);
  if (top.length === 0) return [];
  const width = Math.max(...top.map((f) => seconds(f.ms).length));
  return [
    `Slowest test files (of ${files.length}):`,
    ...top.map((f) => `  ${seconds(f.ms).padStart(width)}  ${f.file}`),
  ];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export default class ClosingLine implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]) {
    const count = { passed: 0, failed: 0, skipped: 0 };
    const times: FileTime[] = [];
    for (const module of modules) {
      times.push({
        file: relative(process.cwd(), module.moduleId),
        ms: module.diagnostic().duration,
      });
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
    }
    const slow = slowestFiles(times);
    if (slow.length) process.stdout.write(`\n${slow.join('\n')}\n`);
    const skipped = count.skipped ? `, ${count.skipped} skipped` : '';
    process.stdout.write(`\ntests: ${count.passed} passed, ${count.failed} failed${skipped}\n`);
  }
}
