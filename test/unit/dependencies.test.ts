// Honest dependencies and metadata: runtime dependencies are exactly what product code (actions/)
// imports — test oracles and tools are dev dependencies — and the Node and pnpm the project states
// (package.json engines, the node24 alias, .ci/run, README) agree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minVersion, satisfies } from 'semver';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  packageManager?: string;
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** The package a bare specifier names: `semver/functions/x.js` → semver, `@a/b/c` → @a/b. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

function productImports(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const re = /(?:from\s+|import\s*\(\s*)['"]([^'".][^'"]*)['"]/g;
  for (const file of sources(join(ROOT, 'actions'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(re)) {
      const spec = m[1] as string;
      if (spec.startsWith('node:')) continue;
      const name = packageOf(spec);
      found.set(name, [...(found.get(name) ?? []), file.slice(ROOT.length + 1)]);
    }
  }
  return found;
}

describe('dependencies', () => {
  const imported = productImports();

  test('every runtime dependency is imported by product code', () => {
    const unused = Object.keys(pkg.dependencies).filter((d) => !imported.has(d));
    expect(unused, 'runtime dependencies no file under actions/ imports').toEqual([]);
  });

  test('every package product code imports is a runtime dependency', () => {
    const undeclared = [...imported.keys()].filter((d) => !(d in pkg.dependencies));
    expect(undeclared, 'imported by actions/ but not in dependencies').toEqual([]);
  });

  test('the toolkit is a test oracle only', () => {
    for (const oracle of ['@actions/core', '@octokit/openapi', 'ajv']) {
      expect(pkg.devDependencies).toHaveProperty(oracle);
      expect(pkg.dependencies).not.toHaveProperty(oracle);
    }
  });
});

describe('the Node and pnpm the project states', () => {
  const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const major = /^>=(\d+)\.\d+\.\d+$/.exec(pkg.engines.node)?.[1];

  test('engines names Node 24, the Node the actions run on and the scripts need', () => {
    expect(major).toBe('24');
    expect(pkg.devDependencies.node24).toMatch(new RegExp(`^npm:node@\\^${major}\\b`));
    expect(ci).toContain(`NODE_VERSION=${major}`);
    expect(readme).toContain(`Node.js ${major}`);
  });

  test('the stated Node satisfies every engines range in the lockfile (no engine warning)', () => {
    const lock = readFileSync(join(ROOT, 'pnpm-lock.yaml'), 'utf8');
    const oldest = minVersion(pkg.engines.node)?.version ?? '';
    const ranges = [...lock.matchAll(/engines: \{node: '?([^'}]+)'?\}/g)].map(
      (m) => m[1] as string,
    );
    expect(ranges.length).toBeGreaterThan(10);
    expect(ranges.filter((r) => !satisfies(oldest, r))).toEqual([]);
  });

  test('pnpm is pinned to one exact version in .ci/run and the README', () => {
    const pinned = /PNPM_VERSION=(\d+\.\d+\.\d+)\n/.exec(ci)?.[1];
    expect(pinned).toBeDefined();
    expect(readme).toContain(`pnpm@${pinned}`);
    // Not in packageManager: pnpm 12 would then need platform binaries the registry does not
    // publish for this version, and --frozen-lockfile fails (docs/decisions/toolchain-pins.md).
    expect(pkg.packageManager).toBeUndefined();
  });
});
