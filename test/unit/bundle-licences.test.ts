// Bundles carry third-party code, so each ships the licence notices of what it carries
// (licenses.txt beside index.js, written by scripts/licenses.ts from ncc's stats) and the dist check
// keeps them current (docs/decisions/bundle-format.md). Run `pnpm build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entries, ROOT } from '../../scripts/actions.ts';
import { packageDirs } from '../../scripts/licenses.ts';

const build = readFileSync(join(ROOT, 'scripts', 'build.ts'), 'utf8');

let found = 0;

describe('licence notices beside each bundle', () => {
  test('the build writes them from the stats, and builds readable bundles', () => {
    expect(build).toContain("'--stats-out'");
    expect(build).toContain("'licenses.txt'");
    expect(build).not.toContain("'--minify'");
  });

  test('packages are found in nested and concatenated modules, the project itself is not', () => {
    const pnpm =
      './node_modules/.pnpm/@azure+storage-blob@12.31.0/node_modules/@azure/storage-blob';
    expect(
      packageDirs({
        modules: [
          { name: './actions/lib/runner.ts' },
          { name: `${pnpm}/dist/esm/index.js + 40 modules` },
        ],
        chunks: [
          {
            modules: [
              {
                name: 'x',
                modules: [{ name: './node_modules/.pnpm/ms@2.1.3/node_modules/ms/index.js' }],
              },
            ],
          },
        ],
      }).sort(),
    ).toEqual([
      'node_modules/.pnpm/@azure+storage-blob@12.31.0/node_modules/@azure/storage-blob',
      'node_modules/.pnpm/ms@2.1.3/node_modules/ms',
    ]);
  });

  test.each(entries().map((e) => [e.out]))(
    '%s/licenses.txt names what the bundle carries',
    (out) => {
      const dir = join(ROOT, out);
      const notices = join(dir, 'licenses.txt');
      expect(existsSync(notices), `${out}/licenses.txt (run pnpm build)`).toBe(true);
      const text = readFileSync(notices, 'utf8');
      // Every package whose code the bundle carries (ncc marks each module with its path) is named.
      const bundled = new Set<string>();
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(join(dir, file), 'utf8');
        for (const m of code.matchAll(
          /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[\w.-]+\/)?[\w.-]+)\//g,
        )) {
          bundled.add(m[1] as string);
        }
      }
      for (const name of bundled) expect(text, `${out}: ${name}`).toContain(name);
      found += bundled.size;
    },
  );

  test('the check above looked at real packages', () => {
    expect(found).toBeGreaterThan(20);
  });
});
