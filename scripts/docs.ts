/**
 * Generates each action's reference from its action.yml plus the hand-written usage fragment,
 * and the token table wherever it is shown.
 *   pnpm run docs          write action-docs/<action>.md, action-docs/README.md, <action>/README.md,
 *                          and the token table in README.md and workflows-templates/*.yml
 *   pnpm run check:docs   fail when any of them is stale, or an input or output lacks a description
 *
 * Sources: `<action>/action.yml` (inputs, outputs, runs), `scripts/docs/usage/<action>.md`
 * (hand-written fragments, not pages: a `## Usage` section with an example and a
 * `## Token permissions` section, where `<!-- token-table -->` stands for the table) and
 * `scripts/docs/tokens.ts` (the token table's one source). Output is a pure function of those
 * files: no dates, no environment, metadata order kept.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { DOC_PATH as RUNNER_HOOKS_DOC, runnerHooksPage } from '../actions/runner-hooks/docs.ts';
import { ACTIONS, type ActionMetadata, ROOT } from './actions.ts';
import {
  fillBetween,
  MARKDOWN_MARKER,
  README_END,
  README_START,
  TOKEN_SCOPES,
  tokenTableComment,
  tokenTableMarkdown,
  YAML_END,
  YAML_START,
} from './docs/tokens.ts';

/** How the docs name the repository in `uses:`; users replace `your-org` with its owner. */
export const USES_OWNER = 'your-org';
export const DOCS_DIR = 'action-docs';
/** Hand-written fragments the references are made of: outside action-docs/, so never browsed as pages. */
export const USAGE_DIR = 'scripts/docs/usage';
export const TEMPLATES_DIR = 'workflows-templates';
export const REQUIRED_SECTIONS = ['## Usage', '## Token permissions'] as const;

export interface Action {
  name: string;
  meta: ActionMetadata;
  /** The hand-written usage page, or undefined when it does not exist. */
  usage: string | undefined;
}

export interface DocFile {
  /** Relative to the root, with `/` separators. */
  path: string;
  content: string;
}

export interface Plan {
  files: DocFile[];
  problems: string[];
}

export function usesOf(action: string): string {
  return `${USES_OWNER}/runner-actions/${action}@v1`;
}

/** A Markdown table cell: one line, pipes escaped, paragraphs kept apart. */
export function cell(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' '))
    .join('<br><br>')
    .replace(/\|/g, '\\|');
}

/** Inline code that survives backticks in the value; each line of a multi-line value on its own. */
export function code(value: string): string {
  const lines = value.split('\n').filter((line) => line !== '');
  if (lines.length === 0) return "`''`";
  return lines
    .map((line) => {
      const ticks = '`'.repeat(longestRun(line, '`') + 1);
      const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
      return `${ticks}${pad}${line}${pad}${ticks}`.replace(/\|/g, '\\|');
    })
    .join('<br>');
}

function row(cells: readonly string[]): string {
  return `|${cells.map((c) => (c ? ` ${c} ` : ' ')).join('|')}|`;
}

function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

function isRequired(input: { required?: boolean | string }): boolean {
  return input.required === true || input.required === 'true';
}

/** Missing metadata a reference cannot be written without. */
export function problemsOf(action: Action): string[] {
  const file = `${action.name}/action.yml`;
  const found: string[] = [];
  const { meta } = action;
  if (!meta?.name?.trim()) found.push(`${file}: no name`);
  if (!meta?.description?.trim()) found.push(`${file}: no description`);
  for (const [kind, map] of [
    ['input', meta?.inputs],
    ['output', meta?.outputs],
  ] as const) {
    for (const [key, value] of Object.entries(map ?? {})) {
      const description = (value as { description?: unknown } | null)?.description;
      if (typeof description !== 'string' || !description.trim()) {
        found.push(`${file}: ${kind} '${key}' has no description`);
      }
    }
  }
  const usage = `${USAGE_DIR}/${action.name}.md`;
  if (action.usage === undefined) {
    found.push(`${usage} is missing (hand-written ${REQUIRED_SECTIONS.join(' and ')})`);
  } else {
    for (const section of REQUIRED_SECTIONS) {
      if (!action.usage.split('\n').some((line) => line.trimEnd() === section)) {
        found.push(`${usage}: no '${section}' section`);
      }
    }
    if (!action.usage.includes(usesOf(action.name))) {
      found.push(`${usage}: the example does not use '${usesOf(action.name)}'`);
    }
  }
  return found;
}

function generatedNote(sources: string[]): string {
  const edit = sources.length === 1 ? 'Edit it' : 'Edit those';
  return `<!-- Generated by 'pnpm run docs' from ${sources.join(', ')}. ${edit}, not this file. -->`;
}

