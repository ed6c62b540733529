import { describe, expect, test } from 'vitest';
import { InputError } from '../../../actions/lib/errors.ts';
import { OTHER, parsePhases, phaseNames, phaseOf } from '../../../actions/perf-report/phases.ts';

const defaults = parsePhases([]);

// docs/decisions/perf-report-phases.md
describe('default phases: install, build, test, lint', () => {
  test('are named install, build, test and lint, then other', () => {
    expect(phaseNames(defaults)).toEqual(['install', 'build', 'test', 'lint', OTHER]);
  });

  test.each([
    ['Run pnpm install', 'install'],
    ['Run pnpm install --frozen-lockfile', 'install'],
    ['Run npm ci', 'install'],
    ['Run actions/setup-node@v4', 'install'],
    ['Install dependencies', 'install'],
    ['Run actions/cache@v4', 'install'],
    ['Build', 'build'],
    ['Run pnpm build', 'build'],
    ['Compile', 'build'],
    ['Run make', 'build'],
    ['Test', 'test'],
    ['Run pnpm test', 'test'],
    ['Run unit tests', 'test'],
    ['Run pnpm exec vitest run', 'test'],
    ['E2E', 'test'],
    ['Lint', 'lint'],
    ['Run pnpm lint', 'lint'],
    ['Run biome check', 'lint'],
    ['Typecheck', 'lint'],
    ['Run cargo clippy', 'lint'],
    ['Set up job', OTHER],
    ['Complete job', OTHER],
    ['Run actions/checkout@v4', OTHER],
    ['Upload artifact', OTHER],
  ])('%s → %s', (step, phase) => {
    expect(phaseOf(step, defaults)).toBe(phase);
  });

  test('the first phase that matches wins', () => {
    expect(phaseOf('Install and build', defaults)).toBe('install');
  });
});

describe('phases input: phase=regex lines', () => {
  test('replace the defaults, in the order given, case-insensitively', () => {
    const phases = parsePhases([
      'deps=^Run (pnpm|npm) (install|ci)',
      'e2e=playwright',
      'unit=vitest',
    ]);
    expect(phaseNames(phases)).toEqual(['deps', 'e2e', 'unit', OTHER]);
    expect(phaseOf('run PNPM install', phases)).toBe('deps');
    expect(phaseOf('Run Playwright', phases)).toBe('e2e');
    expect(phaseOf('Build', phases)).toBe(OTHER);
  });

  test('the pattern may itself hold "="', () => {
    const [p] = parsePhases(['flags=--mode=ci']);
    expect(p?.pattern.test('Run build --mode=ci')).toBe(true);
  });

  test.each([
    ['install', 'phase=regex'],
    ['=pnpm install', 'phase=regex'],
    ['install=', 'phase=regex'],
    ['in/stall=x', 'not a phase name'],
    ['other=x', 'not a phase name'],
    ['build=(unclosed', 'not a regular expression'],
  ])('%s is refused naming the input', (line, why) => {
    const attempt = () => parsePhases([line]);
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(/Input 'phases'/);
    expect(attempt).toThrow(why);
  });

  test('a phase named twice is refused', () => {
    expect(() => parsePhases(['a=x', 'A=y'])).toThrow(/twice/);
  });
});
