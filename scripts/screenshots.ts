/**
 * `pnpm run screenshots`: renders the README's pictures from the demo and commits-ready writes
 * them to docs/images/ with the hash of the Markdown each shows (docs/images/screenshots.json).
 * Needs the built dist and Chromium (`apt-get install chromium`, or CHROMIUM=/path/to/chrome).
 * `pnpm test` checks the hashes without a browser: when the demo's Markdown changes (perf-report's
 * wording, say), it fails until this is run again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { capture, withChromium } from './screenshots/chromium.ts';
import { IMAGES_DIR, MANIFEST, manifestOf, pictureMarkdown } from './screenshots/markdown.ts';
import { pageHtml } from './screenshots/page.ts';

const WIDTH = { 'step-summary': 960, 'pr-comment': 960 } as const;

const pictures = await pictureMarkdown();
const pages = mkdtempSync(join(tmpdir(), 'screenshot-pages-'));
try {
  await withChromium(process.env.CHROMIUM || 'chromium', async (open) => {
    for (const picture of pictures) {
      const html = join(pages, picture.file.replace(/\.png$/, '.html'));
      writeFileSync(html, pageHtml(picture));
      const page = await open(pathToFileURL(html).href);
      const png = await capture(page, WIDTH[picture.frame]);
      writeFileSync(join(IMAGES_DIR, picture.file), png);
      console.log(`docs/images/${picture.file}: ${Math.round(png.length / 1024)} KiB`);
    }
  });
  writeFileSync(MANIFEST, `${JSON.stringify(manifestOf(pictures), null, 2)}\n`);
  console.log('docs/images/screenshots.json: the Markdown hashes the test compares.');
} finally {
  rmSync(pages, { recursive: true, force: true });
}
