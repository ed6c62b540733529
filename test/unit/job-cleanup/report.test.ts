import { describe, expect, test } from 'vitest';
import {
  type CleanupReport,
  cleanupSummary,
  describe as describeEntry,
  plural,
  type Removed,
  totals,
} from '../../../actions/job-cleanup/report.ts';

const KIB = 1024;
const removed = (path: string, bytes: number, extra: Partial<Removed> = {}): Removed => ({
  path,
  kind: 'dir',
  source: 'temp',
  bytes,
  entries: 3,
  complete: true,
  ...extra,
});

function report(extra: Partial<CleanupReport> = {}): CleanupReport {
  return {
    stage: 'main',
    dryRun: false,
    maxAgeHours: 24,
    removed: [
      removed('/tmp/pnpm-1', 8 * KIB),
      removed('/ws/build', 4 * KIB, { source: 'paths', complete: false }),
      removed('/tmp/pnpm-link', 12, { kind: 'link', entries: 1 }),
    ],
    refused: [{ path: '/etc/passwd', reason: 'outside GITHUB_WORKSPACE' }],
    fresh: [{ path: '/tmp/pnpm-new', ageMs: 3_600_000 }],
    nothing: ['missing-dir'],
    capped: [],
    problems: [{ path: '/ws/build/locked/x', code: 'EPERM', message: 'operation not permitted' }],
    problemCount: 1,
    skippedRoots: [],
    disk: [{ path: '/ws', before: 10 * KIB * KIB, after: 11 * KIB * KIB }],
    now: 1_000_000,
    ...extra,
  };
}

describe('totals', () => {
  test('counts entries gone entirely, bytes of all, and the troubles', () => {
    expect(totals(report())).toEqual({ removedCount: 2, freedBytes: 12 * KIB + 12, troubles: 2 });
  });
  test('a dry run removes and frees nothing', () => {
    expect(totals(report({ dryRun: true }))).toEqual({
      removedCount: 0,
      freedBytes: 0,
      troubles: 2,
    });
  });
  test('a failed docker step is a trouble; no daemon is not', () => {
    const failed = { what: 'x', command: 'docker x', ok: false, error: 'boom' };
    expect(totals(report({ docker: { server: '28', steps: [failed] } })).troubles).toBe(3);
    expect(totals(report({ docker: { unavailable: 'no daemon', steps: [] } })).troubles).toBe(2);
  });
});

describe('cleanupSummary', () => {
  test('what went, what was refused or stuck, disk before and after', () => {
    const md = cleanupSummary(report());
    expect(md).toContain('### job-cleanup (main)');
    expect(md).toContain('Removed **2** entries, freed **12.0 KiB**.');
    expect(md).toContain(
      '| `/tmp/pnpm-1` | folder (3 entries) | temp-patterns | 8.0 KiB | removed |',
    );
    expect(md).toContain('| `/ws/build` | folder (3 entries) | paths | 4.0 KiB | partly removed |');
    expect(md).toContain('| `/tmp/pnpm-link` | link | temp-patterns | 12 B | removed |');
    expect(md).toContain('| `/etc/passwd` | outside GITHUB\\_WORKSPACE |');
    expect(md).toContain('| `/ws/build/locked/x` | EPERM | operation not permitted |');
    expect(md).toContain('| `/ws` | 10.0 MiB | 11.0 MiB |');
    expect(md).toContain('Kept 1 temp entry younger than 24 h: `/tmp/pnpm-new`.');
    expect(md).toContain('Nothing there for `missing-dir`.');
  });

  test('a dry run says what would go', () => {
    const md = cleanupSummary(report({ dryRun: true }));
    expect(md).toContain('### job-cleanup (main, dry run)');
    expect(md).toContain(
      '**Dry run:** would remove **3** entries, freeing **12.0 KiB**. Nothing was removed.',
    );
    expect(md).toContain('#### Would remove');
    expect(md).toContain('| 8.0 KiB | would go |');
  });

  test('post shows free space at the start of the job and how long it ran', () => {
    const md = cleanupSummary(
      report({ stage: 'post', freeAtStart: 9 * KIB * KIB, startedAt: 1_000_000 - 125_000 }),
    );
    expect(md).toContain('| file system of | free at job start | free before | free after |');
    expect(md).toContain('| `/ws` | 9.0 MiB | 10.0 MiB | 11.0 MiB |');
    expect(md).toContain('The job ran 2m05s since the main step.');
  });

  test('docker: unavailable, or what each prune reclaimed', () => {
    expect(
      cleanupSummary(report({ docker: { unavailable: 'no Docker daemon answered', steps: [] } })),
    ).toContain('**Docker:** no Docker daemon answered; nothing pruned.');
    const md = cleanupSummary(
      report({
        docker: {
          server: '28.2.2',
          steps: [
            {
              what: 'stopped containers',
              command: 'docker container prune',
              ok: true,
              reclaimed: '1GB',
            },
            { what: 'build cache', command: 'docker builder prune', ok: false, error: 'boom' },
          ],
        },
      }),
    );
    expect(md).toContain('#### Docker 28.2.2');
    expect(md).toContain('| stopped containers | `docker container prune` | reclaimed 1GB |');
    expect(md).toContain('| build cache | `docker builder prune` | failed: boom |');
  });

  test('long lists are capped; cells are escaped', () => {
    const many = Array.from({ length: 130 }, (_, i) => removed(`/tmp/pnpm-${i}|<b>`, 1));
    const md = cleanupSummary(report({ removed: many, problemCount: 500 }));
    expect(md).toContain('…and 30 more.');
    expect(md).toContain('| `/tmp/pnpm-0\\|<b>` |');
    expect(md).toContain('500 in all; the first 1 are listed.');
  });

  test('nothing to do is said plainly', () => {
    const md = cleanupSummary(
      report({ removed: [], refused: [], fresh: [], nothing: [], problems: [], problemCount: 0 }),
    );
    expect(md).toContain('Removed **0** entries, freed **0 B**.');
    expect(md).not.toContain('####');
  });
});

test.each([
  [removed('/a', 2048), '/a (folder, 3 entries, 2.0 KiB)'],
  [removed('/b', 10, { kind: 'file', entries: 1 }), '/b (file, 10 B)'],
  [removed('/c', 4096, { entries: 1 }), '/c (folder, 1 entry, 4.0 KiB)'],
])('describe %#', (e, want) => expect(describeEntry(e)).toBe(want));

test('an empty folder is one entry, not "1 entries"', () => {
  const md = cleanupSummary(
    report({ removed: [removed('/tmp/pnpm-empty', 4096, { entries: 1 })] }),
  );
  expect(md).toContain(
    '| `/tmp/pnpm-empty` | folder (1 entry) | temp-patterns | 4.0 KiB | removed |',
  );
});

test('plural', () => {
  expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  expect(plural(0, 'entry', 'entries')).toBe('0 entries');
});
