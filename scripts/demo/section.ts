/**
 * What a `pnpm start` section is and what it gets. A section is a module
 * `scripts/demo/<name>.ts` whose default export is a `DemoSection`; add it to the list in
 * `scripts/demo/sections.ts` and `pnpm start` runs it in that order.
 *
 *   export default {
 *     name: 'fleet-guard',
 *     async run(ctx) {
 *       ctx.heading('Fleet guard', simulated('an unserved label and a stuck job in the demo run'));
 *       ...                         // ctx.api is the GitHub stand-in, ctx.demo what it knows
 *       ctx.print(`  reason = ${…}`);
 *       ctx.keep('fleet-guard.md', markdown, 'fleet guard step summary');  // .demo/fleet-guard.md
 *       return 'success';
 *     },
 *   } satisfies DemoSection;
 *
 * Every section says where its figures come from: `simulated(…)` (the demo fleet, a made-up run),
 * `measured(…)` (this machine, now) or `real(…)` (the GitHub API the user pointed at).
 */
import type { GitHubApi } from '../../test/support/github-api.ts';
import type { RealTarget } from './args.ts';

export interface Source {
  kind: 'simulated' | 'measured' | 'real';
  /** What exactly, in a few words. */
  what: string;
}

export const simulated = (what: string): Source => ({ kind: 'simulated', what });
export const measured = (what = 'this machine, now'): Source => ({ kind: 'measured', what });
export const real = (what: string): Source => ({ kind: 'real', what });

const KIND_LABEL: Record<Source['kind'], string> = {
  simulated: 'SIMULATED',
  measured: 'MEASURED on this machine',
  real: 'REAL',
};

/** `== Runner decision · SIMULATED: the demo fleet ==`-style heading text. */
export function headingText(title: string, source: Source): string {
  return `== ${title} · ${KIND_LABEL[source.kind]}: ${source.what} ==`;
}

/** What the GitHub stand-in knows: its token, the demo repository and the demo run. */
export interface DemoIdentity {
  token: string;
  repository: string;
  runId: number;
  /** The pull request the demo run belongs to. */
  pullRequest: number;
}

export interface DemoContext {
  /** Self-hosted labels the user asked about (`--labels`). */
  labels: string;
  /** Set with `--repo`: the real API to ask for the runner decision. */
  real: RealTarget | undefined;
  /** The local GitHub REST stand-in (GITHUB_API_URL = api.url), holding the demo fleet. */
  api: GitHubApi;
  demo: DemoIdentity;
  /** The demo's folder (`.demo/`, gitignored, emptied when `pnpm start` begins). */
  out: string;
  /** A folder of its own under `.demo/` for the section's scratch files. */
  folder(name: string): string;
  /** Writes `.demo/<name>`, lists it at the end with `what`; returns its absolute path. */
  keep(name: string, content: string, what: string): string;
  /** A path under `.demo/` for a file an action writes itself; listed at the end with `what`. */
  keptPath(name: string, what: string): string;
  /** Prints one line. */
  print(line?: string): void;
  /** Prints a section heading that says where the figures come from. */
  heading(title: string, source: Source): void;
}

export interface DemoSection {
  /** Short name, used in error messages. */
  name: string;
  /** Runs the section; a thrown error counts as 'failure' and the next section still runs. */
  run(ctx: DemoContext): Promise<'success' | 'failure'>;
}
