/**
 * `baseline: cache`: each push saves its report in the Actions cache under a key of its branch
 * and report-id; a pull request restores its base branch's newest report, a push its own
 * branch's previous one. Cache entries cannot be overwritten, so every save gets a key of its
 * own (ending in the run id and attempt) and a restore matches the newest by prefix.
 *
 * @actions/cache is loaded only here, on this path. It archives paths relative to the
 * workspace, and a cache entry's version covers the path as written, so the report is staged at
 * the same relative path on every runner and removed afterwards.
 */
import { mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { messageOf } from '../lib/errors.ts';
import { info, oneLine, warning } from '../lib/runner.ts';
import type { History } from './history.ts';
import { isReport, type Report, reportProblem } from './report.ts';

/** Where the report is staged, relative to the workspace. */
export const stagingPath = (reportId: string): string => `.perf-report-cache/${reportId}.json`;

/** `perf-report:<id>:<branch>:`: a branch name cannot hold `:`, so no branch's prefix is another's. */
export const keyPrefix = (reportId: string, branch: string): string =>
  `perf-report:${reportId}:${branch}:`;

export const saveKey = (reportId: string, branch: string, runId: number, attempt: number) =>
  `${keyPrefix(reportId, branch)}${runId}-${attempt}`;

export interface CachePlan {
  /** Branch whose newest report is the baseline. */
  restoreFrom?: string;
  /** Branch this run's report is saved for. */
  saveAs?: string;
  /** Why nothing is restored or saved. */
  note?: string;
}

/** What to restore and save, from the run's refs (GITHUB_BASE_REF, GITHUB_REF). */
export function cachePlan(env: { baseRef?: string; ref?: string }): CachePlan {
  if (env.baseRef) return { restoreFrom: env.baseRef };
  const branch = /^refs\/heads\/(.+)$/.exec(env.ref ?? '')?.[1];
  if (branch) return { restoreFrom: branch, saveAs: branch };
  return {
    note: `baseline: cache keeps reports per branch, and this run is for '${env.ref ?? 'no ref'}', not a branch or a pull request.`,
  };
}

const loadCache = () => import('@actions/cache');

function available(cache: Awaited<ReturnType<typeof loadCache>>): boolean {
  if (cache.isFeatureAvailable()) return true;
  warning(
    'baseline: cache needs the Actions cache service (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL), which this runner does not offer; no baseline is used or saved.',
  );
  return false;
}

export interface Restored {
  report: Report;
  key: string;
  /** The history saved in the same entry (unparsed; see history.ts), when there was one. */
  history?: unknown;
}

export async function restoreBaseline(
  reportId: string,
  branch: string,
  workspace: string,
): Promise<Restored | undefined> {
  const cache = await loadCache();
  if (!available(cache)) return undefined;
  const rel = stagingPath(reportId);
  const file = join(workspace, rel);
  const prefix = keyPrefix(reportId, branch);
  rmSync(file, { force: true });
  try {
    const key = await cache.restoreCache([rel], `${prefix}latest`, [prefix]);
    if (!key) {
      info(`baseline: no report of '${oneLine(branch)}' in the cache yet (${oneLine(prefix)}*).`);
      return undefined;
    }
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isReport(json)) {
      warning(
        `baseline: the cache entry ${key} does not hold a readable perf-report (${reportProblem(json)}); it is ignored.`,
      );
      return undefined;
    }
    info(`baseline: restored ${oneLine(key)}.`);
    // The history travels in the same file, beside the report's own fields.
    const { history, ...report } = json as Report & { history?: unknown };
    return { report: report as Report, key, history };
  } catch (error) {
    warning(
      `baseline: could not restore the report of '${branch}' from the cache: ${messageOf(error)}`,
    );
    return undefined;
  } finally {
    cleanUp(workspace, file);
  }
}

export async function saveReport(
  report: Report,
  branch: string,
  workspace: string,
  history?: History,
): Promise<string | undefined> {
  const cache = await loadCache();
  if (!available(cache)) return undefined;
  const rel = stagingPath(report.reportId);
  const file = join(workspace, rel);
  const key = saveKey(report.reportId, branch, report.run.runId, report.run.runAttempt);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(history ? { ...report, history } : report));
    const id = await cache.saveCache([rel], key);
    if (id === -1) {
      warning(`baseline: the report was not saved to the cache (${key}); see the log above.`);
      return undefined;
    }
    info(`baseline: saved this report as ${oneLine(key)}.`);
    return key;
  } catch (error) {
    warning(`baseline: could not save the report to the cache (${key}): ${messageOf(error)}`);
    return undefined;
  } finally {
    cleanUp(workspace, file);
  }
}

function cleanUp(workspace: string, file: string) {
  rmSync(file, { force: true });
  try {
    rmdirSync(join(workspace, '.perf-report-cache'));
  } catch {
    // Not empty (another report-id) or gone: leave it.
  }
}
