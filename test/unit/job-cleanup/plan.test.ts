import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { between, isInside, isWithin, normalise } from '../../../actions/job-cleanup/paths.ts';
import {
  type Candidate,
  type Fact,
  factsNeeded,
  type Guard,
  globBase,
  guarded,
  listed,
  locate,
  outside,
  type Plan,
  plan,
  type Root,
  reach,
  vetRoots,
} from '../../../actions/job-cleanup/plan.ts';

const HOUR = 3_600_000;
const NOW = 1_800_000_000_000;
const OLD = NOW - 48 * HOUR;
const NEW = NOW - HOUR;

const WS: Root = { name: 'workspace', path: '/r/_work/app/app', real: '/r/_work/app/app' };
const RT: Root = { name: 'runner-temp', path: '/r/_work/_temp', real: '/r/_work/_temp' };
// A temp dir that is itself a symlink, as macOS's /tmp → /private/tmp.
const TMP: Root = { name: 'temp', path: '/tmp', real: '/private/tmp' };
const ROOTS = [WS, RT, TMP];

const GUARDS: Guard[] = [
  { path: '/', label: 'the file system root', mode: 'keep', anchor: true },
  { path: '/home/me', label: 'HOME', mode: 'keep', anchor: true },
  { path: '/r', label: 'the runner root', mode: 'seal', except: '/r/_work' },
  { path: '/r/_work', label: "the runner's work folder", mode: 'keep' },
  { path: '/r/_work/_actions', label: "the runner's _actions folder", mode: 'seal' },
  { path: '/r/_work/_tool', label: 'the tool cache', mode: 'seal' },
  {
    path: '/r/_work/_temp/_runner_file_commands/set_output_1',
    label: "the runner's own file GITHUB_OUTPUT",
    mode: 'keep',
  },
  { path: '/r/_work/app/app/dist/job-cleanup', label: "this action's code", mode: 'seal' },
];

const dir = (mtimeMs = OLD): Fact => ({ kind: 'dir', mtimeMs });
const file = (mtimeMs = OLD): Fact => ({ kind: 'file', mtimeMs });
const link = (mtimeMs = OLD): Fact => ({ kind: 'link', mtimeMs });

const FACTS = new Map<string, Fact>([
  ['/private/tmp/pnpm-old', dir()],
  ['/private/tmp/pnpm-new', dir(NEW)],
  ['/private/tmp/pnpm-exact', dir(NOW - 24 * HOUR)],
  ['/private/tmp/pnpm-future', dir(NOW + HOUR)],
  ['/private/tmp/pnpm-link', link()],
  ['/private/tmp/linkdir', link()],
  ['/private/tmp/d', dir()],
  ['/private/tmp/d/f', file()],
  ['/r/_work/app/app/build', dir()],
  ['/r/_work/app/app/build/out.js', file()],
  ['/r/_work/app/app/dist', dir()],
  ['/r/_work/app/app/dist/job-cleanup', dir()],
  ['/r/_work/app/app/node_modules', dir()],
  ['/r/_work/app/app/escape', link()],
  ['/r/_work/app/app/f.txt', file(NEW)],
  ['/r/_work/_temp/_runner_file_commands', dir()],
  ['/r/_work/_temp/_runner_file_commands/set_output_1', file()],
  ['/r/_work/_temp/scratch', dir()],
]);

function decide(candidates: Candidate[], extra: Partial<Parameters<typeof plan>[0]> = {}): Plan {
  return plan({
    roots: ROOTS,
    guards: GUARDS,
    candidates,
    facts: FACTS,
    now: NOW,
    maxAgeMs: 24 * HOUR,
    ...extra,
  });
}
const temp = (path: string): Candidate => ({ path, source: 'temp', aged: true });
const named = (path: string): Candidate => ({ path, source: 'paths', aged: false });

