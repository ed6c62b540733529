/**
 * A realistic finished comparison run, as GitHub's REST API lists its jobs: the same build job on
 * a self-hosted M4 Mac mini and on ubuntu-latest (select-runner's `matrix-compare`), a short
 * `select` job before them, and the report job itself still in progress. The default timings are
 * the README's example: 2m15s on the M4 against 6m30s on ubuntu-latest.
 *
 *   api.data.jobs.set(RUN_ID, comparisonRun());
 */
import { isoTime, type Job, type JobStep, job } from './github-fixtures.ts';

export interface StepSpec {
  name: string;
  seconds: number;
}

/** The M4's build: 135 s from the first step to the last. */
export const M4_STEPS: readonly StepSpec[] = [
  { name: 'Set up job', seconds: 2 },
  { name: 'Run actions/checkout@v4', seconds: 2 },
  { name: 'Run pnpm/action-setup@v4', seconds: 1 },
  { name: 'Run actions/setup-node@v4', seconds: 3 },
  { name: 'Run pnpm install', seconds: 24 },
  { name: 'Build', seconds: 38 },
  { name: 'Test', seconds: 54 },
  { name: 'Lint', seconds: 9 },
  { name: 'Post Run actions/checkout@v4', seconds: 1 },
  { name: 'Complete job', seconds: 1 },
];

/** ubuntu-latest's build: 390 s. */
export const HOSTED_STEPS: readonly StepSpec[] = [
  { name: 'Set up job', seconds: 3 },
  { name: 'Run actions/checkout@v4', seconds: 4 },
  { name: 'Run pnpm/action-setup@v4', seconds: 3 },
  { name: 'Run actions/setup-node@v4', seconds: 9 },
  { name: 'Run pnpm install', seconds: 71 },
  { name: 'Build', seconds: 118 },
  { name: 'Test', seconds: 152 },
  { name: 'Lint', seconds: 27 },
  { name: 'Post Run actions/checkout@v4', seconds: 2 },
  { name: 'Complete job', seconds: 1 },
];

export const SELF_HOSTED_LABELS = ['self-hosted', 'macOS', 'ARM64', 'M4'];

export interface RunnerSpec {
  /** The matrix value naming the runner in the job's name. */
  matrix: string;
  labels: string[];
  runnerName: string;
  runnerGroupName: string;
  /** Seconds between the job's creation and its start. */
  queueSeconds: number;
  steps: readonly StepSpec[];
}

export const M4: RunnerSpec = {
  matrix: 'M4',
  labels: SELF_HOSTED_LABELS,
  runnerName: 'mac-mini-m4-01',
  runnerGroupName: 'Default',
  queueSeconds: 2,
  steps: M4_STEPS,
};

export const UBUNTU: RunnerSpec = {
  matrix: 'ubuntu-latest',
  labels: ['ubuntu-latest'],
  runnerName: 'GitHub Actions 1000001',
  runnerGroupName: 'GitHub Actions',
  queueSeconds: 9,
  steps: HOSTED_STEPS,
};

export interface ComparisonOptions {
  runId?: number;
  repo?: string;
  /** When the run's first job was created; default 2026-03-02T09:14:07Z. */
  start?: number;
  /** The job's name before the matrix part; default `build`. */
  job?: string;
  self?: RunnerSpec;
  hosted?: RunnerSpec;
  /** Multiplies every step of both runners (e.g. 1.5 for a slower run). */
  scale?: number;
  /** Include the report job, still in progress (default true). */
  reportJob?: boolean;
}

export const DEFAULT_START = Date.parse('2026-03-02T09:14:07Z');

/** Steps one after another from `start` (epoch ms); returns them and the end. */
export function steps(
  specs: readonly StepSpec[],
  start: number,
  scale = 1,
): { steps: JobStep[]; end: number } {
  let at = start;
  const out = specs.map((s, i): JobStep => {
    const from = at;
    at += Math.round(s.seconds * scale) * 1000;
    return {
      name: s.name,
      number: i + 1,
      status: 'completed',
      conclusion: 'success',
      started_at: isoTime(from),
      completed_at: isoTime(at),
    };
  });
  return { steps: out, end: at };
}

