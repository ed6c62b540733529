/**
 * The real mermaid parser, for tests: `parseMermaid(text)` resolves when mermaid accepts the
 * diagram and rejects with mermaid's own parse error otherwise. Mermaid expects a browser, so a
 * jsdom window is installed once (only `window` and `document`, and only when absent).
 */
/** The bit of jsdom used here (the package ships no types). */
interface JsdomModule {
  JSDOM: new (html: string) => { window: { document: unknown } };
}

type Mermaid = typeof import('mermaid')['default'];
let loaded: Promise<Mermaid> | undefined;

function load(): Promise<Mermaid> {
  loaded ??= (async () => {
    const g = globalThis as Record<string, unknown>;
    if (g.document === undefined) {
      const name = 'jsdom';
      const { JSDOM } = (await import(name)) as JsdomModule;
      const dom = new JSDOM('<!doctype html><html><body></body></html>');
      g.window = dom.window;
      g.document = dom.window.document;
    }
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false });
    return mermaid;
  })();
  return loaded;
}

/** Parses `text` (a diagram, without the ```mermaid fence) with the real mermaid parser. */
export async function parseMermaid(text: string): Promise<void> {
  const mermaid = await load();
  await mermaid.parse(text);
}
