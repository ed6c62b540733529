/**
 * GitHub App credentials: mints an installation token for the owner (loaded only when an App is
 * configured; @octokit/auth-app is not needed for plain tokens).
 */
import type { Deadline } from './deadline.ts';
import { addSecret } from './errors.ts';
import { ApiError, checkPathParams, classify } from './github.ts';
import { proxiedFetch } from './proxy.ts';
import { setSecret } from './runner.ts';

export interface AppCredentials {
  appId: string;
  privateKey: string;
  baseUrl: string;
  deadline: Deadline;
}

/** Installation lookups in the order tried: the repository's, else the organization's. */
export interface Owner {
  repository?: string;
  organization?: string;
  enterprise?: string;
}

const MINT = 'POST /app/installations/{installation_id}/access_tokens';

export async function installationToken(app: AppCredentials, owner: Owner): Promise<string> {
  setSecret(app.privateKey);
  addSecret(app.privateKey);
  const [{ createAppAuth }, { Octokit }, fetch] = await Promise.all([
    import('@octokit/auth-app'),
    import('@octokit/core'),
    proxiedFetch(),
  ]);
  const octokit = new Octokit({
    authStrategy: createAppAuth,
    auth: { appId: app.appId, privateKey: app.privateKey.replace(/\\n/g, '\n') },
    baseUrl: app.baseUrl.replace(/\/+$/, ''),
    // Minting goes through the same proxy as every other request.
    request: { signal: app.deadline.signal, fetch },
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  const route = installationRoute(owner);
  // Each request is named on its own, so a hang or a refusal says which one it was.
  let step = route.path;
  try {
    checkPathParams(route.path, route.params);
    const { data } = await octokit.request(route.path, route.params);
    const installationId = (data as { id?: unknown }).id;
    if (typeof installationId !== 'number') {
      throw new ApiError('malformed', `GitHub's answer to ${route.path} has no installation id.`);
    }
    step = MINT.replace('{installation_id}', String(installationId));
    const { token } = (await octokit.auth({ type: 'installation', installationId })) as {
      token: string;
    };
    setSecret(token);
    addSecret(token);
    return token;
  } catch (error) {
    const fault = classify(error, step, app.deadline);
    throw new ApiError(
      fault.kind,
      `Could not mint a GitHub App installation token (app-id ${app.appId}, ${route.label}). ${fault.message}`,
      fault.status,
      fault.resetAt,
    );
  }
}

function installationRoute(owner: Owner) {
  if (owner.repository) {
    const [o, r] = owner.repository.split('/');
    return {
      path: 'GET /repos/{owner}/{repo}/installation',
      params: { owner: o, repo: r },
      label: `repository ${owner.repository}`,
    };
  }
  if (owner.organization) {
    return {
      path: 'GET /orgs/{org}/installation',
      params: { org: owner.organization },
      label: `organization ${owner.organization}`,
    };
  }
  return {
    path: 'GET /enterprises/{enterprise}/installation',
    params: { enterprise: owner.enterprise },
    label: `enterprise ${owner.enterprise}`,
  };
}
