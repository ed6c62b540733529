// GitHub App JWTs (RS256) for the REST stand-in: key pairs, signing, and GitHub-style verification.
import { createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';

export interface AppKeyPair {
  /** PKCS#1 PEM ("BEGIN RSA PRIVATE KEY"), the format GitHub hands out. */
  privateKey: string;
  /** SPKI PEM, to register with `api.addApp(...)`. */
  publicKey: string;
}

export function createAppKeyPair(): AppKeyPair {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
}

const b64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

export interface JwtClaims {
  iat: number;
  exp: number;
  iss: number | string;
}

/** Signs an App JWT like @octokit/auth-app: iat = now - 30 s, exp = iat + 10 min. */
export function signAppJwt(
  appId: number | string,
  privateKeyPem: string,
  nowSeconds = Math.floor(Date.now() / 1000),
  claims: Partial<JwtClaims> = {},
): string {
  const iat = nowSeconds - 30;
  const payload: JwtClaims = { iat, exp: iat + 600, iss: appId, ...claims };
  const input = `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}`;
  const signature = sign('RSA-SHA256', Buffer.from(input), privateKeyPem);
  return `${input}.${b64url(signature)}`;
}

export function looksLikeJwt(token: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);
}

/** GitHub's 401 messages for App JWTs (@octokit/auth-app matches the clock-skew ones). */
export const JWT_ERRORS = {
  undecodable: 'A JSON web token could not be decoded',
  expired:
    "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
  tooLong: "'Expiration time' claim ('exp') is too far in the future",
  issuedInFuture:
    "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
} as const;

export type JwtResult = { ok: true; iss: string } | { ok: false; message: string };

function parseJson(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verifies an App JWT. `keyFor(iss)` returns the registered public key of that issuer (App ID
 * or client ID), if any. Allows 60 s of clock skew, like GitHub.
 */
export function verifyAppJwt(
  token: string,
  keyFor: (iss: string) => KeyObject | undefined,
  nowSeconds = Math.floor(Date.now() / 1000),
): JwtResult {
  const bad = { ok: false, message: JWT_ERRORS.undecodable } as const;
  const [h = '', p = '', s = ''] = token.split('.');
  const header = parseJson(h);
  const payload = parseJson(p);
  if (!looksLikeJwt(token) || header?.alg !== 'RS256' || !payload) return bad;
  const iss = String(payload.iss ?? '');
  const key = keyFor(iss);
  if (!key || !verify('RSA-SHA256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'))) {
    return bad;
  }
  const { iat, exp } = payload;
  if (typeof exp !== 'number' || exp <= nowSeconds - 60) {
    return { ok: false, message: JWT_ERRORS.expired };
  }
  if (typeof iat !== 'number' || !Number.isInteger(iat) || iat > nowSeconds + 60) {
    return { ok: false, message: JWT_ERRORS.issuedInFuture };
  }
  if (exp > nowSeconds + 660 || exp - iat > 660) return { ok: false, message: JWT_ERRORS.tooLong };
  return { ok: true, iss };
}

export function publicKeyObject(pem: string): KeyObject {
  return createPublicKey(pem);
}
