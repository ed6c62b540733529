/**
 * File names never become workflow commands or markup in job-cleanup's output: entries named with
 * `\n::error::`, `\r::add-mask::`, `##[set-output …]`, `@everyone`, `|` and `<img>` go through the
 * built dist (Removed, Would remove, Kept and Could not remove lines, the step summary); stdout is
 * parsed as the runner parses it and the summary rendered as GitHub Flavored Markdown.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lutimesSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction, type StepResult } from '../support/local-runner.ts';
import { parseCommand } from '../support/workflow-commands.ts';

const HOSTILE = [
  'pnpm-\n::error::x',
  'pnpm-\r::add-mask::x',
  'pnpm-\r\n::warning title=forged::x',
  'pnpm-##[set-output name=x;]y',
  'pnpm-##[error]x',
  'pnpm-@everyone',
  'pnpm-a|b|c',
  'pnpm-<img src=x onerror=alert(1)>',
  'pnpm-[link](javascript:alert)',
  'pnpm-`tick',
];

let base: string;
let ws: string;
let tmp: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'cleanup-untrusted-'));
  ws = join(base, 'workspace');
  tmp = join(base, 'tmp');
  mkdirSync(ws);
  mkdirSync(tmp);
});
afterEach(() => {
  spawnSync('chattr', ['-R', '-i', base], { stdio: 'ignore' });
  rmSync(base, { recursive: true, force: true });
});

function plant(names: readonly string[], days: number) {
  const when = Date.now() / 1000 - days * 24 * 3600;
  for (const name of names) {
    mkdirSync(join(tmp, name));
    writeFileSync(join(tmp, name, `inner-${name.slice(5)}`), 'debris');
    lutimesSync(join(tmp, name), when, when);
  }
}

const ALLOWED_OUTPUTS = ['disk-free-bytes', 'freed-bytes', 'removed-count'];
/** What job-cleanup itself writes as warnings and notices: anything else was forged. */
const OWN_WARNINGS = /^(Could not remove |Refused to remove )/;
const OWN_NOTICES = /^(paths line |Nothing to remove at )/;

/** Every command the runner would take from this step's stdout is one the action meant. */
function noForgery(step: StepResult) {
  for (const line of step.stdout.split(/\r\n|\r|\n/)) {
    const cmd = parseCommand(line);
    if (!cmd) continue;
    expect(['group', 'endgroup', 'warning', 'notice', 'debug'], line).toContain(cmd.command);
    if (cmd.command === 'warning') expect(cmd.data, line).toMatch(OWN_WARNINGS);
    if (cmd.command === 'notice') expect(cmd.data, line).toMatch(OWN_NOTICES);
  }
  expect(step.masks).toEqual([]);
  expect(step.annotations.filter((a) => a.level === 'error')).toEqual([]);
  for (const a of step.annotations) {
    if (a.level === 'warning') expect(a.message).toMatch(OWN_WARNINGS);
    if (a.level === 'notice') expect(a.message).toMatch(OWN_NOTICES);
    expect(a.properties.title ?? 'job-cleanup').toMatch(/^job-cleanup/);
  }
  expect(Object.keys(step.outputs).filter((k) => !ALLOWED_OUTPUTS.includes(k))).toEqual([]);
}

/** Tables keep their columns; nothing renders as an image, link, HTML or a live mention. */
function inertSummary(markdown: string) {
  expect(markdown).not.toContain('\r');
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith('| ') || !lines[i + 1]?.startsWith('| --- ')) continue;
    const width = (line: string) => line.split(/(?<!\\)\|/).length;
    const header = width(lines[i] as string);
    for (let j = i + 2; j < lines.length && lines[j]?.startsWith('|'); j++) {
      expect(width(lines[j] as string), lines[j]).toBe(header);
    }
  }
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  expect(html).not.toMatch(/<img|<a |<script/i);
  const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '');
  expect(outsideCode).not.toContain('@everyone');
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
    (m) => (m[1] ?? '').match(/<t[dh][ >]/g)?.length ?? 0,
  );
  for (const cells of rows) expect([2, 3, 4, 5]).toContain(cells);
}

test('hostile names removed, kept and measured stay inert in the log and the summary', async () => {
  plant(HOSTILE, 3);
  plant(['pnpm-fresh\n::error::kept', 'pnpm-fresh-@everyone|x'], 0);
  const dry = await runAction({
    action: 'job-cleanup',
    workspace: ws,
    env: { TMPDIR: tmp },
    inputs: { when: 'now', 'dry-run': 'true' },
    post: false,
  });
  expect(dry.main.exitCode).toBe(0);
  expect(dry.main.stdout).toContain('Would remove ');
  expect(dry.main.stdout).toContain('Kept 2 temp entries');
  noForgery(dry.main);
  inertSummary(dry.main.summary);

  // A refused `paths` line (through a link) and one naming nothing, both with hostile names.
  // (No glob characters: a glob never walks through a link, so it would only match nothing.)
  const evil = 'link-@everyone <img src=x> %0A::error::x';
  mkdirSync(join(base, 'elsewhere', 'sub'), { recursive: true });
  symlinkSync(join(base, 'elsewhere'), join(ws, evil));
  const r = await runAction({
    action: 'job-cleanup',
    workspace: ws,
    env: { TMPDIR: tmp },
    inputs: { when: 'now', paths: `${evil}/sub\nnone-##[error]y|@everyone` },
    post: false,
  });
  expect(r.main.exitCode).toBe(0);
  expect(r.main.annotations.filter((a) => a.level === 'warning')).toHaveLength(1);
  // The line naming nothing is a notice, its text escaped (`[…]` makes it a glob).
  expect(r.main.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
    `paths line none-##\\[error]y|@everyone matched nothing (under ${ws}).`,
  ]);
  expect(existsSync(join(base, 'elsewhere', 'sub'))).toBe(true);
  expect(r.outputs['removed-count']).toBe(String(HOSTILE.length));
  expect(readdirSync(tmp).sort()).toEqual(['pnpm-fresh\n::error::kept', 'pnpm-fresh-@everyone|x']);
  // The names are shown, visibly escaped.
  expect(r.main.stdout).toContain('Removed ');
  expect(r.main.stdout).toContain('pnpm-\\n::error::x');
  expect(r.main.stdout).toContain('pnpm-##\\[set-output');
  noForgery(r.main);
  inertSummary(r.main.summary);
  expect(r.main.summary).toContain('pnpm-a\\|b\\|c');
});

const immutable = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'cleanup-chattr-'));
  try {
    return spawnSync('chattr', ['+i', probe]).status === 0;
  } finally {
    spawnSync('chattr', ['-i', probe]);
    rmSync(probe, { recursive: true, force: true });
  }
})();

test.skipIf(!immutable)(
  'what may not be removed is named in warnings and the summary, still inert (needs chattr)',
  async () => {
    const stuck = join(ws, 'stuck\n::error::y');
    mkdirSync(stuck);
    for (const name of HOSTILE) writeFileSync(join(stuck, name), 'locked');
    spawnSync('chattr', ['+i', stuck]);
    const r = await runAction({
      action: 'job-cleanup',
      workspace: ws,
      env: { TMPDIR: tmp },
      inputs: { when: 'now', paths: 'stuck*' },
      post: false,
    });
    expect(r.main.exitCode).toBe(0);
    expect(r.main.annotations.filter((a) => a.level === 'warning')).toHaveLength(HOSTILE.length);
    noForgery(r.main);
    inertSummary(r.main.summary);
  },
);
