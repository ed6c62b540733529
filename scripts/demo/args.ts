/**
 * The command line of `pnpm start`, parsed once. pnpm forwards a literal `--`
 * (`pnpm start -- --repo o/r`), so one leading `--` is dropped; every other word must be a known
 * option: an unknown option or a stray word is an error, never ignored.
 */
import { parseArgs } from 'node:util';

export const USAGE = `Usage: pnpm start [--repo owner/name] [--labels "a, b, c"]

  (no options)        a simulated job on a demo fleet, plus what is measured on this machine
  --repo owner/name   the runner decision from the real GitHub API for that repository:
                      GITHUB_TOKEN must be set; GITHUB_API_URL picks the API (GitHub Enterprise
                      Server, a local stand-in), else https://api.github.com
  --labels "a, b, c"  the self-hosted labels to look for (default: self-hosted, macOS, ARM64)
  --help              this text`;

export const DEFAULT_LABELS = 'self-hosted, macOS, ARM64';
export const PUBLIC_API = 'https://api.github.com';

/** The real API to ask instead of the demo fleet. */
export interface RealTarget {
  repository: string;
  token: string;
  apiUrl: string;
}

export type StartArgs =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'run'; labels: string; real: RealTarget | undefined };

const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** `argv` without node and the script; `env` for GITHUB_TOKEN and GITHUB_API_URL. */
export function parseStartArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): StartArgs {
  const words = argv[0] === '--' ? argv.slice(1) : [...argv];
  let values: { repo?: string; labels?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: words,
      options: {
        repo: { type: 'string' },
        labels: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const labels = values.labels ?? DEFAULT_LABELS;
  if (!labels.split(',').some((l) => l.trim())) {
    return { kind: 'error', message: `--labels '${labels}' names no label` };
  }
  if (values.repo === undefined) return { kind: 'run', labels, real: undefined };
  if (!REPO.test(values.repo)) {
    return { kind: 'error', message: `--repo '${values.repo}' is not owner/name` };
  }
  const token = env.GITHUB_TOKEN?.trim();
  if (!token) {
    return {
      kind: 'error',
      message: `--repo ${values.repo} asks the real GitHub API, and GITHUB_TOKEN is not set: set it to a token that can list the repository's self-hosted runners (Administration: read).`,
    };
  }
  const apiUrl = (env.GITHUB_API_URL?.trim() || PUBLIC_API).replace(/\/+$/, '');
  return { kind: 'run', labels, real: { repository: values.repo, token, apiUrl } };
}
