import { describe, expect, test } from 'vitest';
import type { Runner } from '../../../actions/fleet/runner.ts';
import {
  assess,
  candidateDecision,
  competes,
  decide,
  fallbackDecision,
  firstCandidateWatch,
  firstIsAvailable,
  type SelectConfig,
  scaleSetOf,
} from '../../../actions/select-runner/decide.ts';

const MAC = ['self-hosted', 'macOS', 'ARM64'];
const LINUX = ['self-hosted', 'Linux', 'ARM64'];
let nextId = 1;
const r = (labels: string[], state: 'idle' | 'busy' | 'offline'): Runner => ({
  id: nextId++,
  name: `r${nextId}`,
  os: 'x',
  status: state === 'offline' ? 'offline' : 'online',
  busy: state === 'busy',
  labels,
});

const config = (over: Partial<SelectConfig> = {}): SelectConfig => ({
  candidates: [MAC, LINUX],
  fallback: ['ubuntu-latest'],
  primariesRequired: 1,
  requireIdle: true,
  scaleSets: [],
  matrixCompare: false,
  ...over,
});

describe('decide', () => {
  test('the first available candidate in priority order wins', () => {
    const fleet = [r(MAC, 'idle'), r(LINUX, 'idle')];
    const d = decide(config(), assess(config(), fleet));
    expect(d).toMatchObject({
      runsOn: MAC,
      runnerType: 'self-hosted',
      candidate: 0,
      isFallback: false,
    });
    expect(d.labels).toEqual(MAC);
  });

  test('a busy first candidate passes to the second', () => {
    const fleet = [r(MAC, 'busy'), r(LINUX, 'idle')];
    const d = decide(config(), assess(config(), fleet));
    expect(d.candidate).toBe(1);
    expect(d.reason).toContain('Earlier candidates were not available.');
    expect(d.reason).toContain('0 idle, 1 busy');
  });

  test('nothing available falls back, a single label as a string', () => {
    const fleet = [r(MAC, 'offline'), r(LINUX, 'busy')];
    const d = decide(config(), assess(config(), fleet));
    expect(d).toMatchObject({
      runsOn: 'ubuntu-latest',
      runnerType: 'github-hosted',
      candidate: -1,
      isFallback: true,
    });
    expect(d.reason).toMatch(
      /^No self-hosted candidate is available, so the fallback ubuntu-latest runs the job/,
    );
  });

  test('a fallback of several labels is an array', () => {
    const c = config({ fallback: ['ubuntu-24.04', 'large'] });
    expect(decide(c, assess(c, [])).runsOn).toEqual(['ubuntu-24.04', 'large']);
  });

  test('require-idle false counts busy online runners, never offline ones', () => {
    const busy = config({ requireIdle: false });
    expect(decide(busy, assess(busy, [r(MAC, 'busy')])).candidate).toBe(0);
    expect(decide(busy, assess(busy, [r(MAC, 'offline')])).candidate).toBe(-1);
  });

  test.each([
    [1, 1, 0],
    [2, 1, -1],
    [2, 2, 0],
    [3, 2, -1],
  ])('primaries-required %i with %i idle gives candidate %i', (required, idle, expected) => {
    const c = config({ primariesRequired: required, candidates: [MAC] });
    const fleet = Array.from({ length: idle }, () => r(MAC, 'idle'));
    expect(decide(c, assess(c, fleet)).candidate).toBe(expected);
  });

  test('queued jobs for the same labels are subtracted before judging', () => {
    const c = config({ candidates: [MAC] });
    const fleet = [r(MAC, 'idle')];
    expect(decide(c, assess(c, fleet, [['self-hosted', 'macOS']])).candidate).toBe(-1);
    expect(decide(c, assess(c, fleet, [['self-hosted', 'Linux']])).candidate).toBe(0);
    expect(decide(c, assess(c, [...fleet, r(MAC, 'idle')], [['macos']])).candidate).toBe(0);
  });

  test('a scale set is available without listed runners, named as written', () => {
    const c = config({ candidates: [['Arc-Mac']], scaleSets: ['arc-mac'] });
    const d = decide(c, assess(c, []));
    expect(d).toMatchObject({ runsOn: ['Arc-Mac'], candidate: 0, runnerType: 'self-hosted' });
    expect(d.reason).toContain('scale set');
  });

  test('a typo is named in the reason', () => {
    const c = config({ candidates: [['self-hosted', 'ubuntu-24.04-arm64-4core']] });
    const d = decide(c, assess(c, [r(LINUX, 'idle')]));
    expect(d.isFallback).toBe(true);
    expect(d.reason).toContain(
      "'ubuntu-24.04-arm64-4core' looks like a GitHub-hosted runner label, which runner listings never show; use it as the fallback instead.",
    );
  });

  test('the reason is one line', () => {
    const d = decide(config(), assess(config(), [r(MAC, 'busy')]));
    expect(d.reason).not.toContain('\n');
  });
});

