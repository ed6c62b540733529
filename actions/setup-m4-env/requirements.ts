/**
 * `require-tools` and `require-arch`: pure parsing and judging. A tool line is `tool` (present on
 * PATH) or `tool <semver range or exact version>`; the version is read from `tool --version`.
 */
import coerce from 'semver/functions/coerce.js';
import satisfies from 'semver/functions/satisfies.js';
import validRange from 'semver/ranges/valid.js';
import { InputError } from '../lib/errors.ts';
import type { Host } from './host.ts';

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
  if (validRange(range, { loose: true }) === null) {
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
  found: string;
  ok: boolean;
}

export function judgeTool(req: ToolRequirement, probe: Probe): ToolCheck {
  const wanted = req.range ?? 'any version';
  if (!probe.path) return { tool: req.tool, wanted, found: 'not found on PATH', ok: false };
  if (!req.range) return { tool: req.tool, wanted, found: probe.path, ok: true };
  if (probe.error !== undefined) {
    return { tool: req.tool, wanted, found: `${probe.path}, but ${probe.error}`, ok: false };
  }
  const version = versionIn(probe.output ?? '');
  if (!version) {
    const said = (probe.output ?? '').trim().split(/\r?\n/)[0]?.slice(0, 80) || 'nothing';
    return {
      tool: req.tool,
      wanted,
      found: `no version in '${req.tool} --version' (it printed '${said}')`,
      ok: false,
    };
  }
  const ok = satisfies(version, req.range, { includePrerelease: true, loose: true });
  return { tool: req.tool, wanted, found: version, ok };
}

/** One message naming every failed tool, what was wanted and what was found. */
export function toolFailure(checks: readonly ToolCheck[]): string | undefined {
  const failed = checks.filter((c) => !c.ok);
  if (!failed.length) return undefined;
  const list = failed.map((c) => `${c.tool} (wanted ${c.wanted}; found ${c.found})`).join('; ');
  return `require-tools: ${failed.length} of ${checks.length} tool${checks.length > 1 ? 's' : ''} not as required: ${list}.`;
}

export function archFailure(host: Host, wanted: readonly string[]): string | undefined {
  if (!wanted.length || wanted.includes(host.arch)) return undefined;
  const how =
    host.rosetta && host.nativeArch !== host.arch
      ? `this Node runs as ${host.arch} under Rosetta on ${host.nativeArch} hardware`
      : `this host is ${host.arch}`;
  return `require-arch: wanted ${wanted.join(' or ')}, but ${how}.`;
}

export function rosettaMessage(host: Host): string | undefined {
  if (!host.rosetta) return undefined;
  return `This Node runs as ${host.arch} translated by Rosetta 2 on ${host.chip}: jobs run 2-3x slower than native. Install the arm64 runner and an arm64 Node.`;
}