/** The reference page of one action. */
export function renderReference(action: Action): string {
  const { name, meta } = action;
  const inputs = Object.entries(meta.inputs ?? {});
  const outputs = Object.entries(meta.outputs ?? {});
  const out: string[] = [
    generatedNote([`${name}/action.yml`, `${USAGE_DIR}/${name}.md`]),
    '',
    `# ${meta.name}`,
    '',
    (meta.description ?? '').trim(),
    '',
    `Used as \`${usesOf(name)}\`. Replace \`${USES_OWNER}\` with the owner of the runner-actions repository you use.`,
    '',
    withTokenTable(action.usage ?? '').trim(),
    '',
    '## Inputs',
    '',
  ];
  if (inputs.length === 0) out.push('None.');
  else {
    out.push('| Input | Required | Default | Description |', '| --- | --- | --- | --- |');
    for (const [key, input] of inputs) {
      const value = input ?? {};
      const fallback = value.default === undefined ? '' : code(String(value.default));
      out.push(
        row([
          `\`${key}\``,
          isRequired(value) ? 'yes' : 'no',
          fallback,
          cell(value.description ?? ''),
        ]),
      );
    }
  }
  out.push('', '## Outputs', '');
  if (outputs.length === 0) out.push('None.');
  else {
    out.push('| Output | Description |', '| --- | --- |');
    for (const [key, output] of outputs) {
      out.push(row([`\`${key}\``, cell(output?.description ?? '')]));
    }
  }
  const { runs } = meta;
  out.push('', '## Runs', '', `- Runtime: \`${runs.using}\``);
  out.push(`- Main: \`${bundlePath(name, runs.main)}\``);
  if (runs.post) {
    out.push(
      `- Post: \`${bundlePath(name, runs.post)}\`, run when \`${runs['post-if'] ?? 'always()'}\``,
    );
  } else out.push('- Post: none');
  return `${out.join('\n')}\n`;
}

/** A fragment with its `<!-- token-table -->` line replaced by the table. */
export function withTokenTable(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === MARKDOWN_MARKER ? tokenTableMarkdown(TOKEN_SCOPES) : line))
    .join('\n');
}

/** Files outside action-docs/ that show the token table between markers. */
export interface TableHost {
  /** Relative to the root. */
  path: string;
  text: string;
}

/** README.md and the templates with the token table filled in, or a problem when a marker is missing. */
export function fillTokenTables(hosts: readonly TableHost[]): {
  files: DocFile[];
  problems: string[];
} {
  const files: DocFile[] = [];
  const problems: string[] = [];
  for (const host of hosts) {
    const yaml = host.path.endsWith('.yml');
    const filled = yaml
      ? fillBetween(host.text, YAML_START, YAML_END, tokenTableComment(TOKEN_SCOPES).join('\n'))
      : fillBetween(host.text, README_START, README_END, tokenTableMarkdown(TOKEN_SCOPES, true));
    if (filled === undefined) {
      const [start, end] = yaml ? [YAML_START, YAML_END] : [README_START, README_END];
      problems.push(`${host.path}: no token table markers ('${start}' ... '${end}')`);
    } else files.push({ path: host.path, content: filled });
  }
  return { files, problems };
}

