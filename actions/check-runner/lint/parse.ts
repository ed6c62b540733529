/**
 * Reads each job's `runs-on` out of a workflow file, with the line of its `runs-on` key, and the
 * job's literal `strategy.matrix`. Pure: text in, plain data out. A file that does not parse is
 * an answer (its line and the parser's message), never an exception.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
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

/** Aliases expanded when a matrix is read: enough for real workflows, too few for a YAML bomb. */
const MAX_ALIASES = 100;

export function parseWorkflow(text: string): ParsedWorkflow {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
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
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
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
      try {
        entry.matrix = (resolve(matrixNode) as Node).toJS(doc, { maxAliasCount: MAX_ALIASES });
      } catch (error) {
        entry.matrix = `(unreadable matrix: ${error instanceof Error ? error.message : error})`;
      }
    }
    parsed.jobs.push(entry);
  }
  return parsed;
}

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