function runnerJob(
  id: number,
  runId: number,
  repo: string,
  name: string,
  spec: RunnerSpec,
  created: number,
  scale: number,
): Job {
  const started = created + spec.queueSeconds * 1000;
  const timed = steps(spec.steps, started, scale);
  return job({
    id,
    runId,
    repo,
    name,
    status: 'completed',
    conclusion: 'success',
    labels: spec.labels,
    runnerId: id,
    runnerName: spec.runnerName,
    runnerGroupId: spec.runnerGroupName === 'GitHub Actions' ? 2 : 1,
    runnerGroupName: spec.runnerGroupName,
    createdAt: isoTime(created),
    startedAt: isoTime(started),
    completedAt: isoTime(timed.end),
    steps: timed.steps,
  });
}

/** The jobs of a finished comparison run, as GET …/actions/runs/{id}/jobs lists them. */
export function comparisonRun(options: ComparisonOptions = {}): Job[] {
  const runId = options.runId ?? 8_123_456_789;
  const repo = options.repo ?? 'octo-org/octo-repo';
  const start = options.start ?? DEFAULT_START;
  const name = options.job ?? 'build';
  const self = options.self ?? M4;
  const hosted = options.hosted ?? UBUNTU;
  const scale = options.scale ?? 1;
  const select = steps(
    [
      { name: 'Set up job', seconds: 2 },
      { name: 'Run runner-actions/select-runner@v1', seconds: 1 },
      { name: 'Complete job', seconds: 0 },
    ],
    start + 3000,
  );
  const jobs: Job[] = [
    job({
      id: runId * 10 + 1,
      runId,
      repo,
      name: 'select',
      status: 'completed',
      conclusion: 'success',
      labels: UBUNTU.labels,
      runnerId: 9001,
      runnerName: 'GitHub Actions 1000000',
      runnerGroupId: 2,
      runnerGroupName: 'GitHub Actions',
      createdAt: isoTime(start),
      startedAt: isoTime(start + 3000),
      completedAt: isoTime(select.end),
      steps: select.steps,
    }),
  ];
  const matrixCreated = select.end + 1000;
  jobs.push(
    runnerJob(runId * 10 + 2, runId, repo, `${name} (${self.matrix})`, self, matrixCreated, scale),
    runnerJob(
      runId * 10 + 3,
      runId,
      repo,
      `${name} (${hosted.matrix})`,
      hosted,
      matrixCreated,
      scale,
    ),
  );
  if (options.reportJob ?? true) {
    const created = Math.max(...jobs.map((j) => Date.parse(j.completed_at ?? '')));
    jobs.push(
      job({
        id: runId * 10 + 4,
        runId,
        repo,
        name: 'report',
        status: 'in_progress',
        labels: UBUNTU.labels,
        runnerId: 9002,
        runnerName: 'GitHub Actions 1000002',
        runnerGroupId: 2,
        runnerGroupName: 'GitHub Actions',
        createdAt: isoTime(created),
        startedAt: isoTime(created + 4000),
      }),
    );
  }
  return jobs;
}

/** The hand computation for `comparisonRun()`'s defaults: seconds on each runner. */
export const EXAMPLE = {
  selfSeconds: M4_STEPS.reduce((a, s) => a + s.seconds, 0),
  hostedSeconds: HOSTED_STEPS.reduce((a, s) => a + s.seconds, 0),
};

/** Step names that break Markdown or mermaid when written as they are. */
export const AWKWARD_STEP_NAMES = [
  'Run echo "key: value"',
  'Run ./ci.sh # retry; then report',
  'Run `make` | tee build.log',
  "Run node -e 'console.log(1)'",
  'section 2: integration <tests> & more',
];

export interface LargeRunOptions {
  runId?: number;
  repo?: string;
  jobs?: number;
  steps?: number;
  start?: number;
}

/**
 * A big matrix run: `jobs` jobs (half on the M4, half on ubuntu-latest, as pairs of
 * `test (shard N, M4)` / `test (shard N, ubuntu-latest)`) of `steps` steps each.
 */
