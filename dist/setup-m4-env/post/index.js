import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4188:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RuntimeFault = exports.InputError = void 0;
exports.addSecret = addSecret;
exports.redact = redact;
exports.messageOf = messageOf;
exports.sentence = sentence;
/** The user's mistake in the step's `with:` block: reported as is, without a stack. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.name = 'InputError';
        this.input = input;
    }
}
exports.InputError = InputError;
/** A fault at run time that the action explains rather than a bug. */
class RuntimeFault extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'RuntimeFault';
    }
}
exports.RuntimeFault = RuntimeFault;
/**
 * Credentials this process holds (tokens, an App's private key, installation tokens). A message
 * from outside that echoes one is redacted before it reaches the log, an output or the summary.
 * See docs/decisions/api-origin.md.
 */
const secrets = new Set();
/** Shorter values would redact ordinary words; no real credential is this short. */
const SHORTEST = 6;
function addSecret(value) {
    if (!value || value.length < SHORTEST)
        return;
    const forms = [value, value.trim(), value.replace(/\\n/g, '\n'), value.replace(/\r?\n/g, '\\n')];
    // A PEM key can come back in pieces: each line of its body, and the body in one piece.
    const pem = value.replace(/\\n/g, '\n');
    if (pem.includes('-----BEGIN')) {
        const body = pem
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l && !l.startsWith('-----'));
        forms.push(...body, body.join(''));
    }
    for (const f of forms)
        if (f.length >= SHORTEST)
            secrets.add(f);
}
function redact(text) {
    if (secrets.size === 0)
        return text;
    let out = text;
    // Longest first, so a whole key is replaced before its lines are.
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (out.includes(s))
            out = out.split(s).join('***');
    }
    return out;
}
/** An error's message (redacted), or the thrown value as text. */
function messageOf(error) {
    return redact(error instanceof Error ? error.message : String(error));
}
/** Ends `text` as a sentence (a full stop unless it ends with one), so reasons can be joined. */
function sentence(text) {
    const t = String(text).trim();
    if (!t)
        return t;
    return /[.!?]["')\]]*$/.test(t) ? t : `${t}.`;
}


/***/ }),

/***/ 3526:
/***/ ((__unused_webpack_module, exports) => {


/** Runs a program with a time limit and captures what it printed; never rejects. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runProgram = runProgram;
function runProgram(file, args, options) {
    // Loaded here: most steps never start a program.
    const { execFile } = process.getBuiltinModule('node:child_process');
    return new Promise((resolve) => {
        execFile(file, args, {
            cwd: options.cwd,
            timeout: options.timeoutMs,
            killSignal: options.killSignal ?? 'SIGTERM',
            maxBuffer: 16 * 1024 * 1024,
            encoding: 'utf8',
            shell: false,
            windowsVerbatimArguments: options.verbatim ?? false,
            windowsHide: true,
        }, (error, stdout, stderr) => {
            const e = error;
            resolve({
                ok: !e,
                code: e ? (e.code ?? undefined) : 0,
                signal: e?.signal ?? undefined,
                message: e?.message,
                stdout: String(stdout ?? ''),
                stderr: String(stderr ?? ''),
                timedOut: Boolean(e?.killed),
            });
        });
    });
}


/***/ }),

/***/ 6580:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.randomId = randomId;
const node_fs_1 = __nccwpck_require__(3024);
/**
 * A random (version 4) UUID, as `crypto.randomUUID()` makes, for delimiters and stop tokens.
 * Read from the kernel's /dev/urandom where there is one: loading node:crypto costs about 5 ms of
 * every step's start (docs/decisions/bundle-format.md).
 */
function randomId(urandom = '/dev/urandom') {
    const bytes = Buffer.alloc(16);
    let fd;
    try {
        fd = (0, node_fs_1.openSync)(urandom, 'r');
        if ((0, node_fs_1.readSync)(fd, bytes, 0, 16, null) !== 16)
            throw new Error('short read');
    }
    catch {
        const crypto = process.getBuiltinModule('node:crypto');
        return crypto.randomUUID();
    }
    finally {
        if (fd !== undefined)
            (0, node_fs_1.closeSync)(fd);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}


/***/ }),

