/**
 * HTTP(S) proxies the way the runner and the toolkit read them: `https_proxy`/`HTTPS_PROXY` for
 * https URLs, `http_proxy`/`HTTP_PROXY` for http ones (lowercase first), `no_proxy`/`NO_PROXY`
 * to bypass hosts, and loopback addresses never proxied. The choice is a pure function, held to
 * @actions/http-client as an oracle in the tests; undici's ProxyAgent, which tunnels through the
 * proxy with CONNECT, is loaded only when a proxy variable is set, so a step without a proxy
 * starts as fast as before. See docs/decisions/proxies.md.
 */
import type { Env } from './runner.ts';

export interface ProxyChoice {
  /** The proxy's URL, credentials included: for the agent only, never for the log. */
  url: URL;
  /** The variable that named it, for messages. */
  variable: string;
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/** True when any proxy variable is set: only then is the proxy machinery loaded. */
export function proxyConfigured(env: Env = process.env): boolean {
  return PROXY_VARIABLES.some((name) => Boolean(env[name]));
}

/** The proxy a request to `target` goes through, or undefined for a direct connection. */
export function proxyFor(target: string | URL, env: Env = process.env): ProxyChoice | undefined {
  const url = typeof target === 'string' ? new URL(target) : target;
  const names =
    url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
  const variable = names.find((name) => env[name]);
  if (!variable || bypassed(url, env)) return undefined;
  const value = env[variable] as string;
  // `proxy.corp:3128` without a scheme means http, as curl reads it; the toolkit would take
  // `proxy.corp:` for the scheme and fail every request.
  const written = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  try {
    const url = new URL(written);
    return url.protocol === 'http:' || url.protocol === 'https:' ? { url, variable } : undefined;
  } catch {
    return undefined;
  }
}

/** The proxy as it may be shown: scheme, host and port, never its credentials. */
export function describeProxy(choice: ProxyChoice): string {
  return `${choice.url.protocol}//${choice.url.host} (${choice.variable})`;
}

function bypassed(url: URL, env: Env): boolean {
  const host = url.hostname.toLowerCase();
  if (!host) return false;
  if (
    host === 'localhost' ||
    host.startsWith('127.') ||
    host === '[::1]' ||
    host === '[0:0:0:0:0:0:0:1]'
  ) {
    return true;
  }
  const noProxy = env.no_proxy || env.NO_PROXY || '';
  if (!noProxy) return false;
  const port =
    url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
  const hosts = [host, ...(port ? [`${host}:${port}`] : [])];
  return noProxy
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean)
    .some(
      (item) =>
        item === '*' ||
        hosts.some(
          (h) => h === item || h.endsWith(`.${item}`) || (item.startsWith('.') && h.endsWith(item)),
        ),
    );
}

type Fetch = typeof globalThis.fetch;

/**
 * A fetch that goes through the proxy the environment names for each URL, or undefined when no
 * proxy variable is set (the caller then keeps the global fetch). A connection that fails
 * through a proxy says which proxy it went through.
 */
export async function proxiedFetch(env: Env = process.env): Promise<Fetch | undefined> {
  if (!proxyConfigured(env)) return undefined;
  const { fetch: undiciFetch, ProxyAgent } = await import('undici');
  const agents = new Map<string, InstanceType<typeof ProxyAgent>>();
  const agentFor = (choice: ProxyChoice) => {
    const key = choice.url.href;
    let agent = agents.get(key);
    if (!agent) {
      agent = new ProxyAgent({ uri: key });
      agents.set(key, agent);
    }
    return agent;
  };
  const proxied = async (input: Parameters<Fetch>[0], init?: Parameters<Fetch>[1]) => {
    const target =
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const choice = proxyFor(target, env);
    if (!choice) return globalThis.fetch(input, init);
    try {
      // undici's fetch and the global one share the WHATWG shapes; the casts bridge their types.
      return (await undiciFetch(target, {
        ...(init as object),
        dispatcher: agentFor(choice),
      } as Parameters<typeof undiciFetch>[1])) as unknown as Response;
    } catch (error) {
      if ((error as Error)?.name === 'AbortError' || init?.signal?.aborted) throw error;
      const cause = (error as { cause?: { message?: string } })?.cause?.message;
      const said = cause ?? (error as Error)?.message ?? String(error);
      // A plain Error: Octokit replaces a TypeError's message with its cause's, losing the proxy.
      throw new Error(`${said}, through the proxy ${describeProxy(choice)}`, { cause: error });
    }
  };
  return proxied as Fetch;
}
