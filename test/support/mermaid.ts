/**
 * The real mermaid parser, for tests: a chart it rejects is one GitHub cannot draw.
 *
 * mermaid's parser runs in Node, but the package sanitises with DOMPurify, which needs a `window`
 * when mermaid is first loaded (without one: "DOMPurify.addHook is not a function"). A jsdom window
 * is put on `globalThis` before mermaid is imported, once per test worker.
 */
import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | undefined;

async function load(): Promise<Mermaid> {
  const g = globalThis as Record<string, unknown>;
  if (!g.window) {
    // jsdom ships no types, and only its window is needed here.
    const jsdom = 'jsdom';
    const { JSDOM } = (await import(jsdom)) as {
      JSDOM: new (html: string, options: object) => { window: { document: unknown } };
    };
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
    g.window = dom.window;
    g.document = dom.window.document;
  }
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  return mermaid;
}

/**
 * Parses `text` (a diagram, without the ```mermaid fence) with mermaid's own parser, and computes
 * a gantt chart's tasks as drawing would; throws mermaid's error when it would not draw it.
 */
export async function parseMermaid(text: string): Promise<void> {
  loading ??= load();
  const mermaid = await loading;
  await mermaid.parse(text);
  // Some faults surface only when the diagram's data is computed for drawing (a gantt task whose
  // start is not a date parses, then fails to draw): compute it too, without a DOM to draw in.
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as { getTasks?: () => unknown };
  db.getTasks?.();
}
