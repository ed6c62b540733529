/**
 * `.cmd`/`.bat` tools (pnpm.cmd, npm.cmd on Windows) run through cmd.exe: the command line quotes
 * every part, so a space, `;`, `&` or `|` in a PATH folder is text, never a second command.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { batchCommandLine } from '../../../actions/setup-m4-env/probe.ts';

/** What cmd.exe's `/s /c "…"` runs: the outer quotes stripped, then quoted parts read as text. */
function cmdParts(line: string): string[] | undefined {
  if (!line.startsWith('"') || !line.endsWith('"')) return undefined;
  const inner = line.slice(1, -1);
  const parts: string[] = [];
  const re = /"([^"]*)"( |$)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < inner.length) {
    re.lastIndex = at;
    m = re.exec(inner);
    if (!m) return undefined;
    parts.push(m[1] as string);
    at = re.lastIndex;
  }
  return parts;
}

describe('batchCommandLine', () => {
  test.each([
    ['C:\\Program Files\\nodejs\\pnpm.cmd', ['--version']],
    ['C:\\tools;calc.exe&\\pnpm.cmd', ['--version']],
    ['D:\\a & b | c < d > e\\npm.bat', ['--version']],
  ])('%s runs as one program with its arguments', (file, args) => {
    const line = batchCommandLine(file, args);
    expect(typeof line).toBe('string');
    expect(cmdParts(line as string)).toEqual([file, ...args]);
  });

  test.each(['C:\\%PATH%\\pnpm.cmd', 'C:\\a"b\\pnpm.cmd', 'C:\\a\nb\\pnpm.cmd'])(
    '%j is refused, not run',
    (file) => {
      expect(batchCommandLine(file, ['--version'])).toEqual({
        refused: expect.stringContaining('cmd.exe cannot run safely'),
      });
    },
  );

  test('any path without a quote, % or line break keeps every metacharacter inside quotes', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/["%\r\n\0]/.test(s)),
        fc.array(fc.constantFrom('--version', '-v', 'a b'), { maxLength: 2 }),
        (file, args) => {
          expect(cmdParts(batchCommandLine(file, args) as string)).toEqual([file, ...args]);
        },
      ),
    );
  });
});
