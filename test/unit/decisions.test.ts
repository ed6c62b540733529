// The decision record lives in the repository: every docs/decisions/<topic>.md that code under
// actions/, scripts/ or test/ cites exists and is listed in docs/decisions/README.md, every
// decision file is listed, and nothing cites the old out-of-tree DECISIONS.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'docs', 'decisions');
const index = readFileSync(join(DIR, 'README.md'), 'utf8');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|js|yml)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const code = ['actions', 'scripts', 'test'].flatMap(files);
const cited = new Map<string, string[]>();
for (const file of code) {
  for (const m of readFileSync(file, 'utf8').matchAll(/docs\/decisions\/([\w.-]+\.md)/g)) {
    const name = m[1] as string;
    if (name === 'README.md') continue;
    cited.set(name, [...(cited.get(name) ?? []), file.slice(ROOT.length + 1)]);
  }
}
const listed = new Set([...index.matchAll(/\]\(([\w.-]+\.md)\)/g)].map((m) => m[1]));

describe('decision record', () => {
  test('code cites decisions', () => {
    expect(cited.size).toBeGreaterThan(0);
  });

  test.each([...cited.keys()].map((k) => [k]))('%s exists and is in the index', (name) => {
    expect(existsSync(join(DIR, name)), `${name}, cited by ${cited.get(name)?.join(', ')}`).toBe(
      true,
    );
    expect(listed.has(name), `${name} missing from docs/decisions/README.md`).toBe(true);
  });

  test('every decision file is listed in the index, and every listed one exists', () => {
    const present = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(present.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !present.includes(f as string))).toEqual([]);
  });

  test('each decision says its context, choice and consequence', () => {
    for (const f of readdirSync(DIR).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
      const text = readFileSync(join(DIR, f), 'utf8');
      for (const part of ['**Context.**', '**Choice.**', '**Consequence.**']) {
        expect(text, `${f} lacks ${part}`).toContain(part);
      }
    }
  });

  test('nothing cites the out-of-tree DECISIONS.md any more', () => {
    const stale = code.filter(
      (f) => f !== import.meta.filename && /\bDECISIONS\b/.test(readFileSync(f, 'utf8')),
    );
    expect(stale.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});
