import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../../actions/lib/errors.ts';
import type { Host } from '../../../actions/setup-m4-env/host.ts';
import { archFailure, rosettaMessage } from '../../../actions/setup-m4-env/host-checks.ts';
import {
  judgeTool,
  parseToolLine,
  type ToolCheck,
  toolFailure,
  versionCommand,
  versionIn,
} from '../../../actions/setup-m4-env/requirements.ts';

describe('parseToolLine', () => {
  test.each([
    ['node', { tool: 'node' }],
    ['node >=22', { tool: 'node', range: '>=22' }],
    ['  pnpm   10.16.1 ', { tool: 'pnpm', range: '10.16.1' }],
    ['gh >=2.70 <3', { tool: 'gh', range: '>=2.70 <3' }],
    ['python3 ^3.12', { tool: 'python3', range: '^3.12' }],
    ['g++ 13.x', { tool: 'g++', range: '13.x' }],
    ['docker-compose', { tool: 'docker-compose' }],
  ])('%j', (line, want) => {
    expect(parseToolLine(line)).toEqual(want);
  });
});

describe('versionIn: what real tools print for --version', () => {
  test.each([
    ['v24.21.0', '24.21.0'],
    ['10.16.1', '10.16.1'],
    ['gh version 2.70.0 (2025-04-15)\nhttps://github.com/cli/cli/releases/tag/v2.70.0', '2.70.0'],
    ['Docker version 27.3.1, build ce12230', '27.3.1'],
    ['git version 2.43.0', '2.43.0'],
    ['Python 3.12.1', '3.12.1'],
    ['go version go1.22.1 darwin/arm64', '1.22.1'],
    ['openjdk 21.0.2 2024-01-16\nOpenJDK Runtime Environment', '21.0.2'],
    ['Xcode 16.2\nBuild version 16C5032a', '16.2.0'],
    ['rustc 1.83.0 (90b35a623 2024-11-26)', '1.83.0'],
    ['jq-1.7.1', '1.7.1'],
    ['no digits here', undefined],
    ['', undefined],
  ])('%j', (output, version) => {
    expect(versionIn(output)).toBe(version);
  });

  test('property: any x.y.z in a line of text is found', () => {
    fc.assert(
      fc.property(
        fc.nat(999),
        fc.nat(999),
        fc.nat(999),
        fc.stringMatching(/^[A-Za-z ]{0,12}$/),
        (a, b, c, prefix) => {
          expect(versionIn(`${prefix} ${a}.${b}.${c} (build)`)).toBe(`${a}.${b}.${c}`);
        },
      ),
    );
  });
});

describe('judgeTool', () => {
  test.each([
    [
      'present, no range',
      { tool: 'docker' },
      { path: '/usr/bin/docker' },
      { ok: true, found: '/usr/bin/docker', wanted: 'any version' },
    ],
    [
      'missing, no range',
      { tool: 'gh' },
      {},
      { ok: false, found: 'not found on PATH', problem: 'not found on PATH' },
    ],
    [
      'missing, with range',
      { tool: 'gh', range: '>=2.70' },
      {},
      { ok: false, wanted: '>=2.70', problem: 'not found on PATH' },
    ],
    [
      'range met',
      { tool: 'node', range: '>=22' },
      { path: '/n/node', output: 'v24.21.0' },
      { ok: true, found: '24.21.0' },
    ],
    [
      'range not met',
      { tool: 'node', range: '>=99' },
      { path: '/n/node', output: 'v24.21.0' },
      { ok: false, found: '24.21.0', problem: "found 24.21.0 in 'node --version'" },
    ],
    [
      'exact version met',
      { tool: 'pnpm', range: '10.16.1' },
      { path: '/p/pnpm', output: '10.16.1' },
      { ok: true },
    ],
    [
      'exact version not met',
      { tool: 'pnpm', range: '10.16.1' },
      { path: '/p/pnpm', output: '10.16.2' },
      { ok: false, problem: "found 10.16.2 in 'pnpm --version'" },
    ],
    [
      'a prerelease within the range counts',
      { tool: 'node', range: '>=22' },
      { path: '/n/node', output: 'v25.0.0-nightly20250101' },
      { ok: true, found: '25.0.0' },
    ],
    [
      '--version failed',
      { tool: 'broken', range: '>=1' },
      { path: '/b/broken', error: "'broken --version' failed (it exited with code 2)" },
      { ok: false, problem: "'broken --version' failed (it exited with code 2)" },
    ],
    [
      'no version in the output',
      { tool: 'odd', range: '>=1' },
      { path: '/o/odd', output: 'usage: odd [options]' },
      { ok: false, problem: "no version in 'odd --version' (it printed 'usage: odd [options]')" },
    ],
  ])('%s', (_name, req, probe, want) => {
    expect(judgeTool(req, probe)).toMatchObject({ tool: req.tool, ...want });
  });
});

