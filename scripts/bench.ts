/**
 * `pnpm bench`: every action's figures, measured side by side in one run, as one table.
 * Each test/bench/<action>.ts exports a default `Bench`. `pnpm bench select-runner` runs one.
 * Benchmarks use the built dist: run `pnpm build` first if the source changed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bench, Figure } from '../test/bench/measure.ts';
import { ROOT } from './actions.ts';

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = join(ROOT, 'test', 'bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'measure.ts')
  .filter((f) => !only.length || only.includes(f.replace(/\.ts$/, '')))
  .sort();

const rows: Figure[] = [];
let failed = 0;
for (const file of files) {
  const bench = (await import(pathToFileURL(join(dir, file)).href)).default as Bench;
  process.stderr.write(`measuring ${file.replace(/\.ts$/, '')}…\n`);
  try {
    rows.push(...(await bench()));
  } catch (error) {
    failed++;
    console.error(`${file}: ${error instanceof Error ? error.stack : error}`);
  }
}

const show = (v: number, unit: Figure['unit']) =>
  unit === 'x'
    ? `${v.toFixed(2)}x`
    : unit === 'bytes'
      ? `${(v / 1024).toFixed(1)} KiB`
      : `${Math.round(v)} ${unit}`;
const table = rows.map((r) => [
  r.action,
  r.figure,
  show(r.value, r.unit),
  r.limit === undefined ? '' : `<= ${show(r.limit, r.unit)}`,
  r.limit === undefined ? '' : r.value <= r.limit ? 'ok' : 'OVER',
  r.detail ?? '',
]);
const head = ['action', 'figure', 'measured', 'limit', '', 'detail'];
const widths = head.map((h, i) =>
  Math.max(h.length, ...table.map((row) => (row[i] as string).length)),
);
const line = (cells: string[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i] as number))
    .join('  ')
    .trimEnd();
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line(row));
const over = rows.filter((r) => r.limit !== undefined && r.value > r.limit).length;
if (over || failed) {
  console.log(`\n${over} figure(s) over their limit, ${failed} bench file(s) failed.`);
  process.exitCode = 1;
}
