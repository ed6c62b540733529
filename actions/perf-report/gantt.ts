/**
 * The timeline: a mermaid gantt chart of the run's jobs and their steps. Names are escaped with
 * mermaid's entity codes (`#58;` for `:`), and the chart is summarised — the paired jobs first,
 * then the longest, a bounded number of steps each, "… and N more" rows — to stay far below
 * mermaid's 50,000-character limit (maxTextSize) and readable.
 */
import type { JobTiming, StepTiming } from './jobs.ts';
import type { Pair } from './pairing.ts';

/** mermaid's default maxTextSize: a longer diagram is not drawn at all. */
export const MERMAID_MAX_TEXT = 50_000;

export interface ChartLimits {
  /** Jobs drawn. */
  jobs: number;
  /** Bars per job, the "… and N more steps" row included. */
  steps: number;
  /** Characters of the whole diagram. */
  chars: number;
}

export const CHART_LIMITS: ChartLimits = { jobs: 12, steps: 15, chars: 40_000 };

/** Characters that break a gantt line or the Markdown around it. */
const UNSAFE = /[#:;"'`|<>&%\\{}\n\r\t]/g;

/** Words the gantt lexer reads as a statement when a line starts with them. */
const KEYWORDS =
  /^(gantt|title|section|dateformat|axisformat|tickinterval|includes|excludes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|click|call|href|acctitle|accdescr|displaymode)\b/i;

/** A name as mermaid text: unsafe characters as entity codes, never read as a keyword. */
export function escapeMermaid(text: string, maxLength = 120): string {
  let flat = text.replace(/\s+/g, ' ').trim() || '(unnamed)';
  const chars = [...flat];
  if (chars.length > maxLength) flat = `${chars.slice(0, maxLength - 1).join('')}…`;
  const safe = flat.replace(UNSAFE, (c) => `#${c.charCodeAt(0)};`);
  return KEYWORDS.test(safe) ? `#${safe.charCodeAt(0)};${safe.slice(1)}` : safe;
}

/** What mermaid shows for escaped text (for tests): entity codes decoded. */
export function unescapeMermaid(text: string): string {
  return text.replace(/#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

export interface Chart {
  text: string;
  shownJobs: number;
  totalJobs: number;
  /** When the first job started (epoch ms): the axis shows the reader's local time. */
  start: number;
}

/** Paired jobs first (each pair together), then the others, longest first. */
export function chartOrder(jobs: readonly JobTiming[], pairs: readonly Pair[]): JobTiming[] {
  const ordered: JobTiming[] = [];
  const taken = new Set<number>();
  for (const p of pairs) {
    for (const j of [p.self, p.hosted]) {
      if (!taken.has(j.id)) ordered.push(j);
      taken.add(j.id);
    }
  }
  const rest = jobs
    .filter((j) => !taken.has(j.id))
    .sort((a, b) => b.durationMs - a.durationMs || a.start - b.start);
  return [...ordered, ...rest];
}

/** The steps drawn for a job: all of them, or the longest (in run order) and a count of the rest. */
export function chartSteps(steps: readonly StepTiming[], limit: number) {
  if (steps.length <= limit) return { shown: [...steps], more: 0 };
  const keep = Math.max(1, limit - 1);
  const longest = new Set(
    [...steps]
      .map((s, i) => ({ i, ms: s.end - s.start }))
      .sort((a, b) => b.ms - a.ms || a.i - b.i)
      .slice(0, keep)
      .map((x) => x.i),
  );
  return { shown: steps.filter((_, i) => longest.has(i)), more: steps.length - keep };
}

function sectionName(job: JobTiming): string {
  return job.name.toLowerCase().includes(job.runner.toLowerCase())
    ? job.name
    : `${job.name} · ${job.runner}`;
}

function render(ordered: readonly JobTiming[], title: string, limits: ChartLimits): string {
  const shown = ordered.slice(0, limits.jobs);
  const lines = [
    'gantt',
    `  title ${escapeMermaid(title)}`,
    '  dateFormat x',
    '  axisFormat %H:%M:%S',
  ];
  for (const job of shown) {
    const tag = job.kind === 'self-hosted' ? 'active, ' : '';
    lines.push(`  section ${escapeMermaid(sectionName(job))}`);
    if (job.steps.length === 0) {
      lines.push(`    ${escapeMermaid(job.name)} :${tag}${job.start}, ${job.end}`);
      continue;
    }
    const { shown: steps, more } = chartSteps(job.steps, limits.steps);
    for (const s of steps) lines.push(`    ${escapeMermaid(s.name)} :${tag}${s.start}, ${s.end}`);
    if (more > 0) {
      lines.push(`    … and ${more} more steps :milestone, ${job.end}, ${job.end}`);
    }
  }
  const hidden = ordered.length - shown.length;
  if (hidden > 0) {
    const end = ordered.reduce((m, j) => Math.max(m, j.end), 0);
    lines.push(`  section … and ${hidden} more jobs`);
    lines.push(`    in the job table :milestone, ${end}, ${end}`);
  }
  return lines.join('\n');
}

/** The gantt diagram (without the fence), within `limits`; undefined when no job ran. */
export function ganttChart(
  jobs: readonly JobTiming[],
  pairs: readonly Pair[],
  title: string,
  limits: ChartLimits = CHART_LIMITS,
): Chart | undefined {
  if (jobs.length === 0) return undefined;
  const ordered = chartOrder(jobs, pairs);
  let current = { ...limits };
  for (;;) {
    const text = render(ordered, title, current);
    if (text.length <= limits.chars || (current.jobs <= 1 && current.steps <= 2)) {
      return {
        text,
        shownJobs: Math.min(current.jobs, ordered.length),
        totalJobs: ordered.length,
        start: ordered.reduce((m, j) => Math.min(m, j.start), Number.POSITIVE_INFINITY),
      };
    }
    current = {
      ...current,
      jobs: Math.max(1, Math.floor(current.jobs / 2)),
      steps: Math.max(2, Math.floor(current.steps / 2)),
    };
  }
}
