/**
 * Markdown to a page that looks like GitHub's rendering of it: GFM by `marked`, GitHub-like CSS
 * (our own, after GitHub's light theme), and ```mermaid blocks drawn by the real mermaid library.
 * The page sets `window.__rendered = true` once every diagram is drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked } from 'marked';
import { ROOT } from '../actions.ts';
import type { Picture } from './markdown.ts';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function markdownToHtml(markdown: string): string {
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      code({ text, lang }) {
        if (lang === 'mermaid') return `<pre class="mermaid">${escapeHtml(text)}</pre>\n`;
        return false;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; background: #f6f8fa; color: #1f2328;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  font-size: 14px; line-height: 1.5; }
.frame { background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
.frame > header { display: flex; align-items: center; gap: 8px; padding: 8px 16px; background: #f6f8fa;
  border-bottom: 1px solid #d1d9e0; color: #59636e; }
.frame > header b { color: #1f2328; }
.avatar { width: 20px; height: 20px; border-radius: 4px; background: #2da44e; color: #fff; font-size: 11px;
  display: inline-flex; align-items: center; justify-content: center; font-weight: 600; }
.badge { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; }
.markdown-body { padding: 16px 24px 8px; }
.markdown-body h1, .markdown-body h2, .markdown-body h3, .markdown-body h4 {
  margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
.markdown-body > :first-child { margin-top: 0; }
.markdown-body h3 { font-size: 1.25em; }
.markdown-body h4 { font-size: 1em; }
.markdown-body p, .markdown-body table, .markdown-body pre, .markdown-body details, .markdown-body ul { margin: 0 0 16px; }
.markdown-body table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body th { font-weight: 600; background: #fff; }
.markdown-body tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body code { padding: .2em .4em; font-size: 85%; background: #818b981f; border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
.markdown-body pre.mermaid { background: #fff; text-align: center; padding: 8px 0; }
.markdown-body summary { cursor: pointer; }
`;

const FRAMES: Record<Picture['frame'], string> = {
  'step-summary':
    '<header><b>select</b> · <b>report</b> summary <span class="badge">acme/web-app · pull request #42</span></header>',
  'pr-comment':
    '<header><span class="avatar">A</span><b>github-actions</b> <span class="badge">bot</span> commented</header>',
};

export function pageHtml(picture: Picture): string {
  const mermaid = join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>${CSS}</style>
<script>${readFileSync(mermaid, 'utf8').replace(/<\/script/gi, '<\\/script')}</script>
</head><body>
<div class="frame">${FRAMES[picture.frame]}<div class="markdown-body">
${markdownToHtml(picture.markdown)}
</div></div>
<script>
mermaid.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict', gantt: { useWidth: 900 } });
mermaid.run({ querySelector: 'pre.mermaid' })
  .then(() => { window.__rendered = true; })
  .catch((e) => { window.__rendered = 'error: ' + e; });
</script>
</body></html>`;
}
