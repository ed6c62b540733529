import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  expand,
  type Listed,
  nameMatcher,
  parsePathSpec,
} from '../../../actions/job-cleanup/glob.ts';

describe('nameMatcher', () => {
  test.each([
    [['pnpm-*'], 'pnpm-abc', true],
    [['pnpm-*'], 'pnpm-', true],
    [['pnpm-*'], 'xpnpm-abc', false],
    [['pnpm-*'], '.pnpm-abc', false],
    [['.turbo-*'], '.turbo-1', true],
    [['*'], '.hidden', true],
    [['pnpm-*', 'yarn-*'], 'yarn-1', true],
    [['pnpm-*', '!pnpm-keep*'], 'pnpm-keep-me', false],
    [['pnpm-*', '!pnpm-keep*'], 'pnpm-go', true],
    [['!pnpm-keep*'], 'anything', false],
    [[], 'pnpm-1', false],
    [['tmp-[0-9]*'], 'tmp-7x', true],
    [['tmp-[0-9]*'], 'tmp-x', false],
    [['{a,b}-*'], 'b-1', true],
  ])('%j matches %j: %s', (patterns, name, want) => {
    expect(nameMatcher(patterns)(name)).toBe(want);
  });
});

describe('parsePathSpec', () => {
  test.each([
    ['build', '/ws/build', undefined],
    ['./a/../b/', '/ws/b', undefined],
    ['/tmp/x', '/tmp/x', undefined],
    ['../outside', '/outside', undefined],
    ['**/*.log', '/ws/**/*.log', { base: '/ws', pattern: '**/*.log' }],
    ['out/*.tmp', '/ws/out/*.tmp', { base: '/ws/out', pattern: '*.tmp' }],
    ['/tmp/pnpm-*', '/tmp/pnpm-*', { base: '/tmp', pattern: 'pnpm-*' }],
    ['../*', '/*', { base: '/', pattern: '*' }],
  ])('%j', (text, absolute, glob) => {
    expect(parsePathSpec(text, '/ws')).toEqual(
      glob ? { text, absolute, glob } : { text, absolute },
    );
  });

  test.each([
    ['~', '/home/me', undefined],
    ['~/', '/home/me', undefined],
    ['~/.cache/x', '/home/me/.cache/x', undefined],
    ['~/../other', '/home/other', undefined],
    ['~/logs/*.log', '/home/me/logs/*.log', { base: '/home/me/logs', pattern: '*.log' }],
    // Only a leading `~` is HOME, as in a shell.
    ['a/~/b', '/ws/a/~/b', undefined],
    ['./~', '/ws/~', undefined],
  ])('%j with HOME /home/me', (text, absolute, glob) => {
    expect(parsePathSpec(text, '/ws', '/home/me')).toEqual(
      glob ? { text, absolute, glob } : { text, absolute },
    );
  });

  test('without a HOME, `~` is a name like any other', () => {
    expect(parsePathSpec('~/x', '/ws')).toEqual({ text: '~/x', absolute: '/ws/~/x' });
  });
});

/** An in-memory tree: folders map names to subtrees, files are null, links are strings. */
type Tree = { [name: string]: Tree | null | string };
const TREE: Tree = {
  'a.log': null,
  '.hidden.log': null,
  src: { 'b.log': null, 'c.ts': null, deep: { 'd.log': null } },
  'logs.log': { 'inner.log': null },
  escape: '/etc',
  out: { 'x.tmp': null, 'y.txt': null, sub: { 'z.tmp': null } },
};
function lister(tree: Tree) {
  const visited: string[] = [];
  const list = (dir: string): Listed[] | undefined => {
    visited.push(dir);
    let at: Tree | null | string | undefined = tree;
    for (const seg of dir.split('/').slice(2).filter(Boolean)) {
      at = typeof at === 'object' && at !== null ? at[seg] : undefined;
    }
    if (typeof at !== 'object' || at === null) return undefined;
    return Object.entries(at).map(([name, v]) => ({
      name,
      dir: typeof v === 'object' && v !== null,
    }));
  };
  return { list, visited };
}

describe('expand', () => {
  test.each([
    ['*.log', ['/ws/a.log', '/ws/.hidden.log', '/ws/logs.log']],
    [
      '**/*.log',
      ['/ws/a.log', '/ws/.hidden.log', '/ws/src/b.log', '/ws/src/deep/d.log', '/ws/logs.log'],
    ],
    ['out/*.tmp', ['/ws/out/x.tmp']],
    ['out/**/*.tmp', ['/ws/out/x.tmp', '/ws/out/sub/z.tmp']],
    ['escape/*', []],
    ['esc*', ['/ws/escape']],
    ['*/deep', ['/ws/src/deep']],
    ['nothing-*', []],
  ])('%j', (pattern, want) => {
    expect(expand('/ws', pattern, lister(TREE).list)).toEqual({ found: want, left: 0 });
  });

  test('never lists through a link, never enters a matched folder, stops at the depth needed', () => {
    const l = lister(TREE);
    expand('/ws', '**/*.log', l.list);
    expect(l.visited).not.toContain('/ws/escape');
    expect(l.visited).not.toContain('/ws/logs.log');
    const shallow = lister(TREE);
    expand('/ws', '*.tmp', shallow.list);
    expect(shallow.visited).toEqual(['/ws']);
  });

  test('a limit bounds the matches listed, never silently: the rest is counted', () => {
    const all = expand('/ws', '**/*.log', lister(TREE).list);
    const capped = expand('/ws', '**/*.log', lister(TREE).list, 2);
    expect(capped.found).toEqual(all.found.slice(0, 2));
    expect(capped.left).toBe(all.found.length - 2);
    expect(capped.left).toBeGreaterThan(0);
  });

  test('every match lies below the base, never below a link', () => {
    const name = fc.constantFrom('a', 'b', '.c', 'd.log', 'e.tmp');
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.dictionary(
        name,
        fc.oneof(
          { depthSize: 'small' },
          fc.constant(null),
          fc.constant('/elsewhere'),
          tie('tree') as fc.Arbitrary<Tree>,
        ),
        { maxKeys: 4 },
      ),
    })).tree;
    fc.assert(
      fc.property(
        tree,
        fc.constantFrom('*.log', '**/*.tmp', 'a/*', '**/b/**', '*/*'),
        (t, pattern) => {
          for (const found of expand('/ws', pattern, lister(t).list).found) {
            expect(found.startsWith('/ws/')).toBe(true);
            // No match lies below a link: every folder above it is a real folder of the tree.
            let at: Tree | null | string | undefined = t;
            for (const seg of found.split('/').slice(2, -1)) {
              expect(typeof at === 'object' && at !== null && typeof at[seg] === 'object').toBe(
                true,
              );
              at = (at as Tree)[seg];
            }
          }
        },
      ),
    );
  });
});
