import { describe, expect, it } from 'vitest';
import { findNode, noNodeMessage } from '../../../actions/runner-hooks/node.ts';
import {
  defaultHooksDir,
  realOrNearest,
  refuseHooksDir,
  restartAdvice,
} from '../../../actions/runner-hooks/places.ts';
import { shellQuote } from '../../../actions/setup-m4-env/bash-env.ts';

const same = (p: string) => p;

describe('the hooks folder', () => {
  it('defaults to runner-actions-hooks beside the runner folder', () => {
    expect(defaultHooksDir('/home/ci/actions-runner')).toBe('/home/ci/runner-actions-hooks');
  });

  it.each([
    ['/home/ci/runner-actions-hooks', undefined],
    ['/home/ci/actions-runner-hooks', undefined],
    ['/home/ci/actions-runner', /is inside the runner folder/],
    ['/home/ci/actions-runner/hooks', /is inside the runner folder/],
    ['/home/ci', /holds the runner folder/],
  ])('%s', (hooks, refused) => {
    const why = refuseHooksDir(hooks, '/home/ci/actions-runner', same, false);
    if (refused) expect(why).toMatch(refused);
    else expect(why).toBeUndefined();
  });

  it('a link that leads into the runner folder counts as inside it', () => {
    const real = (p: string) => p.replace('/home/ci/link', '/home/ci/actions-runner');
    expect(refuseHooksDir('/home/ci/link/h', '/home/ci/actions-runner', real, false)).toMatch(
      /inside the runner folder/,
    );
  });

  it('case-insensitively where the file system is', () => {
    expect(
      refuseHooksDir('/Users/ci/Actions-Runner/h', '/Users/ci/actions-runner', same, true),
    ).toMatch(/inside/);
    expect(
      refuseHooksDir('/Users/ci/Actions-Runner/h', '/Users/ci/actions-runner', same, false),
    ).toBeUndefined();
  });

  it('realOrNearest resolves the existing part of a path that does not exist yet', () => {
    const realpath = (p: string) => {
      if (p === '/a/link') return '/a/target';
      if (p === '/a' || p === '/') return p;
      throw new Error('ENOENT');
    };
    expect(realOrNearest('/a/link/new/deeper', realpath)).toBe('/a/target/new/deeper');
  });
});

describe('the Node the hooks run with', () => {
  const probe = (present: string[], onPath?: string) => ({
    executable: (f: string) => present.includes(f),
    onPath: () => onPath,
  });
  it.each([
    [
      ['/r/externals/node24/bin/node', '/r/externals/node20/bin/node'],
      '/usr/bin/node',
      '/r/externals/node24/bin/node',
    ],
    [['/r/externals/node20/bin/node'], '/usr/bin/node', '/r/externals/node20/bin/node'],
    [[], '/usr/bin/node', '/usr/bin/node'],
    [[], undefined, undefined],
  ])('%j, PATH %s → %s', (present, onPath, found) => {
    expect(findNode('/r', probe(present, onPath))).toBe(found);
  });
  it('no Node: the message names where it looked', () => {
    expect(noNodeMessage('/r')).toMatch(
      /\/r\/externals\/node24\/bin\/node.*node20.*'node' on PATH/,
    );
  });
});

describe('restart advice', () => {
  it('the service when it is installed, else run.sh', () => {
    expect(restartAdvice("/r/it's", true, shellQuote)).toContain(
      `cd '/r/it'\\''s' && ./svc.sh stop && ./svc.sh start`,
    );
    expect(restartAdvice('/r', false, shellQuote)).toContain(`cd '/r' && ./run.sh`);
  });
});
