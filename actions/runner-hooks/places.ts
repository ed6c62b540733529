/**
 * Where things are: the hooks folder (default beside the runner folder; never inside it, as
 * GitHub's docs require of hook scripts), the runner's `.env`, and the command that restarts the
 * runner. Pure: the caller passes a realpath function.
 */
import path from 'node:path';
import { isWithin } from '../job-cleanup/paths.ts';
import { DEFAULT_HOOKS_FOLDER } from './options.ts';

export function defaultHooksDir(runnerDir: string): string {
  return path.join(path.dirname(runnerDir), DEFAULT_HOOKS_FOLDER);
}

export function envFile(runnerDir: string): string {
  return path.join(runnerDir, '.env');
}

/**
 * Why `hooksDir` may not hold the hooks, or undefined. Compared as written and resolved (a link
 * that leads into the runner folder counts as inside it); case-insensitively where the file
 * system usually is (macOS, Windows).
 */
export function refuseHooksDir(
  hooksDir: string,
  runnerDir: string,
  real: (p: string) => string,
  foldCase: boolean,
): string | undefined {
  const runnerForms = new Set([runnerDir, real(runnerDir)]);
  const hookForms = new Set([hooksDir, real(hooksDir)]);
  for (const r of runnerForms) {
    for (const h of hookForms) {
      if (isWithin(h, r, foldCase)) {
        return `Option --hooks-dir: ${h} is inside the runner folder ${r}; GitHub requires hook scripts outside the runner application (an update replaces its files). Choose a folder beside it, e.g. ${defaultHooksDir(runnerDir)}.`;
      }
      if (isWithin(r, h, foldCase)) {
        return `Option --hooks-dir: ${h} holds the runner folder ${r}; choose a folder of its own, e.g. ${defaultHooksDir(runnerDir)}.`;
      }
    }
  }
  return undefined;
}

/** The realpath of `p`, or of its nearest existing folder with the rest appended. */
export function realOrNearest(p: string, realpath: (p: string) => string): string {
  const rest: string[] = [];
  for (let at = p; ; at = path.dirname(at)) {
    try {
      return path.join(realpath(at), ...rest.reverse());
    } catch {
      if (path.dirname(at) === at) return p;
      rest.push(path.basename(at));
    }
  }
}

/** How the runner picks up `.env` again: it reads it only when it starts. */
export function restartAdvice(runnerDir: string, service: boolean, quote: (s: string) => string) {
  return service
    ? `Restart the runner service so it reads .env again: cd ${quote(runnerDir)} && ./svc.sh stop && ./svc.sh start (with sudo where the service was installed with sudo).`
    : `Restart the runner so it reads .env again: stop ./run.sh (Ctrl-C) and start it: cd ${quote(runnerDir)} && ./run.sh`;
}
