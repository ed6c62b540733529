/**
 * Reads each job's `runs-on` out of a workflow file, with the line of its `runs-on` key, and the
 * job's literal `strategy.matrix`. Pure: text in, plain data out. A file that does not parse is
 * an answer (its line and the parser's message), never an exception.
 */
import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  visit,
  type YAMLMap,
} from 'yaml';

/** `runs-on` as written: a label list, optionally with a runner group. Strings may hold `${{ }}`. */
export interface RunsOn {
  group?: string;
  labels: string[];
}

export interface JobRunsOn {
  /** The job's id (its key under `jobs:`). */
  job: string;
  /** 1-based line of the job's `runs-on` key. */
  line: number;
  runsOn: RunsOn;
  /** `strategy.matrix` as plain data, a string when it is an expression, undefined when absent. */
  matrix?: unknown;
}

export interface ParseProblem {
  line: number;
  message: string;
}

export interface ParsedWorkflow {
  jobs: JobRunsOn[];
  /** Jobs whose `runs-on` has a shape GitHub does not accept, by job id and line. */
  invalid: (ParseProblem & { job: string })[];
  /** Set when the file is not a workflow GitHub could read: nothing else is checked then. */
  error?: ParseProblem;
}

/**
 * A matrix is read with at most this many aliases followed (each time one is passed, nested ones
 * included) and at most this many values built: enough for real workflows, too few for a YAML
 * bomb (docs/decisions/guard-lint-yaml.md).
 */
export const MAX_ALIASES = 100;
export const MAX_MATRIX_VALUES = 10_000;

export function parseWorkflow(text: string): ParsedWorkflow {
  const counter = new LineCounter();
  // Duplicate keys are found below in one pass: the library's own check compares every pair of
  // keys of a mapping, quadratic in a big `jobs:`.
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: false,
  });
  const lineOf = (offset: number | undefined) => Math.max(1, counter.linePos(offset ?? 0).line);
  const first = doc.errors[0];
  if (first) {
    return {
      jobs: [],
      invalid: [],
      error: { line: lineOf(first.pos[0]), message: firstLine(first.message) },
    };
  }
  const walked = walk(doc);
  if ('error' in walked) {
    return {
      jobs: [],
      invalid: [],
      error: { line: lineOf(walked.error.offset), message: walked.error.message },
    };
  }
  // Each alias resolved once, by the table: the library's `resolve` walks the whole document per
  // alias, quadratic in a file full of aliases.
  const targets = walked.targets;
  const resolve = (node: unknown): unknown => (isAlias(node) ? targets.get(node) : node);
  const root = resolve(doc.contents);
  if (!isMap(root)) {
    return {
      jobs: [],
      invalid: [],
      error: { line: 1, message: 'The file is not a YAML mapping.' },
    };
  }
  const jobsPair = findPair(root, 'jobs', resolve);
  const jobsNode = resolve(jobsPair?.value);
  if (!jobsPair || !isMap(jobsNode)) {
    return {
      jobs: [],
      invalid: [],
      error: {
        line: lineOf(keyOffset(jobsPair)),
        message: "The workflow has no 'jobs' mapping.",
      },
    };
  }
  const parsed: ParsedWorkflow = { jobs: [], invalid: [] };
  for (const pair of jobsNode.items) {
    const key = resolve(pair.key);
    const job = isScalar(key) ? String(key.value) : '';
    const body = resolve(pair.value);
    if (!isMap(body)) continue;
    const runsOnPair = findPair(body, 'runs-on', resolve);
    if (!runsOnPair) continue; // a reusable-workflow call (`uses:`) or a job GitHub rejects anyway
    const line = lineOf(keyOffset(runsOnPair));
    const runsOn = readRunsOn(resolve(runsOnPair.value), resolve);
    if (typeof runsOn === 'string') {
      parsed.invalid.push({ job, line, message: runsOn });
      continue;
    }
    const entry: JobRunsOn = { job, line, runsOn };
    const strategy = resolve(findPair(body, 'strategy', resolve)?.value);
    const matrixNode = isMap(strategy) ? findPair(strategy, 'matrix', resolve)?.value : undefined;
    if (matrixNode !== undefined && matrixNode !== null) {
      const read = plain(matrixNode, targets);
      entry.matrix = typeof read === 'string' ? read : read.value;
    }
    parsed.jobs.push(entry);
  }
  return parsed;
}

