import { describe, expect, it } from 'vitest';
import {
  ancestors,
  entryTrouble,
  envPlace,
  type Fact,
  hooksDirTrouble,
  type Probe,
  type Trusted,
} from '../../../actions/runner-hooks/ownership.ts';

const T: Trusted = { euid: 0, runnerOwner: 1000 };
const dir = (uid: number, mode: number): Fact => ({ uid, mode, kind: 'dir' });
const link = (uid: number): Fact => ({ uid, mode: 0o777, kind: 'link' });
const file = (uid: number): Fact => ({ uid, mode: 0o644, kind: 'file' });

/** A file system of facts; `links` maps a link to where it leads. */
function probe(facts: Record<string, Fact>, links: Record<string, string> = {}): Probe {
  const resolve = (p: string): string | undefined => {
    let out = '/';
    for (const part of p.split('/').filter(Boolean)) {
      const at = out === '/' ? `/${part}` : `${out}/${part}`;
      const to = links[at];
      if (to !== undefined) {
        const real = resolve(to);
        if (real === undefined || !facts[real]) return undefined;
        out = real;
      } else out = at;
    }
    return out;
  };
  return {
    lstat: (p) => facts[p] ?? (links[p] === undefined ? undefined : link(0)),
    realpath: (p) => {
      const real = resolve(p);
      return real !== undefined && facts[real] ? real : undefined;
    },
    readlink: (p) => links[p],
  };
}

const ROOT = { '/': dir(0, 0o755) };

describe('entryTrouble: one folder on the way to the hooks', () => {
  it.each([
    ['root, 0755', dir(0, 0o755), false, undefined],
    ['the runner owner, 0755', dir(1000, 0o755), true, undefined],
    ['the installing user, 0700', dir(0, 0o700), true, undefined],
    [
      'another user',
      dir(4242, 0o755),
      false,
      "/x is owned by uid 4242, not by root or the runner folder's owner (uid 1000): its owner could replace the code every job runs",
    ],
    [
      'writable by others',
      dir(0, 0o777),
      false,
      '/x is writable by others (mode 0777): anyone there could replace the code every job runs',
    ],
    [
      'writable by its group',
      dir(0, 0o775),
      false,
      '/x is writable by its group (mode 0775): anyone there could replace the code every job runs',
    ],
    ['sticky and writable by others, above (like /tmp)', dir(0, 0o1777), false, undefined],
    [
      'sticky and writable by others, the hooks folder itself',
      dir(0, 0o1777),
      true,
      '/x is writable by others (mode 01777): anyone there could replace the code every job runs',
    ],
    ['a link of root', link(0), false, undefined],
    [
      'a link of another user',
      link(4242),
      false,
      "/x is owned by uid 4242, not by root or the runner folder's owner (uid 1000): its owner could replace the code every job runs",
    ],
    ['a file', file(0), false, '/x is not a folder'],
  ])('%s', (_name, fact, itself, trouble) => {
    expect(entryTrouble('/x', fact, itself, T)).toBe(trouble);
  });

  it('names every trusted owner', () => {
    expect(entryTrouble('/x', dir(7, 0o755), false, { euid: 1000, runnerOwner: 1001 })).toBe(
      "/x is owned by uid 7, not by root, you (uid 1000) or the runner folder's owner (uid 1001): its owner could replace the code every job runs",
    );
    expect(entryTrouble('/x', dir(7, 0o755), false, { euid: 0, runnerOwner: 0 })).toMatch(
      /^\/x is owned by uid 7, not by root: /,
    );
  });

  it('a control character in a name is escaped', () => {
    expect(entryTrouble('/a\nb', file(0), false, T)).toBe('/a\\nb is not a folder');
  });
});