/***/ 4106:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
/**
 * The one try/catch every entry point shares: an input mistake is reported as such, a bug with
 * its stack in the debug log; then the process exits explicitly, so a dangling socket or timer
 * can never hold the job open.
 */
const errors_ts_1 = __nccwpck_require__(4188);
const runner_ts_1 = __nccwpck_require__(445);
function run(step) {
    let settled = false;
    // Node exits when nothing is left to wait for; a step that has not settled by then is a bug,
    // and must not pass for a success.
    process.once('beforeExit', () => {
        if (settled)
            return;
        (0, runner_ts_1.error)('The step stopped before it finished (nothing was left to wait for).');
        process.exitCode = 1;
    });
    step().then(() => {
        settled = true;
        exit();
    }, (cause) => {
        settled = true;
        if (cause instanceof errors_ts_1.InputError) {
            (0, runner_ts_1.error)(cause.message, { title: `Invalid input: ${cause.input}` });
        }
        else {
            (0, runner_ts_1.error)((0, errors_ts_1.messageOf)(cause));
            if (cause instanceof Error && cause.stack)
                (0, runner_ts_1.debug)(cause.stack);
        }
        process.exitCode = 1;
        exit();
    });
}
function exit() {
    // Exit once what was written has reached the runner (pipes can be asynchronous).
    process.stdout.write('', () => process.exit());
}


/***/ }),

/***/ 445:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.error = exports.warning = exports.notice = exports.debug = exports.info = void 0;
exports.inputVariable = inputVariable;
exports.getInput = getInput;
exports.command = command;
exports.oneLine = oneLine;
exports.untrustedBlock = untrustedBlock;
exports.setSecret = setSecret;
exports.startGroup = startGroup;
exports.endGroup = endGroup;
exports.setOutput = setOutput;
exports.exportVariable = exportVariable;
exports.addPath = addPath;
exports.saveState = saveState;
exports.getState = getState;
exports.appendSummary = appendSummary;
/**
 * The runner's protocol, written directly: inputs, file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STATE, GITHUB_STEP_SUMMARY) and workflow commands on stdout.
 *
 * @actions/core does the same, but it loads an HTTP client (undici, about 1 MB) at start-up that
 * these actions never use; start-up is most of a decision step's cost. Held to @actions/core by a
 * conformance test: see docs/decisions/runner-protocol.md.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_os_1 = __nccwpck_require__(8161);
const node_path_1 = __nccwpck_require__(6760);
const random_id_ts_1 = __nccwpck_require__(6580);
/** The runner's naming rule: spaces become underscores, the name is upper-cased. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function getInput(name, env = process.env) {
    return (env[inputVariable(name)] ?? '').trim();
}
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Prints a workflow command such as `::warning title=x::message`. */
function command(name, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os_1.EOL}`);
}
const info = (message) => process.stdout.write(`${message}${node_os_1.EOL}`);
exports.info = info;
/**
 * Text from outside the action (file, runner, job and step names, API messages), made safe to
 * print inside a log line: it cannot end the line, cannot start a `::command::` where it stands
 * first on a line, and cannot hold a legacy `##[command]`, which the runner finds anywhere in a line.
 * See docs/decisions/untrusted-text.md.
 */
