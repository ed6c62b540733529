/**
 * How the heap size reaches later steps. The runner refuses NODE_OPTIONS in GITHUB_ENV (since
 * October 2023 it drops it with an error), so setup-m4-env exports BASH_ENV instead: a
 * script every later non-interactive bash sources before its own commands (`run:` steps with the
 * default shell on Linux and macOS, and `shell: bash`). The script merges at that moment: the
 * step's own NODE_OPTIONS flags are kept, every heap flag is removed, one
 * `--max-old-space-size=<mb>` is appended (the same rule as `mergeNodeOptions`). A BASH_ENV that
 * was set before is sourced first.
 *
 * It runs under `bash -e` with any options the user chose (`-u`, `-o pipefail`), in bash 3.2
 * (macOS's /bin/bash) too: nothing in it fails, no variable is read unset, nothing is spawned.
 */

/** Quotes a value for bash: `'…'`, with each `'` written as `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function bashEnvScript(heapMb: number, previous?: string): string {
  const lines = [
    '# Written by setup-m4-env: NODE_OPTIONS for the bash steps of this job, with exactly one',
    '# --max-old-space-size (the runner refuses NODE_OPTIONS in GITHUB_ENV).',
  ];
  if (previous) {
    lines.push(`if [ -f ${shellQuote(previous)} ]; then . ${shellQuote(previous)}; fi`);
  }
  lines.push(
    '__sme_kept=',
    `IFS=$' \\t\\n' read -r -d '' -a __sme_flags <<< "\${NODE_OPTIONS-}" || true`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not JS.
    'for __sme_flag in ${__sme_flags[@]+"${__sme_flags[@]}"}; do',
    '  case $__sme_flag in',
    '    --max[-_]old[-_]space[-_]size=*) ;;',
    '    *) __sme_kept="$__sme_kept$__sme_flag " ;;',
    '  esac',
    'done',
    `export NODE_OPTIONS="\${__sme_kept}--max-old-space-size=${Math.floor(heapMb)}"`,
    'unset __sme_kept __sme_flags __sme_flag',
    '',
  );
  return lines.join('\n');
}
