/**
 * `require-tools`: pure parsing and judging. A tool line is `tool` (present on PATH) or
 * `tool <semver range or exact version>`, read from the tool's version command: `tool --version`
 * unless the tool is one whose makers chose otherwise (VERSION_COMMANDS), or the line says
 * `via "<program> <arguments>"`; `after "<text>"` takes the version that follows that text in
 * the output instead of the first version-looking thing. Commands run without a shell, with a time
 * limit (probe.ts). See docs/decisions/version-commands.md.
 */
import coerce from 'semver/functions/coerce.js';
import satisfies from 'semver/functions/satisfies.js';
import validRange from 'semver/ranges/valid.js';
import { InputError } from '../lib/errors.ts';

/** How a tool's version is read: the program (a command on PATH), its arguments, a marker. */
export interface VersionCommand {
  program: string;
  args: readonly string[];
  /** The version is the first one after this text; undefined: the first one in the output. */
  after?: string;
}

export interface ToolRequirement {
  tool: string;
  /** The range as written; undefined: any version. */
  range?: string;
  /** From `via`: how to read the version instead of the tool's usual command. */
  via?: readonly string[];
  /** From `after`. */
  after?: string;
}

/**
 * Tools whose version is not what `--version` prints first (recorded outputs in
 * test/fixtures/tool-versions): `xcodebuild -version` prints `Xcode 16.2` (it has no
 * `--version`); Apple's `swift --version` prints `swift-driver version: 1.115` before
 * `Swift version 6.0.3`; `go` has a `version` subcommand and writes `go1.23.4`.
 */
export const VERSION_COMMANDS: Readonly<Record<string, Omit<VersionCommand, 'program'>>> = {
  xcodebuild: { args: ['-version'], after: 'Xcode' },
  swift: { args: ['--version'], after: 'Swift version' },
  go: { args: ['version'], after: 'go version go' },
};

/** The command that reads `req`'s version. */
export function versionCommand(req: ToolRequirement): VersionCommand {
  if (req.via) {
    const [program = req.tool, ...args] = req.via;
    return { program, args, after: req.after };
  }
  const known = VERSION_COMMANDS[req.tool];
  return {
    program: req.tool,
    args: known?.args ?? ['--version'],
    after: req.after ?? known?.after,
  };
}

/** `xcodebuild -version`: the command as the user would type it, for messages. */
export function commandText(command: VersionCommand): string {
  return [command.program, ...command.args].join(' ');
}

const TOOL = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
/** An argument of `via`: no quotes, no shell syntax is needed since no shell runs it. */
const ARG = /^[^\s"'`]+$/;
const LINE = /^(\S+)(?:\s+(.*?))??(?:\s+via\s+"([^"]*)")?(?:\s+after\s+"([^"]*)")?$/;

const FORMS =
  "a line is 'tool', 'tool <semver range>', and after the range optionally " +
  'via "<program> <arguments>" and after "<text>", e.g. \'node >=22\', ' +
  '\'clang >=15 via "clang --version" after "clang version"\'';

export function parseToolLine(line: string): ToolRequirement {
  const bad = (why: string) =>
    new InputError('require-tools', `Input 'require-tools' line '${line}': ${why} (${FORMS}).`);
  const [, tool = '', written = '', viaText, after] = LINE.exec(line.trim()) ?? [];
  const range = written.trim();
  if (!TOOL.test(tool)) throw bad(`'${tool}' is not a command name`);
  if (/(^|\s)(via|after)(\s|$)/.test(range)) {
    throw bad(`'${range}' is not a semver range; via and after take their text in double quotes`);
  }
  if (!range) {
    if (viaText !== undefined || after !== undefined) {
      throw bad('via and after say how to read a version, so they need a range before them');
    }
    return { tool };
  }
  if (validRange(range) === null) {
    throw bad(`'${range}' is not a semver range or version (e.g. '>=22', '^2.70', '10.16.1')`);
  }
  const req: ToolRequirement = { tool, range };
  if (viaText !== undefined) {
    const via = viaText.trim().split(/\s+/).filter(Boolean);
    const [program = ''] = via;
    if (!TOOL.test(program)) throw bad(`via "${viaText}" does not start with a command name`);
    const odd = via.find((a) => !ARG.test(a));
    if (odd !== undefined) throw bad(`via "${viaText}" has the argument '${odd}' with a quote`);
    req.via = via;
  }
  if (after !== undefined) {
    if (!after.trim()) throw bad('after "" is empty; name the text printed before the version');
    req.after = after;
  }
  return req;
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

/**
 * The first version-looking thing in a version command's output (`v24.1.0`, `gh version 2.70.0
 * (…)`), or with `after`, the first one after that text; undefined when there is none.
 */
export function versionIn(output: string, after?: string): string | undefined {
  if (after === undefined) return coerce(output)?.version;
  const at = output.indexOf(after);
  return at < 0 ? undefined : coerce(output.slice(at + after.length))?.version;
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
  if (!probe.path) {
    const program = req.range === undefined ? req.tool : versionCommand(req).program;
    return fail(program === req.tool ? 'not found on PATH' : `'${program}' not found on PATH`);
  }
  if (!req.range) return { tool: req.tool, wanted, found: probe.path, ok: true };
  if (probe.error !== undefined) return fail(probe.error);
  const command = versionCommand(req);
  const shown = `'${commandText(command)}'`;
  const version = versionIn(probe.output ?? '', command.after);
  if (!version) {
    const said = (probe.output ?? '').trim().split(/\r?\n/)[0]?.slice(0, 80) || 'nothing';
    const where = command.after === undefined ? '' : ` after '${command.after}'`;
    return fail(`no version${where} in ${shown} (it printed '${said}')`);
  }
  if (satisfies(version, req.range, { includePrerelease: true })) {
    return { tool: req.tool, wanted, found: version, ok: true };
  }
  return fail(version, `found ${version} in ${shown}`);
}

/** One message naming every failed tool, what was wanted and what was found. */
export function toolFailure(checks: readonly ToolCheck[]): string | undefined {
  const failed = checks.filter((c) => !c.ok);
  if (!failed.length) return undefined;
  const list = failed.map((c) => `${c.tool} (wanted ${c.wanted}): ${c.problem}`).join('; ');
  return `require-tools: ${failed.length} of ${checks.length} not as required: ${list}.`;
}