describe('hooksDirTrouble: every folder above, as written and after links', () => {
  it('ancestors', () => {
    expect(ancestors('/a/b/c')).toEqual(['/', '/a', '/a/b', '/a/b/c']);
  });

  const cases: [string, string, Record<string, Fact>, Record<string, string>, string?][] = [
    ['a new folder under root-owned ones', '/srv/hooks', { ...ROOT, '/srv': dir(0, 0o755) }, {}],
    ['a new folder in /tmp', '/tmp/hooks', { ...ROOT, '/tmp': dir(0, 0o1777) }, {}],
    [
      'an existing folder in /tmp that another user made',
      '/tmp/hooks',
      { ...ROOT, '/tmp': dir(0, 0o1777), '/tmp/hooks': dir(4242, 0o755) },
      {},
      '/tmp/hooks is owned by uid 4242',
    ],
    [
      'a parent writable by others, without the sticky bit',
      '/srv/hooks',
      { ...ROOT, '/srv': dir(0, 0o777) },
      {},
      '/srv is writable by others (mode 0777)',
    ],
    [
      'a grandparent owned by another user',
      '/home/r/hooks',
      { ...ROOT, '/home': dir(4242, 0o755), '/home/r': dir(1000, 0o755) },
      {},
      '/home is owned by uid 4242',
    ],
    [
      "the runner owner's home",
      '/home/r/hooks',
      { ...ROOT, '/home': dir(0, 0o755), '/home/r': dir(1000, 0o750) },
      {},
    ],
    [
      'a link of root to a good folder',
      '/srv/l/hooks',
      { ...ROOT, '/srv': dir(0, 0o755), '/opt': dir(0, 0o755) },
      { '/srv/l': '/opt' },
    ],
    [
      'a link leading under a folder writable by others',
      '/srv/l/hooks',
      { ...ROOT, '/srv': dir(0, 0o755), '/open': dir(0, 0o777) },
      { '/srv/l': '/open' },
      '/open is writable by others (mode 0777)',
    ],
    [
      'a dangling link',
      '/srv/l/hooks',
      { ...ROOT, '/srv': dir(0, 0o755) },
      { '/srv/l': '/gone' },
      '/srv/l is a link to /gone, which does not exist',
    ],
  ];
  it.each(cases)('%s', (_name, p, facts, links, trouble) => {
    const got = hooksDirTrouble(p, probe(facts, links), T);
    if (trouble === undefined) expect(got).toBeUndefined();
    else expect(got?.startsWith(trouble)).toBe(true);
  });

  it('a link owned by another user is refused, even to a good place', () => {
    const p: Probe = {
      ...probe({ ...ROOT, '/srv': dir(0, 0o755), '/opt': dir(0, 0o755) }, { '/srv/l': '/opt' }),
    };
    const lstat = p.lstat;
    p.lstat = (x) => (x === '/srv/l' ? link(4242) : lstat(x));
    expect(hooksDirTrouble('/srv/l/hooks', p, T)).toMatch(/^\/srv\/l is owned by uid 4242/);
  });
});

describe('envPlace: where .env may be written', () => {
  const base = { ...ROOT, '/r': dir(1000, 0o755) };
  it.each([
    ['missing', base, {}, { kind: 'missing' }],
    ['a file', { ...base, '/r/.env': file(1000) }, {}, { kind: 'file' }],
    [
      'a folder',
      { ...base, '/r/.env': dir(1000, 0o755) },
      {},
      { kind: 'refused', why: "/r/.env is a folder, not the runner's .env file" },
    ],
    [
      "the runner owner's link to the runner owner's file",
      { ...base, '/r/.env': link(1000), '/k': dir(0, 0o755), '/k/env': file(1000) },
      { '/r/.env': '/k/env' },
      { kind: 'link', target: '/k/env' },
    ],
    [
      "root's link to root's file",
      { ...base, '/r/.env': link(0), '/k': dir(0, 0o755), '/k/env': file(0) },
      { '/r/.env': '/k/env' },
      { kind: 'link', target: '/k/env' },
    ],
    [
      "the runner owner's link to a file of root's (/etc/…)",
      { ...base, '/r/.env': link(1000), '/k': dir(0, 0o755), '/k/env': file(0) },
      { '/r/.env': '/k/env' },
      {
        kind: 'refused',
        why: "/r/.env leads to /k/env, owned by uid 0, not by the runner folder's owner (uid 1000); the installer does not write through it",
      },
    ],
    [
      "another user's link",
      { ...base, '/r/.env': link(4242), '/k': dir(0, 0o755), '/k/env': file(1000) },
      { '/r/.env': '/k/env' },
      {
        kind: 'refused',
        why: "/r/.env is a link owned by uid 4242, not by root or the runner folder's owner (uid 1000); the installer does not write through it",
      },
    ],
    [
      'a dangling link',
      { ...base, '/r/.env': link(1000) },
      { '/r/.env': '/k/env' },
      {
        kind: 'refused',
        why: '/r/.env is a link to /k/env, which does not exist; the installer writes through a link only to an existing file (create it, or remove the link)',
      },
    ],
    [
      'a link to a folder',
      { ...base, '/r/.env': link(1000), '/k': dir(1000, 0o755) },
      { '/r/.env': '/k' },
      { kind: 'refused', why: '/r/.env leads to /k, not a regular file' },
    ],
  ])('%s', (_name, facts, links, place) => {
    const p = probe(facts as Record<string, Fact>, links);
    const lstat = p.lstat;
    // The probe's links are root's unless the facts say otherwise.
    p.lstat = (x) => (facts as Record<string, Fact>)[x] ?? lstat(x);
    expect(envPlace('/r/.env', p, T)).toEqual(place);
  });
});