describe('toolFailure', () => {
  const ok: ToolCheck = { tool: 'node', wanted: '>=22', found: '24.1.0', ok: true };
  test('nothing failed: no message', () => {
    expect(toolFailure([ok])).toBeUndefined();
    expect(toolFailure([])).toBeUndefined();
  });

  test('every failure at once, naming tool, wanted and found', () => {
    expect(
      toolFailure([
        ok,
        judgeTool({ tool: 'gh', range: '>=2.70' }, {}),
        judgeTool({ tool: 'pnpm', range: '10.16.1' }, { path: '/p', output: '9.15.0' }),
        judgeTool({ tool: 'docker' }, {}),
      ]),
    ).toBe(
      'require-tools: 3 of 4 not as required: gh (wanted >=2.70): not found on PATH; ' +
        "pnpm (wanted 10.16.1): found 9.15.0 in 'pnpm --version'; docker (wanted any version): not found on PATH.",
    );
  });
});

const mac: Host = {
  os: 'darwin',
  arch: 'arm64',
  nativeArch: 'arm64',
  chip: 'Apple M4',
  appleSilicon: true,
  rosetta: false,
  performanceCores: 4,
  efficiencyCores: 6,
  logicalCores: 10,
  memoryMb: 16384,
  memorySource: 'physical',
};
const translated: Host = { ...mac, arch: 'x64', rosetta: true };

describe('archFailure', () => {
  test.each([
    [mac, [], undefined],
    [mac, ['arm64'], undefined],
    [mac, ['x64', 'arm64'], undefined],
    [mac, ['x64'], 'require-arch: wanted x64, but this host is arm64.'],
    [
      translated,
      ['arm64'],
      'require-arch: wanted arm64, but this Node runs as x64 under Rosetta on arm64 hardware.',
    ],
    [translated, ['x64'], undefined],
  ])('%#', (host, wanted, message) => {
    expect(archFailure(host, wanted)).toBe(message);
  });
});

describe('rosettaMessage', () => {
  test('native: none', () => {
    expect(rosettaMessage(mac)).toBeUndefined();
  });
  test('translated: says what and why it matters', () => {
    expect(rosettaMessage(translated)).toBe(
      'This Node runs as x64 translated by Rosetta 2 on Apple M4: jobs run 2-3x slower than native. Install the arm64 runner and an arm64 Node.',
    );
  });
});