export function largeRun(options: LargeRunOptions = {}): Job[] {
  const runId = options.runId ?? 9_000_000_001;
  const repo = options.repo ?? 'octo-org/octo-repo';
  const count = options.jobs ?? 1500;
  const stepCount = options.steps ?? 40;
  const start = options.start ?? DEFAULT_START;
  const phases = ['Run pnpm install', 'Build', 'Test', 'Lint'];
  const out: Job[] = [];
  for (let i = 0; i < count; i++) {
    const shard = Math.floor(i / 2) + 1;
    const spec = i % 2 === 0 ? M4 : UBUNTU;
    const slow = spec === UBUNTU ? 2.5 : 1;
    const specs: StepSpec[] = Array.from({ length: stepCount }, (_, k) => ({
      name:
        k === 0
          ? 'Set up job'
          : k === stepCount - 1
            ? 'Complete job'
            : k % 7 === 3
              ? (AWKWARD_STEP_NAMES[k % AWKWARD_STEP_NAMES.length] as string)
              : `${phases[k % phases.length]} part ${k}`,
      seconds: Math.round((1 + ((i * 7 + k * 13) % 17)) * slow),
    }));
    const created = start + (shard % 20) * 1000;
    out.push(
      runnerJob(
        runId * 10_000 + i + 1,
        runId,
        repo,
        `test (shard ${shard}, ${spec.matrix})`,
        { ...spec, steps: specs },
        created,
        1,
      ),
    );
  }
  return out;
}

/**
 * Names an attacker can give a job, step, label or benchmark: workflow commands (new and legacy
 * forms, after LF, CR or a Unicode line break), Markdown and HTML markup, mentions, math, and
 * mermaid statements and directives.
 */
export const HOSTILE_NAMES: readonly string[] = [
  'x\n::error::forged by a name',
  'y\r::add-mask::forged-mask',
  'z\r\n::set-output name=speedup::99',
  '##[error]forged legacy command',
  '::warning::forged at the start',
  '| a | b |',
  '# a heading',
  '[a link](https://evil.example)',
  '![an image](https://evil.example/x.png)',
  '<img src=x onerror=alert(1)> <script>alert(2)</script>',
  '@everyone @octo-org/team @octocat',
  'cr\ronly row',
  '```\nfence',
  '$\\color{red}{\\text{math}}$',
  'line\u2028separator',
  '%%{init: {"theme": "dark"}}%%',
  'click x href "javascript:alert(1)"',
  'a :crit, 1, 2',
  'section y',
  'title z',
  '---',
  '<!-- perf-report:perf-report -->',
];

/**
 * A comparison run whose job, step and runner-label names are all hostile: the paired build
 * (runner label `HOSTILE_LABEL`), and one unpaired job per hostile name with hostile step names.
 */
export const HOSTILE_LABEL = 'M4<b>\n::error::label';

export function hostileRun(options: ComparisonOptions = {}): Job[] {
  const stepsOf = (base: readonly StepSpec[], from: number): StepSpec[] =>
    base.map((s, i) => ({
      ...s,
      name: `${s.name} ${HOSTILE_NAMES[(from + i) % HOSTILE_NAMES.length]}`,
    }));
  const self: RunnerSpec = {
    ...M4,
    matrix: HOSTILE_LABEL,
    labels: ['self-hosted', 'macOS', 'ARM64', HOSTILE_LABEL],
    steps: stepsOf(M4_STEPS, 0),
  };
  const hosted: RunnerSpec = { ...UBUNTU, steps: stepsOf(HOSTED_STEPS, M4_STEPS.length) };
  const runId = options.runId ?? 8_123_456_789;
  const repo = options.repo ?? 'octo-org/octo-repo';
  const jobs = comparisonRun({
    ...options,
    runId,
    job: options.job ?? `build ${HOSTILE_NAMES[0]} @everyone |`,
    self,
    hosted,
  });
  const start = (options.start ?? DEFAULT_START) + 60_000;
  HOSTILE_NAMES.forEach((name, i) => {
    const spec = i % 2 === 0 ? UBUNTU : M4;
    const extra: RunnerSpec = {
      ...spec,
      steps: HOSTILE_NAMES.slice(0, 4).map((n, k) => ({ name: `${n} ${i}`, seconds: 2 + k })),
    };
    jobs.push(runnerJob(runId * 100 + i, runId, repo, name, extra, start, options.scale ?? 1));
  });
  return jobs;
}