/** README.md and every workflow template under `root`. */
export function loadTableHosts(root: string): TableHost[] {
  const paths = ['README.md'];
  const templates = join(root, TEMPLATES_DIR);
  if (existsSync(templates)) {
    for (const name of readdirSync(templates).sort()) {
      if (name.endsWith('.yml')) paths.push(`${TEMPLATES_DIR}/${name}`);
    }
  }
  return paths
    .filter((p) => existsSync(join(root, p)))
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** `../dist/x/main/index.js` as seen from the root. */
function bundlePath(action: string, target: string): string {
  return join(action, target).split('\\').join('/');
}

/** The short README in the action's root folder, pointing at its reference. */
export function renderPointer(action: Action): string {
  return [
    generatedNote([`${action.name}/action.yml`]),
    '',
    `# ${action.meta.name}`,
    '',
    (action.meta.description ?? '').trim(),
    '',
    '```yaml',
    `- uses: ${usesOf(action.name)}`,
    '```',
    '',
    `Inputs, outputs, token permissions and a usage example: [action-docs/${action.name}.md](../${DOCS_DIR}/${action.name}.md).`,
    '',
  ].join('\n');
}

/** action-docs/README.md: one line per action. */
export function renderIndex(actions: readonly Action[]): string {
  const out = [
    generatedNote(actions.map((a) => `${a.name}/action.yml`)),
    '',
    '# Action reference',
    '',
    `Each action is used as \`${USES_OWNER}/runner-actions/<action>@v1\`; replace \`${USES_OWNER}\` with the owner of the runner-actions repository you use.`,
    '',
    '| Action | What it does |',
    '| --- | --- |',
    ...actions.map((a) => `| [${a.name}](${a.name}.md) | ${cell(a.meta.description ?? '')} |`),
    '',
  ];
  return out.join('\n');
}

/** Every action whose action.yml exists under `root`, in the order of `names`. */
export function loadActions(root: string, names: readonly string[] = ACTIONS): Action[] {
  const found: Action[] = [];
  for (const name of names) {
    const metadata = join(root, name, 'action.yml');
    if (!existsSync(metadata)) continue;
    const meta = parse(readFileSync(metadata, 'utf8')) as ActionMetadata;
    const usagePath = join(root, USAGE_DIR, `${name}.md`);
    const usage = existsSync(usagePath) ? readFileSync(usagePath, 'utf8') : undefined;
    found.push({ name, meta, usage });
  }
  return found;
}

/** What the generated files must hold, and what is wrong with the sources. */
export function plan(actions: readonly Action[], hosts: readonly TableHost[] = []): Plan {
  const problems = actions.flatMap(problemsOf);
  const files: DocFile[] = [];
  for (const action of actions) {
    if (!action.meta?.runs) {
      problems.push(`${action.name}/action.yml: no runs section`);
      continue;
    }
    files.push({ path: `${DOCS_DIR}/${action.name}.md`, content: renderReference(action) });
    files.push({ path: `${action.name}/README.md`, content: renderPointer(action) });
  }
  files.push({ path: `${DOCS_DIR}/README.md`, content: renderIndex(actions) });
  const tables = fillTokenTables(hosts);
  files.push(...tables.files);
  problems.push(...tables.problems);
  return { files, problems };
}

/** Generated files that differ from the plan, and pages in action-docs/ nothing generates. */
export function stale(root: string, wanted: Plan): string[] {
  const differ = wanted.files
    .filter((file) => {
      const path = join(root, file.path);
      return !existsSync(path) || readFileSync(path, 'utf8') !== file.content;
    })
    .map((file) => file.path);
  const known = new Set(wanted.files.map((file) => file.path));
  const dir = join(root, DOCS_DIR);
  const orphans = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .map((name) => `${DOCS_DIR}/${name}`)
        .filter((path) => !known.has(path))
        .sort()
    : [];
  // Fragments used to live in action-docs/usage/, where they looked like pages of their own.
  const oldUsage = join(dir, 'usage');
  const fragments = existsSync(oldUsage)
    ? [`${DOCS_DIR}/usage/ (usage fragments live in ${USAGE_DIR}/; delete it)`]
    : [];
  return [
    ...differ,
    ...orphans.map((path) => `${path} (no action generates it; delete it)`),
    ...fragments,
  ];
}

export function write(root: string, wanted: Plan): string[] {
  const written: string[] = [];
  for (const file of wanted.files) {
    const path = join(root, file.path);
    if (existsSync(path) && readFileSync(path, 'utf8') === file.content) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    written.push(file.path);
  }
  return written;
}

/** The command line; returns the exit code. */
export function main(root: string, args: readonly string[]): number {
  const check = args.includes('--check');
  const actions = loadActions(root);
  const wanted = plan(actions, loadTableHosts(root));
  // runner-hooks is not a step: its page comes from the installer's option table.
  if ([join('runner-hooks', 'install'), RUNNER_HOOKS_DOC].some((p) => existsSync(join(root, p)))) {
    wanted.files.push({ path: RUNNER_HOOKS_DOC, content: runnerHooksPage() });
  }
  let failed = false;
  if (wanted.problems.length) {
    console.error('The action metadata or usage pages are incomplete:');
    for (const problem of wanted.problems) console.error(`  ${problem}`);
    failed = true;
  }
  if (check) {
    const differ = stale(root, wanted);
    if (differ.length) {
      console.error(`Generated docs are stale; run 'pnpm run docs' and commit:`);
      for (const path of differ) console.error(`  ${path}`);
      failed = true;
    }
    if (!failed) {
      const names = actions.map((a) => a.name).join(', ');
      console.log(`Docs are current for ${actions.length} actions (${names}).`);
    }
  } else {
    const written = write(root, wanted);
    console.log(
      written.length
        ? `Wrote ${written.join(', ')}.`
        : `Docs already current (${actions.length} actions).`,
    );
    const orphans = stale(root, wanted);
    for (const orphan of orphans) console.error(`  ${orphan}`);
    if (orphans.length) failed = true;
  }
  return failed ? 1 : 0;
}

if (import.meta.main) process.exit(main(ROOT, process.argv.slice(2)));