describe('version commands: per tool, or as the line says', () => {
  const fixture = (name: string) =>
    readFileSync(join(import.meta.dirname, '../../fixtures/tool-versions', name), 'utf8');

  test.each([
    ['xcodebuild >=16.2', { tool: 'xcodebuild', range: '>=16.2' }],
    [
      'xcode >=16.2 via "xcodebuild -version"',
      { tool: 'xcode', range: '>=16.2', via: ['xcodebuild', '-version'] },
    ],
    [
      'clang >=15 <17 via "clang --version" after "clang version"',
      { tool: 'clang', range: '>=15 <17', via: ['clang', '--version'], after: 'clang version' },
    ],
    ['swift ^6 after "Swift version"', { tool: 'swift', range: '^6', after: 'Swift version' }],
    ['java 21 via  "  java   -version "', { tool: 'java', range: '21', via: ['java', '-version'] }],
  ])('parses %j', (line, want) => {
    expect(parseToolLine(line)).toEqual(want);
  });

  const forms =
    "a line is 'tool', 'tool <semver range>', and after the range optionally " +
    'via "<program> <arguments>" and after "<text>", e.g. \'node >=22\', ' +
    '\'clang >=15 via "clang --version" after "clang version"\'';
  test.each([
    [
      'xcode via "xcodebuild -version"',
      'via and after say how to read a version, so they need a range before them',
    ],
    [
      'swift after "Swift version"',
      'via and after say how to read a version, so they need a range before them',
    ],
    [
      'xcode >=16 via xcodebuild',
      "'>=16 via xcodebuild' is not a semver range; via and after take their text in double quotes",
    ],
    ['xcode >=16 via ""', 'via "" does not start with a command name'],
    [
      'xcode >=16 via "/usr/bin/xcodebuild -version"',
      'via "/usr/bin/xcodebuild -version" does not start with a command name',
    ],
    [
      'xcode >=16 via "sh -c \'xcodebuild\'"',
      `via "sh -c 'xcodebuild'" has the argument ''xcodebuild'' with a quote`,
    ],
    ['swift >=6 after ""', 'after "" is empty; name the text printed before the version'],
    ['node banana', "'banana' is not a semver range or version (e.g. '>=22', '^2.70', '10.16.1')"],
    ['$(rm) >=1', "'$(rm)' is not a command name"],
  ])('refuses %j', (line, why) => {
    expect(() => parseToolLine(line)).toThrow(
      new InputError('require-tools', `Input 'require-tools' line '${line}': ${why} (${forms}).`),
    );
  });

  test.each([
    [
      { tool: 'xcodebuild', range: '>=16' },
      { program: 'xcodebuild', args: ['-version'], after: 'Xcode' },
    ],
    [
      { tool: 'swift', range: '>=6' },
      { program: 'swift', args: ['--version'], after: 'Swift version' },
    ],
    [
      { tool: 'go', range: '>=1.22' },
      { program: 'go', args: ['version'], after: 'go version go' },
    ],
    [
      { tool: 'node', range: '>=22' },
      { program: 'node', args: ['--version'], after: undefined },
    ],
    [
      { tool: 'swift', range: '>=6', after: 'Apple Swift version' },
      { program: 'swift', args: ['--version'], after: 'Apple Swift version' },
    ],
    [
      { tool: 'xcode', range: '>=16', via: ['xcodebuild', '-version'] },
      { program: 'xcodebuild', args: ['-version'], after: undefined },
    ],
  ])('versionCommand(%j)', (req, want) => {
    expect(versionCommand(req)).toEqual(want);
  });

  test.each([
    ['xcodebuild-16.2.txt', 'xcodebuild', '16.2.0'],
    ['swift-6.0.3-xcode-16.2.txt', 'swift', '6.0.3'],
    ['swift-6.0.3-linux.txt', 'swift', '6.0.3'],
    ['go-1.23.4-darwin-arm64.txt', 'go', '1.23.4'],
  ])('recorded %s: the version its command prints', (file, tool, version) => {
    const output = fixture(file);
    expect(versionIn(output, versionCommand({ tool, range: '*' }).after)).toBe(version);
  });

  test("Apple's swift: the first version in the output is the driver's, not Swift's", () => {
    expect(versionIn(fixture('swift-6.0.3-xcode-16.2.txt'))).toBe('1.115.1');
  });

  test('a failure names the command that printed the version it read', () => {
    const xcode = { path: '/usr/bin/xcodebuild', output: fixture('xcodebuild-16.2.txt') };
    expect(judgeTool({ tool: 'xcodebuild', range: '>=16.3' }, xcode)).toEqual({
      tool: 'xcodebuild',
      wanted: '>=16.3',
      found: '16.2.0',
      ok: false,
      problem: "found 16.2.0 in 'xcodebuild -version'",
    });
    const swift = { path: '/usr/bin/swift', output: fixture('swift-6.0.3-xcode-16.2.txt') };
    expect(judgeTool({ tool: 'swift', range: '>=6.1' }, swift).problem).toBe(
      "found 6.0.3 in 'swift --version'",
    );
    expect(judgeTool({ tool: 'swift', range: '^6.0' }, swift)).toMatchObject({
      ok: true,
      found: '6.0.3',
    });
    expect(
      judgeTool(
        { tool: 'xcode', range: '>=17', via: ['xcodebuild', '-version'] },
        { path: '/usr/bin/xcodebuild', output: fixture('xcodebuild-16.2.txt') },
      ).problem,
    ).toBe("found 16.2.0 in 'xcodebuild -version'");
  });

  test('no version after the marker: says which marker, which command and what it printed', () => {
    expect(
      judgeTool(
        { tool: 'swift', range: '>=6' },
        { path: '/s', output: 'swift-driver version: 1.115.1' },
      ).problem,
    ).toBe(
      "no version after 'Swift version' in 'swift --version' (it printed 'swift-driver version: 1.115.1')",
    );
  });

  test('via a program that is not on PATH: names the program', () => {
    expect(
      judgeTool({ tool: 'xcode', range: '>=16', via: ['xcodebuild', '-version'] }, {}).problem,
    ).toBe("'xcodebuild' not found on PATH");
  });
});
