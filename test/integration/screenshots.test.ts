// The README's pictures are current with the demo's Markdown: the hash recorded beside them
// (docs/images/screenshots.json) must match the Markdown the demo makes now. No browser needed;
// when it fails, `pnpm run screenshots` renders them again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/actions.ts';
import {
  IMAGES_DIR,
  manifestOf,
  pictureMarkdown,
  readManifest,
} from '../../scripts/screenshots/markdown.ts';
import { markdownToHtml } from '../../scripts/screenshots/page.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the README pictures', () => {
  test('are current with the demo (else run pnpm run screenshots)', async () => {
    const pictures = await pictureMarkdown();
    expect(readManifest(), 'the demo Markdown changed: run `pnpm run screenshots`').toEqual(
      manifestOf(pictures),
    );
    const summary = pictures.find((p) => p.file === 'step-summary.png')?.markdown ?? '';
    // What the picture must show: the decision, the phase table and the timeline.
    expect(summary).toContain('**runs-on:**');
    expect(summary).toMatch(/^#### Phases$/m);
    expect(summary).toContain('```mermaid\ngantt');
    expect(pictures.find((p) => p.file === 'pr-comment.png')?.markdown).toContain('```mermaid');
  });

  test.each(['step-summary.png', 'pr-comment.png'])('%s is a PNG the README shows', (file) => {
    const png = readFileSync(join(IMAGES_DIR, file));
    expect(png.subarray(0, 8)).toEqual(PNG);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1200); // width, at 2x
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`(docs/images/${file})`);
  });

  test('mermaid blocks become diagrams, other code stays code', () => {
    const html = markdownToHtml('```mermaid\ngantt\n  title <x>\n```\n\n```sh\necho hi\n```\n');
    expect(html).toContain('<pre class="mermaid">gantt\n  title &lt;x&gt;</pre>');
    expect(html).toContain('<code class="language-sh">echo hi');
  });
});
