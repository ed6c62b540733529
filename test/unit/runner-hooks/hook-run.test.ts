/**
 * Hook supervision and the sweep, in process: the supervisor gets its timers, its kill and the
 * work's process as parameters (so the time limit is proved without waiting for it), and the work
 * gets the temp directory and realpath (so the macOS layout, /tmp and a temp directory under
 * /var/folders, is proved on Linux).
 */
import { EventEmitter } from 'node:events';
import {
  existsSync,
  lutimesSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  killGroup,
  type Places,
  type Supervision,
  supervise,
  sweepFolders,
  type WorkProcess,
  work,
} from '../../../actions/runner-hooks/hook-run.ts';
import {
  formatRecord,
  type InstallRecord,
  parseRecord,
} from '../../../actions/runner-hooks/record.ts';

const record = (over: Partial<InstallRecord['hook']> = {}): InstallRecord => ({
  version: 1,
  runnerDir: '/r',
  node: '/r/externals/node24/bin/node',
  hook: {
    tempPatterns: ['pnpm-*'],
    maxAgeHours: 24,
    dockerPrune: false,
    timeLimitSeconds: 60,
    strict: false,
    systemTemp: '/tmp',
    ...over,
  },
  env: { records: [], addedBreak: false, created: false },
});

/** Captures what the hook prints. */
function capture() {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  return { lines, restore: () => spy.mockRestore() };
}

describe('the record names the fixed temp folder', () => {
  it('a record from before it means /tmp; an empty one is refused', () => {
    const r = record();
    const { systemTemp: _, ...older } = r.hook;
    expect(parseRecord(JSON.stringify({ ...r, hook: older })).hook.systemTemp).toBe('/tmp');
    expect(parseRecord(formatRecord(record({ systemTemp: '/x' }))).hook.systemTemp).toBe('/x');
    expect(() => parseRecord(JSON.stringify({ ...r, hook: { ...older, systemTemp: '' } }))).toThrow(
      'not a runner-hooks install record (version 1)',
    );
  });
});

describe('sweepFolders: /tmp and the temp directory, once each by real path', () => {
  const fake =
    (links: Record<string, string>) =>
    (p: string): string | undefined =>
      links[p] ?? (p.startsWith('/missing') ? undefined : p);
  it.each([
    ['Linux, TMPDIR unset', '/tmp', {}, ['/tmp']],
    ['Linux, TMPDIR elsewhere', '/scratch/tmp', {}, ['/tmp', '/scratch/tmp']],
    [
      'macOS: /tmp is /private/tmp, the temp directory under /var/folders',
      '/var/folders/xy/abc/T',
      { '/tmp': '/private/tmp', '/var/folders/xy/abc/T': '/private/var/folders/xy/abc/T' },
      ['/tmp', '/var/folders/xy/abc/T'],
    ],
    ['macOS with TMPDIR=/private/tmp', '/private/tmp', { '/tmp': '/private/tmp' }, ['/tmp']],
    ['a temp directory that does not resolve', '/missing', {}, ['/tmp', '/missing']],
  ])('%s', (_name, tmp, links, folders) => {
    const places: Places = { tmpdir: tmp, realpath: fake(links) };
    expect(sweepFolders('/tmp', places)).toEqual(folders);
  });
});

