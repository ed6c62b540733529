import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, PUBLIC_API, parseStartArgs } from '../../../scripts/demo/args.ts';

const token = { GITHUB_TOKEN: 'ghp_x' };

describe('parseStartArgs', () => {
  it.each([
    ['pnpm start', [], {}, { kind: 'run', labels: DEFAULT_LABELS, real: undefined }],
    [
      'pnpm start --repo o/r',
      ['--repo', 'o/r'],
      token,
      { kind: 'run', real: { repository: 'o/r', token: 'ghp_x', apiUrl: PUBLIC_API } },
    ],
    [
      'pnpm start -- --repo o/r (pnpm forwards the --)',
      ['--', '--repo', 'o/r'],
      token,
      { kind: 'run', real: { repository: 'o/r', token: 'ghp_x', apiUrl: PUBLIC_API } },
    ],
    [
      '--repo=o/r with GITHUB_API_URL',
      ['--repo=o/r'],
      { ...token, GITHUB_API_URL: 'http://127.0.0.1:9/api/v3/' },
      { kind: 'run', real: { apiUrl: 'http://127.0.0.1:9/api/v3' } },
    ],
    ['--labels', ['--labels', 'self-hosted, Linux'], {}, { labels: 'self-hosted, Linux' }],
    ['--help', ['--help'], {}, { kind: 'help' }],
    ['-h after --', ['--', '-h'], {}, { kind: 'help' }],
  ] as const)('%s', (_name, argv, env, want) => {
    expect(parseStartArgs(argv, env)).toMatchObject(want);
  });

  it.each([
    ['an unknown option', ['--repository', 'o/r'], token, /Unknown option '--repository'/],
    ['a stray word', ['o/r'], token, /positional/i],
    ['a word after --', ['--', '--repo', 'o/r', 'extra'], token, /positional/i],
    ['a second --', ['--', '--', '--repo', 'o/r'], token, /positional/i],
    ['--repo without a value', ['--repo'], token, /argument missing/i],
    ['--repo that is not owner/name', ['--repo', 'just-a-name'], token, /not owner\/name/],
    ['--repo without a token', ['--repo', 'o/r'], {}, /GITHUB_TOKEN is not set/],
    ['--repo with a blank token', ['--repo', 'o/r'], { GITHUB_TOKEN: '  ' }, /GITHUB_TOKEN/],
    ['--labels naming nothing', ['--labels', ' , '], {}, /names no label/],
  ] as const)('%s is an error', (_name, argv, env, message) => {
    const got = parseStartArgs(argv, env);
    expect(got.kind).toBe('error');
    expect(got.kind === 'error' && got.message).toMatch(message);
  });
});