describe('paths', () => {
  test.each([
    ['/a/b/../c/./d//', '/a/c/d'],
    ['/a/..', '/'],
    ['/../..', '/'],
    ['/tmp/x/', '/tmp/x'],
  ])('normalise(%j) = %j', (p, want) => expect(normalise(p)).toBe(want));

  test.each([
    ['/a/b', '/a', true],
    ['/a', '/a', false],
    ['/ab', '/a', false],
    ['/a-b/c', '/a', false],
    ['/x', '/', true],
    ['/', '/', false],
  ])('isInside(%j, %j) = %s', (child, parent, want) => {
    expect(isInside(child, parent)).toBe(want);
    expect(isWithin(child, parent)).toBe(want || child === parent);
  });

  test('case folding is opt-in', () => {
    expect(isInside('/Tmp/x', '/tmp')).toBe(false);
    expect(isInside('/Tmp/x', '/tmp', true)).toBe(true);
    expect(isWithin('/TMP', '/tmp', true)).toBe(true);
  });

  test.each([
    ['/r', '/r/a/b/c', ['/r/a', '/r/a/b']],
    ['/r', '/r/a', []],
    ['/', '/a/b', ['/a']],
  ])('between(%j, %j)', (parent, child, want) => expect(between(parent, child)).toEqual(want));

  test.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('listed(%j) = %j', (items, want) => expect(listed(items)).toBe(want));
});

describe('locate and reach', () => {
  test.each([
    ['/tmp/pnpm-old', '/private/tmp/pnpm-old'],
    ['/private/tmp/pnpm-old', '/private/tmp/pnpm-old'],
    ['/tmp/a/../pnpm-old', '/private/tmp/pnpm-old'],
    ['/r/_work/_temp/scratch', '/r/_work/_temp/scratch'],
  ])('%j is really %j', (p, real) => {
    expect(locate(p, ROOTS)).toMatchObject({ real });
  });

  test('the deepest root wins when roots nest', () => {
    const inner: Root = { name: 'runner-temp', path: '/w/t', real: '/w/t' };
    const outer: Root = { name: 'workspace', path: '/w', real: '/w' };
    expect(locate('/w/t/x', [outer, inner])).toMatchObject({ root: inner });
  });

  test('a root itself and outside paths are not inside', () => {
    expect(locate('/tmp', ROOTS)).toEqual({ equal: TMP });
    expect(locate('/private/tmp/', ROOTS)).toEqual({ equal: TMP });
    expect(locate('/etc/passwd', ROOTS)).toBeUndefined();
    expect(locate('/tmp/../etc', ROOTS)).toBeUndefined();
    expect(locate('/tmpx/a', ROOTS)).toBeUndefined();
  });

  test('factsNeeded lists the folders below the root and the entry', () => {
    expect(factsNeeded('/tmp/a/b/c', ROOTS)).toEqual([
      '/private/tmp/a',
      '/private/tmp/a/b',
      '/private/tmp/a/b/c',
    ]);
    expect(factsNeeded('/etc/x', ROOTS)).toEqual([]);
    expect(factsNeeded('/tmp', ROOTS)).toEqual([]);
  });

  test.each([
    ['/tmp/linkdir/x', 'link', 'reached through the symlink /private/tmp/linkdir'],
    ['/r/_work/app/app/escape/etc/passwd', 'link', 'reached through the symlink'],
    ['/tmp/nothere/x', 'missing', '/private/tmp/nothere is missing'],
    ['/tmp/d/f/x', 'missing', '/private/tmp/d/f is missing'],
    ['/tmp/nothere', 'missing', 'not there'],
    ['/etc', 'outside', 'outside GITHUB_WORKSPACE, RUNNER_TEMP and the temp directory'],
    ['/tmp', 'root', 'is the temp directory itself'],
  ])('reach(%j) fails: %s', (p, why, reason) => {
    const r = reach(p, ROOTS, FACTS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.why).toBe(why);
      expect(r.reason).toContain(reason);
    }
  });

  test('globBase accepts a root and real folders, not links or files', () => {
    expect(globBase('/tmp', ROOTS, FACTS)).toMatchObject({ ok: true, real: '/private/tmp' });
    expect(globBase('/tmp/d', ROOTS, FACTS)).toMatchObject({ ok: true, real: '/private/tmp/d' });
    expect(globBase('/tmp/linkdir', ROOTS, FACTS)).toMatchObject({ ok: false, why: 'link' });
    expect(globBase('/tmp/d/f', ROOTS, FACTS)).toMatchObject({ ok: false, why: 'missing' });
    expect(globBase('/etc', ROOTS, FACTS)).toMatchObject({ ok: false, why: 'outside' });
  });
});

