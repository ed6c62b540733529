// The repository's own CI and release workflows: third-party actions pinned to a full commit SHA
// with the version in a comment, explicit permissions on every job, Dependabot keeping both the
// actions and npm current, and the same pnpm as .ci/run (docs/decisions/workflow-pins.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, '.github', 'workflows');
const workflows = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(DIR, f), 'utf8') }));

interface Workflow {
  permissions?: unknown;
  jobs: Record<string, { permissions?: Record<string, string>; steps?: { uses?: string }[] }>;
}

describe('.github/workflows', () => {
  test('there are workflows to check', () => {
    expect(workflows.map((w) => w.file).sort()).toEqual(['ci.yml', 'release.yml']);
  });

  test.each(workflows.map((w) => [w.file, w.text]))(
    '%s: every third-party action is pinned to a 40-hex commit with its version in a comment',
    (_file, text) => {
      const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map((m) => ({
        ref: m[1] as string,
        rest: (m[2] as string).trim(),
      }));
      const remote = uses.filter((u) => !u.ref.startsWith('./') && !u.ref.startsWith('docker://'));
      expect(remote.length).toBeGreaterThan(0);
      for (const u of remote) {
        expect(u.ref, 'owner/repo@<full commit SHA>').toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(u.rest, `${u.ref}: the version as a comment`).toMatch(/^# v\d+\.\d+\.\d+$/);
      }
    },
  );

  test.each(workflows.map((w) => [w.file, w.text]))(
    '%s: no default permissions, and every job says what it needs',
    (_file, text) => {
      const wf = parse(text) as Workflow;
      expect(wf.permissions).toEqual({});
      for (const [name, job] of Object.entries(wf.jobs)) {
        expect(job.permissions, `job ${name}`).toBeDefined();
        const checksOut = (job.steps ?? []).some((s) => s.uses?.startsWith('actions/checkout@'));
        if (checksOut) {
          expect(['read', 'write'], `job ${name} checks out: contents`).toContain(
            job.permissions?.contents,
          );
        }
      }
    },
  );

  test('the report job can check out and list the run’s jobs', () => {
    const ci = parse(workflows.find((w) => w.file === 'ci.yml')?.text ?? '') as Workflow;
    expect(ci.jobs.report?.permissions).toEqual({ contents: 'read', actions: 'read' });
  });

  test('workflows install the pnpm that .ci/run pins', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    const pinned = /PNPM_VERSION=(\S+)/.exec(ci)?.[1];
    for (const w of workflows) {
      for (const m of w.text.matchAll(/pnpm@(\S+)/g)) expect(m[1], w.file).toBe(pinned);
    }
  });
});

describe('.github/dependabot.yml', () => {
  const config = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
    version: number;
    updates: { 'package-ecosystem': string; directory: string }[];
  };
  test('updates the pinned actions and the npm dependencies', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory]).sort()).toEqual([
      ['github-actions', '/'],
      ['npm', '/'],
    ]);
  });
});
