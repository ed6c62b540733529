/** The five actions and where their entry points live: one place the build, docs and checks share. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const ACTIONS = [
  'check-runner',
  'select-runner',
  'setup-m4-env',
  'job-cleanup',
  'perf-report',
] as const;
export type ActionName = (typeof ACTIONS)[number];

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}
export interface ActionMetadata {
  name: string;
  description: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

export function readAction(name: string): ActionMetadata {
  return parse(readFileSync(join(ROOT, name, 'action.yml'), 'utf8')) as ActionMetadata;
}

export interface Entry {
  action: string;
  /** `main` or `post`. */
  kind: string;
  /** Source file, relative to the root. */
  source: string;
  /** Folder of the bundle, relative to the root (the bundle is `index.js` inside). */
  out: string;
}

/** Every entry point declared by an action.yml that exists, with its source file. */
export function entries(): Entry[] {
  const found: Entry[] = [];
  for (const action of ACTIONS) {
    if (!existsSync(join(ROOT, action, 'action.yml'))) continue;
    const { runs } = readAction(action);
    for (const [kind, target] of [
      ['main', runs.main],
      ['post', runs.post],
    ] as const) {
      if (!target) continue;
      const bundle = resolve(ROOT, action, target);
      const out = relative(ROOT, dirname(bundle));
      const expected = join('dist', action, kind);
      if (out !== expected || !bundle.endsWith('index.js')) {
        throw new Error(`${action}/action.yml: runs.${kind} must be ../${expected}/index.js`);
      }
      found.push({ action, kind, source: join('actions', action, `${kind}.ts`), out });
    }
  }
  return [...found, ...RUNNER_HOOKS];
}

/** Bundles that are not steps: runner-hooks/install runs `install`; the hook scripts run `hook`. */
export const RUNNER_HOOKS: Entry[] = ['install', 'hook'].map((kind) => ({
  action: 'runner-hooks',
  kind,
  source: join('actions', 'runner-hooks', `${kind}.ts`),
  out: join('dist', 'runner-hooks', kind),
}));
