/**
 * The hook scripts the installer writes: pure text. The runner runs each as `bash -e <file>` with
 * the job's variables. The script runs the hook code with the Node the installer found (every
 * path single-quoted, so spaces, quotes and `$(…)` in a folder name stay text). When that Node or
 * the code is gone, or it crashes, the script prints a warning and lets the job go on, unless the
 * install was `--strict`. The code is a copy inside the hooks folder: see
 * docs/decisions/runner-hooks-bundle.md.
 */
import { shellQuote } from '../setup-m4-env/bash-env.ts';

export const STAGES = ['job-started', 'job-completed'] as const;
export type Stage = (typeof STAGES)[number];

export const SCRIPT_FILES: Record<Stage, string> = {
  'job-started': 'job-started.sh',
  'job-completed': 'job-completed.sh',
};

/** The hooks' code is copied here, inside the hooks folder. */
export const BUNDLE_FOLDER = 'runner-hooks-code';

export interface ScriptInput {
  stage: Stage;
  node: string;
  /** The hook bundle (index.js). */
  bundle: string;
  record: string;
  strict: boolean;
}

export function hookScript(s: ScriptInput): string {
  const fail = s.strict ? 'exit 1' : 'exit 0';
  return [
    '#!/usr/bin/env bash',
    `# runner-actions ${s.stage} hook, written by runner-hooks/install. Re-run the installer to`,
    '# change it; runner-hooks/install --uninstall removes it.',
    `node=${shellQuote(s.node)}`,
    `bundle=${shellQuote(s.bundle)}`,
    `record=${shellQuote(s.record)}`,
    'if [ ! -x "$node" ] || [ ! -f "$bundle" ]; then',
    `  echo "::warning title=runner-hooks::The ${s.stage} hook cannot run: its Node or its code is missing. Run runner-hooks/install again."`,
    `  ${fail}`,
    'fi',
    'status=0',
    // The job's NODE_OPTIONS (flags for the job's own tools) are not for the hook.
    `NODE_OPTIONS= "$node" "$bundle" ${s.stage} "$record"${s.strict ? ' --strict' : ''} || status=$?`,
    'if [ "$status" -ne 0 ]; then',
    `  echo "::warning title=runner-hooks::The ${s.stage} hook ended with exit code $status."`,
    `  ${s.strict ? 'exit "$status"' : 'exit 0'}`,
    'fi',
    '',
  ].join('\n');
}
