/**
 * The proxy choice, held to @actions/http-client (what @actions/cache and the toolkit use) as the
 * oracle: for any mix of proxy variables, NO_PROXY entries and target URLs, both pick the same
 * proxy or none.
 */
import { checkBypass, getProxyUrl } from '@actions/http-client/lib/proxy';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { describeProxy, proxyConfigured, proxyFor } from '../../../actions/lib/proxy.ts';

const VARS = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'];
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
afterEach(() => {
  for (const v of VARS) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
});

function oracle(target: string, env: Record<string, string | undefined>): string | undefined {
  for (const v of VARS) {
    if (env[v] === undefined) delete process.env[v];
    else process.env[v] = env[v];
  }
  return getProxyUrl(new URL(target))?.href;
}

const host = fc.constantFrom(
  'api.github.com',
  'ghe.example.com',
  'example.com',
  'localhost',
  '127.0.0.1',
  '[::1]',
  'internal.corp',
  'API.GitHub.com',
);
const target = fc
  .tuple(fc.constantFrom('http', 'https'), host, fc.constantFrom('', ':443', ':80', ':8443'))
  .map(([scheme, h, port]) => `${scheme}://${h}${port}/api/v3/repos`);
const proxyValue = fc.constantFrom(
  undefined,
  '',
  'http://proxy.corp:3128',
  'http://user:p%40ss@proxy.corp:3128',
  'proxy.corp:8080',
  'https://secure-proxy.corp',
);
const noProxyEntry = fc.constantFrom(
  'example.com',
  '.example.com',
  'github.com',
  '*',
  'api.github.com:443',
  'api.github.com:8443',
  'corp',
  ' internal.corp ',
  '',
);
const env = fc.record({
  https_proxy: proxyValue,
  HTTPS_PROXY: proxyValue,
  http_proxy: proxyValue,
  HTTP_PROXY: proxyValue,
  no_proxy: fc.option(
    fc.array(noProxyEntry, { maxLength: 3 }).map((a) => a.join(',')),
    {
      nil: undefined,
    },
  ),
  NO_PROXY: fc.option(
    fc.array(noProxyEntry, { maxLength: 3 }).map((a) => a.join(',')),
    {
      nil: undefined,
    },
  ),
});

describe('proxyFor', () => {
  // One deliberate difference: a proxy written without a scheme (`proxy.corp:8080`) is http here,
  // as curl reads it; @actions/http-client takes `proxy.corp:` for a scheme and every request
  // fails. The oracle is asked only about values with a scheme.
  test('chooses what @actions/http-client chooses', () => {
    fc.assert(
      fc.property(target, env, (url, vars) => {
        const chosen = proxyFor(url, vars);
        if (chosen && !/^https?:\/\//.test(vars[chosen.variable as keyof typeof vars] ?? ''))
          return;
        expect(chosen?.url.href).toBe(oracle(url, vars));
      }),
      { numRuns: 2000 },
    );
  });

  test('bypasses exactly what @actions/http-client bypasses', () => {
    fc.assert(
      fc.property(target, env, (url, vars) => {
        const withProxy = {
          ...vars,
          HTTPS_PROXY: 'http://p:1',
          HTTP_PROXY: 'http://p:1',
          https_proxy: undefined,
          http_proxy: undefined,
        };
        oracle(url, withProxy);
        expect(proxyFor(url, withProxy) === undefined).toBe(checkBypass(new URL(url)));
      }),
      { numRuns: 1000 },
    );
  });

  test.each([
    ['https://api.github.com', { HTTPS_PROXY: 'http://p:3128' }, 'http://p:3128/', 'HTTPS_PROXY'],
    [
      'https://api.github.com',
      { https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2' },
      'http://a:1/',
      'https_proxy',
    ],
    ['http://ghe.local/api/v3', { HTTPS_PROXY: 'http://p:3128' }, undefined, undefined],
    [
      'https://api.github.com',
      { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'github.com' },
      undefined,
      undefined,
    ],
    ['https://127.0.0.1:8443', { HTTPS_PROXY: 'http://p:3128' }, undefined, undefined],
    [
      'https://api.github.com',
      { HTTPS_PROXY: 'proxy.corp:8080' },
      'http://proxy.corp:8080/',
      'HTTPS_PROXY',
    ],
    ['https://api.github.com', { HTTPS_PROXY: 'socks5://p:1080' }, undefined, undefined],
  ])('%s with %j → %s', (url, vars, expected, variable) => {
    const choice = proxyFor(url, vars);
    expect(choice?.url.href).toBe(expected);
    expect(choice?.variable).toBe(variable);
  });
});

test('a proxy is described without its credentials', () => {
  const choice = proxyFor('https://api.github.com', {
    HTTPS_PROXY: 'http://me:secret@proxy.corp:3128',
  });
  expect(choice && describeProxy(choice)).toBe('http://proxy.corp:3128 (HTTPS_PROXY)');
});

test('the proxy machinery is loaded only when a proxy variable is set', () => {
  expect(proxyConfigured({})).toBe(false);
  expect(proxyConfigured({ NO_PROXY: '*' })).toBe(false);
  expect(proxyConfigured({ http_proxy: 'http://p:1' })).toBe(true);
});