describe('/tmp is a root only as the temp directory', () => {
  const MAC_TMP: Root = {
    name: 'temp',
    path: '/var/folders/xy/T',
    real: '/private/var/folders/xy/T',
  };
  test.each([
    [
      '/tmp/x',
      [WS, RT, MAC_TMP],
      'outside GITHUB_WORKSPACE, RUNNER_TEMP and the temp directory; /tmp is not the temp directory here (/var/folders/xy/T is)',
    ],
    [
      '/private/tmp/pnpm-1/a',
      [WS, MAC_TMP],
      'outside GITHUB_WORKSPACE and the temp directory; /private/tmp is not the temp directory here (/var/folders/xy/T is)',
    ],
    ['/tmp/x', [WS], 'outside GITHUB_WORKSPACE; /tmp is not the temp directory here'],
    // Not inside /tmp: nothing to add.
    ['/tmpfoo/x', [WS, MAC_TMP], 'outside GITHUB_WORKSPACE and the temp directory'],
    ['/tmp', [WS, MAC_TMP], 'outside GITHUB_WORKSPACE and the temp directory'],
    ['/srv/x', [WS, MAC_TMP], 'outside GITHUB_WORKSPACE and the temp directory'],
    // /tmp is the temp directory (Linux), or a root by its realpath: no hint.
    [
      '/tmp/x',
      [WS, { name: 'temp', path: '/tmp', real: '/tmp' } as Root],
      'outside GITHUB_WORKSPACE and the temp directory',
    ],
  ] as const)('%s with roots %#', (path, roots, reason) => {
    expect(outside(path, roots)).toBe(reason);
  });

  test('the planner gives that reason, and takes /tmp and /private/tmp when /tmp is the temp dir', () => {
    const MAC_TMP_ROOTS = [WS, MAC_TMP];
    const facts = new Map<string, Fact>([['/private/tmp/x', { kind: 'dir', mtimeMs: OLD }]]);
    const candidates: Candidate[] = [{ path: '/tmp/x', source: 'paths', aged: false }];
    const input = { guards: GUARDS, candidates, facts, now: NOW, maxAgeMs: 0 };
    expect(plan({ ...input, roots: MAC_TMP_ROOTS }).refused).toEqual([
      {
        path: '/tmp/x',
        reason:
          'outside GITHUB_WORKSPACE and the temp directory; /tmp is not the temp directory here (/var/folders/xy/T is)',
        candidate: candidates[0],
      },
    ]);
    expect(plan({ ...input, roots: ROOTS }).remove.map((r) => r.path)).toEqual(['/private/tmp/x']);
  });
});

