import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hookScript } from '../../../actions/runner-hooks/scripts.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hook-script-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for Node that records its arguments and exits with `code`. */
function fakeNode(code: number) {
  const node = join(dir, 'node');
  writeFileSync(node, `#!/bin/sh\necho "args: $* NODE_OPTIONS=[$NODE_OPTIONS]"\nexit ${code}\n`, {
    mode: 0o755,
  });
  writeFileSync(join(dir, 'index.js'), '');
  return node;
}

function run(strict: boolean, code: number) {
  const script = join(dir, 'job-started.sh');
  writeFileSync(
    script,
    hookScript({
      stage: 'job-started',
      node: fakeNode(code),
      bundle: join(dir, 'index.js'),
      record: join(dir, "it's a record.json"),
      strict,
    }),
  );
  return spawnSync('bash', ['-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NODE_OPTIONS: '--require /nope.js' },
  });
}

describe('the hook scripts', () => {
  it('run the code with the stage and the record, without the job’s NODE_OPTIONS', () => {
    const r = run(false, 0);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `args: ${dir}/index.js job-started ${dir}/it's a record.json NODE_OPTIONS=[]\n`,
    );
  });

  it.each([
    [false, 3, 0],
    [true, 3, 3],
  ])('strict %s, the code exits %i: the hook exits %i', (strict, code, exit) => {
    const r = run(strict, code);
    expect(r.status).toBe(exit);
    expect(r.stdout).toContain(
      '::warning title=runner-hooks::The job-started hook ended with exit code 3.',
    );
  });

  it('pass --strict on to the code when strict', () => {
    expect(run(true, 0).stdout).toContain('.json --strict NODE_OPTIONS');
  });
});
