/**
 * A stand-in for the GitHub Actions cache service v2 (the one @actions/cache 6 talks to), served
 * over plain HTTP on 127.0.0.1 for tests.
 *
 * - Twirp JSON at `POST /twirp/github.actions.results.api.v1.CacheService/<Method>`, bearer token
 *   checked, snake_case fields, int64 as strings.
 * - Signed blob URLs on the same server with Azure block-blob semantics: a single
 *   `PUT` (`x-ms-blob-type: BlockBlob`), or `PUT ?comp=block&blockid=…` then
 *   `PUT ?comp=blocklist`; downloads are a plain `GET` (or `HEAD`) with Content-Length and
 *   single-range `Range` support. Blobs are streamed to a temp dir, removed by `close()`.
 * - Fault injection per operation, and a log of every request.
 *
 * What a process running @actions/cache needs (read at call time, not at module load):
 * `env` below (ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN), plus
 * RUNNER_TEMP (a writable dir; the default is /home/actions/temp), GITHUB_SERVER_URL unset or
 * github.com / *.ghe.com / *.localhost (anything else, e.g. a 127.0.0.1 stub, silently selects
 * the v1 protocol), ACTIONS_CACHE_MODE unset (or read/write), and GITHUB_WORKSPACE or cwd set to
 * the dir the cached paths are relative to (tar runs with `-C $GITHUB_WORKSPACE`).
 *
 * Matching, as the real service: for each of [key, ...restore_keys] in order, an exact key
 * match, else the newest entry whose key starts with it; same version only; only finalized
 * entries. Scopes (branches) are not modelled. CreateCacheEntry for a key+version that is
 * finalized, or reserved less than `reservationTtlMs` ago, answers 409 `already_exists`.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const BLOB_PREFIX = '/_blob/cache/';

export const TWIRP_METHODS = [
  'CreateCacheEntry',
  'FinalizeCacheEntryUpload',
  'GetCacheEntryDownloadURL',
] as const;
export const BLOB_OPS = ['PutBlob', 'PutBlock', 'PutBlockList', 'GetBlob'] as const;
export type TwirpMethod = (typeof TWIRP_METHODS)[number];
export type BlobOp = (typeof BLOB_OPS)[number];
/** A logical operation: a Twirp method, or an operation on a signed blob URL. */
export type CacheOp = TwirpMethod | BlobOp;

export interface RecordedRequest {
  /** HTTP method. */
  method: string;
  /** URL path without the query (signatures are not recorded). */
  path: string;
  /** The logical operation, `'Unknown'` for anything the service does not serve. */
  op: CacheOp | 'Unknown';
  /** The status answered; undefined while pending or when the request was hung. */
  status?: number;
}

export interface Fault {
  /** Which operation fails. */
  method: CacheOp;
  /**
   * HTTP status to answer (default 500), with a Twirp JSON error body for Twirp methods and an
   * Azure XML error body for blob operations. Note: the Twirp client retries 500/502/503/504
   * (3 s, then x1.5), the blob upload SDK retries 5xx too; use 4xx for fast failures.
   */
  status?: number;
  /** Never answer (the request stays open until the client gives up or `close()`). */
  hang?: boolean;
  /**
   * Twirp methods only: answer 200 `{ok: false, message}` (e.g. `'cache write denied: …'`,
   * which the client treats as a policy denial).
   */
  okFalse?: boolean;
  /** Error message or ok:false message. */
  message?: string;
  /** How many matching requests fail; default: all until `clearFaults()`/`reset()`. */
  times?: number;
}

export interface CacheEntryInfo {
  id: number;
  key: string;
  version: string;
  size: number;
  /** ms since epoch, when the entry was finalized. */
  createdAt: number;
}

export interface CacheService {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL (with trailing slash), ACTIONS_RUNTIME_TOKEN. */
  env: Record<string, string>;
  token: string;
  /** The temp dir holding blobs; removed by `close()`. */
  dir: string;
  /** Finalized entries, oldest first. */
  entries(): CacheEntryInfo[];
  /** Every request received, in arrival order (live array; `reset()` empties it). */
  requests: RecordedRequest[];
  fault(f: Fault): void;
  clearFaults(): void;
  /** Forget entries, blobs, faults and recorded requests. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface CacheServiceOptions {
  /** The bearer token to require; random by default. */
  token?: string;
  /** How long an unfinalized reservation blocks a new CreateCacheEntry; default 60 s. */
  reservationTtlMs?: number;
}

