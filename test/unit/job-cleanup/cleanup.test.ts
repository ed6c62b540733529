/** The step's own sentences: what it says about a `paths` line that removed nothing. */
import { describe, expect, test } from 'vitest';
import { nothingThere } from '../../../actions/job-cleanup/cleanup.ts';

describe('nothingThere', () => {
  const PATHS = ['build', '~/.cache/gone', 'logs/**/*.log', 'a\r::error::x', '/tmp/none-##[error]'];
  test.each([
    ['build', 'paths line build names nothing: /ws/build is not there.'],
    ['~/.cache/gone', 'paths line ~/.cache/gone names nothing: /home/me/.cache/gone is not there.'],
    ['logs/**/*.log', 'paths line logs/**/*.log matched nothing (under /ws/logs).'],
    // Escaped: no line break, no `##[` command.
    ['a\r::error::x', 'paths line a\\r::error::x names nothing: /ws/a\\r::error::x is not there.'],
    // `[…]` makes it a glob.
    ['/tmp/none-##[error]', 'paths line /tmp/none-##\\[error] matched nothing (under /tmp).'],
    // Not a paths line: a temp or workspace entry that went away before its removal.
    ['/tmp/pnpm-1', 'Nothing to remove at /tmp/pnpm-1: it was gone.'],
  ])('%j', (text, sentence) => {
    expect(nothingThere(text, PATHS, '/ws', '/home/me')).toBe(sentence);
  });
});
