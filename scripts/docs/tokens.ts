/**
 * Which token lists self-hosted runners at each scope: the one source for the table in the
 * README, in check-runner's and select-runner's references and in the workflow templates'
 * headers (`pnpm run docs` renders it into each; `pnpm run check:docs` fails when one differs).
 *
 * Facts from GitHub's REST reference, "REST API endpoints for self-hosted runners"
 * (https://docs.github.com/en/rest/actions/self-hosted-runners): listing a repository's runners
 * takes the repository permission Administration (read) or the classic `repo` scope; an
 * organization's, the organization permission Self-hosted runners (read) or `admin:org`; an
 * enterprise's, the classic scope `manage_runners:enterprise` only: that endpoint works with
 * neither GitHub App tokens nor fine-grained personal access tokens.
 */

export interface TokenScope {
  /** What is read, as the table's first column says it. */
  runners: string;
  /** The action inputs that select this scope. */
  inputs: readonly string[];
  classic: string;
  /** Fine-grained PAT or GitHub App permission; undefined when neither works. */
  fineGrained: string | undefined;
}

export const TOKEN_SCOPES: readonly TokenScope[] = [
  {
    runners: 'a repository',
    inputs: ['repository'],
    classic: 'repo',
    fineGrained: 'Administration: read (repository permission)',
  },
  {
    runners: 'an organization',
    inputs: ['organization', 'runner-group'],
    classic: 'admin:org',
    fineGrained: 'Self-hosted runners: read (organization permission)',
  },
  {
    runners: 'an enterprise',
    inputs: ['enterprise'],
    classic: 'manage_runners:enterprise',
    fineGrained: undefined,
  },
];

export const TOKEN_SOURCE = 'https://docs.github.com/en/rest/actions/self-hosted-runners';
const NONE = 'none: a classic PAT only';

/**
 * The Markdown table (README and action references). `aligned` pads the columns the way the
 * README's formatter (Biome) writes tables, so `pnpm run lint` and the generator agree.
 */
export function tokenTableMarkdown(
  scopes: readonly TokenScope[] = TOKEN_SCOPES,
  aligned = false,
): string {
  const head = ['Runners of', 'Classic PAT', 'Fine-grained PAT or GitHub App'];
  const rows = scopes.map((s) => [
    `${s.runners} (${s.inputs.map((i) => `\`${i}\``).join(', ')})`,
    `\`${s.classic}\``,
    s.fineGrained ?? NONE,
  ]);
  const widths = aligned
    ? head.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] as string).length)))
    : head.map(() => 0);
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(Math.max(3, w)))),
    ...rows.map(line),
    '',
    `Source: GitHub's [REST API reference for self-hosted runners](${TOKEN_SOURCE}): the enterprise endpoint takes neither GitHub App nor fine-grained tokens.`,
  ].join('\n');
}

/** The same table as YAML comment lines for the templates' headers, `indent` after the `#`. */
export function tokenTableComment(
  scopes: readonly TokenScope[] = TOKEN_SCOPES,
  indent = 3,
): string[] {
  const head = ['Runners of', 'Classic PAT', 'Fine-grained PAT or GitHub App'];
  const rows = scopes.map((s) => [s.runners, s.classic, s.fineGrained ?? NONE]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]) =>
    `#${' '.repeat(indent)}${cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i] as number) : c)).join('  ')}`.trimEnd();
  return [line(head), ...rows.map(line)];
}

/** Marks where the generated table goes. */
export const MARKDOWN_MARKER = '<!-- token-table -->';
export const README_START = '<!-- token-table:start (pnpm run docs) -->';
export const README_END = '<!-- token-table:end -->';
export const YAML_START = '# <token-table (pnpm run docs)>';
export const YAML_END = '# </token-table>';

/**
 * `text` with the part between `start` and `end` lines replaced by `body`; undefined when the
 * markers are missing or out of order.
 */
export function fillBetween(
  text: string,
  start: string,
  end: string,
  body: string,
): string | undefined {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.trim() === start);
  const to = lines.findIndex((l, i) => i > from && l.trim() === end);
  if (from < 0 || to < 0) return undefined;
  return [...lines.slice(0, from + 1), body, ...lines.slice(to)].join('\n');
}
