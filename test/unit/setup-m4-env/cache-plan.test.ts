import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  cacheKeys,
  chooseCache,
  combineHashes,
  KEY_PREFIX,
} from '../../../actions/setup-m4-env/cache-plan.ts';

describe('chooseCache', () => {
  test.each([
    ['auto', { RUNNER_ENVIRONMENT: 'github-hosted' }, true],
    ['auto', { RUNNER_ENVIRONMENT: 'self-hosted' }, false],
    ['auto', {}, false],
    ['auto', { RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_EPHEMERAL: 'true' }, true],
    ['auto', { RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_EPHEMERAL: 'TRUE' }, true],
    ['auto', { RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_EPHEMERAL: '1' }, true],
    ['auto', { RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_EPHEMERAL: 'false' }, false],
    ['auto', { RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_EPHEMERAL: '' }, false],
    ['true', { RUNNER_ENVIRONMENT: 'self-hosted' }, true],
    ['false', { RUNNER_ENVIRONMENT: 'github-hosted' }, false],
    ['false', { RUNNER_EPHEMERAL: 'true' }, false],
  ] as const)('%s with %j → %s', (setting, env, on) => {
    expect(chooseCache(setting, env).on).toBe(on);
  });

  test('the reasons name the marker', () => {
    expect(chooseCache('auto', { RUNNER_ENVIRONMENT: 'self-hosted' }).why).toBe(
      'auto: a persistent self-hosted runner keeps its pnpm store on disk (set RUNNER_EPHEMERAL=true on ephemeral runners)',
    );
    expect(chooseCache('auto', { RUNNER_EPHEMERAL: 'true' }).why).toContain(
      'RUNNER_EPHEMERAL=true',
    );
    expect(chooseCache('false', {}).why).toBe('cache is false');
  });
});

describe('cacheKeys', () => {
  test('OS, arch, pnpm major and lockfile hash; restore keys widen to OS and arch', () => {
    expect(
      cacheKeys({ os: 'darwin', arch: 'arm64', pnpmVersion: '10.16.1\n', lockHash: 'abc123' }),
    ).toEqual({
      key: `${KEY_PREFIX}-darwin-arm64-pnpm10-abc123`,
      restoreKeys: [`${KEY_PREFIX}-darwin-arm64-pnpm10-`, `${KEY_PREFIX}-darwin-arm64-`],
    });
  });

  test.each([
    ['9.15.0', 'pnpm9-'],
    ['v12.21.0', 'pnpm12-'],
    ['garbage', 'pnpmunknown-'],
  ])('pnpm %j → %s', (version, part) => {
    expect(cacheKeys({ os: 'linux', arch: 'x64', pnpmVersion: version, lockHash: 'h' }).key).toBe(
      `${KEY_PREFIX}-linux-x64-${part}h`,
    );
  });

  test('property: every restore key is a prefix of the key, the narrower first', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('linux', 'darwin', 'win32'),
        fc.constantFrom('x64', 'arm64'),
        fc.stringMatching(/^\d{1,2}\.\d{1,2}\.\d{1,2}$/),
        fc.stringMatching(/^[0-9a-f]{64}$/),
        (os, arch, pnpmVersion, lockHash) => {
          const { key, restoreKeys } = cacheKeys({ os, arch, pnpmVersion, lockHash });
          for (const r of restoreKeys) expect(key.startsWith(r)).toBe(true);
          expect((restoreKeys[0] as string).length).toBeGreaterThan(
            (restoreKeys[1] as string).length,
          );
          expect(key.length).toBeLessThanOrEqual(512);
        },
      ),
    );
  });
});

describe('combineHashes', () => {
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');

  test('order of discovery does not matter, content does', () => {
    const a = { path: '/w/a/pnpm-lock.yaml', sha256: sha('a') };
    const b = { path: '/w/b/pnpm-lock.yaml', sha256: sha('b') };
    expect(combineHashes([a, b])).toBe(combineHashes([b, a]));
    expect(combineHashes([a, b])).not.toBe(combineHashes([a, { ...b, sha256: sha('c') }]));
    expect(combineHashes([a])).toMatch(/^[0-9a-f]{64}$/);
  });

  test('property: a permutation gives the same hash', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (names, seed) => {
          const files = names.map((n) => ({ path: `/w/${n}`, sha256: sha(n) }));
          const shuffled = [...files].sort(
            (x, y) => ((seed ^ x.path.length) % 3) - ((seed ^ y.path.length) % 3),
          );
          expect(combineHashes(shuffled)).toBe(combineHashes(files));
        },
      ),
    );
  });
});
