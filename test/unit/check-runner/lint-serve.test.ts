// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{ }}` here is GitHub's expression syntax in workflow text, not a JS template.
import { describe, expect, test } from 'vitest';
import { lintWorkflows } from '../../../actions/check-runner/lint/lint.ts';
import { type Servers, serve } from '../../../actions/check-runner/lint/serve.ts';
import type { Runner } from '../../../actions/fleet/runner.ts';

const runner = (id: number, labels: string[]): Runner => ({
  id,
  name: `r${id}`,
  os: 'Linux',
  status: 'online',
  busy: false,
  labels,
});

const servers: Servers = {
  runners: [
    runner(1, ['self-hosted', 'macOS', 'ARM64', 'm4']),
    runner(2, ['self-hosted', 'Linux', 'ARM64']),
  ],
  larger: ['ubuntu-24.04-16core'],
  scaleSets: ['arc-linux'],
};

describe('serve', () => {
  test.each([
    [{ labels: ['self-hosted', 'macos', 'arm64'] }, 'registered runner r1'],
    [{ labels: ['self-hosted', 'ARM64'] }, '2 registered runners'],
    [{ labels: ['ubuntu-latest'] }, 'a GitHub-hosted image'],
    [{ labels: ['MACOS-15-XLARGE'] }, 'a GitHub-hosted image'],
    [{ labels: ['ubuntu-24.04-16core'] }, "the organization's larger runner"],
    [{ labels: ['ARC-linux'] }, 'a scale set'],
    [{ labels: ['m4', 'M4'] }, 'registered runner r1'],
  ])('%j is served by %s', (set, by) => {
    expect(serve(set, servers)).toEqual({ verdict: 'served', by });
  });

  test.each([
    [['ubuntu-24.04-arm64-4core'], ['ubuntu-24.04-16core']],
    [['ubuntu-24.04-arm64'], ['ubuntu-24.04-arm']],
    [
      ['self-hosted', 'macOS', 'ARM46'],
      ['self-hosted', 'macOS', 'ARM64'],
    ],
    [
      ['self-hosted', 'linux', 'gpu'],
      ['self-hosted', 'Linux', 'ARM64'],
    ],
    [['ubuntu-latest', 'self-hosted'], ['ubuntu-latest']],
    [['zzzzzzzz'], undefined],
  ])('%j is unserved; suggestion %j', (labels, suggestion) => {
    const v = serve({ labels }, servers);
    expect(v.verdict).toBe('unserved');
    expect(v.verdict === 'unserved' ? v.suggestion : 'x').toEqual(suggestion);
  });

  test('groups: checked against the names when known, else not checked', () => {
    const withGroups = { ...servers, groups: ['Default', 'mac-minis'] };
    expect(serve({ group: 'MAC-MINIS', labels: [] }, withGroups)).toEqual({
      verdict: 'served',
      by: 'runner group MAC-MINIS',
    });
    expect(serve({ group: 'mac-minnis', labels: [] }, withGroups)).toEqual({
      verdict: 'unserved',
      why: "the organization has no runner group 'mac-minnis' (did you mean 'mac-minis'?)",
    });
    expect(serve({ group: 'x', labels: [] }, servers)).toEqual({
      verdict: 'not checked',
      why: "runner group 'x' is checked only with 'organization' and a token that can list its runner groups",
    });
    expect(serve({ group: 'x', labels: ['m4'] }, servers)).toEqual({
      verdict: 'served',
      by: 'registered runner r1 (in group x: membership not checked)',
    });
    expect(serve({ group: 'x', labels: ['gpu'] }, servers)).toEqual({
      verdict: 'unserved',
      why: 'no runner has all of [gpu], and it is not a GitHub-hosted label',
    });
  });
});

describe('lintWorkflows', () => {
  test('rows per label set, unserved entries, problems by file and line', () => {
    const report = lintWorkflows(
      [
        {
          file: 'a.yml',
          text: [
            'jobs:',
            '  t:',
            '    strategy: { matrix: { os: [macOS, FreeBSD] } }',
            '    runs-on: [self-hosted, "${{ matrix.os }}"]',
            '  u:',
            '    runs-on: ${{ inputs.r }}',
            '  v:',
            '    runs-on: []',
          ].join('\n'),
        },
        { file: 'b.yml', text: 'jobs: [' },
        { file: 'c.yml', skipped: 'a link to outside the workspace; not read' },
      ],
      servers,
    );
    expect(report.rows.map((r) => [r.job, r.labels, r.verdict])).toEqual([
      ['t', ['self-hosted', 'macOS'], 'served'],
      ['t', ['self-hosted', 'FreeBSD'], 'unserved'],
      ['u', ['${{ inputs.r }}'], 'not checked'],
    ]);
    expect(report.unserved).toEqual([
      {
        file: 'a.yml',
        line: 4,
        job: 't',
        labels: ['self-hosted', 'FreeBSD'],
        suggestion: ['self-hosted', 'Linux', 'ARM64'],
      },
    ]);
    expect(report.problems).toEqual([
      { file: 'a.yml', line: 8, message: "job v: 'runs-on' is an empty list." },
      {
        file: 'b.yml',
        line: 1,
        message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
      },
      { file: 'c.yml', line: 1, message: 'a link to outside the workspace; not read' },
    ]);
  });
});