function oneLine(text) {
    return String(text)
        .replace(/\\/g, '\\\\')
        .replace(/\r/g, '\\r')
        .replace(/\n/g, '\\n')
        .replace(/##\[/g, '##\\[')
        .replace(/^(\s*):/, '$1\\:');
}
/**
 * Prints text from outside the action that spans lines (a tool's output, say) with workflow
 * commands stopped around it, under a token nobody can guess.
 */
function untrustedBlock(text) {
    const token = `stop-${(0, random_id_ts_1.randomId)()}`;
    process.stdout.write(`::stop-commands::${token}${node_os_1.EOL}${text}${text.endsWith('\n') ? '' : node_os_1.EOL}::${token}::${node_os_1.EOL}`);
}
const debug = (message) => command('debug', message);
exports.debug = debug;
const notice = (message, p) => command('notice', message, p);
exports.notice = notice;
const warning = (message, p) => command('warning', message, p);
exports.warning = warning;
const error = (message, p) => command('error', message, p);
exports.error = error;
/** Registers a secret with the runner so it is masked in the log. */
function setSecret(value) {
    if (value)
        command('add-mask', value);
}
function startGroup(title) {
    process.stdout.write(`::group::${escapeData(title)}${node_os_1.EOL}`);
}
function endGroup() {
    process.stdout.write(`::endgroup::${node_os_1.EOL}`);
}
/** `name<<delimiter` form, so values may span lines. */
function keyValue(name, value) {
    const marker = `ghadelimiter_${(0, random_id_ts_1.randomId)()}`;
    if (name.includes(marker) || value.includes(marker)) {
        throw new Error(`Unexpected delimiter in the value of '${name}'.`);
    }
    return `${name}<<${marker}${node_os_1.EOL}${value}${node_os_1.EOL}${marker}${node_os_1.EOL}`;
}
function fileCommand(variable, text) {
    const path = process.env[variable];
    if (!path)
        return false;
    (0, node_fs_1.appendFileSync)(path, text, 'utf8');
    return true;
}
function setOutput(name, value) {
    const text = String(value);
    if (!fileCommand('GITHUB_OUTPUT', keyValue(name, text))) {
        command(`set-output name=${escapeProperty(name)}`, text);
    }
}
/** Exports a variable to later steps, and to this process. */
function exportVariable(name, value) {
    process.env[name] = value;
    if (!fileCommand('GITHUB_ENV', keyValue(name, value))) {
        throw new Error('GITHUB_ENV is not set: this runner is too old for environment files.');
    }
}
/** Prepends a folder to PATH for later steps, and for this process. */
function addPath(folder) {
    process.env.PATH = `${folder}${node_path_1.delimiter}${process.env.PATH ?? ''}`;
    if (!fileCommand('GITHUB_PATH', `${folder}${node_os_1.EOL}`)) {
        throw new Error('GITHUB_PATH is not set: this runner is too old for environment files.');
    }
}
function saveState(name, value) {
    if (!fileCommand('GITHUB_STATE', keyValue(name, value))) {
        command(`save-state name=${escapeProperty(name)}`, value);
    }
}
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}
/** Appends Markdown to the job's step summary (no-op outside a runner). */
function appendSummary(markdown) {
    fileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}


/***/ }),

/***/ 9054:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stateSlot = stateSlot;
/** Typed state handed from an action's main step to its post step, serialized as JSON. */
const runner_ts_1 = __nccwpck_require__(445);
function stateSlot(name) {
    return {
        save: (value) => (0, runner_ts_1.saveState)(name, JSON.stringify(value)),
        load: () => {
            const raw = (0, runner_ts_1.getState)(name);
            return raw ? JSON.parse(raw) : undefined;
        },
    };
}


/***/ }),

