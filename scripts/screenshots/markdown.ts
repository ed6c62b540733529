/**
 * The Markdown the README's pictures show, made by the demo: select-runner's and perf-report's
 * step summaries (the decision, the phase table, the timeline) and perf-report's PR comment. It
 * comes from the same `runDemoJob` as `pnpm start`, so the pictures are what a user gets, and its
 * hash, recorded in docs/images/screenshots.json, tells a test (which needs no browser) whether
 * the committed pictures are still current.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemoFleet } from '../../test/support/demo-fleet.ts';
import { startGitHubApi } from '../../test/support/github-api.ts';
import { ROOT } from '../actions.ts';
import { DEFAULT_LABELS } from '../demo/args.ts';
import { DEMO } from '../demo/context.ts';
import { runDemoJob } from '../demo/job.ts';

export const IMAGES_DIR = join(ROOT, 'docs', 'images');
export const MANIFEST = join(IMAGES_DIR, 'screenshots.json');

export interface Picture {
  /** The PNG's file name under docs/images/. */
  file: string;
  /** What the frame around it says, as GitHub's page would. */
  frame: 'step-summary' | 'pr-comment';
  markdown: string;
}

export async function pictureMarkdown(): Promise<Picture[]> {
  const api = await startGitHubApi({ tokens: [DEMO.token] });
  const dir = mkdtempSync(join(tmpdir(), 'screenshots-'));
  try {
    loadDemoFleet(api, { repo: DEMO.repository });
    const { result, comment } = await runDemoJob({
      api,
      demo: DEMO,
      labels: DEFAULT_LABELS,
      real: undefined,
      dir,
      reportPath: join(dir, 'perf-report.json'),
    });
    const summaryOf = (action: string) => {
      const step = result.steps.find((s) => s.action === action);
      if (!step?.main?.summary) throw new Error(`the demo's ${action} wrote no step summary`);
      return step.main.summary;
    };
    if (!comment) throw new Error('the demo wrote no PR comment');
    return [
      {
        file: 'step-summary.png',
        frame: 'step-summary',
        markdown: `${summaryOf('select-runner').trim()}\n\n${summaryOf('perf-report').trim()}\n`,
      },
      { file: 'pr-comment.png', frame: 'pr-comment', markdown: comment },
    ];
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** file name → sha256 of the Markdown it was rendered from. */
export type Manifest = Record<string, { markdownSha256: string }>;

export function manifestOf(pictures: readonly Picture[]): Manifest {
  return Object.fromEntries(pictures.map((p) => [p.file, { markdownSha256: sha256(p.markdown) }]));
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}