describe('guards', () => {
  test.each([
    ['/', 'is the file system root'],
    ['/home/me', 'is HOME'],
    ['/home', 'holds HOME (/home/me)'],
    ['/r', 'is the runner root'],
    ['/r/bin', 'is inside the runner root (/r)'],
    ['/r/_work', "is the runner's work folder"],
    ['/r/_work/_actions/owner/repo', "is inside the runner's _actions folder"],
    ['/r/_work/_tool', 'is the tool cache'],
    ['/r/_work/_temp/_runner_file_commands', "holds the runner's own file GITHUB_OUTPUT"],
    ['/r/_work/app/app/dist', "holds this action's code"],
  ])('%j: %s', (p, why) => expect(guarded(p, GUARDS)).toContain(why));

  test.each(['/r/_work/app/app/build', '/r/_work/_temp/scratch', '/home/me/x'])(
    '%j is not guarded',
    (p) => expect(guarded(p, GUARDS)).toBeUndefined(),
  );

  test('folding case refuses a differently-cased guarded path', () => {
    expect(guarded('/R/_WORK/_ACTIONS/x', GUARDS)).toBeUndefined();
    expect(guarded('/R/_WORK/_ACTIONS/x', GUARDS, true)).toContain('_actions');
  });

  test('roots that are or hold / or HOME, or lie inside a sealed folder, are dropped', () => {
    const roots: Root[] = [
      { name: 'temp', path: '/home/me', real: '/home/me' },
      { name: 'workspace', path: '/', real: '/' },
      { name: 'runner-temp', path: '/r/_work/_actions/tmp', real: '/r/_work/_actions/tmp' },
      WS,
      { name: 'temp', path: '/home', real: '/home' },
      { name: 'temp', path: '/t', real: '/home/me/t' },
    ];
    const v = vetRoots(roots, GUARDS);
    expect(v.roots).toEqual([WS, roots[5]]);
    expect(v.dropped.map((d) => d.reason)).toEqual([
      '/home/me is or holds HOME',
      '/ is or holds the file system root',
      "/r/_work/_actions/tmp is inside the runner's _actions folder",
      '/home is or holds HOME',
    ]);
  });
});

describe('plan', () => {
  test('the age rule keeps fresh temp entries, removes old ones and links as links', () => {
    const p = decide(
      ['pnpm-old', 'pnpm-new', 'pnpm-exact', 'pnpm-future', 'pnpm-link', 'pnpm-gone'].map((n) =>
        temp(`/tmp/${n}`),
      ),
    );
    expect(p.remove.map((r) => [r.path, r.kind])).toEqual([
      ['/private/tmp/pnpm-old', 'dir'],
      ['/private/tmp/pnpm-exact', 'dir'],
      ['/private/tmp/pnpm-link', 'link'],
    ]);
    expect(p.fresh.map((f) => [f.path, f.ageMs])).toEqual([
      ['/private/tmp/pnpm-new', HOUR],
      ['/private/tmp/pnpm-future', -HOUR],
    ]);
    expect(p.missing.map((m) => m.path)).toEqual(['/tmp/pnpm-gone']);
    expect(p.refused).toEqual([]);
  });

  test('paths have no age rule', () => {
    const p = decide([named('/r/_work/app/app/f.txt')]);
    expect(p.remove.map((r) => r.path)).toEqual(['/r/_work/app/app/f.txt']);
  });

  test.each([
    ['/etc/passwd', '/etc/passwd', 'outside GITHUB_WORKSPACE, RUNNER_TEMP and the temp directory'],
    ['/r/_work/app/app/../../../../etc', '/etc', 'outside'],
    ['/r/_work/app/app/../../../bin', '/r/bin', 'outside'],
    ['/tmp', '/tmp', 'is the temp directory itself'],
    ['/r/_work/app/app', '/r/_work/app/app', 'is GITHUB_WORKSPACE itself'],
    ['/r/_work/app/app/escape/x', '/r/_work/app/app/escape/x', 'reached through the symlink'],
    ['/r/_work/app/app/dist', '/r/_work/app/app/dist', "holds this action's code"],
    [
      '/r/_work/_temp/_runner_file_commands',
      '/r/_work/_temp/_runner_file_commands',
      "holds the runner's own file GITHUB_OUTPUT",
    ],
  ])('%j is refused', (given, path, reason) => {
    const p = decide([named(given)]);
    expect(p.remove).toEqual([]);
    expect(p.refused).toHaveLength(1);
    expect(p.refused[0]?.path).toBe(path);
    expect(p.refused[0]?.reason).toContain(reason);
  });

  test('a root that lies inside another root is refused as an entry of the outer one', () => {
    const nested: Root = { name: 'runner-temp', path: '/w/ws/_t', real: '/w/ws/_t' };
    const ws: Root = { name: 'workspace', path: '/w/ws', real: '/w/ws' };
    const p = plan({
      roots: [ws, nested],
      guards: [],
      candidates: [named('/w/ws/_t')],
      facts: new Map([['/w/ws/_t', dir()]]),
      now: NOW,
      maxAgeMs: 0,
    });
    expect(p.refused[0]?.reason).toBe('is RUNNER_TEMP itself');
  });

  test('an entry inside another removal goes with it; duplicates once', () => {
    const p = decide([
      named('/r/_work/app/app/build/out.js'),
      named('/r/_work/app/app/build'),
      named('/r/_work/app/app/build/'),
      named('/r/_work/app/app/node_modules'),
    ]);
    expect(p.remove.map((r) => r.path)).toEqual([
      '/r/_work/app/app/build',
      '/r/_work/app/app/node_modules',
    ]);
  });

  test('a HOME inside the temp dir is refused, as is what holds it', () => {
    const facts = new Map(FACTS).set('/private/tmp/home', dir()).set('/private/tmp/home/me', dir());
    const guards: Guard[] = [{ path: '/private/tmp/home/me', label: 'HOME', mode: 'keep' }];
    const p = plan({
      roots: ROOTS,
      guards,
      candidates: [named('/tmp/home'), named('/tmp/home/me'), named('/tmp/home/me/junk')],
      facts: facts.set('/private/tmp/home/me/junk', file()),
      now: NOW,
      maxAgeMs: 0,
    });
    expect(p.refused.map((r) => r.reason)).toEqual([
      'holds HOME (/private/tmp/home/me)',
      'is HOME',
    ]);
    expect(p.remove.map((r) => r.path)).toEqual(['/private/tmp/home/me/junk']);
  });
});