/***/ 1543:
/***/ ((__unused_webpack_module, exports) => {


/** Small Markdown builders for step summaries and comments. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.code = void 0;
exports.escapeCell = escapeCell;
exports.mdText = mdText;
exports.mdCode = mdCode;
exports.folded = folded;
exports.tableRow = tableRow;
exports.table = table;
exports.heading = heading;
exports.blocks = blocks;
exports.formatCount = formatCount;
exports.plural = plural;
exports.formatDuration = formatDuration;
exports.formatNumber = formatNumber;
exports.formatMoney = formatMoney;
exports.mdMoney = mdMoney;
exports.formatPercent = formatPercent;
exports.formatBytes = formatBytes;
/**
 * Makes a value safe as one table cell: line breaks (CR alone ends a line in CommonMark) become
 * spaces, `<` and `>` entities, and every pipe the cell splitter would see is escaped. GitHub's
 * splitter reads `\\` as one escaped character, so a pipe after an even run of backslashes is
 * a separator and gets escaped too. Already escaped text (`mdText`, `mdCode`) passes unchanged.
 */
function escapeCell(value) {
    const text = String(value).replace(/[\r\n\u2028\u2029]+/g, ' ');
    let out = '';
    let at = 0;
    // Code spans show `<` as it is (an entity would show as `&lt;`): leave them, pipes aside.
    for (const span of codeSpans(text)) {
        out += text.slice(at, span.start).replace(/</g, '&lt;').replace(/>/g, '&gt;');
        out += text.slice(span.start, span.end);
        at = span.end;
    }
    out += text.slice(at).replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return out.replace(/(\\*)\|/g, (all, slashes) => slashes.length % 2 ? all : `${slashes}\\|`);
}
/** Where CommonMark finds code spans: a run of backticks closed by a run of the same length. */
function codeSpans(text) {
    const spans = [];
    const open = /(?<![`\\])`+/g;
    for (let m = open.exec(text); m; m = open.exec(text)) {
        const close = new RegExp(`(?<!\`)\`{${m[0].length}}(?!\`)`, 'g');
        close.lastIndex = m.index + m[0].length;
        const end = close.exec(text);
        if (!end)
            continue;
        spans.push({ start: m.index, end: end.index + end[0].length });
        open.lastIndex = end.index + end[0].length;
    }
    return spans;
}
/**
 * Text from outside the action, made inert in Markdown: it cannot end a line or a table cell,
 * start a heading, link (bare URLs included), image, HTML, code or math (`$`), and cannot mention
 * (notify) anyone. A zero-width joiner after `@` (and in `://`, `www.`) keeps the text readable
 * without the mention or the link. See docs/decisions/untrusted-text.md.
 */
function mdText(value) {
    return (String(value)
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        .replace(/[\\`*_~[\]!#|<>&$]/g, (c) => c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`)
        .replace(/@/g, '@\u200d')
        // GFM links bare URLs (`https://…`, `www.…`): a zero-width joiner keeps them text.
        .replace(/:\/\//g, ':\u200d//')
        .replace(/\b(www)\./gi, '$1\u200d.'));
}
/**
 * Text from outside the action as one inline code span: a fence longer than any run of backticks
 * inside, line breaks as spaces. In a table, `table()` escapes its pipes.
 */
function mdCode(value) {
    const text = String(value).replace(/[\r\n\u2028\u2029]+/g, ' ');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** Folds `body` in a `<details>` block under `summary` (written by the action, not escaped). */
function folded(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** One table row; each cell made cell-safe (`escapeCell`), escaped text kept as it is. */
function tableRow(cells) {
    return `| ${cells.map(escapeCell).join(' | ')} |`;
}
function table(headers, rows) {
    return [
        tableRow(headers),
        `|${headers.map(() => ' --- ').join('|')}|`,
        ...rows.map(tableRow),
    ].join('\n');
}
/** A code span that holds any text (see `mdCode`). */
exports.code = mdCode;
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}`;
}
/** Joins non-empty Markdown blocks with blank lines. */
function blocks(...parts) {
    return `${parts.filter((p) => Boolean(p)).join('\n\n')}\n`;
}
// Numbers people read, one style everywhere: en-US digits with thousands separators
// (`1,500 jobs`), durations as CI people write them (`1m05s`, `1,234h05m`), units after a space.
/** Only for counts of 1e21 and more, which String() writes with an exponent. */
let huge;
/**
 * `1,500`: a whole number with thousands separators, exactly what `Intl.NumberFormat('en-US',
 * { maximumFractionDigits: 0 })` writes (halves away from zero, `-0` for small negatives), written
 * by hand: creating the first Intl formatter starts ICU, about 12 ms at every start of every
 * action that loads this file (docs/decisions/bundle-format.md).
 */
function formatCount(n) {
    if (!Number.isFinite(n))
        return String(n);
    const whole = Math.round(Math.abs(n));
    if (whole >= 1e21) {
        huge ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
        return huge.format(n);
    }
    const sign = n < 0 || Object.is(n, -0) ? '-' : '';
    return `${sign}${String(whole).replace(/\B(?=(\d{3})+$)/g, ',')}`;
}
/** `1 job`, `1,500 jobs`: a count and its noun, plural unless it is one. */
function plural(n, noun, many = `${noun}s`) {
    return `${formatCount(n)} ${n === 1 ? noun : many}`;
}
/** `1m05s`, `42s`, `1h02m`, `1,234h05m` — how CI people read durations. */
function formatDuration(ms) {
    const total = Math.round(Math.abs(ms) / 1000);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    const sign = ms < 0 ? '-' : '';
    if (h)
        return `${sign}${formatCount(h)}h${String(m).padStart(2, '0')}m`;
    if (m)
        return `${sign}${m}m${String(s).padStart(2, '0')}s`;
    return `${sign}${s}s`;
}
/** `1.234 s`, `12,345 ops/sec`, `0.0012 ms`: at most four significant digits below 1,000. */
function formatNumber(value, unit = '') {
    const abs = Math.abs(value);
    const text = abs >= 1000 || Number.isInteger(value)
        ? formatCount(Math.round(value))
        : String(Number(value.toPrecision(4)));
    return unit ? `${text} ${unit}` : text;
}
/** `$1,234.56`; under a dollar up to four decimals (`$0.008`, `$0.08`, `$0.056`). */
function formatMoney(dollars) {
    const small = Math.abs(dollars) < 1;
    const text = Math.abs(dollars).toLocaleString('en-US', {
        minimumFractionDigits: 2,
        maximumFractionDigits: small ? 4 : 2,
    });
    return `${dollars < 0 ? '-' : ''}$${text}`;
}
/** Money in Markdown: GitHub reads a pair of `$` as math, so the sign is written as an entity. */
function mdMoney(dollars) {
    return formatMoney(dollars).replace('$', '&#36;');
}
/** `+12.5%`, `-3.0%`. */
function formatPercent(fraction) {
    const p = fraction * 100;
    return `${p >= 0 ? '+' : ''}${p.toFixed(1)}%`;
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (Math.abs(value) >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${unit ? value.toFixed(1) : formatCount(value)} ${units[unit]}`;
}


/***/ }),

/***/ 409:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KEY_PREFIX = void 0;
exports.chooseCache = chooseCache;
exports.combineHashes = combineHashes;
exports.cacheKeys = cacheKeys;
/** node:crypto loaded when a hash is needed: with the cache off it never is (issue 22). */
const sha256 = () => process.getBuiltinModule('node:crypto').createHash('sha256');
exports.KEY_PREFIX = 'setup-m4-env-pnpm-store';
function chooseCache(setting, env) {
    if (setting === 'true')
        return { on: true, why: 'cache is true' };
    if (setting === 'false')
        return { on: false, why: 'cache is false' };
    const environment = env.RUNNER_ENVIRONMENT ?? '';
    if (environment === 'github-hosted') {
        return { on: true, why: 'auto: a GitHub-hosted runner starts with an empty store' };
    }
    if (/^(true|1)$/i.test(env.RUNNER_EPHEMERAL ?? '')) {
        return { on: true, why: 'auto: RUNNER_EPHEMERAL=true, this runner starts with an empty store' };
    }
    return {
        on: false,
        why: `auto: a persistent ${environment || 'self-hosted'} runner keeps its pnpm store on disk (set RUNNER_EPHEMERAL=true on ephemeral runners)`,
    };
}
/** `hashFiles`-style: SHA-256 over each file's SHA-256, in path order. */
function combineHashes(files) {
    const all = sha256();
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        all.update(f.sha256);
    }
    return all.digest('hex');
}
function cacheKeys(parts) {
    const major = /^v?(\d+)/.exec(parts.pnpmVersion.trim())?.[1] ?? 'unknown';
    const platform = `${exports.KEY_PREFIX}-${parts.os}-${parts.arch}-`;
    const pnpm = `${platform}pnpm${major}-`;
    return { key: `${pnpm}${parts.lockHash}`, restoreKeys: [pnpm, platform] };
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cacheSlot = void 0;
exports.findLockfiles = findLockfiles;
exports.hashLockfiles = hashLockfiles;
exports.restoreStore = restoreStore;
exports.saveStore = saveStore;
/**
 * The pnpm store cache's shell: finds the lockfiles and the store, restores in main and saves in
 * post with the real @actions/cache (loaded only here, only when the cache is on).
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const errors_ts_1 = __nccwpck_require__(4188);
const runner_ts_1 = __nccwpck_require__(445);
const state_ts_1 = __nccwpck_require__(9054);
const summary_ts_1 = __nccwpck_require__(1543);
const cache_plan_ts_1 = __nccwpck_require__(409);
const probe_ts_1 = __nccwpck_require__(309);
/** node:crypto loaded when a hash is needed: with the cache off it never is (issue 22). */
const sha256 = () => process.getBuiltinModule('node:crypto').createHash('sha256');
exports.cacheSlot = (0, state_ts_1.stateSlot)('pnpm-store-cache');
/** Files matching `cache-dependency-path` (globs; `!` excludes), node_modules skipped. */
function findLockfiles(patterns, workspace) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const found = (0, node_fs_1.globSync)(include, {
        cwd: workspace,
        exclude: (entry) => (0, node_path_1.basename)(entry) === 'node_modules',
    });
    return [...new Set(found)]
        .filter((f) => !exclude.some((x) => (0, node_path_1.matchesGlob)(f, x)))
        .map((f) => ((0, node_path_1.isAbsolute)(f) ? f : (0, node_path_1.resolve)(workspace, f)))
        .filter((f) => {
        try {
            return (0, node_fs_1.statSync)(f).isFile();
        }
        catch {
            return false;
        }
    })
        .sort();
}
function hashLockfiles(files) {
    return (0, cache_plan_ts_1.combineHashes)(files.map((path) => ({
        path,
        sha256: sha256().update((0, node_fs_1.readFileSync)(path)).digest('hex'),
    })));
}
async function restoreStore(ctx) {
    const off = (note, storePath = '') => {
        (0, runner_ts_1.info)((0, runner_ts_1.oneLine)(note));
        return { hit: false, storePath, note };
    };
    const skip = (why, storePath = '') => {
        const note = `Not cached: ${why}.`;
        if (!ctx.forced)
            return off(note, storePath);
        (0, runner_ts_1.warning)(note, { title: 'setup-m4-env cache' });
        return { hit: false, storePath, note };
    };
    if (!ctx.choice.on)
        return off(`Off (${ctx.choice.why}): no cache traffic.`);
    const pnpm = (0, probe_ts_1.which)('pnpm');
    if (!pnpm)
        return skip('pnpm is not on PATH');
    const lockfiles = findLockfiles(ctx.patterns, ctx.workspace);
    if (!lockfiles.length) {
        return skip(`no file in ${ctx.workspace} matches cache-dependency-path (${ctx.patterns.join(', ')})`);
    }
    const [store, version] = await Promise.all([
        (0, probe_ts_1.runTool)(pnpm, ['store', 'path', '--silent'], { cwd: ctx.workspace, timeoutMs: 60_000 }),
        ctx.probe('pnpm', true),
    ]);
    const storePath = store.stdout.trim().split(/\r?\n/).pop()?.trim() ?? '';
    if (!store.ok || !storePath) {
        return skip(`'pnpm store path' gave no path (${store.error ?? 'empty output'})`);
    }
    if (!version.output)
        return skip(`${version.error ?? "'pnpm --version' printed nothing"}`, storePath);
    const { key, restoreKeys } = (0, cache_plan_ts_1.cacheKeys)({
        os: ctx.os,
        arch: ctx.arch,
        pnpmVersion: version.output,
        lockHash: hashLockfiles(lockfiles),
    });
    const cache = await __nccwpck_require__.e(/* import() */ 827).then(__nccwpck_require__.bind(__nccwpck_require__, 1827));
    if (!cache.isFeatureAvailable()) {
        return skip('the Actions cache service is not available to this job', storePath);
    }
    let matchedKey;
    try {
        matchedKey = await cache.restoreCache([storePath], key, restoreKeys);
    }
    catch (error) {
        (0, runner_ts_1.warning)(`Restoring the pnpm store failed: ${(0, errors_ts_1.messageOf)(error)}`, {
            title: 'setup-m4-env cache',
        });
    }
    exports.cacheSlot.save({ key, storePath, matchedKey, pnpm, workspace: ctx.workspace });
    const hit = matchedKey === key;
    const note = hit
        ? `Restored the pnpm store from ${(0, summary_ts_1.code)(key)} (exact hit: post will not save it again).`
        : matchedKey
            ? `Restored an older pnpm store from ${(0, summary_ts_1.code)(matchedKey)}; post saves the updated store as ${(0, summary_ts_1.code)(key)}.`
            : `No stored pnpm store for ${(0, summary_ts_1.code)(key)}; post saves it after the install.`;
    (0, runner_ts_1.info)((0, runner_ts_1.oneLine)(note.replace(/`/g, '')));
    return { hit, storePath, note };
}
/** Post: prune the store and save it, unless main restored this exact key. */
async function saveStore() {
    const state = exports.cacheSlot.load();
    if (!state) {
        (0, runner_ts_1.info)('setup-m4-env: the pnpm store cache was not used in this job; nothing to save.');
        return;
    }
    const say = (note) => {
        (0, runner_ts_1.info)((0, runner_ts_1.oneLine)(note.replace(/`/g, '')));
        (0, runner_ts_1.appendSummary)((0, summary_ts_1.blocks)((0, summary_ts_1.heading)('setup-m4-env: pnpm store cache'), note));
    };
    if (state.matchedKey === state.key) {
        say(`Cache hit on ${(0, summary_ts_1.code)(state.key)} in main: the store is not saved again.`);
        return;
    }
    if (!(0, node_fs_1.existsSync)(state.storePath)) {
        say(`The pnpm store ${(0, summary_ts_1.code)(state.storePath)} does not exist (nothing installed?): nothing to save.`);
        return;
    }
    const prune = await (0, probe_ts_1.runTool)(state.pnpm, ['store', 'prune'], {
        cwd: state.workspace,
        timeoutMs: 600_000,
    });
    if (!prune.ok) {
        (0, runner_ts_1.warning)(`'pnpm store prune' failed (${prune.error}); saving the store as it is.`, {
            title: 'setup-m4-env cache',
        });
    }
    const cache = await __nccwpck_require__.e(/* import() */ 827).then(__nccwpck_require__.bind(__nccwpck_require__, 1827));
    try {
        const id = await cache.saveCache([state.storePath], state.key);
        say(id === -1
            ? `The pnpm store was not saved as ${(0, summary_ts_1.code)(state.key)} (see the warning above).`
            : `Saved the pruned pnpm store ${(0, summary_ts_1.code)(state.storePath)} as ${(0, summary_ts_1.code)(state.key)}.`);
    }
    catch (error) {
        if (error instanceof Error && error.name === 'ReserveCacheError') {
            say(`Another job is saving ${(0, summary_ts_1.code)(state.key)} already: ${error.message}`);
            return;
        }
        (0, runner_ts_1.warning)(`Saving the pnpm store failed: ${(0, errors_ts_1.messageOf)(error)}`, { title: 'setup-m4-env cache' });
    }
}


/***/ }),

