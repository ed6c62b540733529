/**
 * Preloaded (`node --import`) into one extra run of a bundle by `pnpm bench`, never into a timed
 * run: records every file and built-in module the bundle loads, and writes the list to the file
 * BENCH_LOADS names when the first HTTP request is created (Node's fetch and undici publish
 * `undici:request:create`, node:http `http.client.request.start`), or at exit when it makes none.
 * Built-ins come through require (ncc's bundles ask for every one that way); one imported as ESM
 * that this file already imported (node:fs, node:module …) is not seen again. Plain JS (.mjs) so
 * the bench runner does not take it for a bench.
 */
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded = [];
registerHooks({
  load(url, context, next) {
    loaded.push(url);
    return next(url, context);
  },
});
let written = false;
const write = (until) => () => {
  if (written) return;
  written = true;
  writeFileSync(process.env.BENCH_LOADS ?? '', JSON.stringify({ until, loaded }));
};
subscribe('undici:request:create', write('request'));
subscribe('http.client.request.start', write('request'));
process.on('exit', write('exit'));