describe('work: sweeps both folders and says which', () => {
  let base: string;
  beforeEach(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'hook-run-')));
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  function old(p: string) {
    mkdirSync(p, { recursive: true });
    const when = Date.now() / 1000 - 3 * 86_400;
    lutimesSync(p, when, when);
  }

  it('the macOS layout: /tmp and a different temp directory are both swept', async () => {
    const sys = join(base, 'private-tmp');
    const tmp = join(base, 'var-folders-T');
    old(join(sys, 'pnpm-a'));
    old(join(tmp, 'pnpm-b'));
    old(join(tmp, 'npm-c'));
    const real = (p: string) => {
      try {
        return realpathSync(p);
      } catch {
        return undefined;
      }
    };
    const out = capture();
    let code: number;
    try {
      code = await work(
        'job-completed',
        record({ systemTemp: sys }),
        { tmpdir: tmp, realpath: real },
        {
          HOME: join(base, 'home'),
        },
      );
    } finally {
      out.restore();
    }
    expect(code).toBe(0);
    expect(readdirSync(sys)).toEqual([]);
    expect(readdirSync(tmp)).toEqual(['npm-c']);
    expect(out.lines.filter((l) => l.startsWith('runner-hooks '))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^runner-hooks job-completed: removed 2 temp entries \\(pnpm-\\* older than 24 h\\), freed .+; swept ${sys} and ${tmp}\\.$`,
        ),
      ),
    ]);
  });

  it('a temp directory that is /tmp through a link is swept once', async () => {
    const sys = join(base, 'tmp');
    old(join(sys, 'pnpm-a'));
    symlinkSync(sys, join(base, 'tmp-link'));
    const real = (p: string) => realpathSync(p);
    const out = capture();
    try {
      await work(
        'job-started',
        record({ systemTemp: sys }),
        { tmpdir: join(base, 'tmp-link'), realpath: real },
        {
          HOME: join(base, 'home'),
        },
      );
    } finally {
      out.restore();
    }
    expect(existsSync(join(sys, 'pnpm-a'))).toBe(false);
    expect(out.lines.filter((l) => l.startsWith('runner-hooks '))).toEqual([
      expect.stringMatching(/removed 1 temp entry .*; swept [^ ]+\/tmp\.$/),
    ]);
  });
});

/** A fake work process and fake timers: the test fires the time limit itself. */
function harness(pid: number | undefined = 4321, groupKillFails = false) {
  const child = new EventEmitter() as EventEmitter & WorkProcess;
  child.pid = pid;
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const kills: [number, string][] = [];
  const signals = new Map<string, () => void>();
  const s: Supervision = {
    start: () => child,
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      (t as { cleared: boolean }).cleared = true;
    },
    kill: (p, signal) => {
      kills.push([p, signal]);
      if (groupKillFails && p < 0) throw new Error('ESRCH');
    },
    onSignal: (signal, fn) => signals.set(signal, fn),
  };
  return { child, timers, kills, signals, s };
}

describe('supervise: the time limit kills the work’s process group', () => {
  it.each([
    [false, 0],
    [true, 1],
  ])('strict %s: at the limit the group is killed, a warning, exit %i', async (strict, code) => {
    const h = harness();
    const out = capture();
    let result: number;
    try {
      const done = supervise('job-completed', record({ strict, timeLimitSeconds: 7 }), h.s);
      expect(h.timers.map((t) => t.ms)).toEqual([7000]);
      expect(h.kills).toEqual([]);
      h.timers[0]?.fn();
      result = await done;
    } finally {
      out.restore();
    }
    expect(result).toBe(code);
    expect(h.kills).toEqual([[-4321, 'SIGKILL']]);
    expect(out.lines).toEqual([
      '::warning title=runner-hooks::The job-completed hook stopped at its time limit of 7 s; what it had not removed yet stays for the next job.',
    ]);
    // The work's own exit afterwards changes nothing.
    h.child.emit('exit', null, 'SIGKILL');
    expect(out.lines).toHaveLength(1);
  });

  it('when the group cannot be signalled, the work itself is killed', () => {
    const kills: [number, string][] = [];
    killGroup(99, (p, s) => {
      kills.push([p, s]);
      if (p < 0) throw new Error('EPERM');
    });
    expect(kills).toEqual([
      [-99, 'SIGKILL'],
      [99, 'SIGKILL'],
    ]);
  });

  it('work that ends in time: its code, the timer cleared, nothing killed', async () => {
    const h = harness();
    const done = supervise('job-started', record(), h.s);
    h.child.emit('exit', 0, null);
    expect(await done).toBe(0);
    expect(h.timers[0]?.cleared).toBe(true);
    expect(h.kills).toEqual([]);
  });

  it.each([
    [
      false,
      3,
      null,
      0,
      "::warning title=runner-hooks::The job-started hook's work ended with exit code 3; the job goes on.",
    ],
    [
      false,
      null,
      'SIGSEGV',
      0,
      "::warning title=runner-hooks::The job-started hook's work ended with signal SIGSEGV; the job goes on.",
    ],
    [true, 3, null, 3, undefined],
    [true, null, 'SIGSEGV', 1, undefined],
  ])('strict %s, work exits %s / %s: hook exits %i', async (strict, code, signal, exit, line) => {
    const h = harness();
    const out = capture();
    let result: number;
    try {
      const done = supervise('job-started', record({ strict }), h.s);
      h.child.emit('exit', code, signal);
      result = await done;
    } finally {
      out.restore();
    }
    expect(result).toBe(exit);
    expect(out.lines).toEqual(line ? [line] : []);
  });

  it('SIGTERM to the hook kills the work’s group too', async () => {
    const h = harness(555);
    const done = supervise('job-started', record({ strict: true }), h.s);
    h.signals.get('SIGTERM')?.();
    expect(await done).toBe(1);
    expect(h.kills).toEqual([[-555, 'SIGKILL']]);
  });

  it('work that cannot start is a warning', async () => {
    const h = harness(undefined);
    const out = capture();
    try {
      const done = supervise('job-started', record(), h.s);
      h.child.emit('error', new Error('spawn ENOENT'));
      expect(await done).toBe(0);
    } finally {
      out.restore();
    }
    expect(out.lines).toEqual([
      '::warning title=runner-hooks::The job-started hook could not start: spawn ENOENT',
    ]);
    expect(h.kills).toEqual([]);
  });
});