/***/ 309:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.which = which;
exports.batchCommandLine = batchCommandLine;
exports.runTool = runTool;
exports.createProber = createProber;
/** Finding tools on PATH (no spawn) and running them: the shell's only child processes. */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const exec_ts_1 = __nccwpck_require__(3526);
/** The first executable `name` on PATH (with PATHEXT on Windows), as `which` finds it. */
function which(name, env = process.env) {
    const windows = process.platform === 'win32';
    const dirs = (env.PATH ?? env.Path ?? '').split(node_path_1.delimiter).filter(Boolean);
    const exts = windows ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';')] : [''];
    for (const dir of dirs) {
        for (const ext of exts) {
            const file = (0, node_path_1.join)(dir, name + ext);
            try {
                if (!(0, node_fs_1.statSync)(file).isFile())
                    continue;
                if (!windows)
                    (0, node_fs_1.accessSync)(file, node_fs_1.constants.X_OK);
                return file;
            }
            catch {
                // Not here.
            }
        }
    }
    return undefined;
}
/**
 * The command line that makes cmd.exe run a `.cmd`/`.bat` file with these arguments and nothing
 * else: `/s /c "<line>"` strips the outer quotes, and inside the line every part is quoted, so a
 * space, `&`, `;`, `|`, `<` or `>` in the path is text. cmd expands `%` even inside quotes and no
 * part may hold a quote or a line break, so such a path is refused rather than run.
 */
