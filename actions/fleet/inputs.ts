/** Inputs check-runner and select-runner share: the token, the scopes and the time limits. */
import { InputError } from '../lib/errors.ts';
import type { InputReader } from '../lib/inputs.ts';

export interface Scopes {
  repository?: string;
  organization?: string;
  enterprise?: string;
  /** Only runners of this organization runner group (needs `organization`). */
  runnerGroup?: string;
}

export interface FleetInputs extends Scopes {
  token: string;
  app?: { appId: string; privateKey: string };
  apiTimeoutSeconds: number;
  waitSeconds: number;
  pollSeconds: number;
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*)$/;
/**
 * `owner/name` exactly: an owner is letters, digits, `-` (and `_` for managed users); a name is
 * letters, digits, `.`, `_`, `-`, but never `.` or `..`, which would change the API path.
 */
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}\/(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;

export function isRepository(value: string): boolean {
  return REPOSITORY.test(value);
}

export function readFleetInputs(read: InputReader): FleetInputs {
  const repository = read.text('repository') || undefined;
  if (repository !== undefined && !isRepository(repository)) {
    throw new InputError(
      'repository',
      `Input 'repository' accepts 'owner/name' (or empty to skip the repository); got '${repository}'.`,
    );
  }
  const organization = read.text('organization') || undefined;
  const enterprise = read.text('enterprise') || undefined;
  for (const [name, value] of [
    ['organization', organization],
    ['enterprise', enterprise],
  ] as const) {
    if (value !== undefined && !NAME.test(value)) {
      throw new InputError(name, `Input '${name}' accepts a GitHub ${name} login; got '${value}'.`);
    }
  }
  const runnerGroup = read.text('runner-group') || undefined;
  if (runnerGroup && !organization) {
    throw new InputError(
      'runner-group',
      "Input 'runner-group' needs 'organization': runner groups belong to an organization.",
    );
  }
  if (!repository && !organization && !enterprise) {
    throw new InputError(
      'repository',
      "No scope to read: set 'repository', 'organization' or 'enterprise'.",
    );
  }
  const appId = read.text('app-id');
  const privateKey = read.text('app-private-key');
  if (Boolean(appId) !== Boolean(privateKey)) {
    const missing = appId ? 'app-private-key' : 'app-id';
    throw new InputError(
      missing,
      `Input '${missing}' is required when the other GitHub App input is set.`,
    );
  }
  if (appId && !/^\d+$/.test(appId)) {
    throw new InputError(
      'app-id',
      `Input 'app-id' accepts a numeric GitHub App id; got '${appId}'.`,
    );
  }
  const token = read.text('github-token');
  return {
    token,
    app: appId ? { appId, privateKey } : undefined,
    repository,
    organization,
    enterprise,
    runnerGroup,
    apiTimeoutSeconds: read.number('api-timeout-seconds', 10, { min: 1, max: 3600 }),
    waitSeconds: read.number('wait-seconds', 0, { min: 0, max: 21600 }),
    pollSeconds: read.number('poll-seconds', 10, { min: 1, max: 3600 }),
  };
}

/** Comma- or newline-separated labels; at least one. */
export function requireLabels(read: InputReader, name: string): string[] {
  const labels = read.list(name);
  if (!labels.length) {
    throw new InputError(
      name,
      `Input '${name}' is required: runner labels, comma or newline separated.`,
    );
  }
  return labels;
}

/** ARC scale-set names (check-runner and select-runner alike): letters, digits, '.', '_', '-'. */
export function readScaleSets(read: InputReader): string[] {
  const names = read.list('scale-sets');
  for (const name of names) {
    if (!/^[\w.-]+$/.test(name)) {
      throw new InputError(
        'scale-sets',
        `Input 'scale-sets' accepts scale-set names (letters, digits, '.', '_', '-'), comma or newline separated; got '${name}'.`,
      );
    }
  }
  return names;
}
