/**
 * perf-report's figures on a run of 1,500 jobs x 40 steps served by the REST stand-in:
 * requests = ceil(jobs/100), the step summary under 1 MiB, and start-to-exit time over the floor
 * of Node 24 merely fetching those same pages (at most 3).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largeRun } from '../support/comparison-run.ts';
import { startGitHubApi } from '../support/github-api.ts';
import { type Bench, type Command, ROOT, sideBySide, timeOnce } from './measure.ts';

const JOBS = 1500;
const STEPS = 40;
const RUN_ID = 9_000_000_001;
const REPO = 'octo-org/octo-repo';
const TOKEN = 'test-token';

/** The floor: fetch every page of the jobs, following Link, and parse each. */
const FLOOR = `
let url = process.argv[2];
let jobs = 0;
while (url) {
  const res = await fetch(url, { headers: { authorization: 'token ${TOKEN}', accept: 'application/vnd.github+json' } });
  jobs += (await res.json()).jobs.length;
  url = /<([^>]+)>;\\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
}
if (jobs !== ${JOBS}) throw new Error('read ' + jobs + ' jobs');
`;

const bench: Bench = async () => {
  const api = await startGitHubApi({ tokens: [TOKEN], rateLimit: 1_000_000 });
  const dir = mkdtempSync(join(tmpdir(), 'perf-report-bench-'));
  try {
    api.data.jobs.set(RUN_ID, largeRun({ runId: RUN_ID, jobs: JOBS, steps: STEPS }));
    const floorScript = join(dir, 'floor.mjs');
    writeFileSync(floorScript, FLOOR);
    const summary = join(dir, 'summary.md');
    const output = join(dir, 'output.txt');
    const subject: Command = {
      args: [join(ROOT, 'dist', 'perf-report', 'main', 'index.js')],
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true',
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: REPO,
        GITHUB_RUN_ID: String(RUN_ID),
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: dir,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        'INPUT_GITHUB-TOKEN': TOKEN,
        INPUT_BASELINE: 'none',
        'INPUT_REPORT-ID': 'perf-report',
        'INPUT_REGRESSION-THRESHOLD': '1.15',
        'INPUT_PRICE-PER-MINUTE': '0.008',
        'INPUT_COMMENT-ON-PR': 'false',
        'INPUT_FAIL-ON-REGRESSION': 'false',
      },
      before: () => {
        writeFileSync(summary, '');
        writeFileSync(output, '');
      },
    };
    const floor: Command = {
      args: [floorScript, `${api.url}/repos/${REPO}/actions/runs/${RUN_ID}/jobs?per_page=100`],
    };

    api.requests.length = 0;
    await timeOnce(subject);
    const requests = api.requests.length;
    const summaryBytes = statSync(summary).size;
    const speedup = /speedup<<[^\n]+\n([^\n]*)/.exec(readFileSync(output, 'utf8'))?.[1];

    const pair = await sideBySide(subject, floor, 11);
    return [
      {
        action: 'perf-report',
        figure: `requests for ${JOBS} jobs x ${STEPS} steps`,
        value: requests,
        limit: Math.ceil(JOBS / 100),
        unit: 'requests',
        detail: `ceil(jobs/100); speedup output ${speedup}`,
      },
      {
        action: 'perf-report',
        figure: 'step summary size',
        value: summaryBytes,
        limit: 1024 * 1024,
        unit: 'bytes',
        detail: "GitHub's 1 MiB summary limit",
      },
      {
        action: 'perf-report',
        figure: 'start-to-exit over fetching the pages',
        value: pair.ratio,
        limit: 3,
        unit: 'x',
        detail: `${Math.round(pair.subject)} ms vs ${Math.round(pair.floor)} ms (Node 24 fetch of the same ${requests} pages)`,
      },
    ];
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Long: only with `pnpm bench --full` (or `pnpm bench perf-report`). */
export const long = true;
/** Its usual duration here, in seconds (shown while `pnpm bench` runs). */
export const seconds = 35;
export default bench;