// -----------------------------------------------------------------------------------------------
// Property: whatever the candidates, roots, guards and file system, nothing outside the roots,
// nothing reached through a link, no root, no guard and nothing holding one is ever planned.

const SEG = fc.constantFrom('a', 'b', 'tmp', 'ws', 'home', 'r', '_work', '..', '.', '');
const segs = (max: number) => fc.array(SEG, { maxLength: max });
const join = (base: string, parts: string[]) => `${base}/${parts.join('/')}`;

/**
 * A small world: roots (some reached through a symlinked path: configured under /w, real under
 * /real), guards, and lstat facts, mostly below the roots, with the folders above them filled in.
 */
const world = fc
  .record({
    roots: fc.uniqueArray(
      fc.record({
        name: fc.constantFrom('workspace', 'runner-temp', 'temp') as fc.Arbitrary<Root['name']>,
        at: segs(3),
        real: fc.option(segs(3), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3, selector: (r) => r.name },
    ),
    guards: fc.array(
      fc.record({
        at: segs(4),
        under: fc.nat(3),
        mode: fc.constantFrom('keep', 'seal') as fc.Arbitrary<Guard['mode']>,
        anchor: fc.constantFrom(false, false, false, true),
      }),
      { maxLength: 4 },
    ),
    facts: fc.array(
      fc.record({
        under: fc.nat(3),
        at: segs(4),
        kind: fc.constantFrom('dir', 'dir', 'file', 'link', 'link', 'other') as fc.Arbitrary<
          Fact['kind']
        >,
        age: fc.integer({ min: -2, max: 72 }),
      }),
      { maxLength: 30 },
    ),
    maxAgeHours: fc.integer({ min: 0, max: 48 }),
  })
  .map((w) => {
    const roots: Root[] = w.roots.map((r) => ({
      name: r.name,
      path: normalise(join('/w', r.at)),
      real: normalise(r.real ? join('/real', r.real) : join('/w', r.at)),
    }));
    // Paths are placed under a root's real path (index < roots) or anywhere under /w.
    const base = (i: number) => roots[i]?.real ?? '/w';
    const guards: Guard[] = w.guards.map((g, i) => ({
      path: normalise(join(base(g.under), g.at)),
      label: `guard ${i}`,
      mode: g.mode,
      anchor: g.anchor,
    }));
    const facts = new Map<string, Fact>();
    for (const f of w.facts) {
      const at = normalise(join(base(f.under), f.at));
      facts.set(at, { kind: f.kind, mtimeMs: NOW - f.age * HOUR });
    }
    for (const at of [...facts.keys()]) {
      for (let up = at; up !== '/'; up = normalise(join(up, ['..']))) {
        const parent = normalise(join(up, ['..']));
        if (!facts.has(parent)) facts.set(parent, dir());
      }
    }
    return { roots, guards, facts, maxAgeMs: w.maxAgeHours * HOUR };
  });

const candidate = fc
  .record({
    base: fc.constantFrom('/w', '/real', '/', '/etc', '/w/..'),
    at: segs(6),
    source: fc.constantFrom('temp', 'paths', 'workspace') as fc.Arbitrary<Candidate['source']>,
    aged: fc.boolean(),
  })
  .map((c) => ({ path: join(c.base, c.at), source: c.source, aged: c.aged }));

/** A world with candidates: random paths, and paths of its own facts and roots (lexical or real). */
const scenario = world.chain((w) => {
  const known = [
    ...[...w.facts.keys()].filter((f) => w.roots.some((r) => isWithin(f, r.real))),
    ...w.roots.flatMap((r) => [r.path, r.real]),
    ...w.guards.map((g) => g.path),
  ];
  const near = fc
    .record({
      at: fc.constantFrom(...known),
      tail: segs(1),
      lexical: fc.boolean(),
      source: fc.constantFrom('temp', 'paths', 'workspace') as fc.Arbitrary<Candidate['source']>,
      aged: fc.boolean(),
    })
    .map((c) => {
      // Spell a real path through the root's configured path sometimes (/w/... for /real/...).
      const root = w.roots.find((r) => isWithin(c.at, r.real));
      const at = c.lexical && root ? c.at.replace(root.real, root.path) : c.at;
      return { path: join(at, c.tail), source: c.source, aged: c.aged };
    });
  const any = fc.oneof({ arbitrary: candidate, weight: 1 }, { arbitrary: near, weight: 4 });
  return fc.tuple(fc.constant(w), fc.array(any, { maxLength: 30 }));
});

function violations(
  w: { roots: Root[]; guards: Guard[]; facts: Map<string, Fact>; maxAgeMs: number },
  p: Plan,
): string[] {
  const bad: string[] = [];
  const { roots: kept } = vetRoots(w.roots, w.guards);
  for (const r of p.remove) {
    const root = kept.find((x) => x.name === r.root);
    if (!root || !isInside(r.path, root.real)) bad.push(`${r.path} is not inside its root`);
    if (!kept.some((x) => isInside(r.path, x.real))) bad.push(`${r.path} is outside every root`);
    for (const x of kept) {
      if (isWithin(x.real, r.path) || isWithin(x.path, r.path)) bad.push(`${r.path} holds a root`);
    }
    if (root) {
      for (const folder of between(root.real, r.path)) {
        if (w.facts.get(folder)?.kind !== 'dir') bad.push(`${r.path} is reached via ${folder}`);
      }
    }
    const fact = w.facts.get(r.path);
    if (!fact) bad.push(`${r.path} has no fact`);
    for (const g of w.guards) {
      if (isWithin(g.path, r.path)) bad.push(`${r.path} is or holds ${g.path}`);
      if (g.mode === 'seal' && isInside(r.path, g.path)) bad.push(`${r.path} is sealed`);
    }
    if (r.candidate.aged && fact && NOW - fact.mtimeMs < w.maxAgeMs) bad.push(`${r.path} is fresh`);
    if (normalise(r.path) !== r.path) bad.push(`${r.path} is not normalised`);
  }
  return bad;
}

describe('plan properties', () => {
  test('nothing outside the roots, through a link, guarded or fresh is ever planned', () => {
    const seen = { removed: 0, viaLink: 0, guarded: 0, outside: 0, fresh: 0 };
    fc.assert(
      fc.property(scenario, ([w, candidates]) => {
        const { roots } = vetRoots(w.roots, w.guards);
        const p = plan({ ...w, roots, candidates, now: NOW });
        expect(violations(w, p)).toEqual([]);
        seen.removed += p.remove.length;
        seen.fresh += p.fresh.length;
        for (const r of p.refused) {
          if (r.reason.includes('symlink')) seen.viaLink++;
          else if (r.reason.startsWith('outside')) seen.outside++;
          else seen.guarded++;
        }
      }),
      { numRuns: 3000 },
    );
    // The generator reaches every branch, so the property is not vacuous.
    for (const [what, count] of Object.entries(seen))
      expect([what, count > 50]).toEqual([what, true]);
  });

  test('candidates built to escape are never planned', () => {
    const escapes0 = fc.record({
      root: fc.nat(2),
      ups: fc.integer({ min: 1, max: 6 }),
      rest: segs(3),
    });
    fc.assert(
      fc.property(world, fc.array(escapes0, { minLength: 1, maxLength: 10 }), (w, escapes) => {
        const { roots } = vetRoots(w.roots, w.guards);
        const root = roots[0];
        if (!root) return;
        const candidates: Candidate[] = escapes.flatMap((e) => {
          const up = join(root.path, [...Array(e.ups).fill('..'), ...e.rest]);
          return [
            { path: up, source: 'paths', aged: false },
            { path: root.path, source: 'paths', aged: false },
            { path: `${root.real}/`, source: 'paths', aged: false },
            { path: normalise(join(root.real, ['..'])), source: 'paths', aged: false },
          ];
        });
        const p = plan({ ...w, roots, candidates, now: NOW });
        for (const r of p.remove) {
          expect(roots.some((x) => isInside(r.path, x.real))).toBe(true);
          expect(roots.some((x) => isWithin(x.real, r.path))).toBe(false);
        }
        expect(violations(w, p)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  test('a symlinked folder in the chain always means refusal, wherever it points', () => {
    fc.assert(
      fc.property(segs(3), fc.nat(3), (below, linkAt) => {
        const root: Root = { name: 'temp', path: '/t', real: '/t' };
        const chain = ['d0', 'd1', 'd2', 'd3'];
        const facts = new Map<string, Fact>();
        chain.forEach((_, i) => {
          facts.set(`/t/${chain.slice(0, i + 1).join('/')}`, i === linkAt ? link() : dir());
        });
        const tail = below.filter((s) => s !== '..');
        const target = normalise(join(`/t/${chain.join('/')}/x`, tail));
        facts.set(target, file());
        const p = plan({
          roots: [root],
          guards: [],
          candidates: [named(target)],
          facts,
          now: NOW,
          maxAgeMs: 0,
        });
        expect(p.remove).toEqual([]);
        expect(p.refused[0]?.reason).toContain('reached through the symlink');
      }),
    );
  });

  test('folding case only ever refuses more', () => {
    fc.assert(
      fc.property(scenario, ([w, candidates]) => {
        const { roots } = vetRoots(w.roots, w.guards);
        const exact = plan({ ...w, roots, candidates, now: NOW });
        const folded = plan({ ...w, roots, candidates, now: NOW, foldCase: true });
        for (const r of folded.remove) {
          expect(exact.remove.some((e) => isWithin(r.path, e.path))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
