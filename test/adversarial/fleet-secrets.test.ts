// An API message that echoes a credential (the token, the GitHub App's private key, a minted
// installation token) is redacted before it reaches the log, an output, an annotation or the
// step summary of check-runner and select-runner, the runner's own masking aside.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { api, step, TOKEN } from '../integration/fleet-helpers.ts';
import type { GitHubApi } from '../support/github-api.ts';
import { createAppKeyPair } from '../support/github-jwt.ts';
import type { StepResult } from '../support/local-runner.ts';

let stand: GitHubApi;
beforeEach(async () => {
  stand = await api();
});
afterEach(async () => {
  await stand.close();
});

/** Everything the step wrote, before the runner's masking (`log` is unmasked). */
function written(main: StepResult, outputs: Record<string, string>): string {
  return [main.log, main.summary, JSON.stringify(outputs), JSON.stringify(main.annotations)].join(
    '\n',
  );
}

test.each(['check-runner', 'select-runner'] as const)(
  '%s: a message echoing the token',
  async (action) => {
    stand.fault({ path: '/', kind: 'status', status: 401, echoAuthorization: true });
    const inputs = action === 'check-runner' ? { labels: 'm4' } : { 'primary-runner': 'm4' };
    const { main, outputs } = await step(stand, action, inputs);
    expect(outputs.reason).toContain('Bad credentials (token ***)');
    expect(written(main, outputs)).not.toContain(TOKEN);
  },
);

test('select-runner failing (fallback-on-error false) with a message echoing the token', async () => {
  stand.fault({ path: '/', kind: 'status', status: 403, echoAuthorization: true });
  const { main, outputs } = await step(stand, 'select-runner', {
    'primary-runner': 'm4',
    'fallback-on-error': 'false',
  });
  expect(main.outcome).toBe('failure');
  expect(main.annotations.find((a) => a.level === 'error')?.message).toContain('***');
  expect(written(main, outputs)).not.toContain(TOKEN);
});

test('a message echoing the App private key, whole or in lines', async () => {
  const keys = createAppKeyPair();
  stand.addApp(123, keys.publicKey, [{ id: 77, owner: 'octo-org', targetType: 'Organization' }]);
  const lines = keys.privateKey.split('\n').filter((l) => l && !l.startsWith('-----'));
  stand.fault({
    path: '/orgs/octo-org/installation',
    kind: 'status',
    status: 401,
    message: `A JSON web token could not be decoded: ${keys.privateKey} / ${lines[3]}`,
  });
  const { main, outputs } = await step(stand, 'check-runner', {
    labels: 'm4',
    repository: '',
    organization: 'octo-org',
    'app-id': '123',
    // As a secret is often stored: one line with literal \n.
    'app-private-key': keys.privateKey.replace(/\n/g, '\\n'),
    'github-token': '',
  });
  expect(outputs.reason).toContain('could not be decoded: *** / ***');
  const text = written(main, outputs);
  for (const line of lines) expect(text).not.toContain(line);
});

test('a message echoing the minted installation token', async () => {
  const keys = createAppKeyPair();
  stand.addApp(123, keys.publicKey, [{ id: 77, owner: 'octo-org', targetType: 'Organization' }]);
  stand.fault({
    path: '/orgs/octo-org/actions/runners',
    kind: 'status',
    status: 403,
    echoAuthorization: true,
  });
  const { main, outputs } = await step(stand, 'select-runner', {
    'primary-runner': 'm4',
    repository: '',
    organization: 'octo-org',
    'app-id': '123',
    'app-private-key': keys.privateKey,
    'github-token': '',
  });
  const [minted] = [...stand.minted.keys()];
  expect(minted).toMatch(/^ghs_/);
  expect(outputs.reason).toContain('(token ***)');
  expect(written(main, outputs)).not.toContain(minted as string);
});