describe('matrix', () => {
  test('the chosen runner alone by default', () => {
    const d = candidateDecision(config(), 0, 'x');
    expect(d.matrix).toEqual({
      include: [{ runner: MAC, 'runner-type': 'self-hosted', name: 'self-hosted, macOS, ARM64' }],
    });
  });

  test('matrix-compare adds the fallback to a self-hosted choice', () => {
    const d = candidateDecision(config({ matrixCompare: true }), 1, 'x');
    expect(d.matrix.include).toEqual([
      { runner: LINUX, 'runner-type': 'self-hosted', name: 'self-hosted, Linux, ARM64' },
      { runner: 'ubuntu-latest', 'runner-type': 'github-hosted', name: 'ubuntu-latest' },
    ]);
  });

  test('matrix-compare with a fallback decision holds the fallback once', () => {
    const d = fallbackDecision(config({ matrixCompare: true }), 'x');
    expect(d.matrix.include).toEqual([
      { runner: 'ubuntu-latest', 'runner-type': 'github-hosted', name: 'ubuntu-latest' },
    ]);
  });

  test('a one-label self-hosted candidate stays an array for runs-on', () => {
    const d = candidateDecision(config({ candidates: [['m4']] }), 0, 'x');
    expect(d.runsOn).toEqual(['m4']);
    expect(d.matrix.include[0]?.runner).toEqual(['m4']);
  });
});

describe('helpers', () => {
  test.each([
    [['arc'], ['ARC'], 'arc'],
    [['arc', 'x'], ['arc'], undefined],
    [['other'], ['arc'], undefined],
  ])('scaleSetOf(%j, %j) = %s', (labels, sets, expected) => {
    expect(scaleSetOf(labels, sets)).toBe(expected);
  });

  test.each([
    [['self-hosted', 'macOS'], MAC, true],
    [['self-hosted', 'Linux'], MAC, false],
    [[], MAC, false],
  ])('job %j competes for %j: %s', (job, cand, expected) => {
    expect(competes(job, cand)).toBe(expected);
  });

  test('firstIsAvailable stops reading only when candidate 0 is settled', () => {
    expect(firstIsAvailable(config(), [r(LINUX, 'idle')])).toBe(false);
    expect(firstIsAvailable(config(), [r(MAC, 'idle')])).toBe(true);
  });
});

describe('firstCandidateWatch', () => {
  test('page by page it says what firstIsAvailable says over everything read so far', () => {
    const c = config({ primariesRequired: 2 });
    const watch = firstCandidateWatch(c);
    const pages = [
      [r(LINUX, 'idle'), r(MAC, 'busy')],
      [r(MAC, 'idle')],
      [r(MAC, 'offline')],
      [r(MAC, 'idle')],
    ];
    const seen: Runner[] = [];
    for (const page of pages) {
      seen.push(...page);
      expect(watch(page)).toBe(firstIsAvailable(c, seen));
    }
    expect(watch([])).toBe(true);
  });
});

test('every reason is sentences, each ending with a full stop or question mark', () => {
  const fleet = [r(LINUX, 'busy')];
  for (const c of [
    config(),
    config({ candidates: [['arm46'], LINUX] }),
    config({ candidates: [LINUX, MAC] }),
  ]) {
    const reason = decide(c, assess(c, fleet)).reason;
    expect(reason).toMatch(/[.?]$/);
    expect(reason).not.toMatch(/[a-z0-9)\]] (Candidate|No|Earlier) /);
  }
});
