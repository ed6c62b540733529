/**
 * Phases: which steps count as install, build, test or lint. A step belongs to the first phase
 * whose pattern matches its name (case-insensitively); a step no phase claims is `other`.
 */
import { InputError } from '../lib/errors.ts';

export interface Phase {
  name: string;
  pattern: RegExp;
}

/** Steps no phase claims. */
export const OTHER = 'other';

/** The default phases (install, build, test, lint: docs/decisions/perf-report-phases.md), in order. */
export const DEFAULT_PHASE_LINES: readonly string[] = [
  'install=\\b(install|npm ci|restore|dependencies|deps|bootstrap|setup-(node|python|go|java|ruby|dotnet|bun|deno)|pip|poetry|cache)\\b',
  'build=\\b(build|compile|assemble|make|tsc|webpack|package|xcodebuild|gradle)\\b',
  'test=\\b(tests?|spec|jest|vitest|pytest|mocha|rspec|e2e|coverage|ctest)\\b',
  'lint=\\b(lint|eslint|biome|prettier|format|fmt|clippy|typecheck|type-check|style|vet)\\b',
];

const NAME = /^[A-Za-z0-9][\w .-]*$/;

/** Parses `phase=regex` lines; an empty list means the default phases. */
export function parsePhases(lines: readonly string[]): Phase[] {
  const given = lines.length > 0;
  const phases: Phase[] = [];
  for (const line of given ? lines : DEFAULT_PHASE_LINES) {
    const at = line.indexOf('=');
    const name = at > 0 ? line.slice(0, at).trim() : '';
    const source = at > 0 ? line.slice(at + 1).trim() : '';
    if (!name || !source) {
      throw new InputError(
        'phases',
        `Input 'phases' accepts lines of 'phase=regex' (e.g. 'install=pnpm install'); got '${line}'.`,
      );
    }
    if (!NAME.test(name) || name.toLowerCase() === OTHER) {
      throw new InputError(
        'phases',
        `Input 'phases': '${name}' is not a phase name (letters, digits, space, '.', '_', '-'; not '${OTHER}').`,
      );
    }
    if (phases.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
      throw new InputError('phases', `Input 'phases' names the phase '${name}' twice.`);
    }
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, 'i');
    } catch (cause) {
      throw new InputError(
        'phases',
        `Input 'phases': the pattern of '${name}' is not a regular expression (${(cause as Error).message}).`,
      );
    }
    phases.push({ name, pattern });
  }
  return phases;
}

/** The phase a step of this name belongs to. */
export function phaseOf(stepName: string, phases: readonly Phase[]): string {
  return phases.find((p) => p.pattern.test(stepName))?.name ?? OTHER;
}

/** Phase names in display order, `other` last. */
export function phaseNames(phases: readonly Phase[]): string[] {
  return [...phases.map((p) => p.name), OTHER];
}
