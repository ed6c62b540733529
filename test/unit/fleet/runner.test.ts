import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  explainNoMatch,
  fromApi,
  looksHosted,
  matches,
  mergeById,
  type Runner,
  tally,
  unknownLabels,
} from '../../../actions/fleet/runner.ts';

const runner = (
  id: number,
  labels: string[],
  status: Runner['status'] = 'online',
  busy = false,
): Runner => ({
  id,
  name: `r${id}`,
  os: 'Linux',
  status,
  busy,
  labels,
});

describe('matches', () => {
  test.each([
    [['self-hosted', 'macOS', 'ARM64'], ['self-hosted', 'macos', 'arm64'], true],
    [['self-hosted', 'macOS', 'ARM64'], ['SELF-HOSTED'], true],
    [['self-hosted', 'macOS'], ['self-hosted', 'macOS', 'ARM64'], false],
    [['self-hosted'], [], true],
    [[], ['self-hosted'], false],
    [['m4-pro'], ['m4'], false],
  ])('%j has all of %j: %s', (have, want, expected) => {
    expect(matches(runner(1, have), want)).toBe(expected);
  });
});

describe('tally', () => {
  test('counts online, idle, busy and offline', () => {
    const counts = tally([
      runner(1, [], 'online', false),
      runner(2, [], 'online', true),
      runner(3, [], 'offline', false),
      runner(4, [], 'offline', true),
      runner(5, [], 'online', false),
    ]);
    expect(counts).toEqual({ total: 5, online: 3, idle: 2, busy: 1, offline: 2 });
  });

  test('is consistent for any fleet', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ online: fc.boolean(), busy: fc.boolean() })), (specs) => {
        const c = tally(
          specs.map((s, i) => runner(i, [], s.online ? 'online' : 'offline', s.busy)),
        );
        expect(c.total).toBe(specs.length);
        expect(c.online + c.offline).toBe(c.total);
        expect(c.idle + c.busy).toBe(c.online);
      }),
    );
  });
});

test('mergeById keeps the first runner of each id, so scopes are never double counted', () => {
  const merged = mergeById(
    [runner(1, ['a']), runner(2, ['b'])],
    [runner(2, ['b']), runner(3, ['c'])],
  );
  expect(merged.map((r) => r.id)).toEqual([1, 2, 3]);
});

test('fromApi keeps label names and normalises status', () => {
  expect(
    fromApi({
      id: 7,
      name: 'mac-mini',
      os: 'macOS',
      status: 'online',
      busy: false,
      labels: [{ name: 'self-hosted' }, { name: 'ARM64' }],
    }),
  ).toEqual({
    id: 7,
    name: 'mac-mini',
    os: 'macOS',
    status: 'online',
    busy: false,
    labels: ['self-hosted', 'ARM64'],
  });
  expect(
    fromApi({ id: 1, name: 'x', os: 'Linux', status: 'weird', busy: true, labels: [] })?.status,
  ).toBe('offline');
});

describe('looksHosted', () => {
  test.each([
    'ubuntu-latest',
    'ubuntu-24.04',
    'ubuntu-24.04-arm',
    'ubuntu-24.04-arm64-4core',
    'windows-2025',
    'macos-15',
    'macos-latest-xlarge',
    'ubuntu-22.04-16core',
  ])('%s looks GitHub-hosted', (label) => expect(looksHosted(label)).toBe(true));
  test.each(['self-hosted', 'm4', 'macOS', 'ARM64', 'linux-arm64', 'ubuntu', 'gpu'])(
    '%s does not',
    (label) => expect(looksHosted(label)).toBe(false),
  );
});

describe('the typo case', () => {
  const fleet = [runner(1, ['self-hosted', 'Linux', 'ARM64']), runner(2, ['self-hosted', 'macOS'])];

  test('names the labels no runner has', () => {
    expect(unknownLabels(fleet, ['self-hosted', 'linux', 'arm46'])).toEqual(['arm46']);
  });

  test('says plainly that nothing matches and names the misspelt label', () => {
    const text = explainNoMatch(fleet, ['self-hosted', 'linux', 'arm46']);
    expect(text).toContain(
      'No registered runner has all of the labels [self-hosted, linux, arm46]',
    );
    expect(text).toContain("'arm46'");
    expect(text).not.toContain('GitHub-hosted');
  });

  test('says a GitHub-hosted-looking label is one', () => {
    const text = explainNoMatch(fleet, ['ubuntu-24.04-arm64-4core']);
    expect(text).toContain("'ubuntu-24.04-arm64-4core' looks like a GitHub-hosted runner label");
  });

  test('labels that exist but never together', () => {
    const text = explainNoMatch(fleet, ['Linux', 'macOS']);
    expect(text).toContain(
      'No registered runner has all of the labels [Linux, macOS] (2 runners read)',
    );
    expect(text).not.toContain('check the spelling');
  });
});

describe('did you mean', () => {
  const fleet = [runner(1, ['self-hosted', 'Linux', 'ARM64']), runner(2, ['self-hosted', 'macOS'])];
  test.each([
    [['self-hosted', 'arm46'], "No runner has the label 'arm46'; did you mean 'ARM64'?"],
    [['self-hosted', 'macso'], "No runner has the label 'macso'; did you mean 'macOS'?"],
    [['gpu'], "No runner has the label 'gpu': check the spelling."],
    [
      ['arm46', 'macso'],
      "No runner has the labels 'arm46', 'macso'; did you mean 'ARM64' for 'arm46', 'macOS' for 'macso'?",
    ],
  ])('%j: %s', (wanted, sentence) => {
    expect(explainNoMatch(fleet, wanted)).toContain(sentence);
  });

  test('every part is a sentence: a capital start and a full stop or question mark', () => {
    const text = explainNoMatch(fleet, ['arm46', 'ubuntu-latest']);
    const sentences = text.split(/(?<=[.?]) (?=[A-Z'])/);
    expect(sentences.length).toBe(3);
    for (const s of sentences) expect(s).toMatch(/^[A-Z'].*[.?]$/);
  });
});

describe('fromApi on odd answers', () => {
  const base = { id: 9, name: 'n', os: 'linux', status: 'online', busy: false, labels: [] };
  test.each([
    [{ ...base, name: null }, { name: null }],
    [{ ...base, name: undefined }, { name: null }],
    [{ ...base, os: null }, { os: null }],
    [{ ...base, os: 42 }, { os: null }],
    [{ ...base, labels: null }, { labels: [] }],
    [{ ...base, labels: [null, { name: null }, {}, { name: 'x' }] }, { labels: ['x'] }],
    [{ ...base, id: undefined }, { id: null }],
    [{ ...base, id: '9' }, { id: null }],
    [{ ...base, busy: 'yes' }, { busy: false }],
    [{ ...base, status: null }, { status: 'offline' }],
  ])('%j gives %j', (raw, expected) => {
    expect(fromApi(raw)).toMatchObject(expected);
  });
  test.each([null, undefined, 'runner', 7])('%j is no runner', (raw) => {
    expect(fromApi(raw)).toBeUndefined();
  });
});

test('runners without an id are never merged into one', () => {
  const noId = (name: string): Runner => ({ ...runner(0, ['a']), id: null, name });
  const merged = mergeById([noId('a'), noId('b'), runner(1, ['a'])], [noId('c'), runner(1, ['a'])]);
  expect(merged.map((r) => r.name)).toEqual(['a', 'b', 'r1', 'c']);
  expect(tally(merged).total).toBe(4);
});
