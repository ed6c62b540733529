/**
 * Headless Chromium driven over the DevTools protocol: load a page, wait until it says it is
 * rendered, and take a PNG of the whole page at twice the pixel density. Chromium runs with a fresh
 * profile, no sandbox (root in a container), no GPU, no network-facing background services, and
 * TZ=UTC so the timeline's times read the same everywhere.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--remote-debugging-port=0',
];

interface Session {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
}

export async function withChromium<T>(
  binary: string,
  use: (open: (url: string) => Promise<Session>) => Promise<T>,
): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const child = spawn(binary, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
    env: { ...process.env, TZ: 'UTC' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${err}`)), 30_000);
      child.stderr.on('data', (d) => {
        err += d;
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      });
      child.on('exit', (code) => reject(new Error(`Chromium exited ${code}:\n${err}`)));
    });
    const ws = new WebSocket(endpoint);
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = reject;
    });
    let id = 0;
    const pending = new Map<
      number,
      { resolve: (v: unknown) => void; reject: (e: Error) => void }
    >();
    ws.onmessage = (event) => {
      const msg = JSON.parse(String(event.data));
      const waiter = msg.id === undefined ? undefined : pending.get(msg.id);
      if (!waiter) return;
      pending.delete(msg.id);
      if (msg.error) waiter.reject(new Error(`${msg.error.message} (${msg.error.code})`));
      else waiter.resolve(msg.result);
    };
    const send = <R>(method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
      new Promise<R>((resolve, reject) => {
        const callId = ++id;
        pending.set(callId, { resolve: resolve as (v: unknown) => void, reject });
        ws.send(
          JSON.stringify({ id: callId, method, params, ...(sessionId ? { sessionId } : {}) }),
        );
      });
    const open = async (url: string): Promise<Session> => {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      return { send: (method, params) => send(method, params, sessionId) };
    };
    try {
      return await use(open);
    } finally {
      ws.close();
    }
  } finally {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Waits for `window.__rendered`, then captures the whole page `width` CSS pixels wide. */
export async function capture(page: Session, width: number): Promise<Buffer> {
  const evaluate = async (expression: string) =>
    (
      await page.send<{ result: { value: unknown } }>('Runtime.evaluate', {
        expression,
        returnByValue: true,
      })
    ).result.value;
  await page.send('Emulation.setDeviceMetricsOverride', {
    width,
    height: 800,
    deviceScaleFactor: 2,
    mobile: false,
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const state = await evaluate('window.__rendered');
    if (state === true) break;
    if (typeof state === 'string') throw new Error(`the page failed to render: ${state}`);
    if (Date.now() > deadline) throw new Error('the page did not finish rendering in 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const height = Math.ceil(Number(await evaluate('document.documentElement.scrollHeight')));
  await page.send('Emulation.setDeviceMetricsOverride', {
    width,
    height,
    deviceScaleFactor: 2,
    mobile: false,
  });
  const { data } = await page.send<{ data: string }>('Page.captureScreenshot', {
    format: 'png',
    clip: { x: 0, y: 0, width, height, scale: 1 },
    captureBeyondViewport: true,
  });
  return Buffer.from(data, 'base64');
}