interface Entry {
  id: number;
  key: string;
  version: string;
  reservedAt: number;
  /** Set when FinalizeCacheEntryUpload succeeded. */
  finalizedAt?: number;
  /** Monotonic tie-breaker for "newest". */
  seq: number;
  /** Size of the committed blob, once there is one. */
  blobSize?: number;
  /** Staged, uncommitted blocks: decoded block id -> file name. */
  blocks: Map<string, string>;
}

interface ActiveFault extends Fault {
  remaining: number;
}

class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  408: 'deadline_exceeded',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  501: 'unimplemented',
  503: 'unavailable',
};

const MAX_JSON_BODY = 1024 * 1024;
const MAX_BLOCKLIST_BODY = 8 * 1024 * 1024;

export async function startCacheService(opts: CacheServiceOptions = {}): Promise<CacheService> {
  const token = opts.token ?? `test-runtime-token-${randomBytes(12).toString('hex')}`;
  const reservationTtlMs = opts.reservationTtlMs ?? 60_000;
  const secret = randomBytes(32);
  const dir = await mkdtemp(join(tmpdir(), 'cache-service-'));
  const blobDir = join(dir, 'blobs');
  const blockDir = join(dir, 'blocks');
  await mkdir(blobDir);
  await mkdir(blockDir);

  let entries = new Map<number, Entry>();
  let nextId = 1;
  let seq = 0;
  let faults: ActiveFault[] = [];
  const requests: RecordedRequest[] = [];
  let closed = false;
  let url = '';

  const sign = (purpose: 'r' | 'w', id: number): string =>
    createHmac('sha256', secret).update(`${purpose}:${id}`).digest('hex');
  const blobUrl = (purpose: 'r' | 'w', id: number): string =>
    `${url}${BLOB_PREFIX}${id}?sv=2024-11-04&sp=${purpose}&sig=${sign(purpose, id)}`;
  const blobFile = (id: number): string => join(blobDir, String(id));
  const blockFolder = (id: number): string => join(blockDir, String(id));

  const findEntry = (key: string, version: string, finalized: boolean): Entry | undefined => {
    for (const e of entries.values()) {
      if (e.key === key && e.version === version && (e.finalizedAt !== undefined) === finalized) {
        return e;
      }
    }
    return undefined;
  };

  const dropEntry = async (e: Entry): Promise<void> => {
    entries.delete(e.id);
    await rm(blobFile(e.id), { force: true });
    await rm(blockFolder(e.id), { recursive: true, force: true });
  };

  const takeFault = (op: CacheOp): ActiveFault | undefined => {
    const f = faults.find((x) => x.method === op && x.remaining > 0);
    if (f) f.remaining -= 1;
    return f;
  };

  // --- Twirp ----------------------------------------------------------------------------------

  const twirpHandlers: Record<TwirpMethod, (body: Record<string, unknown>) => Promise<unknown>> = {
    async CreateCacheEntry(body) {
      const key = requireString(body, 'key');
      const version = requireString(body, 'version');
      if (findEntry(key, version, true)) {
        throw new HttpError(
          409,
          'already_exists',
          'cache entry with the same key, version, and scope already exists',
        );
      }
      const pending = findEntry(key, version, false);
      if (pending) {
        if (Date.now() - pending.reservedAt < reservationTtlMs) {
          throw new HttpError(
            409,
            'already_exists',
            'cache entry with the same key, version, and scope already exists',
          );
        }
        await dropEntry(pending);
      }
      const id = nextId++;
      entries.set(id, { id, key, version, reservedAt: Date.now(), seq: 0, blocks: new Map() });
      return { ok: true, signed_upload_url: blobUrl('w', id) };
    },

    async FinalizeCacheEntryUpload(body) {
      const key = requireString(body, 'key');
      const version = requireString(body, 'version');
      const sizeBytes = Number(body.size_bytes ?? 0);
      if (findEntry(key, version, true)) {
        throw new HttpError(
          409,
          'already_exists',
          'cache entry with the same key, version, and scope already exists',
        );
      }
      const e = findEntry(key, version, false);
      if (!e) throw new HttpError(404, 'not_found', 'cache entry not found');
      if (e.blobSize === undefined) {
        await dropEntry(e);
        return { ok: false, entry_id: '0', message: 'no blob was committed for this entry' };
      }
      if (e.blobSize !== sizeBytes) {
        await dropEntry(e);
        return {
          ok: false,
          entry_id: '0',
          message: `size_bytes ${sizeBytes} does not match the uploaded size ${e.blobSize}`,
        };
      }
      e.finalizedAt = Date.now();
      e.seq = ++seq;
      await rm(blockFolder(e.id), { recursive: true, force: true });
      return { ok: true, entry_id: String(e.id) };
    },

    async GetCacheEntryDownloadURL(body) {
      const key = requireString(body, 'key');
      const version = requireString(body, 'version');
      const restoreKeys = Array.isArray(body.restore_keys)
        ? body.restore_keys.filter((k): k is string => typeof k === 'string')
        : [];
      const candidates = [...entries.values()]
        .filter((e) => e.finalizedAt !== undefined && e.version === version)
        .sort((a, b) => b.seq - a.seq);
      for (const wanted of [key, ...restoreKeys]) {
        const hit =
          candidates.find((e) => e.key === wanted) ??
          candidates.find((e) => e.key.startsWith(wanted));
        if (hit) {
          return { ok: true, signed_download_url: blobUrl('r', hit.id), matched_key: hit.key };
        }
      }
      return { ok: false, signed_download_url: '', matched_key: '' };
    },
  };

  async function handleTwirp(
    req: IncomingMessage,
    res: ServerResponse,
    method: TwirpMethod,
  ): Promise<void> {
    if (req.method !== 'POST') {
      throw new HttpError(404, 'bad_route', `unsupported method ${req.method}`);
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      throw new HttpError(401, 'unauthenticated', 'invalid or missing bearer token');
    }
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req, MAX_JSON_BODY)).toString('utf8'));
    } catch {
      throw new HttpError(400, 'malformed', 'the request body is not valid JSON');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new HttpError(400, 'malformed', 'the request body is not a JSON object');
    }
    sendJson(res, 200, await twirpHandlers[method](body as Record<string, unknown>));
  }

  // --- Blobs ----------------------------------------------------------------------------------

  function blobEntry(id: number, purpose: 'r' | 'w', sig: string | null): Entry {
    if (sig !== sign(purpose, id)) {
      throw new HttpError(403, 'AuthenticationFailed', 'the signature does not match');
    }
    const e = entries.get(id);
    if (!e) throw new HttpError(404, 'BlobNotFound', 'the specified blob does not exist');
    if (purpose === 'w' && e.finalizedAt !== undefined) {
      throw new HttpError(409, 'BlobImmutable', 'the cache entry is already finalized');
    }
    if (purpose === 'r' && e.finalizedAt === undefined) {
      throw new HttpError(404, 'BlobNotFound', 'the specified blob does not exist');
    }
    return e;
  }

  /** Streams the request body to `dest` (via a temp file); returns the byte count. */
  async function receiveTo(req: IncomingMessage, dest: string): Promise<number> {
    const tmp = `${dest}.tmp-${randomBytes(6).toString('hex')}`;
    try {
      await pipeline(req, createWriteStream(tmp));
      const { size } = await stat(tmp);
      const declared = req.headers['content-length'];
      if (declared !== undefined && Number(declared) !== size) {
        throw new HttpError(400, 'InvalidInput', 'the body is shorter than Content-Length');
      }
      await rename(tmp, dest);
      return size;
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async function handleBlob(
    req: IncomingMessage,
    res: ServerResponse,
    op: BlobOp,
    id: number,
    query: URLSearchParams,
  ): Promise<void> {
    const sig = query.get('sig');
    if (op === 'GetBlob') {
      sendBlob(req, res, blobEntry(id, 'r', sig));
      return;
    }
    const e = blobEntry(id, 'w', sig);
    if (op === 'PutBlob') {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        throw new HttpError(400, 'InvalidHeaderValue', 'x-ms-blob-type must be BlockBlob');
      }
      e.blobSize = await receiveTo(req, blobFile(id));
      e.blocks.clear();
      await rm(blockFolder(id), { recursive: true, force: true });
    } else if (op === 'PutBlock') {
      const blockId = query.get('blockid');
      if (!blockId) throw new HttpError(400, 'InvalidQueryParameterValue', 'blockid is missing');
      const name = Buffer.from(blockId, 'utf8').toString('hex');
      await mkdir(blockFolder(id), { recursive: true });
      await receiveTo(req, join(blockFolder(id), name));
      e.blocks.set(blockId, name);
    } else {
      const xml = (await readBody(req, MAX_BLOCKLIST_BODY)).toString('utf8');
      const ids = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) =>
        decodeXml(m[2] ?? ''),
      );
      const names = ids.map((b) => e.blocks.get(b));
      if (names.some((n) => n === undefined)) {
        throw new HttpError(400, 'InvalidBlockList', 'the block list names an unknown block');
      }
      const tmp = `${blobFile(id)}.tmp-${randomBytes(6).toString('hex')}`;
      try {
        const out = createWriteStream(tmp);
        for (const name of names as string[]) {
          await pipeline(createReadStream(join(blockFolder(id), name)), out, { end: false });
        }
        await new Promise<void>((resolve, reject) => {
          out.on('error', reject);
          out.end(resolve);
        });
        await rename(tmp, blobFile(id));
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      e.blobSize = (await stat(blobFile(id))).size;
      e.blocks.clear();
      await rm(blockFolder(id), { recursive: true, force: true });
    }
    res.writeHead(201, {
      ...azureHeaders(),
      ETag: `"0x${e.id.toString(16)}${Date.now().toString(16)}"`,
      'Last-Modified': new Date().toUTCString(),
      'x-ms-request-server-encrypted': 'false',
      'Content-Length': '0',
    });
    res.end();
  }

  function sendBlob(req: IncomingMessage, res: ServerResponse, e: Entry): void {
    const size = e.blobSize ?? 0;
    let start = 0;
    let end = size - 1;
    let status = 200;
    const headers: Record<string, string> = {
      ...azureHeaders(),
      'Content-Type': 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob',
    };
    const range = req.headers.range;
    if (range !== undefined) {
      const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
      const from = m?.[1] ?? '';
      const to = m?.[2] ?? '';
      if (!m || (from === '' && to === '')) {
        throw new HttpError(416, 'InvalidRange', 'unsupported Range header');
      }
      if (from === '') {
        start = Math.max(0, size - Number(to));
      } else {
        start = Number(from);
        end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
      }
      if (start >= size || start > end) {
        res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` });
        res.end();
        return;
      }
      status = 206;
      headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
    }
    const length = size === 0 ? 0 : end - start + 1;
    headers['Content-Length'] = String(length);
    res.writeHead(status, headers);
    if (req.method === 'HEAD' || length === 0) {
      res.end();
      return;
    }
    pipeline(createReadStream(blobFile(e.id), { start, end }), res).catch(() => {
      res.destroy();
    });
  }

  // --- Routing --------------------------------------------------------------------------------

  function classify(
    method: string,
    path: string,
    query: URLSearchParams,
  ): { op: CacheOp | 'Unknown'; id?: number } {
    if (path.startsWith(TWIRP_PREFIX)) {
      const name = path.slice(TWIRP_PREFIX.length);
      return {
        op: (TWIRP_METHODS as readonly string[]).includes(name) ? (name as CacheOp) : 'Unknown',
      };
    }
    if (path.startsWith(BLOB_PREFIX)) {
      const rest = path.slice(BLOB_PREFIX.length);
      if (!/^\d+$/.test(rest)) return { op: 'Unknown' };
      const id = Number(rest);
      if (method === 'GET' || method === 'HEAD') return { op: 'GetBlob', id };
      if (method !== 'PUT') return { op: 'Unknown' };
      const comp = query.get('comp');
      if (comp === null) return { op: 'PutBlob', id };
      if (comp === 'block') return { op: 'PutBlock', id };
      if (comp === 'blocklist') return { op: 'PutBlockList', id };
    }
    return { op: 'Unknown' };
  }

  function sendError(res: ServerResponse, isTwirp: boolean, err: HttpError): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (isTwirp) {
      sendJson(res, err.status, { code: err.code, msg: err.message });
      return;
    }
    const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${encodeXml(err.code)}</Code><Message>${encodeXml(err.message)}</Message></Error>`;
    res.writeHead(err.status, {
      ...azureHeaders(),
      'Content-Type': 'application/xml',
      'Content-Length': String(Buffer.byteLength(body)),
      'x-ms-error-code': err.code,
    });
    res.end(body);
  }

  const server = createServer((req, res) => {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const { op, id } = classify(method, parsed.pathname, parsed.searchParams);
    const record: RecordedRequest = { method, path: parsed.pathname, op };
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    const isTwirp = parsed.pathname.startsWith(TWIRP_PREFIX);

    const run = async (): Promise<void> => {
      if (op === 'Unknown') {
        throw new HttpError(404, isTwirp ? 'bad_route' : 'ResourceNotFound', 'no such route');
      }
      const f = takeFault(op);
      if (f?.hang) {
        // Never answer; close() destroys the socket.
        return;
      }
      if (f?.okFalse && isTwirp) {
        req.resume();
        sendJson(res, 200, { ok: false, message: f.message ?? 'injected failure' });
        return;
      }
      if (f) {
        req.resume();
        const status = f.status ?? 500;
        const code = isTwirp ? (TWIRP_CODES[status] ?? 'unknown') : 'InjectedFault';
        throw new HttpError(status, code, f.message ?? `injected ${status} for ${op}`);
      }
      if (isTwirp) {
        await handleTwirp(req, res, op as TwirpMethod);
      } else {
        await handleBlob(req, res, op as BlobOp, id ?? 0, parsed.searchParams);
      }
    };
    run().catch((err: unknown) => {
      const httpErr =
        err instanceof HttpError
          ? err
          : new HttpError(500, isTwirp ? 'internal' : 'InternalError', String(err));
      if (!req.complete) req.resume();
      sendError(res, isTwirp, httpErr);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    token,
    dir,
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_RESULTS_URL: `${url}/`,
      ACTIONS_RUNTIME_TOKEN: token,
    },
    requests,
    entries() {
      return [...entries.values()]
        .filter((e) => e.finalizedAt !== undefined)
        .sort((a, b) => a.seq - b.seq)
        .map((e) => ({
          id: e.id,
          key: e.key,
          version: e.version,
          size: e.blobSize ?? 0,
          createdAt: e.finalizedAt ?? 0,
        }));
    },
    fault(f) {
      if (!(TWIRP_METHODS as readonly string[]).includes(f.method)) {
        if (!(BLOB_OPS as readonly string[]).includes(f.method)) {
          throw new Error(`unknown cache operation ${JSON.stringify(f.method)}`);
        }
      }
      faults.push({ ...f, remaining: f.times ?? Number.POSITIVE_INFINITY });
    },
    clearFaults() {
      faults = [];
    },
    async reset() {
      faults = [];
      requests.length = 0;
      entries = new Map();
      await rm(blobDir, { recursive: true, force: true });
      await rm(blockDir, { recursive: true, force: true });
      await mkdir(blobDir);
      await mkdir(blockDir);
    },
    async close() {
      if (closed) return;
      closed = true;
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await done;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function requireString(body: Record<string, unknown>, field: string): string {
  const v = body[field];
  if (typeof v !== 'string' || v === '') {
    throw new HttpError(400, 'invalid_argument', `${field} is required`);
  }
  return v;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'RequestBodyTooLarge', 'the request body is too large'));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

function azureHeaders(): Record<string, string> {
  return {
    'x-ms-request-id': randomBytes(8).toString('hex'),
    'x-ms-version': '2024-11-04',
    Date: new Date().toUTCString(),
  };
}

function encodeXml(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function decodeXml(s: string): string {
  return s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}