/**
 * One pass over the document in order: the node each alias names (the last anchor of that name
 * before it, as YAML says), and the first duplicate key of a mapping or alias with no anchor.
 */
function walk(
  doc: Document,
): { targets: Map<Alias, Node> } | { error: { offset: number | undefined; message: string } } {
  const targets = new Map<Alias, Node>();
  const anchors = new Map<string, Node>();
  let error: { offset: number | undefined; message: string } | undefined;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
        else {
          error = {
            offset: node.range?.[0],
            message: `Alias *${node.source} names no anchor before it.`,
          };
          return visit.BREAK;
        }
        return undefined;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      if (isMap(node)) {
        const seen = new Set<unknown>();
        for (const pair of node.items) {
          if (!isScalar(pair.key)) continue;
          if (seen.has(pair.key.value)) {
            error = { offset: pair.key.range?.[0], message: 'Map keys must be unique' };
            return visit.BREAK;
          }
          seen.add(pair.key.value);
        }
      }
      return undefined;
    },
  });
  return error ? { error } : { targets };
}

/**
 * A node as plain data, aliases followed through the table, within the caps: at most
 * `MAX_ALIASES` aliases passed and `MAX_MATRIX_VALUES` values built (a string says which cap).
 */
export function plain(
  node: unknown,
  targets: ReadonlyMap<Alias, Node>,
  caps = { aliases: MAX_ALIASES, values: MAX_MATRIX_VALUES },
): { value: unknown } | string {
  let aliases = 0;
  let values = 0;
  const build = (n: unknown): unknown => {
    if (isAlias(n)) {
      if (++aliases > caps.aliases)
        throw new Capped(`it follows more than ${caps.aliases} aliases (a cap against YAML bombs)`);
      return build(targets.get(n));
    }
    if (++values > caps.values)
      throw new Capped(`it builds more than ${caps.values} values (a cap against YAML bombs)`);
    if (isScalar(n)) return n.value;
    if (isSeq(n)) return n.items.map(build);
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      for (const pair of n.items) {
        const key = build(pair.key);
        const name = key !== null && typeof key === 'object' ? JSON.stringify(key) : String(key);
        Object.defineProperty(out, name, {
          value: build(pair.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return null;
  };
  try {
    return { value: build(node) };
  } catch (error) {
    if (error instanceof Capped) return error.message;
    throw error;
  }
}

class Capped extends Error {}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

function keyOffset(pair: Pair | undefined): number | undefined {
  const key = pair?.key as { range?: [number, number, number] } | undefined;
  return key?.range?.[0];
}

function findPair(
  map: YAMLMap,
  name: string,
  resolve: (node: unknown) => unknown,
): Pair | undefined {
  return map.items.find((p) => {
    const key = resolve(p.key);
    return isScalar(key) && key.value === name;
  });
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined || typeof v === 'object') return undefined;
  return String(v);
}

/** A `runs-on` value as labels and group, or a message saying why GitHub would reject it. */
function readRunsOn(node: unknown, resolve: (node: unknown) => unknown): RunsOn | string {
  const text = scalarText(node);
  if (text !== undefined) {
    return text.trim() ? { labels: [text.trim()] } : "'runs-on' is empty.";
  }
  if (isSeq(node)) {
    const labels: string[] = [];
    for (const item of node.items) {
      const label = scalarText(resolve(item));
      if (label === undefined || !label.trim()) {
        return "'runs-on' lists something that is not a label.";
      }
      labels.push(label.trim());
    }
    return labels.length ? { labels } : "'runs-on' is an empty list.";
  }
  if (isMap(node)) {
    let group: string | undefined;
    let labels: string[] = [];
    for (const pair of node.items) {
      const key = scalarText(resolve(pair.key));
      const value = resolve(pair.value);
      if (key === 'group') {
        group = scalarText(value)?.trim();
        if (!group) return "'runs-on.group' is not a runner group name.";
      } else if (key === 'labels') {
        const read = readRunsOn(value, resolve);
        if (typeof read === 'string') return read.replace("'runs-on'", "'runs-on.labels'");
        labels = read.labels;
      } else {
        return `'runs-on' accepts only 'group' and 'labels'; it has '${key ?? '?'}'.`;
      }
    }
    if (!group && !labels.length) return "'runs-on' names neither a group nor labels.";
    return group ? { group, labels } : { labels };
  }
  return "'runs-on' is neither a label, a list of labels, nor {group, labels}.";
}
