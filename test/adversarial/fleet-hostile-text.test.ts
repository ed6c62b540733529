// Hostile runner names, labels, os, group names and API messages through the built check-runner
// and select-runner: parsed the runner's way, they forge no workflow command (no annotation, mask,
// output or stop-commands of their own) and break no Markdown in the step summary.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { api, MAC, REPO, step, TOKEN } from '../integration/fleet-helpers.ts';
import type { GitHubApi } from '../support/github-api.ts';
import { runner, runnerGroup } from '../support/github-fixtures.ts';
import type { StepResult } from '../support/local-runner.ts';

let stand: GitHubApi;
beforeEach(async () => {
  stand = await api();
});
afterEach(async () => {
  await stand.close();
});

/** Forgeries in every form the runner reads: LF, CR, CRLF, leading spaces and legacy `##[`. */
const FORGE = [
  '\n::error::FORGED',
  '\r::notice::FORGED',
  '\r\n::add-mask::FORGED',
  '\n  ::set-output name=available::FORGED',
  '\n::stop-commands::FORGED',
  ' ##[error]FORGED',
  '\n::warning title=FORGED::FORGED',
];
const hostile = (base: string) => `${base}${FORGE.join('')}`;
const MARKUP =
  ' | x | <img src=x onerror=alert(1)> [link](https://evil) ![i](https://evil/i) @everyone @org/team `code`\r### heading';

/** Only the action's own warning may quote the API's text; nothing else carries FORGED. */
function expectNothingForged(main: StepResult, ownWarning?: string) {
  for (const a of main.annotations) {
    if (!a.message.includes('FORGED') && !Object.values(a.properties).join().includes('FORGED'))
      continue;
    expect(a.level).toBe('warning');
    expect(a.properties.title).toBe(ownWarning);
  }
  expect(main.masks.filter((m) => m !== TOKEN)).toEqual([]);
  expect(Object.values(main.outputs).some((v) => v === 'FORGED')).toBe(false);
  expect(main.log).not.toMatch(/^\s*::stop-commands::/m);
  expect(main.exitCode).toBe(0);
}

/** Every table row keeps its column count; no line opens a heading, HTML, a link or a mention. */
function expectSummaryIntact(summary: string) {
  const lines = summary.split(/\r\n|\r|\n/);
  const cells = (line: string) =>
    line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 2;
  // Each table (consecutive `|` lines) keeps its header's column count on every row.
  let columns: number | undefined;
  for (const line of lines) {
    if (!line.startsWith('|')) columns = undefined;
    else if (columns === undefined) columns = cells(line);
    else expect(cells(line)).toBe(columns);
  }
  expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(1);
  expect(summary).not.toMatch(/<img|<script/i);
  expect(summary).not.toMatch(/(^|[^\\])\]\(/);
  expect(summary).not.toMatch(/@(everyone|org)/);
  expect(summary).not.toContain('\r');
}

function hostileFleet() {
  const base = runner({ id: 1, name: 'mac', labels: MAC, os: 'macos' });
  return [
    {
      ...base,
      name: hostile(`name${MARKUP}`),
      os: hostile(`os${MARKUP}`),
      labels: [...base.labels, { id: 99, name: hostile(`label${MARKUP}`), type: 'custom' }],
    },
    {
      ...base,
      id: 2,
      name: 'plain',
      // Close to the label asked for below, so it is suggested in the reason: "did you mean …?"
      labels: [...base.labels, { id: 98, name: '\r::error::FORGED', type: 'custom' }],
    },
  ];
}

test('check-runner: hostile runner names, os and labels', async () => {
  stand.fault({
    path: `/repos/${REPO}/actions/runners`,
    kind: 'custom',
    body: { total_count: 2, runners: hostileFleet() },
  });
  const { main, outputs } = await step(stand, 'check-runner', { labels: 'self-hosted, macOS' });
  expect(outputs.total).toBe('2');
  expectNothingForged(main);
  expectSummaryIntact(main.summary);
  // The JSON output keeps the names exactly, for programs to read.
  const names = (JSON.parse(outputs.runners as string) as { name: string }[]).map((r) => r.name);
  expect(names[0]).toBe(hostile(`name${MARKUP}`));
});

test('check-runner and select-runner: a hostile registered label suggested in the reason', async () => {
  for (const action of ['check-runner', 'select-runner'] as const) {
    stand.fault({
      path: `/repos/${REPO}/actions/runners`,
      kind: 'custom',
      body: { total_count: 2, runners: hostileFleet() },
      times: 1,
    });
    const inputs =
      action === 'check-runner'
        ? { labels: 'self-hosted, ::error::FORGEE' }
        : { 'primary-runner': 'self-hosted, ::error::FORGEE' };
    const { main, outputs } = await step(stand, action, inputs);
    expect(outputs.reason).toContain('did you mean');
    expect(outputs.reason).toContain('\r::error::FORGED');
    expectNothingForged(main);
    expectSummaryIntact(main.summary);
  }
});

test.each(['check-runner', 'select-runner'] as const)(
  '%s: a hostile API error message',
  async (action) => {
    stand.fault({ path: '/', kind: 'status', status: 500, message: hostile(`oops${MARKUP}`) });
    const inputs = action === 'check-runner' ? { labels: 'm4' } : { 'primary-runner': 'm4' };
    // Retries end at 1.4 s (0.2 + 0.4 + 0.8 s of backoff); 3 s leaves room for a busy machine, and
    // were the limit to cut a retry, the reason would still give GitHub's answer first.
    const { main, outputs } = await step(stand, action, {
      ...inputs,
      'api-timeout-seconds': '3',
    });
    expect(outputs.reason).toContain('FORGED');
    expectNothingForged(
      main,
      action === 'check-runner'
        ? 'check-runner could not read the runners'
        : 'select-runner fell back',
    );
    expectSummaryIntact(main.summary);
  },
);

test('select-runner: hostile runner group names in the reason', async () => {
  stand.data.runnerGroups.set('octo-org', [
    {
      group: runnerGroup({ id: 2, name: hostile(`group${MARKUP}`), org: 'octo-org' }),
      runnerIds: [],
    },
  ]);
  const { main, outputs } = await step(stand, 'select-runner', {
    'primary-runner': 'm4',
    repository: '',
    organization: 'octo-org',
    'runner-group': 'gpu',
  });
  expect(outputs.reason).toContain('FORGED');
  expectNothingForged(main, 'select-runner fell back');
  expectSummaryIntact(main.summary);
});
