/**
 * `require-tools`: pure parsing and judging. A tool line is `tool` (present on
 * PATH) or `tool <semver range or exact version>`; the version is read from `tool --version`.
 */
import coerce from 'semver/functions/coerce.js';
import satisfies from 'semver/functions/satisfies.js';
import validRange from 'semver/ranges/valid.js';
import { InputError } from '../lib/errors.ts';

export interface ToolRequirement {
  tool: string;
  /** The range as written; undefined: any version. */
  range?: string;
}

const TOOL = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

export function parseToolLine(line: string): ToolRequirement {
  const [tool = '', ...rest] = line.trim().split(/\s+/);
  const range = rest.join(' ');
  if (!TOOL.test(tool)) {
    throw new InputError(
      'require-tools',
      `Input 'require-tools' line '${line}': '${tool}' is not a command name (a line is 'tool' or 'tool <semver range>', e.g. 'node >=22').`,
    );
  }
  if (!range) return { tool };
  if (validRange(range) === null) {
    throw new InputError(
      'require-tools',
      `Input 'require-tools' line '${line}': '${range}' is not a semver range or version (e.g. '>=22', '^2.70', '10.16.1').`,
    );
  }
  return { tool, range };
}

export function parseToolLines(lines: readonly string[]): ToolRequirement[] {
  const parsed = lines.map(parseToolLine);
  const seen = new Set<string>();
  for (const r of parsed) {
    if (seen.has(r.tool)) {
      throw new InputError(
        'require-tools',
        `Input 'require-tools' names '${r.tool}' twice; put the whole range on one line (e.g. '${r.tool} >=1.2 <2').`,
      );
    }
    seen.add(r.tool);
  }
  return parsed;
}

/** The first version-looking thing in `--version` output: `v24.1.0`, `gh version 2.70.0 (…)`. */
export function versionIn(output: string): string | undefined {
  return coerce(output)?.version;
}

/** What was found for one tool: where it is on PATH, and its `--version` output when asked. */
export interface Probe {
  path?: string;
  output?: string;
  /** Why `--version` gave nothing usable. */
  error?: string;
}

export interface ToolCheck {
  tool: string;
  wanted: string;
  /** What was found, for the summary: a version, a path, or why there is none. */
  found: string;
  ok: boolean;
  /** For a failure: what was wrong, in words (`not found on PATH`, `found 20.1.0`). */
  problem?: string;
}

export function judgeTool(req: ToolRequirement, probe: Probe): ToolCheck {
  const wanted = req.range ?? 'any version';
  const fail = (found: string, problem = found): ToolCheck => ({
    tool: req.tool,
    wanted,
    found,
    ok: false,
    problem,
  });
  if (!probe.path) return fail('not found on PATH');
  if (!req.range) return { tool: req.tool, wanted, found: probe.path, ok: true };
  if (probe.error !== undefined) return fail(probe.error);
  const version = versionIn(probe.output ?? '');
  if (!version) {
    const said = (probe.output ?? '').trim().split(/\r?\n/)[0]?.slice(0, 80) || 'nothing';
    return fail(`no version in '${req.tool} --version' (it printed '${said}')`);
  }
  if (satisfies(version, req.range, { includePrerelease: true })) {
    return { tool: req.tool, wanted, found: version, ok: true };
  }
  return fail(version, `found ${version}`);
}

/** One message naming every failed tool, what was wanted and what was found. */
export function toolFailure(checks: readonly ToolCheck[]): string | undefined {
  const failed = checks.filter((c) => !c.ok);
  if (!failed.length) return undefined;
  const list = failed.map((c) => `${c.tool} (wanted ${c.wanted}): ${c.problem}`).join('; ');
  return `require-tools: ${failed.length} of ${checks.length} not as required: ${list}.`;
}
