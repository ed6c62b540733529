import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { restoreCache, saveCache } from '@actions/cache';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CacheService, startCacheService } from '../support/cache-service.ts';

const execFileAsync = promisify(execFile);
const TWIRP = '/twirp/github.actions.results.api.v1.CacheService';

let service: CacheService;
let root: string;
let workspace: string;
let savedEnv: NodeJS.ProcessEnv;
let output: string[] = [];

/** Sets the env @actions/cache reads (at call time) for in-process use. */
function applyEnv(svc: CacheService): void {
  Object.assign(process.env, svc.env);
}

beforeAll(async () => {
  savedEnv = { ...process.env };
  service = await startCacheService();
  root = await mkdtemp(join(tmpdir(), 'cache-service-test-'));
  workspace = join(root, 'ws');
  await mkdir(workspace);
  await mkdir(join(root, 'runner-temp'));
  delete process.env.GITHUB_SERVER_URL;
  delete process.env.ACTIONS_CACHE_MODE;
  process.env.RUNNER_TEMP = join(root, 'runner-temp');
  process.env.GITHUB_WORKSPACE = workspace;
  applyEnv(service);
});

afterAll(async () => {
  process.env = savedEnv;
  await service?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

beforeEach(() => {
  // @actions/core writes ::commands:: and info lines to stdout; keep them for assertions.
  output = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  return () => {
    vi.restoreAllMocks();
    service.clearFaults();
  };
});

const logged = (): string => output.join('');

/** Writes a small tree under workspace/<name> and returns its absolute path. */
async function makeTree(name: string, seed: string): Promise<string> {
  const dir = join(workspace, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'nested', 'deeper'), { recursive: true });
  await writeFile(join(dir, 'a.txt'), `hello ${seed}\n`);
  await writeFile(join(dir, 'nested', 'b.bin'), createHash('sha512').update(seed).digest());
  await writeFile(join(dir, 'nested', 'deeper', 'c.json'), JSON.stringify({ seed }));
  await writeFile(join(dir, 'empty'), '');
  return dir;
}

/** Map of relative path -> sha256 for every file under dir. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const ent of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!ent.isFile()) continue;
    const file = join(ent.parentPath, ent.name);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    result[relative(dir, file)] = hash.digest('hex');
  }
  return result;
}

async function twirp(
  method: string,
  body: unknown,
  token = service.token,
  svc = service,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${svc.url}${TWIRP}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('the real @actions/cache client against the stand-in', () => {
  it('saves a directory and restores identical files into an emptied directory', async () => {
    const dir = await makeTree('roundtrip', 'one');
    const before = await snapshot(dir);
    const id = await saveCache([dir], 'roundtrip-key');
    expect(id).toBeGreaterThan(0);
    expect(service.entries()).toContainEqual(
      expect.objectContaining({ id, key: 'roundtrip-key', size: expect.any(Number) }),
    );

    await rm(dir, { recursive: true });
    expect(await restoreCache([dir], 'roundtrip-key')).toBe('roundtrip-key');
    expect(await snapshot(dir)).toEqual(before);
    expect(logged()).toContain('Cache hit for: roundtrip-key');

    const ops = service.requests.map((r) => r.op);
    expect(ops).toEqual(
      expect.arrayContaining([
        'CreateCacheEntry',
        'PutBlob',
        'FinalizeCacheEntryUpload',
        'GetCacheEntryDownloadURL',
        'GetBlob',
      ]),
    );
    expect(service.requests.every((r) => r.status !== undefined && r.status < 300)).toBe(true);
  });

  it('prefers an exact key, else the newest prefix match, and reports the matched key', async () => {
    const dir = await makeTree('deps', 'A');
    const treeA = await snapshot(dir);
    expect(await saveCache([dir], 'deps-linux-aaa')).toBeGreaterThan(0);
    await makeTree('deps', 'B');
    const treeB = await snapshot(dir);
    expect(await saveCache([dir], 'deps-linux-bbb')).toBeGreaterThan(0);

    await rm(dir, { recursive: true });
    expect(await restoreCache([dir], 'deps-linux-aaa', ['deps-linux-'])).toBe('deps-linux-aaa');
    expect(await snapshot(dir)).toEqual(treeA);

    await rm(dir, { recursive: true });
    expect(await restoreCache([dir], 'deps-linux-zzz', ['deps-', 'deps-linux-aaa'])).toBe(
      'deps-linux-bbb',
    );
    expect(await snapshot(dir)).toEqual(treeB);
    expect(logged()).toContain('Cache hit for restore-key: deps-linux-bbb');

    // The primary key is prefix-matched too, and an exact restore key beats a newer prefix hit.
    expect(await restoreCache([dir], 'deps-linux-a', [], { lookupOnly: true })).toBe(
      'deps-linux-aaa',
    );
    expect(
      await restoreCache([dir], 'nothing', ['deps-linux-aaa', 'deps-'], { lookupOnly: true }),
    ).toBe('deps-linux-aaa');
  });

  it('misses on an unknown key and on a different version (other paths)', async () => {
    const dir = await makeTree('miss', 'm');
    expect(await saveCache([dir], 'miss-key')).toBeGreaterThan(0);
    expect(await restoreCache([dir], 'other-key', ['other-'])).toBeUndefined();
    expect(await restoreCache([dir, join(workspace, 'x')], 'miss-key')).toBeUndefined();
    expect(logged()).not.toContain('::warning::');
  });

  it('refuses a second save of the same key without corrupting the first', async () => {
    const dir = await makeTree('dup', 'first');
    const first = await snapshot(dir);
    expect(await saveCache([dir], 'dup-key')).toBeGreaterThan(0);
    await makeTree('dup', 'second');
    expect(await saveCache([dir], 'dup-key')).toBe(-1);
    expect(logged()).toContain('Failed to save: Unable to reserve cache with key dup-key');
    expect(service.requests.filter((r) => r.status === 409)).toHaveLength(1);
    expect(service.entries().filter((e) => e.key === 'dup-key')).toHaveLength(1);

    await rm(dir, { recursive: true });
    expect(await restoreCache([dir], 'dup-key')).toBe('dup-key');
    expect(await snapshot(dir)).toEqual(first);
  });

  it('takes the block path for an archive over 128 MiB and restores it intact', async () => {
    const dir = join(workspace, 'big');
    await mkdir(dir, { recursive: true });
    const out = createWriteStream(join(dir, 'random.bin'));
    for (let i = 0; i < 130; i++) {
      if (!out.write(randomBytes(1024 * 1024))) {
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));
    const before = await snapshot(dir);
    const start = service.requests.length;

    expect(await saveCache([dir], 'big-key')).toBeGreaterThan(0);
    const ops = service.requests.slice(start).map((r) => r.op);
    expect(ops.filter((o) => o === 'PutBlock').length).toBeGreaterThanOrEqual(3);
    expect(ops).toContain('PutBlockList');
    expect(ops).not.toContain('PutBlob');
    expect(service.entries().find((e) => e.key === 'big-key')?.size).toBeGreaterThan(128 << 20);

    await rm(dir, { recursive: true });
    expect(await restoreCache([dir], 'big-key')).toBe('big-key');
    expect(await snapshot(dir)).toEqual(before);
    await rm(dir, { recursive: true });
  }, 60_000);

  it('works from a child process given only service.env, RUNNER_TEMP and GITHUB_WORKSPACE', async () => {
    const dir = await makeTree('child', 'c');
    const before = await snapshot(dir);
    const script = `
      import { saveCache, restoreCache } from '@actions/cache';
      import { rmSync } from 'node:fs';
      const dir = process.argv[1];
      const id = await saveCache([dir], 'child-key');
      rmSync(dir, { recursive: true });
      const hit = await restoreCache([dir], 'child-key');
      console.log(JSON.stringify({ id, hit }));
    `;
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--input-type=module', '-e', script, dir],
      {
        cwd: process.cwd(),
        env: {
          PATH: process.env.PATH,
          ...service.env,
          RUNNER_TEMP: join(root, 'runner-temp'),
          GITHUB_WORKSPACE: workspace,
        },
      },
    );
    const last = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(last.id).toBeGreaterThan(0);
    expect(last.hit).toBe('child-key');
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('fault injection', () => {
  it('a failing GetCacheEntryDownloadURL makes restoreCache warn and return undefined', async () => {
    const dir = await makeTree('fault-restore', 'f');
    expect(await saveCache([dir], 'fault-restore-key')).toBeGreaterThan(0);
    service.fault({ method: 'GetCacheEntryDownloadURL', status: 403 });
    expect(await restoreCache([dir], 'fault-restore-key')).toBeUndefined();
    expect(logged()).toMatch(/::warning::Failed to restore: .*403/);
  });

  it('a failing blob download makes restoreCache fail softly', async () => {
    const dir = await makeTree('fault-get', 'g');
    expect(await saveCache([dir], 'fault-get-key')).toBeGreaterThan(0);
    service.fault({ method: 'GetBlob', status: 500, times: 1 });
    expect(await restoreCache([dir], 'fault-get-key')).toBeUndefined();
    expect(logged()).toContain('Failed to restore');
    // times: 1 — the next restore goes through.
    expect(await restoreCache([dir], 'fault-get-key')).toBe('fault-get-key');
  });

  it('a write denial on CreateCacheEntry makes saveCache warn and return -1', async () => {
    const dir = await makeTree('fault-create', 'c');
    const start = service.requests.length;
    service.fault({
      method: 'CreateCacheEntry',
      okFalse: true,
      message: 'cache write denied: token has no writable scopes',
    });
    expect(await saveCache([dir], 'fault-create-key')).toBe(-1);
    expect(logged()).toMatch(/::warning::Failed to save: .*cache write denied/);
    expect(service.requests.slice(start).map((r) => r.op)).toEqual(['CreateCacheEntry']);
  });

  it('failing upload or finalize makes saveCache warn, return -1 and leave no entry', async () => {
    const dir = await makeTree('fault-up', 'u');
    service.fault({ method: 'PutBlob', status: 403 });
    expect(await saveCache([dir], 'fault-up-key')).toBe(-1);
    expect(logged()).toContain('::warning::Failed to save');
    service.clearFaults();

    service.fault({ method: 'FinalizeCacheEntryUpload', status: 400 });
    expect(await saveCache([dir], 'fault-fin-key')).toBe(-1);
    expect(logged()).toMatch(/::warning::Failed to save: .*FinalizeCacheEntryUpload.*400/);
    expect(service.entries().map((e) => e.key)).not.toContain('fault-up-key');
    expect(service.entries().map((e) => e.key)).not.toContain('fault-fin-key');
  });

  it('times counts failures, and a hung request is released by close()', async () => {
    const svc = await startCacheService({ token: 't' });
    try {
      svc.fault({ method: 'GetCacheEntryDownloadURL', status: 404, times: 2 });
      const req = { key: 'k', version: 'v' };
      expect((await twirp('GetCacheEntryDownloadURL', req, 't', svc)).status).toBe(404);
      const second = await twirp('GetCacheEntryDownloadURL', req, 't', svc);
      expect(second).toEqual({ status: 404, json: { code: 'not_found', msg: expect.any(String) } });
      expect(await twirp('GetCacheEntryDownloadURL', req, 't', svc)).toEqual({
        status: 200,
        json: { ok: false, signed_download_url: '', matched_key: '' },
      });

      svc.fault({ method: 'CreateCacheEntry', hang: true });
      const hung = twirp('CreateCacheEntry', req, 't', svc);
      // Wait for the request to arrive (a busy machine may take a while), then see it hang.
      for (let i = 0; i < 1500 && svc.requests.at(-1)?.op !== 'CreateCacheEntry'; i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const outcome = await Promise.race([
        hung.then(
          () => 'answered',
          () => 'failed',
        ),
        new Promise((r) => setTimeout(r, 300, 'pending')),
      ]);
      expect(outcome).toBe('pending');
      expect(svc.requests.at(-1)).toEqual({
        method: 'POST',
        path: `${TWIRP}/CreateCacheEntry`,
        op: 'CreateCacheEntry',
      });
      await svc.close();
      await expect(hung).rejects.toThrow();
      expect(() => svc.fault({ method: 'Nope' as 'GetBlob' })).toThrow(/unknown cache operation/);
    } finally {
      await svc.close();
    }
  });
});

describe('the protocol surface', () => {
  it('checks the bearer token and records requests, so "no request at all" is assertable', async () => {
    const svc = await startCacheService({ token: 'right' });
    try {
      expect(svc.requests).toEqual([]);
      expect(svc.env).toEqual({
        ACTIONS_CACHE_SERVICE_V2: 'True',
        ACTIONS_RESULTS_URL: `${svc.url}/`,
        ACTIONS_RUNTIME_TOKEN: 'right',
      });
      const res = await twirp('CreateCacheEntry', { key: 'k', version: 'v' }, 'wrong', svc);
      expect(res).toEqual({
        status: 401,
        json: { code: 'unauthenticated', msg: expect.any(String) },
      });
      expect((await twirp('Nope', {}, 'right', svc)).json.code).toBe('bad_route');
      expect(svc.requests.map((r) => [r.op, r.status])).toEqual([
        ['CreateCacheEntry', 401],
        ['Unknown', 404],
      ]);
      expect(svc.entries()).toEqual([]);
    } finally {
      await svc.close();
    }
  });

  it('stages blocks out of order, commits in list order, and serves ranges', async () => {
    const svc = await startCacheService({ token: 't' });
    try {
      const created = await twirp('CreateCacheEntry', { key: 'blk', version: 'v1' }, 't', svc);
      expect(created.status).toBe(200);
      const uploadUrl = String(created.json.signed_upload_url);
      const parts = [Buffer.from('first-'), Buffer.from('second-'), Buffer.from('third')];
      const ids = ['AAAA', 'AAAB', 'AAAC'].map((s) => Buffer.from(s).toString('base64'));
      for (const i of [2, 0, 1]) {
        const res = await fetch(
          `${uploadUrl}&comp=block&blockid=${encodeURIComponent(ids[i] ?? '')}`,
          { method: 'PUT', body: parts[i] },
        );
        expect(res.status).toBe(201);
      }
      const badList = await fetch(`${uploadUrl}&comp=blocklist`, {
        method: 'PUT',
        body: '<?xml version="1.0"?><BlockList><Latest>bm9wZQ==</Latest></BlockList>',
      });
      expect(badList.status).toBe(400);
      expect(badList.headers.get('x-ms-error-code')).toBe('InvalidBlockList');
      const list = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids
        .map((id) => `<Latest>${id}</Latest>`)
        .join('')}</BlockList>`;
      expect(
        (await fetch(`${uploadUrl}&comp=blocklist`, { method: 'PUT', body: list })).status,
      ).toBe(201);
      const whole = Buffer.concat(parts);
      const fin = await twirp(
        'FinalizeCacheEntryUpload',
        { key: 'blk', version: 'v1', size_bytes: String(whole.length) },
        't',
        svc,
      );
      expect(fin).toEqual({ status: 200, json: { ok: true, entry_id: expect.any(String) } });
      expect(svc.entries()).toEqual([
        expect.objectContaining({ key: 'blk', version: 'v1', size: whole.length }),
      ]);

      // Same key, other version: a miss. Same key+version: conflict.
      const other = await twirp(
        'GetCacheEntryDownloadURL',
        { key: 'blk', version: 'v2' },
        't',
        svc,
      );
      expect(other.json.ok).toBe(false);
      const again = await twirp('CreateCacheEntry', { key: 'blk', version: 'v1' }, 't', svc);
      expect(again.status).toBe(409);
      expect(again.json.code).toBe('already_exists');

      const got = await twirp(
        'GetCacheEntryDownloadURL',
        { key: 'zzz', restore_keys: ['bl'], version: 'v1' },
        't',
        svc,
      );
      expect(got.json).toMatchObject({ ok: true, matched_key: 'blk' });
      const downloadUrl = String(got.json.signed_download_url);
      const full = await fetch(downloadUrl);
      expect(full.headers.get('content-length')).toBe(String(whole.length));
      expect(Buffer.from(await full.arrayBuffer())).toEqual(whole);
      const ranged = await fetch(downloadUrl, { headers: { range: 'bytes=6-12' } });
      expect(ranged.status).toBe(206);
      expect(ranged.headers.get('content-range')).toBe(`bytes 6-12/${whole.length}`);
      expect(await ranged.text()).toBe('second-');
      const suffix = await fetch(downloadUrl, { headers: { range: 'bytes=-5' } });
      expect(await suffix.text()).toBe('third');
      expect((await fetch(downloadUrl, { headers: { range: 'bytes=999-' } })).status).toBe(416);

      // Signatures are checked; a finalized blob cannot be written again.
      expect((await fetch(downloadUrl.replace(/sig=[0-9a-f]+/, 'sig=00'))).status).toBe(403);
      const rewrite = await fetch(uploadUrl, {
        method: 'PUT',
        headers: { 'x-ms-blob-type': 'BlockBlob' },
        body: 'x',
      });
      expect(rewrite.status).toBe(409);
    } finally {
      await svc.close();
    }
  });

  it('rejects a finalize whose size does not match the upload, and reset() forgets all', async () => {
    const svc = await startCacheService({ token: 't' });
    try {
      const created = await twirp('CreateCacheEntry', { key: 's', version: 'v' }, 't', svc);
      const put = await fetch(String(created.json.signed_upload_url), {
        method: 'PUT',
        headers: { 'x-ms-blob-type': 'BlockBlob' },
        body: 'abc',
      });
      expect(put.status).toBe(201);
      const fin = await twirp(
        'FinalizeCacheEntryUpload',
        { key: 's', version: 'v', size_bytes: '4' },
        't',
        svc,
      );
      expect(fin.json).toMatchObject({ ok: false, message: expect.stringContaining('size') });
      expect(svc.entries()).toEqual([]);

      // A failed finalize frees the reservation.
      const retry = await twirp('CreateCacheEntry', { key: 's', version: 'v' }, 't', svc);
      expect(retry.status).toBe(200);
      await svc.reset();
      expect(svc.requests).toEqual([]);
      expect(svc.entries()).toEqual([]);
    } finally {
      await svc.close();
    }
    await expect(stat(svc.dir)).rejects.toThrow(/ENOENT/);
  });
});
