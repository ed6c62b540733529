/**
 * setup-m4-env shows what tools print and where they live. A tool on PATH whose `--version`
 * prints workflow commands, living in a folder whose name holds them, must not forge an
 * annotation, a mask or an output, nor break the summary's tool table.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runAction } from '../support/local-runner.ts';

const FORGED = [
  '::error::forged',
  '::add-mask::masked',
  '##[set-output name=forged;]yes',
  '@everyone <img src=x> | [l](u)',
];
let root: string;
let bin: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sme-hostile-'));
  bin = join(root, 'from-the-path ##[add-mask]p @everyone | x <img src=y> [l](u)');
  mkdirSync(bin, { recursive: true });
  const tool = join(bin, 'hostiletool');
  writeFileSync(
    tool,
    `#!/bin/sh\nprintf '1.0.0\\n%s\\n' ${FORGED.map((f) => `'${f}'`).join(' ')}\n`,
  );
  chmodSync(tool, 0o755);
  // A version command whose first line forges commands, with no version after its marker, and
  // one that fails printing them on stderr.
  const marker = join(bin, 'markedtool');
  writeFileSync(
    marker,
    `#!/bin/sh\nprintf '%s\\n' '::error::forged Swift version' '::add-mask::masked'\n`,
  );
  chmodSync(marker, 0o755);
  const failing = join(bin, 'failingtool');
  writeFileSync(failing, `#!/bin/sh\nprintf '%s\\n' '::error::forged' >&2\nexit 3\n`);
  chmodSync(failing, 0o755);
  writeFileSync(join(bin, 'hostilepath'), '#!/bin/sh\n');
  chmodSync(join(bin, 'hostilepath'), 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('hostile tool output and PATH folders forge nothing', async () => {
  const r = await runAction({
    action: 'setup-m4-env',
    inputs: { 'require-tools': 'hostiletool >=9\nhostilepath\nmissing-tool', cache: 'false' },
    env: { PATH: `${bin}:${process.env.PATH}` },
    timeoutMs: 30_000,
  });
  expect(r.main.outcome).toBe('failure');
  const messages = r.main.annotations.map((a) => a.message);
  expect(messages.join('\n')).not.toMatch(/^forged$|^from-the-path$/m);
  expect(
    r.main.annotations.every((a) => a.level !== 'error' || a.message.startsWith('require-tools')),
  ).toBe(true);
  expect(r.main.masks).toEqual([]);
  expect(Object.keys(r.outputs)).not.toContain('forged');
  for (const line of r.main.stdout.split(/\r\n|\r|\n/)) {
    if (line.includes('forged') || line.includes('from-the-path')) {
      expect(
        line.trimStart().startsWith('::error::require-tools') || !line.trimStart().startsWith('::'),
      ).toBe(true);
      expect(line).not.toContain('##[');
    }
  }
  for (const tool of ['hostiletool', 'hostilepath']) {
    const row = r.main.summary.split('\n').find((l) => l.startsWith(`| ${tool} |`));
    expect(row).toBeDefined();
    expect(row).not.toMatch(/@everyone|<img|(^|[^\\])\[/);
    expect((row ?? '').replace(/\\./g, '').split('|')).toHaveLength(6);
  }
});

test('hostile output of a version command named with via and after forges nothing', async () => {
  const r = await runAction({
    action: 'setup-m4-env',
    inputs: {
      'require-tools':
        'marked >=1 via "markedtool -v" after "Swift version x"\nfailing >=1 via "failingtool --print"',
      cache: 'false',
    },
    env: { PATH: `${bin}:${process.env.PATH}` },
    timeoutMs: 30_000,
  });
  expect(r.main.outcome).toBe('failure');
  const errors = r.main.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  expect(errors).toEqual([
    'require-tools: 2 of 2 not as required: ' +
      "marked (wanted >=1): no version after 'Swift version x' in 'markedtool -v' (it printed '::error::forged Swift version'); " +
      "failing (wanted >=1): 'failingtool --print' failed (it exited with code 3: ::error::forged).",
  ]);
  expect(r.main.masks).toEqual([]);
  for (const line of r.main.stdout.split(/\r\n|\r|\n/)) {
    // Only the step's own error annotation may carry the text, escaped onto its one line.
    if (line.includes('forged')) {
      expect(line).toMatch(/^::error title=setup-m4-env requirement not met::require-tools: /);
    }
  }
  // In the summary the text is a table cell: Markdown, where a workflow command is only text.
  const rows = r.main.summary.split('\n').filter((l) => /^\| (marked|failing) \|/.test(l));
  expect(rows).toEqual([
    "| marked | &gt;=1 | no version after 'Swift version x' in 'markedtool -v' (it printed '::error::forged Swift version') | FAILED |",
    "| failing | &gt;=1 | 'failingtool --print' failed (it exited with code 3: ::error::forged) | FAILED |",
  ]);
});