function batchCommandLine(file, args) {
    for (const part of [file, ...args]) {
        if (/["%\r\n\0]/.test(part)) {
            return {
                refused: `'${part}' holds a quote, % or a line break, which cmd.exe cannot run safely`,
            };
        }
    }
    return `"${[file, ...args].map((p) => `"${p}"`).join(' ')}"`;
}
/** Runs a program found on PATH; `.cmd`/`.bat` through cmd.exe with every part quoted. */
async function runTool(file, args, options = {}) {
    const timeoutMs = options.timeoutMs ?? 60_000;
    const batch = /\.(cmd|bat)$/i.test(file);
    let run;
    if (batch) {
        const line = batchCommandLine(file, args);
        if (typeof line !== 'string')
            return { ok: false, stdout: '', stderr: '', error: line.refused };
        run = await (0, exec_ts_1.runProgram)(process.env.ComSpec || 'cmd.exe', ['/d', '/s', '/v:off', '/c', line], {
            cwd: options.cwd,
            timeoutMs,
            verbatim: true,
        });
    }
    else {
        run = await (0, exec_ts_1.runProgram)(file, args, { cwd: options.cwd, timeoutMs });
    }
    const { stdout, stderr } = run;
    if (run.ok)
        return { ok: true, stdout, stderr };
    const why = run.timedOut
        ? `it did not finish within ${Math.round(timeoutMs / 1000)}s`
        : typeof run.code === 'number'
            ? `it exited with code ${run.code}`
            : run.signal
                ? `it was killed by ${run.signal}`
                : (run.message ?? 'it could not start');
    const said = (stderr || stdout).trim().split(/\r?\n/)[0];
    return { ok: false, stdout, stderr, error: said ? `${why}: ${said}` : why };
}
/**
 * A tool's path on PATH and, when asked, what its version command printed: `true` runs
 * `--version`, a list runs those arguments (`xcodebuild -version`). Each command line runs once
 * even when asked twice (the cache asks for pnpm's too), all at the same time, without a shell and
 * within 20 seconds.
 */
function createProber(env = process.env, timeoutMs = 20_000) {
    const runs = new Map();
    return (tool, version) => {
        const path = which(tool, env);
        if (!path)
            return Promise.resolve({});
        if (version === false)
            return Promise.resolve({ path });
        const args = version === true ? ['--version'] : [...version];
        const key = JSON.stringify([path, ...args]);
        let run = runs.get(key);
        if (!run) {
            const shown = [tool, ...args].join(' ');
            run = runTool(path, args, { timeoutMs }).then((r) => r.ok
                ? { path, output: `${r.stdout}\n${r.stderr}`.trim() }
                : { path, error: `'${shown}' failed (${r.error})` });
            runs.set(key, run);
        }
        return run;
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
const run_ts_1 = __nccwpck_require__(4106);
const cache_ts_1 = __nccwpck_require__(649);
(0, run_ts_1.run)(cache_ts_1.saveStore);

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
