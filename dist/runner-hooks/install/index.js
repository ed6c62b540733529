import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 45:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_AGE_HOURS = exports.WHEN = void 0;
exports.readCleanupInputs = readCleanupInputs;
/** job-cleanup's inputs, parsed once, before anything is looked at or removed. */
const errors_ts_1 = __nccwpck_require__(188);
exports.WHEN = ['post', 'now', 'both'];
/** Ten years: anything larger is a typo, not an age. */
exports.MAX_AGE_HOURS = 87_600;
function readCleanupInputs(read) {
    const tempPatterns = read.lines('temp-patterns');
    for (const pattern of tempPatterns) {
        const name = pattern.startsWith('!') ? pattern.slice(1) : pattern;
        if (!name || /[\\/]/.test(name)) {
            throw new errors_ts_1.InputError('temp-patterns', `Input 'temp-patterns' accepts globs on entry names directly under the temp directory, one per line (a leading '!' excludes); got '${pattern}'.`);
        }
    }
    const paths = read.lines('paths');
    for (const p of paths) {
        if (p.includes('\0')) {
            throw new errors_ts_1.InputError('paths', `Input 'paths' accepts paths or globs; got one with a NUL byte.`);
        }
        // `~` and `~/…` are HOME (glob.ts); another user's home is never guessed.
        if (/^~[^/]/.test(p)) {
            throw new errors_ts_1.InputError('paths', `Input 'paths' accepts '~' and '~/…' for HOME, not another user's '~name'; got '${p}' (write './${p}' for a name that starts with '~').`);
        }
    }
    return {
        when: read.choice('when', exports.WHEN, 'post'),
        tempPatterns,
        maxAgeHours: read.number('max-age-hours', 24, { min: 0, max: exports.MAX_AGE_HOURS }),
        paths,
        cleanWorkspace: read.bool('clean-workspace', false),
        dockerPrune: read.bool('docker-prune', false),
        dryRun: read.bool('dry-run', false),
        failOnError: read.bool('fail-on-error', false),
    };
}


/***/ }),

/***/ 826:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalise = normalise;
exports.isInside = isInside;
exports.isWithin = isWithin;
exports.between = between;
exports.rebase = rebase;
/**
 * Lexical path arithmetic, no I/O: nothing here ever asks the file system what a path points to,
 * so a symlink can never change the answer.
 */
const node_path_1 = __importDefault(__nccwpck_require__(760));
/** Absolute, `.` and `..` folded, duplicate and trailing separators dropped (lexically). */
function normalise(p) {
    return node_path_1.default.resolve(p);
}
function withSep(dir) {
    return dir.endsWith(node_path_1.default.sep) ? dir : dir + node_path_1.default.sep;
}
/** `child` lies strictly below `parent` (both normalised). */
function isInside(child, parent, foldCase = false) {
    const c = foldCase ? child.toLowerCase() : child;
    const p = foldCase ? parent.toLowerCase() : parent;
    return c !== p && c.startsWith(withSep(p));
}
/** `child` is `parent` or lies below it. */
function isWithin(child, parent, foldCase = false) {
    return ((foldCase ? child.toLowerCase() === parent.toLowerCase() : child === parent) ||
        isInside(child, parent, foldCase));
}
/**
 * The folders strictly between `parent` and `child`, top down: for `/r` and `/r/a/b/c`,
 * `/r/a` and `/r/a/b`. `child` must lie inside `parent`.
 */
function between(parent, child) {
    const rest = child.slice(withSep(parent).length).split(node_path_1.default.sep).filter(Boolean);
    const out = [];
    let at = parent;
    for (const segment of rest.slice(0, -1)) {
        at = node_path_1.default.join(at, segment);
        out.push(at);
    }
    return out;
}
/** `p` moved from below `from` to below `to` (`p` must be within `from`). */
function rebase(p, from, to) {
    return p === from ? to : node_path_1.default.join(to, p.slice(withSep(from).length));
}


/***/ }),

/***/ 188:
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

/***/ 518:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fromRecord = exports.fromEnv = void 0;
exports.createReader = createReader;
exports.splitList = splitList;
exports.splitLines = splitLines;
/**
 * Typed input parsing. Every parser names the input and what it accepts when a value is invalid,
 * so each action parses its inputs once, up front, before it does anything.
 */
const errors_ts_1 = __nccwpck_require__(188);
const runner_ts_1 = __nccwpck_require__(445);
const fromEnv = (env = process.env) => (name) => (0, runner_ts_1.getInput)(name, env);
exports.fromEnv = fromEnv;
const fromRecord = (values) => (name) => (values[name] ?? '').trim();
exports.fromRecord = fromRecord;
function invalid(name, accepts, value) {
    return new errors_ts_1.InputError(name, `Input '${name}' accepts ${accepts}; got '${value}'.`);
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function createReader(source) {
    const text = (name, fallback = '') => source(name) || fallback;
    return {
        text,
        required(name, accepts) {
            const value = source(name);
            if (!value)
                throw new errors_ts_1.InputError(name, `Input '${name}' is required: ${accepts}.`);
            return value;
        },
        /** YAML 1.2 core-schema booleans, as the runner's own getBooleanInput accepts. */
        bool(name, fallback) {
            const value = source(name);
            if (!value)
                return fallback;
            if (TRUE.includes(value))
                return true;
            if (FALSE.includes(value))
                return false;
            throw invalid(name, "'true' or 'false'", value);
        },
        int(name, fallback, { min = -Infinity, max = Infinity } = {}) {
            const value = source(name);
            if (!value)
                return fallback;
            const n = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
            if (!Number.isSafeInteger(n) || n < min || n > max) {
                throw invalid(name, wholeRange(min, max), value);
            }
            return n;
        },
        number(name, fallback, { min = -Infinity, max = Infinity } = {}) {
            const value = source(name);
            if (!value)
                return fallback;
            const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
            if (!Number.isFinite(n) || n < min || n > max) {
                throw invalid(name, numberRange(min, max), value);
            }
            return n;
        },
        choice(name, choices, fallback) {
            const value = source(name);
            if (!value)
                return fallback;
            const found = choices.find((c) => c.toLowerCase() === value.toLowerCase());
            if (!found)
                throw invalid(name, `one of ${choices.map((c) => `'${c}'`).join(', ')}`, value);
            return found;
        },
        /** Comma- or newline-separated items, trimmed, empty items dropped. */
        list(name) {
            return splitList(source(name));
        },
        /** One item per line, trimmed, blank lines and `#` comments dropped. */
        lines(name) {
            return splitLines(source(name));
        },
    };
}
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function splitLines(value) {
    return value
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
}
function wholeRange(min, max) {
    if (Number.isFinite(min) && Number.isFinite(max))
        return `a whole number from ${min} to ${max}`;
    if (Number.isFinite(min))
        return `a whole number >= ${min}`;
    if (Number.isFinite(max))
        return `a whole number <= ${max}`;
    return 'a whole number';
}
function numberRange(min, max) {
    if (Number.isFinite(min) && Number.isFinite(max))
        return `a number from ${min} to ${max}`;
    if (Number.isFinite(min))
        return `a number >= ${min}`;
    if (Number.isFinite(max))
        return `a number <= ${max}`;
    return 'a number';
}


/***/ }),

/***/ 580:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.randomId = randomId;
const node_fs_1 = __nccwpck_require__(24);
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
const node_fs_1 = __nccwpck_require__(24);
const node_os_1 = __nccwpck_require__(161);
const node_path_1 = __nccwpck_require__(760);
const random_id_ts_1 = __nccwpck_require__(580);
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

/***/ 395:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The runner's `.env`, edited as text: pure.
 *
 * How the runner reads it (Runner.Listener, at start): every line break (`\n`, `\r\n`, `\r`) ends a
 * line; a line holding `=` after at least one character sets the variable named by everything
 * before the first `=` (spaces and `#` included: there are no comments, no quotes, no trimming) to
 * everything after it; the last line for a name wins; other lines are ignored; a UTF-8 byte order
 * mark at the start is skipped.
 *
 * The editor touches only the lines of the names it manages, and only the line that counts (the
 * last one for the name). A name already set is changed in place; a new one is appended at the end.
 * What it changed is recorded (the line before and the line written), so that installing again
 * keeps the first original, and uninstalling puts every byte back. See
 * docs/decisions/runner-hooks-env.md.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitLines = splitLines;
exports.joinLines = joinLines;
exports.nameOf = nameOf;
exports.lineValue = lineValue;
exports.readEnv = readEnv;
exports.installEnv = installEnv;
exports.uninstallEnv = uninstallEnv;
function splitLines(text) {
    const lines = [];
    const re = /\r\n|\r|\n/g;
    let at = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        lines.push({ content: text.slice(at, m.index), end: m[0] });
        at = m.index + m[0].length;
    }
    if (at < text.length)
        lines.push({ content: text.slice(at), end: '' });
    return lines;
}
function joinLines(lines) {
    return lines.map((l) => l.content + l.end).join('');
}
/** The variable a line sets, as the runner reads it, or undefined. */
function nameOf(content) {
    const eq = content.indexOf('=');
    return eq > 0 ? content.slice(0, eq) : undefined;
}
function lineValue(content) {
    return content.slice(content.indexOf('=') + 1);
}
/** A UTF-8 byte order mark (as text, or as bytes read as latin1): the runner skips it. */
function byteOrderMark(text) {
    const bom = /^(\uFEFF|\xEF\xBB\xBF)/.exec(text)?.[0] ?? '';
    return [bom, text.slice(bom.length)];
}
/** What the runner would set from `text`. */
function readEnv(text) {
    const out = new Map();
    for (const { content } of splitLines(byteOrderMark(text)[1])) {
        const name = nameOf(content);
        if (name !== undefined)
            out.set(name, lineValue(content));
    }
    return out;
}
function lastIndex(lines, name) {
    for (let i = lines.length - 1; i >= 0; i--) {
        if (nameOf(lines[i].content) === name)
            return i;
    }
    return -1;
}
/** The line break the file uses already (its first), else `\n`. */
function lineBreak(lines) {
    return lines.find((l) => l.end)?.end ?? '\n';
}
/** Puts one record's original back, when its line is still the one written. */
function undo(lines, record, changes) {
    const i = lastIndex(lines, record.name);
    const line = lines[i];
    if (!line) {
        changes.push({ kind: 'left', name: record.name, why: 'its line was removed since' });
        return;
    }
    if (line.content !== record.written) {
        changes.push({ kind: 'left', name: record.name, why: 'its line was changed since' });
        return;
    }
    if (record.original === null) {
        lines.splice(i, 1);
        changes.push({ kind: 'remove', name: record.name, value: lineValue(record.written) });
    }
    else {
        line.content = record.original;
        changes.push({
            kind: 'restore',
            name: record.name,
            from: lineValue(record.written),
            value: lineValue(record.original),
        });
    }
}
function dropAddedBreak(lines, state) {
    const last = lines[lines.length - 1];
    if (state.addedBreak && last?.end)
        last.end = '';
}
/**
 * Sets the wanted names. `prior` is the state of an earlier install: its originals are kept (for
 * lines still as written), and names it managed that are no longer wanted are put back.
 */
function installEnv(whole, wanted, prior, force = false) {
    const [bom, text] = byteOrderMark(whole);
    const lines = splitLines(text);
    const changes = [];
    const names = new Set(wanted.map((w) => w.name));
    let addedBreak = prior?.addedBreak ?? false;
    for (const record of [...(prior?.records ?? [])].reverse()) {
        if (!names.has(record.name))
            undo(lines, record, changes);
    }
    if (prior && !prior.records.some((r) => names.has(r.name))) {
        dropAddedBreak(lines, prior);
        addedBreak = false;
    }
    const records = [];
    for (const want of wanted) {
        const before = prior?.records.find((r) => r.name === want.name);
        const i = lastIndex(lines, want.name);
        const line = lines[i];
        if (line) {
            const ours = before !== undefined && line.content === before.written;
            if (!ours && !force && want.handSet?.(lineValue(line.content))) {
                const value = lineValue(line.content);
                changes.push({ kind: 'kept', name: want.name, value, wanted: want.value(value) });
                continue;
            }
            const original = ours ? before.original : line.content;
            const written = `${want.name}=${want.value(original === null ? undefined : lineValue(original))}`;
            records.push({ name: want.name, original, written });
            changes.push(line.content === written
                ? { kind: 'same', name: want.name, value: lineValue(written) }
                : {
                    kind: 'replace',
                    name: want.name,
                    from: lineValue(line.content),
                    value: lineValue(written),
                });
            line.content = written;
            continue;
        }
        const written = `${want.name}=${want.value(undefined)}`;
        const last = lines[lines.length - 1];
        const eol = lineBreak(lines);
        if (last && !last.end) {
            last.end = eol;
            addedBreak = true;
        }
        lines.push({ content: written, end: eol });
        records.push({ name: want.name, original: null, written });
        changes.push({ kind: 'add', name: want.name, value: lineValue(written) });
    }
    return { text: bom + joinLines(lines), state: { records, addedBreak }, changes };
}
/** Puts back what an install changed: originals restored, added lines removed. */
function uninstallEnv(whole, state) {
    const [bom, text] = byteOrderMark(whole);
    const lines = splitLines(text);
    const changes = [];
    for (const record of [...state.records].reverse())
        undo(lines, record, changes);
    dropAddedBreak(lines, state);
    return { text: bom + joinLines(lines), state: { records: [], addedBreak: false }, changes };
}


/***/ }),

/***/ 111:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fsProbe = exports.MODES = void 0;
exports.processIO = processIO;
exports.main = main;
/**
 * The installer (install.ts runs it for runner-hooks/install on the runner machine): writes the hook scripts and
 * their code into the hooks folder, and the hook paths and the tuning into the runner's `.env`;
 * or, with --uninstall, puts it all back. With --dry-run it only says what it would do.
 */
const node_child_process_1 = __nccwpck_require__(421);
const node_fs_1 = __nccwpck_require__(24);
const node_path_1 = __importDefault(__nccwpck_require__(760));
const errors_ts_1 = __nccwpck_require__(188);
const bash_env_ts_1 = __nccwpck_require__(659);
const read_host_ts_1 = __nccwpck_require__(702);
const env_file_ts_1 = __nccwpck_require__(395);
const node_ts_1 = __nccwpck_require__(139);
const options_ts_1 = __nccwpck_require__(345);
const ownership_ts_1 = __nccwpck_require__(538);
const places_ts_1 = __nccwpck_require__(639);
const record_ts_1 = __nccwpck_require__(290);
const scripts_ts_1 = __nccwpck_require__(459);
const wanted_ts_1 = __nccwpck_require__(164);
/** A fault the owner can fix, said plainly (no stack). */
class Refusal extends Error {
}
/** Modes set explicitly, whatever the umask: nothing group- or world-writable. */
exports.MODES = { folder: 0o755, code: 0o644, script: 0o755, record: 0o644, env: 0o644 };
function onPathNode() {
    const found = (0, node_child_process_1.spawnSync)('/bin/sh', ['-c', 'command -v node'], { encoding: 'utf8' });
    const p = found.stdout?.trim();
    return found.status === 0 && p && node_path_1.default.isAbsolute(p) ? p : undefined;
}
function executable(file) {
    try {
        (0, node_fs_1.accessSync)(file, node_fs_1.constants.X_OK);
        return (0, node_fs_1.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
function processIO() {
    return {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
        cwd: process.cwd(),
        platform: process.platform,
        euid: process.geteuid?.() ?? 0,
        readHost: read_host_ts_1.readHost,
        hookSource: node_path_1.default.resolve(node_path_1.default.dirname(process.argv[1] ?? ''), '..', 'hook'),
        findNode: (runnerDir) => (0, node_ts_1.findNode)(runnerDir, { executable, onPath: onPathNode }),
        nodeVersion: (node) => (0, node_child_process_1.spawnSync)(node, ['-p', 'process.versions.node'], {
            encoding: 'utf8',
            timeout: 10_000,
        }).stdout?.trim() || undefined,
    };
}
/**
 * `.env` is handled as bytes (one character per byte, latin1), so that a line in any encoding,
 * even invalid UTF-8, is kept byte for byte; what the installer writes is UTF-8, encoded the same way.
 */
const asBytes = (text) => Buffer.from(text, 'utf8').toString('latin1');
const asText = (bytes) => Buffer.from(bytes, 'latin1').toString('utf8');
function read(file, encoding = 'utf8') {
    try {
        return (0, node_fs_1.readFileSync)(file, encoding);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
const kindOf = (s) => s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
exports.fsProbe = {
    lstat(p) {
        try {
            const s = (0, node_fs_1.lstatSync)(p);
            return { uid: s.uid, mode: s.mode & 0o7777, kind: kindOf(s) };
        }
        catch {
            return undefined;
        }
    },
    realpath(p) {
        try {
            return (0, node_fs_1.realpathSync)(p);
        }
        catch {
            return undefined;
        }
    },
    readlink(p) {
        try {
            return (0, node_fs_1.readlinkSync)(p);
        }
        catch {
            return undefined;
        }
    },
};
/**
 * Writes a file of the hooks folder in one step (a crash leaves the old or the new one), with
 * exactly `mode`: never through a link, never into a file someone else prepared.
 */
function writeOwn(file, text, mode, owner, encoding = 'utf8') {
    const temp = `${file}.runner-hooks-${process.pid}`;
    (0, node_fs_1.rmSync)(temp, { force: true });
    const fd = (0, node_fs_1.openSync)(temp, 'wx', mode);
    try {
        (0, node_fs_1.writeSync)(fd, Buffer.from(text, encoding));
        (0, node_fs_1.fchmodSync)(fd, mode);
        if (owner)
            (0, node_fs_1.fchownSync)(fd, owner.uid, owner.gid);
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
    (0, node_fs_1.renameSync)(temp, file);
}
/** Writes `.env` where `envPlace` allows: a file replaced in one step (its mode, less group and
 * world write, and its owner kept), or the checked target of a link, written in place. */
function writeEnv(envPath, place, text, newOwner, asRoot) {
    if (place.kind === 'link') {
        const fd = (0, node_fs_1.openSync)(place.target, node_fs_1.constants.O_WRONLY | node_fs_1.constants.O_NOFOLLOW);
        try {
            if (!(0, node_fs_1.fstatSync)(fd).isFile())
                throw new Refusal(`${(0, ownership_ts_1.shown)(place.target)} is not a regular file.`);
            (0, node_fs_1.ftruncateSync)(fd, 0);
            (0, node_fs_1.writeSync)(fd, Buffer.from(text, 'latin1'), 0, undefined, 0);
        }
        finally {
            (0, node_fs_1.closeSync)(fd);
        }
        return;
    }
    let mode = exports.MODES.env;
    let owner = newOwner;
    if (place.kind === 'file') {
        const s = (0, node_fs_1.lstatSync)(envPath);
        mode = s.mode & 0o7777 & ~0o022;
        owner = { uid: s.uid, gid: s.gid };
    }
    // Only root may give a file away; anyone else writes their own.
    writeOwn(envPath, text, mode, asRoot ? owner : undefined, 'latin1');
}
/** Creates each missing folder of `dir` with mode 0755, whatever the umask. */
function makeFolders(dir) {
    const missing = [];
    for (let at = dir; !(0, node_fs_1.existsSync)(at); at = node_path_1.default.dirname(at))
        missing.unshift(at);
    for (const at of missing) {
        (0, node_fs_1.mkdirSync)(at, { mode: exports.MODES.folder });
        (0, node_fs_1.chmodSync)(at, exports.MODES.folder);
    }
}
/** Copies the hook code: folders 0755, files 0644, whatever the source modes and the umask. */
function copyCode(from, to) {
    (0, node_fs_1.mkdirSync)(to, { mode: exports.MODES.folder });
    (0, node_fs_1.chmodSync)(to, exports.MODES.folder);
    for (const entry of (0, node_fs_1.readdirSync)(from, { withFileTypes: true })) {
        const src = node_path_1.default.join(from, entry.name);
        const dest = node_path_1.default.join(to, entry.name);
        if (entry.isDirectory())
            copyCode(src, dest);
        else if (entry.isFile()) {
            const fd = (0, node_fs_1.openSync)(dest, 'wx', exports.MODES.code);
            try {
                (0, node_fs_1.writeSync)(fd, (0, node_fs_1.readFileSync)(src));
                (0, node_fs_1.fchmodSync)(fd, exports.MODES.code);
            }
            finally {
                (0, node_fs_1.closeSync)(fd);
            }
        }
        else
            throw new Refusal(`The hook code holds ${(0, ownership_ts_1.shown)(src)}, neither a file nor a folder.`);
    }
}
function checkRunnerDir(dir) {
    let isDir = false;
    try {
        isDir = (0, node_fs_1.statSync)(dir).isDirectory();
    }
    catch { }
    if (!isDir) {
        throw new errors_ts_1.InputError('--runner-dir', `Option --runner-dir: ${(0, ownership_ts_1.shown)(dir)} is not a folder.`);
    }
    const marks = ['run.sh', 'config.sh', node_path_1.default.join('bin', 'Runner.Listener')];
    if (!marks.some((m) => (0, node_fs_1.existsSync)(node_path_1.default.join(dir, m)))) {
        throw new errors_ts_1.InputError('--runner-dir', `Option --runner-dir: ${(0, ownership_ts_1.shown)(dir)} does not look like a runner folder (no run.sh, config.sh or bin/Runner.Listener).`);
    }
}
function describeChange(c) {
    switch (c.kind) {
        case 'add':
            return `  + ${c.name}=${c.value}`;
        case 'replace':
            return `  ~ ${c.name}=${c.value}   (was ${c.from})`;
        case 'same':
            return `  = ${c.name}=${c.value}   (unchanged)`;
        case 'remove':
            return `  - ${c.name}=${c.value}`;
        case 'restore':
            return `  ~ ${c.name}=${c.value}   (put back; the install had ${c.from})`;
        case 'left':
            return `  ! ${c.name}: left as it is, ${c.why}`;
        case 'kept':
            return `  = ${c.name}=${c.value}   (set by hand: kept; --force writes ${c.wanted})`;
    }
}
function loadRecord(file) {
    const text = read(file);
    if (text === undefined)
        return undefined;
    try {
        return (0, record_ts_1.parseRecord)(text);
    }
    catch (e) {
        throw new Refusal(`${(0, ownership_ts_1.shown)(file)}: ${(0, errors_ts_1.messageOf)(e)}. Remove it by hand if it is not from runner-hooks.`);
    }
}
/** The hooks folder `.env` points to, when it holds an install record. */
function installedHooksDir(envText) {
    if (envText === undefined)
        return undefined;
    const value = (0, env_file_ts_1.readEnv)(envText).get(wanted_ts_1.HOOK_VARIABLES['job-started']);
    const started = value === undefined ? undefined : asText(value);
    if (!started || !node_path_1.default.isAbsolute(started))
        return undefined;
    const dir = node_path_1.default.dirname(started);
    const ours = node_path_1.default.basename(started) === scripts_ts_1.SCRIPT_FILES['job-started'] &&
        (0, node_fs_1.existsSync)(node_path_1.default.join(dir, record_ts_1.RECORD_FILE));
    return ours ? dir : undefined;
}
function hooksFolder(opts, envText) {
    if (opts.hooksDir)
        return opts.hooksDir;
    // Installed already: where the hooks are, whatever --hooks-dir the install had.
    return installedHooksDir(envText) ?? (0, places_ts_1.defaultHooksDir)(opts.runnerDir);
}
function checkHooksDir(c) {
    const trouble = (0, ownership_ts_1.hooksDirTrouble)(c.hooksDir, exports.fsProbe, c.trusted);
    if (trouble) {
        throw new Refusal(`Refusing the hooks folder ${(0, ownership_ts_1.shown)(c.hooksDir)}: ${trouble}. Choose another --hooks-dir, or fix the owner or mode.`);
    }
}
function install(c) {
    const { io, say, opts, hooksDir, envPath, envText } = c;
    const node = io.findNode(opts.runnerDir);
    if (!node)
        throw new Refusal((0, node_ts_1.noNodeMessage)(opts.runnerDir));
    const version = io.nodeVersion(node);
    if (!version || Number(version.split('.')[0]) < 20) {
        throw new Refusal(`${node} ${version ? `is Node ${version}` : 'does not run'}; the hooks need Node 20 or later.`);
    }
    const source = io.hookSource;
    if (!(0, node_fs_1.existsSync)(node_path_1.default.join(source, 'index.js'))) {
        throw new Refusal(`The hook code is not built: ${source}/index.js is missing. Run 'pnpm build' in this checkout first.`);
    }
    const elsewhere = installedHooksDir(envText);
    if (elsewhere && elsewhere !== hooksDir) {
        throw new Refusal(`The runner's hooks are installed in ${(0, ownership_ts_1.shown)(elsewhere)} already. To move them, uninstall first (runner-hooks/install --runner-dir ${(0, bash_env_ts_1.shellQuote)(opts.runnerDir)} --uninstall); to change options, leave --hooks-dir out.`);
    }
    checkHooksDir(c);
    const recordPath = node_path_1.default.join(hooksDir, record_ts_1.RECORD_FILE);
    const prior = loadRecord(recordPath);
    if (prior && prior.runnerDir !== opts.runnerDir) {
        throw new Refusal(`${(0, ownership_ts_1.shown)(hooksDir)} holds the hooks of another runner (${(0, ownership_ts_1.shown)(prior.runnerDir)}); give each runner its own --hooks-dir.`);
    }
    if (!prior) {
        // A folder of someone else's: never overwrite (or, later, uninstall) what is not ours.
        const taken = [...scripts_ts_1.STAGES.map((st) => scripts_ts_1.SCRIPT_FILES[st]), scripts_ts_1.BUNDLE_FOLDER].filter((name) => (0, node_fs_1.existsSync)(node_path_1.default.join(hooksDir, name)));
        if (taken.length) {
            throw new errors_ts_1.InputError('--hooks-dir', `Option --hooks-dir: ${(0, ownership_ts_1.shown)(hooksDir)} already holds ${taken.join(', ')}, not from a runner-hooks install; choose a new or empty folder.`);
        }
    }
    const scripts = {
        started: node_path_1.default.join(hooksDir, scripts_ts_1.SCRIPT_FILES['job-started']),
        completed: node_path_1.default.join(hooksDir, scripts_ts_1.SCRIPT_FILES['job-completed']),
    };
    const host = io.readHost();
    const { wanted, why, warnings } = (0, wanted_ts_1.wantedValues)({ started: asBytes(scripts.started), completed: asBytes(scripts.completed) }, opts.tuning, opts.env.map(([name, value]) => [name, asBytes(value)]), host);
    const edit = (0, env_file_ts_1.installEnv)(envText ?? '', wanted, prior?.env, opts.force);
    const record = {
        version: record_ts_1.RECORD_VERSION,
        runnerDir: opts.runnerDir,
        node,
        hook: {
            tempPatterns: opts.tempPatterns,
            maxAgeHours: opts.maxAgeHours,
            dockerPrune: opts.dockerPrune,
            timeLimitSeconds: opts.timeLimitSeconds,
            strict: opts.strict,
            systemTemp: prior?.hook.systemTemp ?? record_ts_1.SYSTEM_TEMP,
        },
        env: {
            ...edit.state,
            // A hook line that names these very scripts already (an install whose record was lost) is
            // ours: uninstall removes it rather than leave a hook to a script it deletes.
            records: edit.state.records.map((r) => r.name.startsWith('ACTIONS_RUNNER_HOOK_') && r.original === r.written
                ? { ...r, original: null }
                : r),
            created: prior?.env.created ?? envText === undefined,
        },
    };
    const bundle = node_path_1.default.join(hooksDir, scripts_ts_1.BUNDLE_FOLDER, 'index.js');
    say(`${opts.dryRun ? 'Would install' : 'Installing'} runner hooks for ${(0, ownership_ts_1.shown)(opts.runnerDir)}`);
    say(`  Host: ${host.chip}, ${host.performanceCores} P + ${host.efficiencyCores} E cores, ${host.memoryMb} MB`);
    say(`  Hooks run with: ${(0, ownership_ts_1.shown)(node)}`);
    say(`  Hook scripts: ${(0, ownership_ts_1.shown)(scripts.started)}, ${(0, ownership_ts_1.shown)(scripts.completed)} (code in ${(0, ownership_ts_1.shown)(node_path_1.default.dirname(bundle))})`);
    say(`  Each job: temp entries ${opts.tempPatterns.join(', ')} older than ${opts.maxAgeHours} h removed from ${record.hook.systemTemp} and the job's temp directory${opts.dockerPrune ? ', Docker pruned after the job' : ''}; time limit ${opts.timeLimitSeconds} s; ${opts.strict ? 'a problem fails the job (--strict)' : 'a problem is a warning'}.`);
    for (const w of why)
        say(`  ${w}`);
    for (const w of warnings)
        say(`  Warning: ${w}`);
    say(`${(0, ownership_ts_1.shown)(envPath)}${envText === undefined ? ' (new file)' : ''}:`);
    for (const ch of edit.changes)
        say((0, ownership_ts_1.shown)(asText(describeChange(ch))));
    const replacedHook = edit.changes.find((ch) => ch.kind === 'replace' && ch.name.startsWith('ACTIONS_RUNNER_HOOK_') && ch.from);
    if (replacedHook && replacedHook.kind === 'replace') {
        say(`  Note: ${replacedHook.name} named another hook (${(0, ownership_ts_1.shown)(asText(replacedHook.from))}); --uninstall puts it back.`);
    }
    if (opts.dryRun) {
        say('Dry run: nothing was changed.');
        return;
    }
    makeFolders(hooksDir);
    // Again, now that it exists: a folder someone slipped in meanwhile is not ours.
    checkHooksDir(c);
    (0, node_fs_1.rmSync)(node_path_1.default.join(hooksDir, scripts_ts_1.BUNDLE_FOLDER), { recursive: true, force: true });
    copyCode(source, node_path_1.default.join(hooksDir, scripts_ts_1.BUNDLE_FOLDER));
    // The record first: whatever happens next, --uninstall knows what to put back.
    writeOwn(recordPath, (0, record_ts_1.formatRecord)(record), exports.MODES.record);
    for (const stage of scripts_ts_1.STAGES) {
        const file = node_path_1.default.join(hooksDir, scripts_ts_1.SCRIPT_FILES[stage]);
        writeOwn(file, (0, scripts_ts_1.hookScript)({ stage, node, bundle, record: recordPath, strict: opts.strict }), exports.MODES.script);
    }
    if (edit.text !== (envText ?? '') || envText === undefined) {
        writeEnv(envPath, c.place, edit.text, c.runnerOwner, c.io.euid === 0);
    }
    say('Installed.');
}
function uninstall(c) {
    const { say, opts, hooksDir, envPath, envText } = c;
    const recordPath = node_path_1.default.join(hooksDir, record_ts_1.RECORD_FILE);
    const record = loadRecord(recordPath);
    if (!record) {
        throw new Refusal(`No runner-hooks install record at ${(0, ownership_ts_1.shown)(recordPath)}: nothing to undo. If the hooks were installed with another --hooks-dir, give it.`);
    }
    if (record.runnerDir !== opts.runnerDir) {
        throw new Refusal(`${(0, ownership_ts_1.shown)(recordPath)} belongs to the runner at ${(0, ownership_ts_1.shown)(record.runnerDir)}, not ${(0, ownership_ts_1.shown)(opts.runnerDir)}.`);
    }
    const edit = envText === undefined ? undefined : (0, env_file_ts_1.uninstallEnv)(envText, record.env);
    say(`${opts.dryRun ? 'Would uninstall' : 'Uninstalling'} runner hooks for ${(0, ownership_ts_1.shown)(opts.runnerDir)}`);
    if (!edit)
        say(`${(0, ownership_ts_1.shown)(envPath)} is gone: nothing to put back there.`);
    else {
        say(`${(0, ownership_ts_1.shown)(envPath)}:`);
        for (const ch of edit.changes)
            say((0, ownership_ts_1.shown)(asText(describeChange(ch))));
    }
    const removable = [...scripts_ts_1.STAGES.map((st) => scripts_ts_1.SCRIPT_FILES[st]), scripts_ts_1.BUNDLE_FOLDER, record_ts_1.RECORD_FILE];
    say(`  Removing from ${(0, ownership_ts_1.shown)(hooksDir)}: ${removable.join(', ')}`);
    if (opts.dryRun) {
        say('Dry run: nothing was changed.');
        return;
    }
    if (edit) {
        // The install created a plain .env: it goes again. Anything else gets its old text back.
        if (record.env.created && edit.text === '' && c.place.kind === 'file') {
            (0, node_fs_1.rmSync)(envPath, { force: true });
        }
        else if (edit.text !== envText)
            writeEnv(envPath, c.place, edit.text, c.runnerOwner, c.io.euid === 0);
    }
    for (const name of removable)
        (0, node_fs_1.rmSync)(node_path_1.default.join(hooksDir, name), { recursive: true, force: true });
    try {
        if (!(0, node_fs_1.readdirSync)(hooksDir).length)
            (0, node_fs_1.rmdirSync)(hooksDir);
    }
    catch { }
    say('Uninstalled.');
}
/** A folder whose real path holds a control character would split a `.env` line. */
function refuseControl(option, what, p) {
    if (options_ts_1.CONTROL.test(p)) {
        throw new errors_ts_1.InputError(option, `Option ${option}: ${what} ${(0, ownership_ts_1.shown)(p)} holds a line break or another control character; .env is read line by line, so it is refused.`);
    }
}
function main(argv, io = processIO()) {
    const say = (line = '') => io.out(`${line}\n`);
    try {
        const opts = (0, options_ts_1.parseOptions)(argv, io.cwd);
        if (opts.action === 'help') {
            io.out((0, options_ts_1.usage)());
            return 0;
        }
        if (io.platform === 'win32') {
            throw new Refusal('runner-hooks installs bash hooks for Linux and macOS runners; on Windows, set ACTIONS_RUNNER_HOOK_JOB_STARTED to a .ps1 script by hand.');
        }
        checkRunnerDir(opts.runnerDir);
        const runnerDir = (0, node_fs_1.realpathSync)(opts.runnerDir);
        refuseControl('--runner-dir', "the runner folder's real path", runnerDir);
        const o = { ...opts, runnerDir };
        const envPath = (0, places_ts_1.envFile)(runnerDir);
        const runnerStat = (0, node_fs_1.statSync)(runnerDir);
        const trusted = { euid: io.euid, runnerOwner: runnerStat.uid };
        const place = (0, ownership_ts_1.envPlace)(envPath, exports.fsProbe, trusted);
        if (place.kind === 'refused')
            throw new Refusal(`${place.why}.`);
        const envText = read(place.kind === 'link' ? place.target : envPath, 'latin1');
        const hooksDir = hooksFolder(o, envText);
        refuseControl('--hooks-dir', 'the hooks folder', hooksDir);
        refuseControl('--hooks-dir', "the hooks folder's real path", (0, places_ts_1.realOrNearest)(hooksDir, node_fs_1.realpathSync));
        const foldCase = io.platform === 'darwin';
        const refused = (0, places_ts_1.refuseHooksDir)(hooksDir, runnerDir, (p) => (0, places_ts_1.realOrNearest)(p, node_fs_1.realpathSync), foldCase);
        if (refused)
            throw new errors_ts_1.InputError('--hooks-dir', refused);
        const c = {
            io,
            say,
            opts: o,
            hooksDir,
            envPath,
            envText,
            place,
            trusted,
            runnerOwner: { uid: runnerStat.uid, gid: runnerStat.gid },
        };
        if (o.action === 'uninstall')
            uninstall(c);
        else
            install(c);
        if (!o.dryRun) {
            say();
            say((0, places_ts_1.restartAdvice)(runnerDir, (0, node_fs_1.existsSync)(node_path_1.default.join(runnerDir, '.service')), bash_env_ts_1.shellQuote));
        }
        return 0;
    }
    catch (e) {
        if (e instanceof errors_ts_1.InputError) {
            io.err(`runner-hooks/install: ${e.message}\n${options_ts_1.HELP_HINT}\n`);
            return 2;
        }
        io.err(`runner-hooks/install: ${(0, errors_ts_1.messageOf)(e)}\n`);
        // A fault of the machine (a file system error) is said in one line; only a bug has a stack.
        const known = e instanceof Refusal || e?.code !== undefined;
        if (!known && e instanceof Error && e.stack)
            io.err(`${e.stack}\n`);
        return 1;
    }
}


/***/ }),

/***/ 139:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RUNNER_NODES = void 0;
exports.nodeCandidates = nodeCandidates;
exports.findNode = findNode;
exports.noNodeMessage = noNodeMessage;
/**
 * Which Node the hooks run with: the runner's own (`externals/node24`, else `externals/node20`),
 * else `node` on PATH. Pure over two probes, so the order is tested without a runner.
 */
const node_path_1 = __importDefault(__nccwpck_require__(760));
exports.RUNNER_NODES = ['node24', 'node20'];
function nodeCandidates(runnerDir) {
    return exports.RUNNER_NODES.map((v) => node_path_1.default.join(runnerDir, 'externals', v, 'bin', 'node'));
}
function findNode(runnerDir, probe) {
    return nodeCandidates(runnerDir).find((f) => probe.executable(f)) ?? probe.onPath();
}
function noNodeMessage(runnerDir) {
    return `No Node to run the hooks with: none of ${nodeCandidates(runnerDir).join(', ')} exists, and there is no 'node' on PATH. Install the runner there first (it brings its own Node), or put Node 20 or later on PATH.`;
}


/***/ }),

/***/ 345:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HELP_HINT = exports.CONTROL = exports.OPTIONS = exports.MAX_TIME_LIMIT_SECONDS = exports.DEFAULT_TIME_LIMIT_SECONDS = exports.DEFAULT_MAX_AGE_HOURS = exports.DEFAULT_TEMP_PATTERNS = exports.DEFAULT_HOOKS_FOLDER = exports.TUNE = void 0;
exports.splitPatterns = splitPatterns;
exports.envPairs = envPairs;
exports.parseOptions = parseOptions;
exports.usage = usage;
/**
 * The installer's command line, parsed once into a typed object: pure. A bad option is an
 * InputError naming the option and what it accepts. `OPTIONS` is also the source of the option
 * table in action-docs/runner-hooks.md.
 */
const node_path_1 = __importDefault(__nccwpck_require__(760));
const inputs_ts_1 = __nccwpck_require__(45);
const errors_ts_1 = __nccwpck_require__(188);
const inputs_ts_2 = __nccwpck_require__(518);
const inputs_ts_3 = __nccwpck_require__(118);
const ownership_ts_1 = __nccwpck_require__(538);
const wanted_ts_1 = __nccwpck_require__(164);
exports.TUNE = ['auto', 'none'];
/** Where the hooks go unless `--hooks-dir` says otherwise: beside the runner folder. */
exports.DEFAULT_HOOKS_FOLDER = 'runner-actions-hooks';
exports.DEFAULT_TEMP_PATTERNS = ['pnpm-*'];
exports.DEFAULT_MAX_AGE_HOURS = 24;
exports.DEFAULT_TIME_LIMIT_SECONDS = 60;
exports.MAX_TIME_LIMIT_SECONDS = 3600;
exports.OPTIONS = [
    {
        name: 'runner-dir',
        arg: 'DIR',
        default: '(required)',
        description: "The runner's folder (where `run.sh`, `config.sh` and `.env` are). A folder whose real path holds a line break or another control character is refused.",
    },
    {
        name: 'hooks-dir',
        arg: 'DIR',
        default: `\`<runner-dir>/../${exports.DEFAULT_HOOKS_FOLDER}\``,
        description: "Where the hook scripts, their code and the install record go. Refused: a folder inside the runner's folder (GitHub requires hooks outside the runner application), and a folder that is, or sits under, a folder owned by another user or writable by others (a sticky folder such as `/tmp` may be above it). To uninstall, the folder `.env` points to is found by itself. Two runners on one machine each need their own.",
    },
    {
        name: 'temp-patterns',
        arg: 'LIST',
        default: '`pnpm-*`',
        description: "Globs on entry names directly under `/tmp` and the temp directory, as job-cleanup's `temp-patterns` (a leading `!` excludes): one per line, or comma-separated (a comma inside `{}` belongs to the glob); repeat the option to add more.",
    },
    {
        name: 'max-age-hours',
        arg: 'N',
        default: String(exports.DEFAULT_MAX_AGE_HOURS),
        description: 'Matching temp entries older than this (by their own modification time) go.',
    },
    {
        name: 'tune',
        arg: 'auto|none',
        default: 'auto',
        description: '`auto` writes what setup-m4-env would choose on this machine into `.env`: `NODE_OPTIONS` (its other flags kept, a heap flag added), `UV_THREADPOOL_SIZE`, and `DOCKER_DEFAULT_PLATFORM` on arm64. `none` leaves them alone (and puts back values an earlier install wrote). It is the default of the three options below. A value set by hand in `.env` is kept unless `--force`.',
    },
    {
        name: 'node-heap-mb',
        arg: 'auto|none|MB',
        default: 'as `--tune`',
        description: `The heap flag \`--max-old-space-size\` in \`NODE_OPTIONS\`, as setup-m4-env's \`node-heap-mb\`: \`auto\`, \`none\` or a whole number from ${inputs_ts_3.HEAP_RANGE.min} to ${inputs_ts_3.HEAP_RANGE.max}.`,
    },
    {
        name: 'threadpool-size',
        arg: 'auto|none|N',
        default: 'as `--tune`',
        description: `\`UV_THREADPOOL_SIZE\`, as setup-m4-env's \`threadpool-size\`: \`auto\`, \`none\` or a whole number from ${inputs_ts_3.THREADPOOL_RANGE.min} to ${inputs_ts_3.THREADPOOL_RANGE.max}.`,
    },
    {
        name: 'docker-platform',
        arg: 'auto|none|PLATFORM',
        default: 'as `--tune`',
        description: "`DOCKER_DEFAULT_PLATFORM`, as setup-m4-env's `docker-platform`: `auto`, `none` or a platform such as `linux/arm64`.",
    },
    {
        name: 'env',
        arg: 'NAME=VALUE',
        default: 'none',
        description: "Another variable for `.env`, as setup-m4-env's `env`: one `NAME=VALUE` per line (blank and `#` lines skipped); repeat the option for more. NAME is letters, digits and `_`, not starting with a digit; VALUE holds no control character. The hook variables and a variable a tuning option sets are refused.",
    },
    {
        name: 'force',
        default: 'off',
        description: 'Replace tuning values set by hand in `.env` (a `NODE_OPTIONS` heap flag, `UV_THREADPOOL_SIZE`, `DOCKER_DEFAULT_PLATFORM`, an `--env` name). Without it they are kept, and the install says so.',
    },
    {
        name: 'docker-prune',
        default: 'off',
        description: 'job-completed also prunes stopped containers, dangling images and build cache older than `--max-age-hours`, as job-cleanup does.',
    },
    {
        name: 'time-limit-seconds',
        arg: 'N',
        default: String(exports.DEFAULT_TIME_LIMIT_SECONDS),
        description: `Each hook stops at this limit (1 to ${exports.MAX_TIME_LIMIT_SECONDS}).`,
    },
    {
        name: 'strict',
        default: 'off',
        description: 'A hook that meets a problem (a refused or unremovable path, a failed prune, the time limit) fails the job. Off: it prints a warning and the job goes on.',
    },
    {
        name: 'dry-run',
        default: 'off',
        description: 'Print what would change; change nothing.',
    },
    {
        name: 'uninstall',
        default: 'off',
        description: 'Put back the `.env` values the install replaced, remove the lines it added, the hook scripts and their code. Takes only `--runner-dir`, `--hooks-dir` and `--dry-run`.',
    },
];
const FLAGS = new Set(['docker-prune', 'strict', 'dry-run', 'uninstall', 'force', 'help']);
const VALUED = new Set(exports.OPTIONS.filter((o) => o.arg).map((o) => o.name));
/** Options that may be given more than once: each adds to the list. */
const REPEATABLE = new Set(['env', 'temp-patterns']);
const UNINSTALL_TAKES = new Set(['runner-dir', 'hooks-dir', 'dry-run', 'uninstall']);
function bad(option, message) {
    return new errors_ts_1.InputError(`--${option}`, message);
}
/** Line breaks, NUL and the other C0 controls, and DEL: `.env` is read line by line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
exports.CONTROL = /[\x00-\x1f\x7f]/;
/** A folder given on the command line: absolute, with no control character (`.env` is by line). */
function folder(option, raw, cwd) {
    if (exports.CONTROL.test(raw)) {
        throw bad(option, `Option --${option} accepts a folder path without line breaks, NUL bytes or other control characters.`);
    }
    return node_path_1.default.resolve(cwd, raw);
}
/** An option's message from a shared parser: `Input 'x'` becomes `Option --x`. */
function asOption(e) {
    if (!(e instanceof errors_ts_1.InputError))
        throw e;
    throw bad(e.input, e.message.replace(/^Input '([^']+)'/, 'Option --$1'));
}
/** Splits on line breaks, and on commas outside `{}` (a glob's alternatives stay whole). */
function splitPatterns(raw) {
    const out = [];
    for (const line of (0, inputs_ts_2.splitLines)(raw)) {
        let depth = 0;
        let at = 0;
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (c === '\\')
                i++;
            else if (c === '{')
                depth++;
            else if (c === '}' && depth > 0)
                depth--;
            else if (c === ',' && depth === 0) {
                out.push(line.slice(at, i));
                at = i + 1;
            }
        }
        out.push(line.slice(at));
    }
    return out.map((p) => p.trim()).filter(Boolean);
}
/** job-cleanup's own rules for the patterns and the age, reported under the option's name. */
function cleanupRules(patterns, maxAge) {
    try {
        return (0, inputs_ts_1.readCleanupInputs)((0, inputs_ts_2.createReader)((0, inputs_ts_2.fromRecord)({ 'temp-patterns': patterns.join('\n'), 'max-age-hours': maxAge ?? '' })));
    }
    catch (e) {
        return asOption(e);
    }
}
/** setup-m4-env's own parsers for the three tuning values, `--tune` as their default. */
function tuningRules(given, tune) {
    const read = (0, inputs_ts_2.createReader)((0, inputs_ts_2.fromRecord)({
        'node-heap-mb': given.get('node-heap-mb')?.[0] ?? tune,
        'threadpool-size': given.get('threadpool-size')?.[0] ?? tune,
        'docker-platform': given.get('docker-platform')?.[0] ?? tune,
    }));
    try {
        return {
            nodeHeapMb: (0, inputs_ts_3.wholeSetting)(read, 'node-heap-mb', inputs_ts_3.HEAP_RANGE, ' of MB'),
            threadpoolSize: (0, inputs_ts_3.wholeSetting)(read, 'threadpool-size', inputs_ts_3.THREADPOOL_RANGE, ''),
            dockerPlatform: (0, inputs_ts_3.dockerPlatform)(read),
        };
    }
    catch (e) {
        return asOption(e);
    }
}
/** Which option sets each tuned variable (when it is not `none`). */
const TUNED_BY = {
    NODE_OPTIONS: 'nodeHeapMb',
    UV_THREADPOOL_SIZE: 'threadpoolSize',
    DOCKER_DEFAULT_PLATFORM: 'dockerPlatform',
};
const OPTION_OF = {
    nodeHeapMb: 'node-heap-mb',
    threadpoolSize: 'threadpool-size',
    dockerPlatform: 'docker-platform',
};
/** `--env` values: setup-m4-env's `env` form (one NAME=VALUE per line), checked for `.env`. */
function envPairs(values, tuning) {
    const pairs = [];
    for (const line of values.flatMap(inputs_ts_2.splitLines)) {
        const eq = line.indexOf('=');
        const name = eq < 0 ? line : line.slice(0, eq).trim();
        const named = (0, ownership_ts_1.shown)(name || line);
        const fail = (why) => bad('env', `Option --env '${named}': ${why}`);
        if (eq < 0 || !inputs_ts_3.NAME.test(name)) {
            throw fail('each value is NAME=VALUE, NAME made of letters, digits and _ (not starting with a digit).');
        }
        const value = line.slice(eq + 1);
        if (exports.CONTROL.test(value)) {
            throw fail('its value holds a control character (tab, NUL, escape…); .env is read line by line, so it is refused.');
        }
        if (Object.values(wanted_ts_1.HOOK_VARIABLES).includes(name)) {
            throw fail(`${name} is the hook itself; runner-hooks/install sets it.`);
        }
        const owner = TUNED_BY[name];
        if (owner && tuning[owner].mode !== 'none') {
            throw fail(`${name} is set by --${OPTION_OF[owner]}; give the value there, or add --${OPTION_OF[owner]} none.`);
        }
        if (pairs.some(([n]) => n === name))
            throw fail(`${name} is given twice.`);
        pairs.push([name, value]);
    }
    return pairs;
}
function parseOptions(argv, cwd) {
    const given = new Map();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const m = /^--([a-z-]+)(?:=([\s\S]*))?$/.exec(arg);
        if (!m) {
            throw new errors_ts_1.InputError(arg, `Unexpected argument '${(0, ownership_ts_1.shown)(arg)}': options start with --; the runner folder is given with --runner-dir.`);
        }
        const name = m[1];
        if (!FLAGS.has(name) && !VALUED.has(name))
            throw bad(name, `Unknown option --${name}.`);
        if (given.has(name) && !REPEATABLE.has(name)) {
            throw bad(name, `Option --${name} is given twice.`);
        }
        if (FLAGS.has(name)) {
            if (m[2] !== undefined)
                throw bad(name, `Option --${name} is a switch: it takes no value.`);
            given.set(name, ['']);
            continue;
        }
        let value = m[2];
        if (value === undefined) {
            const next = argv[i + 1];
            if (next === undefined || next.startsWith('--')) {
                const doc = exports.OPTIONS.find((o) => o.name === name);
                throw bad(name, `Option --${name} needs a value (${doc?.arg}).`);
            }
            value = next;
            i++;
        }
        given.set(name, [...(given.get(name) ?? []), value]);
    }
    const one = (name) => given.get(name)?.[0];
    if (given.has('help')) {
        return { ...defaults(), action: 'help', runnerDir: '' };
    }
    const uninstall = given.has('uninstall');
    if (uninstall) {
        const extra = [...given.keys()].filter((k) => !UNINSTALL_TAKES.has(k));
        if (extra.length) {
            throw bad(extra[0], `Option --uninstall takes only --runner-dir, --hooks-dir and --dry-run; got --${extra.join(', --')}.`);
        }
    }
    const runnerRaw = one('runner-dir');
    if (!runnerRaw) {
        throw bad('runner-dir', "Option --runner-dir is required: the runner's folder, e.g. --runner-dir ~/actions-runner.");
    }
    const runnerDir = folder('runner-dir', runnerRaw, cwd);
    const hooksRaw = one('hooks-dir');
    if (hooksRaw === '')
        throw bad('hooks-dir', 'Option --hooks-dir needs a folder path.');
    const hooksDir = hooksRaw === undefined ? undefined : folder('hooks-dir', hooksRaw, cwd);
    const patternsRaw = given.get('temp-patterns');
    const tempPatterns = patternsRaw === undefined ? exports.DEFAULT_TEMP_PATTERNS : patternsRaw.flatMap(splitPatterns);
    if (patternsRaw !== undefined && !tempPatterns.length) {
        throw bad('temp-patterns', "Option --temp-patterns accepts globs on temp entry names, one per line or comma-separated, e.g. 'pnpm-*,npm-*'; got none.");
    }
    const cleanup = cleanupRules(tempPatterns, one('max-age-hours'));
    const tuneRaw = one('tune') ?? 'auto';
    const tune = exports.TUNE.find((t) => t === tuneRaw.toLowerCase());
    if (!tune)
        throw bad('tune', `Option --tune accepts 'auto' or 'none'; got '${tuneRaw}'.`);
    const tuning = tuningRules(given, tune);
    const env = envPairs(given.get('env') ?? [], tuning);
    const limitRaw = one('time-limit-seconds');
    let timeLimitSeconds = exports.DEFAULT_TIME_LIMIT_SECONDS;
    if (limitRaw !== undefined) {
        timeLimitSeconds = /^\d+$/.test(limitRaw) ? Number(limitRaw) : Number.NaN;
        if (!(timeLimitSeconds >= 1 && timeLimitSeconds <= exports.MAX_TIME_LIMIT_SECONDS)) {
            throw bad('time-limit-seconds', `Option --time-limit-seconds accepts a whole number of seconds from 1 to ${exports.MAX_TIME_LIMIT_SECONDS}; got '${limitRaw}'.`);
        }
    }
    return {
        action: uninstall ? 'uninstall' : 'install',
        runnerDir,
        hooksDir,
        tempPatterns: cleanup.tempPatterns,
        maxAgeHours: cleanup.maxAgeHours,
        tune,
        tuning,
        env,
        force: given.has('force'),
        dockerPrune: given.has('docker-prune'),
        timeLimitSeconds,
        strict: given.has('strict'),
        dryRun: given.has('dry-run'),
    };
}
function defaults() {
    return {
        tempPatterns: exports.DEFAULT_TEMP_PATTERNS,
        maxAgeHours: exports.DEFAULT_MAX_AGE_HOURS,
        tune: 'auto',
        tuning: {
            nodeHeapMb: { mode: 'auto' },
            threadpoolSize: { mode: 'auto' },
            dockerPlatform: { mode: 'auto' },
        },
        env: [],
        force: false,
        dockerPrune: false,
        timeLimitSeconds: exports.DEFAULT_TIME_LIMIT_SECONDS,
        strict: false,
        dryRun: false,
    };
}
/** The one hint after a usage error (the messages themselves never repeat it). */
exports.HELP_HINT = 'See runner-hooks/install --help.';
function usage() {
    const lines = [
        'Usage: runner-hooks/install --runner-dir DIR [options]',
        '',
        "Installs job hooks into a self-hosted runner's .env: every job starts tuned and ends clean.",
        '',
        'Options:',
    ];
    for (const o of exports.OPTIONS) {
        const head = `  --${o.name}${o.arg ? ` ${o.arg}` : ''}`;
        lines.push(`${head.length < 30 ? head.padEnd(30) : `${head}\n${' '.repeat(30)}`}${o.description.replace(/`/g, '')} (default: ${o.default.replace(/`/g, '')})`);
    }
    lines.push(`${'  --help'.padEnd(30)}Print this help.`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 538:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shown = exports.octal = void 0;
exports.entryTrouble = entryTrouble;
exports.ancestors = ancestors;
exports.hooksDirTrouble = hooksDirTrouble;
exports.envPlace = envPlace;
/**
 * Whom the installer trusts with what it writes (it often runs as root): pure, over `lstat` facts.
 *
 * The hooks folder and every folder above it, as written and after links, must be owned by root,
 * the installing user or the runner folder's owner, and not writable by group or others; a folder
 * above it may be writable by others when it has the sticky bit (`/tmp`), since nobody else can
 * then rename or remove what is in it. A link on the way must be owned by one of them, and lead
 * somewhere. The way ssh's StrictModes judges a key file's folders. `.env` reached through a link:
 * the link must be the runner folder owner's or root's, and lead to an existing file of the
 * runner folder's owner (or, for root's link, of root). See docs/decisions/runner-hooks-ownership.md.
 */
const node_path_1 = __importDefault(__nccwpck_require__(760));
const STICKY = 0o1000;
const GROUP_OR_OTHERS_WRITE = 0o022;
const octal = (mode) => `0${(mode & 0o7777).toString(8).padStart(3, '0')}`;
exports.octal = octal;
const ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it escapes.
const CONTROLS = /[\x00-\x1f\x7f]/g;
/** Printable on one line: line breaks and other control characters escaped, nothing else. */
const shown = (p) => p.replace(CONTROLS, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
exports.shown = shown;
function trustedUids(t) {
    return [...new Set([0, t.euid, t.runnerOwner])];
}
function whoIsTrusted(t) {
    const names = [`root`];
    if (t.euid !== 0)
        names.push(`you (uid ${t.euid})`);
    if (t.runnerOwner !== 0 && t.runnerOwner !== t.euid) {
        names.push(`the runner folder's owner (uid ${t.runnerOwner})`);
    }
    return names.length === 1 ? 'root' : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
/** Why one entry on the way to the hooks folder is not safe, or undefined. */
function entryTrouble(p, fact, itself, t) {
    if (!trustedUids(t).includes(fact.uid)) {
        return `${(0, exports.shown)(p)} is owned by uid ${fact.uid}, not by ${whoIsTrusted(t)}: its owner could replace the code every job runs`;
    }
    if (fact.kind === 'link')
        return undefined;
    if (fact.kind !== 'dir')
        return `${(0, exports.shown)(p)} is not a folder`;
    if (fact.mode & GROUP_OR_OTHERS_WRITE) {
        if (!itself && fact.mode & STICKY)
            return undefined;
        const who = fact.mode & 0o002 ? 'others' : 'its group';
        return `${(0, exports.shown)(p)} is writable by ${who} (mode ${(0, exports.octal)(fact.mode)}): anyone there could replace the code every job runs`;
    }
    return undefined;
}
/** `/a/b/c` → `/`, `/a`, `/a/b`, `/a/b/c`. */
function ancestors(p) {
    const out = [];
    for (let at = node_path_1.default.resolve(p);; at = node_path_1.default.dirname(at)) {
        out.unshift(at);
        if (node_path_1.default.dirname(at) === at)
            return out;
    }
}
/** The realpath of `p`, or of its nearest existing folder with the rest appended. */
function realOrNearest(p, probe) {
    const rest = [];
    for (let at = p;; at = node_path_1.default.dirname(at)) {
        if (probe.lstat(at)) {
            const real = probe.realpath(at);
            return real === undefined ? undefined : node_path_1.default.join(real, ...rest.reverse());
        }
        if (node_path_1.default.dirname(at) === at)
            return p;
        rest.push(node_path_1.default.basename(at));
    }
}
function walk(dir, probe, t) {
    for (const at of ancestors(dir)) {
        const fact = probe.lstat(at);
        // The rest does not exist yet: the installer creates it (0755, its own).
        if (!fact)
            return undefined;
        const trouble = entryTrouble(at, fact, at === dir, t);
        if (trouble)
            return trouble;
        if (fact.kind === 'link' && probe.realpath(at) === undefined) {
            const target = probe.readlink(at);
            return `${(0, exports.shown)(at)} is a link to ${(0, exports.shown)(target ?? '?')}, which does not exist`;
        }
    }
    return undefined;
}
/** Why the hooks may not be written into `dir`, or undefined. */
function hooksDirTrouble(dir, probe, t) {
    const written = walk(dir, probe, t);
    if (written)
        return written;
    const real = realOrNearest(dir, probe);
    if (real === undefined)
        return `${(0, exports.shown)(dir)} does not resolve (a dangling link on the way)`;
    return real === dir ? undefined : walk(real, probe, t);
}
/** `.env` judged: a folder, a dangling link, a link or a target of someone else's are refused. */
function envPlace(envPath, probe, t) {
    const fact = probe.lstat(envPath);
    if (!fact)
        return { kind: 'missing' };
    if (fact.kind === 'dir') {
        return { kind: 'refused', why: `${(0, exports.shown)(envPath)} is a folder, not the runner's .env file` };
    }
    if (fact.kind === 'file')
        return { kind: 'file' };
    if (fact.kind !== 'link') {
        return { kind: 'refused', why: `${(0, exports.shown)(envPath)} is not a regular file` };
    }
    const owners = fact.uid === 0 ? [0, t.runnerOwner] : [t.runnerOwner];
    if (fact.uid !== 0 && fact.uid !== t.runnerOwner) {
        return {
            kind: 'refused',
            why: `${(0, exports.shown)(envPath)} is a link owned by uid ${fact.uid}, not by root or the runner folder's owner (uid ${t.runnerOwner}); the installer does not write through it`,
        };
    }
    const target = probe.realpath(envPath);
    const to = target ?? probe.readlink(envPath) ?? '?';
    const targetFact = target === undefined ? undefined : probe.lstat(target);
    if (target === undefined || !targetFact) {
        return {
            kind: 'refused',
            why: `${(0, exports.shown)(envPath)} is a link to ${(0, exports.shown)(to)}, which does not exist; the installer writes through a link only to an existing file (create it, or remove the link)`,
        };
    }
    if (targetFact.kind !== 'file') {
        return {
            kind: 'refused',
            why: `${(0, exports.shown)(envPath)} leads to ${(0, exports.shown)(target)}, not a regular file`,
        };
    }
    if (!owners.includes(targetFact.uid)) {
        return {
            kind: 'refused',
            why: `${(0, exports.shown)(envPath)} leads to ${(0, exports.shown)(target)}, owned by uid ${targetFact.uid}, not by ${owners.length === 1 ? `the runner folder's owner (uid ${t.runnerOwner})` : `root or the runner folder's owner (uid ${t.runnerOwner})`}; the installer does not write through it`,
        };
    }
    return { kind: 'link', target };
}


/***/ }),

/***/ 639:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultHooksDir = defaultHooksDir;
exports.envFile = envFile;
exports.refuseHooksDir = refuseHooksDir;
exports.realOrNearest = realOrNearest;
exports.restartAdvice = restartAdvice;
/**
 * Where things are: the hooks folder (default beside the runner folder; never inside it, as
 * GitHub's docs require of hook scripts), the runner's `.env`, and the command that restarts the
 * runner. Pure: the caller passes a realpath function.
 */
const node_path_1 = __importDefault(__nccwpck_require__(760));
const paths_ts_1 = __nccwpck_require__(826);
const options_ts_1 = __nccwpck_require__(345);
function defaultHooksDir(runnerDir) {
    return node_path_1.default.join(node_path_1.default.dirname(runnerDir), options_ts_1.DEFAULT_HOOKS_FOLDER);
}
function envFile(runnerDir) {
    return node_path_1.default.join(runnerDir, '.env');
}
/**
 * Why `hooksDir` may not hold the hooks, or undefined. Compared as written and resolved (a link
 * that leads into the runner folder counts as inside it); case-insensitively where the file
 * system usually is (macOS, Windows).
 */
function refuseHooksDir(hooksDir, runnerDir, real, foldCase) {
    const runnerForms = new Set([runnerDir, real(runnerDir)]);
    const hookForms = new Set([hooksDir, real(hooksDir)]);
    for (const r of runnerForms) {
        for (const h of hookForms) {
            if ((0, paths_ts_1.isWithin)(h, r, foldCase)) {
                return `Option --hooks-dir: ${h} is inside the runner folder ${r}; GitHub requires hook scripts outside the runner application (an update replaces its files). Choose a folder beside it, e.g. ${defaultHooksDir(runnerDir)}.`;
            }
            if ((0, paths_ts_1.isWithin)(r, h, foldCase)) {
                return `Option --hooks-dir: ${h} holds the runner folder ${r}; choose a folder of its own, e.g. ${defaultHooksDir(runnerDir)}.`;
            }
        }
    }
    return undefined;
}
/** The realpath of `p`, or of its nearest existing folder with the rest appended. */
function realOrNearest(p, realpath) {
    const rest = [];
    for (let at = p;; at = node_path_1.default.dirname(at)) {
        try {
            return node_path_1.default.join(realpath(at), ...rest.reverse());
        }
        catch {
            if (node_path_1.default.dirname(at) === at)
                return p;
            rest.push(node_path_1.default.basename(at));
        }
    }
}
/** How the runner picks up `.env` again: it reads it only when it starts. */
function restartAdvice(runnerDir, service, quote) {
    return service
        ? `Restart the runner service so it reads .env again: cd ${quote(runnerDir)} && ./svc.sh stop && ./svc.sh start (with sudo where the service was installed with sudo).`
        : `Restart the runner so it reads .env again: stop ./run.sh (Ctrl-C) and start it: cd ${quote(runnerDir)} && ./run.sh`;
}


/***/ }),

/***/ 290:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SYSTEM_TEMP = exports.RECORD_VERSION = exports.RECORD_FILE = void 0;
exports.parseRecord = parseRecord;
exports.formatRecord = formatRecord;
exports.RECORD_FILE = 'runner-hooks.json';
exports.RECORD_VERSION = 1;
/**
 * The fixed temp folder the hooks sweep besides the job's temp directory (which differs from it on
 * macOS). Kept in the record so a test can point it elsewhere; records written before it lack it.
 */
exports.SYSTEM_TEMP = '/tmp';
const isString = (v) => typeof v === 'string';
function parseRecord(text) {
    const r = JSON.parse(text);
    const env = r?.env;
    const hook = r?.hook;
    const ok = r?.version === exports.RECORD_VERSION &&
        isString(r.runnerDir) &&
        isString(r.node) &&
        hook !== undefined &&
        Array.isArray(hook.tempPatterns) &&
        hook.tempPatterns.every(isString) &&
        typeof hook.maxAgeHours === 'number' &&
        typeof hook.dockerPrune === 'boolean' &&
        typeof hook.timeLimitSeconds === 'number' &&
        typeof hook.strict === 'boolean' &&
        (hook.systemTemp === undefined || (isString(hook.systemTemp) && hook.systemTemp !== '')) &&
        env !== undefined &&
        typeof env.created === 'boolean' &&
        typeof env.addedBreak === 'boolean' &&
        Array.isArray(env.records) &&
        env.records.every((e) => isString(e?.name) && isString(e.written) && (e.original === null || isString(e.original)));
    if (!ok)
        throw new Error(`not a runner-hooks install record (version ${exports.RECORD_VERSION})`);
    const record = r;
    return { ...record, hook: { ...record.hook, systemTemp: record.hook.systemTemp ?? exports.SYSTEM_TEMP } };
}
function formatRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}


/***/ }),

/***/ 459:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_FOLDER = exports.SCRIPT_FILES = exports.STAGES = void 0;
exports.hookScript = hookScript;
/**
 * The hook scripts the installer writes: pure text. The runner runs each as `bash -e <file>` with
 * the job's variables. The script runs the hook code with the Node the installer found (every
 * path single-quoted, so spaces, quotes and `$(…)` in a folder name stay text). When that Node or
 * the code is gone, or it crashes, the script prints a warning and lets the job go on, unless the
 * install was `--strict`. The code is a copy inside the hooks folder: see
 * docs/decisions/runner-hooks-bundle.md.
 */
const bash_env_ts_1 = __nccwpck_require__(659);
exports.STAGES = ['job-started', 'job-completed'];
exports.SCRIPT_FILES = {
    'job-started': 'job-started.sh',
    'job-completed': 'job-completed.sh',
};
/** The hooks' code is copied here, inside the hooks folder. */
exports.BUNDLE_FOLDER = 'runner-hooks-code';
function hookScript(s) {
    const fail = s.strict ? 'exit 1' : 'exit 0';
    return [
        '#!/usr/bin/env bash',
        `# runner-actions ${s.stage} hook, written by runner-hooks/install. Re-run the installer to`,
        '# change it; runner-hooks/install --uninstall removes it.',
        `node=${(0, bash_env_ts_1.shellQuote)(s.node)}`,
        `bundle=${(0, bash_env_ts_1.shellQuote)(s.bundle)}`,
        `record=${(0, bash_env_ts_1.shellQuote)(s.record)}`,
        'if [ ! -x "$node" ] || [ ! -f "$bundle" ]; then',
        `  echo "::warning title=runner-hooks::The ${s.stage} hook cannot run: its Node or its code is missing. Run runner-hooks/install again."`,
        `  ${fail}`,
        'fi',
        'status=0',
        // The job's NODE_OPTIONS (flags for the job's own tools) are not for the hook.
        `NODE_OPTIONS= "$node" "$bundle" ${s.stage} "$record"${s.strict ? ' --strict' : ''} || status=$?`,
        'if [ "$status" -ne 0 ]; then',
        `  echo "::warning title=runner-hooks::The ${s.stage} hook ended with exit code $status."`,
        `  ${s.strict ? 'exit "$status"' : 'exit 0'}`,
        'fi',
        '',
    ].join('\n');
}


/***/ }),

/***/ 164:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HOOK_VARIABLES = void 0;
exports.wantedValues = wantedValues;
const tuning_ts_1 = __nccwpck_require__(454);
exports.HOOK_VARIABLES = {
    'job-started': 'ACTIONS_RUNNER_HOOK_JOB_STARTED',
    'job-completed': 'ACTIONS_RUNNER_HOOK_JOB_COMPLETED',
};
/** A NODE_OPTIONS that names a heap size already (V8 takes `_` and `-` alike). */
const HEAP_FLAG = /(^|[ \t\n])--max[-_]old[-_]space[-_]size=/;
/** The option that set each value, for the `why` lines. */
const BY = {
    'set by node-heap-mb': 'set by --node-heap-mb',
    'set by threadpool-size': 'set by --threadpool-size',
    'set by docker-platform': 'set by --docker-platform',
    'set by env': 'set by --env',
};
function wantedValues(scripts, tuning, env, host) {
    const wanted = [
        { name: exports.HOOK_VARIABLES['job-started'], value: () => scripts.started },
        { name: exports.HOOK_VARIABLES['job-completed'], value: () => scripts.completed },
    ];
    const plan = (0, tuning_ts_1.planTuning)({
        nodeHeapMb: tuning.nodeHeapMb,
        threadpoolSize: tuning.threadpoolSize,
        dockerPlatform: tuning.dockerPlatform,
        env,
        requireArch: [],
        requireTools: [],
        failOnRosetta: false,
        cache: 'false',
        cacheDependencyPath: [],
    }, host, { pnpmFound: false, pnpmHomeDefault: '' });
    const why = [];
    const heapMb = plan.heapMb;
    if (heapMb !== undefined) {
        wanted.push({
            name: 'NODE_OPTIONS',
            value: (before) => (0, tuning_ts_1.mergeNodeOptions)(before, heapMb),
            // Other flags set by hand are kept anyway; only a heap size set by hand is the owner's.
            handSet: (before) => HEAP_FLAG.test(before),
        });
    }
    why.push(`NODE_OPTIONS heap: ${(BY[plan.heapWhy] ?? plan.heapWhy).replace('node-heap-mb is none', '--node-heap-mb is none')}`);
    for (const e of plan.exports) {
        wanted.push({ name: e.name, value: () => e.value, handSet: () => true });
        why.push(`${e.name}: ${BY[e.why] ?? e.why}`);
    }
    if (plan.dockerPlatform === undefined && tuning.dockerPlatform.mode === 'auto') {
        why.push(`DOCKER_DEFAULT_PLATFORM: not set, the hardware is ${host.nativeArch}`);
    }
    return {
        wanted,
        why,
        warnings: plan.warnings.map((w) => w.replace(/^node-heap-mb /, '--node-heap-mb ')),
    };
}


/***/ }),

/***/ 659:
/***/ ((__unused_webpack_module, exports) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shellQuote = shellQuote;
exports.bashEnvScript = bashEnvScript;
/** Quotes a value for bash: `'…'`, with each `'` written as `'\''`. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function bashEnvScript(heapMb, previous) {
    const lines = [
        '# Written by setup-m4-env: NODE_OPTIONS for the bash steps of this job, with exactly one',
        '# --max-old-space-size (the runner refuses NODE_OPTIONS in GITHUB_ENV).',
    ];
    if (previous) {
        lines.push(`if [ -f ${shellQuote(previous)} ]; then . ${shellQuote(previous)}; fi`);
    }
    lines.push('__sme_kept=', `IFS=$' \\t\\n' read -r -d '' -a __sme_flags <<< "\${NODE_OPTIONS-}" || true`, 
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not JS.
    'for __sme_flag in ${__sme_flags[@]+"${__sme_flags[@]}"}; do', '  case $__sme_flag in', '    --max[-_]old[-_]space[-_]size=*) ;;', '    *) __sme_kept="$__sme_kept$__sme_flag " ;;', '  esac', 'done', `export NODE_OPTIONS="\${__sme_kept}--max-old-space-size=${Math.floor(heapMb)}"`, 'unset __sme_kept __sme_flags __sme_flag', '');
    return lines.join('\n');
}


/***/ }),

/***/ 829:
/***/ ((__unused_webpack_module, exports) => {


/** What setup-m4-env knows about the machine: plain data, the same shape on every OS. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MIB = void 0;
exports.bytesToMb = bytesToMb;
exports.genericHost = genericHost;
exports.MIB = 1024 * 1024;
function bytesToMb(bytes) {
    return Math.floor(bytes / exports.MIB);
}
/** Hosts without a source of their own (Windows, BSDs): what Node reports. */
function genericHost(os, facts) {
    return {
        os,
        arch: facts.arch,
        nativeArch: facts.arch,
        chip: facts.cpuModel?.trim() || 'unknown',
        appleSilicon: false,
        rosetta: false,
        performanceCores: 0,
        efficiencyCores: 0,
        logicalCores: facts.logicalCores,
        memoryMb: bytesToMb(facts.totalMemory),
        memorySource: 'physical',
    };
}


/***/ }),

/***/ 118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NAME = exports.THREADPOOL_RANGE = exports.HEAP_RANGE = void 0;
exports.wholeSetting = wholeSetting;
exports.dockerPlatform = dockerPlatform;
exports.readSetupInputs = readSetupInputs;
/** setup-m4-env's inputs, parsed once into a typed readonly object before anything runs. */
const errors_ts_1 = __nccwpck_require__(188);
exports.HEAP_RANGE = { min: 64, max: 1_048_576 };
exports.THREADPOOL_RANGE = { min: 1, max: 1024 };
/** Node's arch names, and the other spellings people write for them. */
const ARCH_ALIASES = {
    arm64: 'arm64',
    aarch64: 'arm64',
    x64: 'x64',
    amd64: 'x64',
    x86_64: 'x64',
    'x86-64': 'x64',
    arm: 'arm',
    ia32: 'ia32',
    x86: 'ia32',
    i386: 'ia32',
    i686: 'ia32',
    ppc64: 'ppc64',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loong64',
};
function keyword(raw) {
    const v = raw.toLowerCase();
    return v === 'auto' || v === 'none' ? v : undefined;
}
/** Shared with runner-hooks' installer, so its options read the same. */
function wholeSetting(read, name, range, unit) {
    const raw = read.text(name, 'auto');
    const word = keyword(raw);
    if (word)
        return { mode: word };
    const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
        throw new errors_ts_1.InputError(name, `Input '${name}' accepts 'auto', 'none' or a whole number${unit} from ${range.min} to ${range.max}; got '${raw}'.`);
    }
    return { mode: 'set', value: n };
}
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
function dockerPlatform(read) {
    const raw = read.text('docker-platform', 'auto');
    const word = keyword(raw);
    if (word)
        return { mode: word };
    const value = raw.toLowerCase();
    if (!PLATFORM.test(value)) {
        throw new errors_ts_1.InputError('docker-platform', `Input 'docker-platform' accepts 'auto', 'none' or a platform such as 'linux/arm64' or 'linux/amd64'; got '${raw}'.`);
    }
    return { mode: 'set', value };
}
exports.NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function envLines(read, tuning) {
    const pairs = [];
    for (const line of read.lines('env')) {
        const eq = line.indexOf('=');
        const name = eq < 0 ? line : line.slice(0, eq).trim();
        const bad = (why) => new errors_ts_1.InputError('env', `Input 'env' line '${name || line}': ${why}`);
        if (eq < 0 || !exports.NAME.test(name)) {
            throw bad('each line is KEY=VALUE, KEY made of letters, digits and _ (not starting with a digit).');
        }
        if (name.toUpperCase() === 'NODE_OPTIONS') {
            throw bad("the runner refuses NODE_OPTIONS in GITHUB_ENV; set it in the workflow's env: instead (setup-m4-env keeps its flags next to the heap size).");
        }
        if (name.toUpperCase() === 'BASH_ENV') {
            throw bad("setup-m4-env exports BASH_ENV to carry the heap size to bash steps, and a BASH_ENV here would silently replace it; set yours in the workflow's env: instead (setup-m4-env's script runs it first).");
        }
        if (/^(GITHUB|RUNNER)_/i.test(name)) {
            throw bad('GITHUB_* and RUNNER_* variables belong to the runner and cannot be set.');
        }
        const owner = tuning[name];
        if (owner) {
            throw bad(`${name} is set by '${owner}'; give the value there, or set '${owner}: none'.`);
        }
        if (pairs.some(([n]) => n === name))
            throw bad(`${name} is given twice.`);
        pairs.push([name, line.slice(eq + 1)]);
    }
    return pairs;
}
function requireArch(read) {
    return read.list('require-arch').map((raw) => {
        const arch = ARCH_ALIASES[raw.toLowerCase()];
        if (!arch) {
            throw new errors_ts_1.InputError('require-arch', `Input 'require-arch' accepts architectures such as 'arm64' or 'x64' (also aarch64, amd64, x86_64); got '${raw}'.`);
        }
        return arch;
    });
}
async function readSetupInputs(read) {
    const nodeHeapMb = wholeSetting(read, 'node-heap-mb', exports.HEAP_RANGE, ' of MB');
    const threadpoolSize = wholeSetting(read, 'threadpool-size', exports.THREADPOOL_RANGE, '');
    const docker = dockerPlatform(read);
    const env = envLines(read, {
        UV_THREADPOOL_SIZE: threadpoolSize.mode === 'none' ? undefined : 'threadpool-size',
        DOCKER_DEFAULT_PLATFORM: docker.mode === 'none' ? undefined : 'docker-platform',
    });
    const arch = requireArch(read);
    const toolLines = read.lines('require-tools');
    // semver is loaded only when there is something to check.
    const requireTools = toolLines.length
        ? (await Promise.all(/* import() */[__nccwpck_require__.e(115), __nccwpck_require__.e(51)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 51, 23))).parseToolLines(toolLines)
        : [];
    const cacheDependencyPath = read.lines('cache-dependency-path');
    return {
        nodeHeapMb,
        threadpoolSize,
        dockerPlatform: docker,
        env,
        requireArch: arch,
        requireTools,
        failOnRosetta: read.bool('fail-on-rosetta', false),
        cache: read.choice('cache', ['auto', 'true', 'false'], 'auto'),
        cacheDependencyPath: cacheDependencyPath.length ? cacheDependencyPath : ['pnpm-lock.yaml'],
    };
}


/***/ }),

/***/ 833:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseCpuinfo = parseCpuinfo;
exports.parseCpuList = parseCpuList;
exports.parseMemTotal = parseMemTotal;
exports.allowedCpus = allowedCpus;
exports.cgroupLimitFiles = cgroupLimitFiles;
exports.parseLimit = parseLimit;
exports.coreCounts = coreCounts;
exports.linuxHost = linuxHost;
/**
 * Linux detection from /proc and /sys text: pure parsing. The reader hands over the files' text
 * ('' for a file that is absent), so recorded machines can be replayed in tests.
 *
 * - chip: `model name` (x86), else the ARM implementer/part table (Neoverse, Cortex, Apple cores
 *   under Asahi Linux), else `Hardware`.
 * - cores: distinct (physical id, core id) pairs among the CPUs this process may use
 *   (`Cpus_allowed_list`). Intel hybrid parts list their P and E CPUs in
 *   /sys/devices/cpu_core/cpus and /sys/devices/cpu_atom/cpus; ARM big.LITTLE parts are told
 *   apart by CPU part. Elsewhere every physical core counts as a performance core.
 * - memory: MemTotal, lowered by the cgroup limits that apply to this process (v2 `memory.max`,
 *   v1 `memory.limit_in_bytes`, on its cgroup and every ancestor).
 */
const host_ts_1 = __nccwpck_require__(829);
function parseCpuinfo(text) {
    const processors = [];
    let current;
    let hardware;
    for (const line of text.split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const key = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (key === 'processor' && /^\d+$/.test(value)) {
            current = { id: Number(value) };
            processors.push(current);
            continue;
        }
        if (key === 'hardware')
            hardware = value;
        if (!current)
            continue;
        if (key === 'physical id')
            current.physicalId = value;
        else if (key === 'core id')
            current.coreId = value;
        else if (key === 'model name')
            current.modelName = value;
        else if (key === 'cpu implementer')
            current.implementer = value.toLowerCase();
        else if (key === 'cpu part')
            current.part = value.toLowerCase();
    }
    if (hardware)
        for (const p of processors)
            p.hardware = hardware;
    return processors;
}
/** A kernel CPU list such as `0-3,8,10-11`. */
function parseCpuList(text) {
    const cpus = new Set();
    for (const part of text.trim().split(',')) {
        const range = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
        if (!range)
            continue;
        const from = Number(range[1]);
        const to = range[2] === undefined ? from : Number(range[2]);
        for (let cpu = from; cpu <= to && cpu - from < 65536; cpu++)
            cpus.add(cpu);
    }
    return cpus;
}
function parseMemTotal(meminfo) {
    const match = /^MemTotal:\s+(\d+)\s*kB/im.exec(meminfo);
    return match ? Number(match[1]) * 1024 : undefined;
}
/** `Cpus_allowed_list` of /proc/self/status. */
function allowedCpus(status) {
    const match = /^Cpus_allowed_list:\s*(\S+)/m.exec(status);
    return match ? parseCpuList(match[1]) : undefined;
}
/**
 * The limit files that apply to this process, leaf first, from /proc/self/cgroup: cgroup v2
 * (`0::/path`) and v1 (`N:…memory…:/path`), on the process's cgroup and each ancestor. Inside a
 * container the root of the mount is the container's own cgroup, so the walk ends there too.
 */
function cgroupLimitFiles(procSelfCgroup, root = '/sys/fs/cgroup') {
    const files = [];
    for (const line of procSelfCgroup.split(/\r?\n/)) {
        const match = /^\d+:([^:]*):(\/.*)$/.exec(line.trim());
        if (!match)
            continue;
        const controllers = match[1].split(',');
        const path = match[2];
        if (controllers.length === 1 && controllers[0] === '') {
            for (const dir of ancestors(path))
                files.push(`${root}${dir}/memory.max`);
        }
        else if (controllers.includes('memory')) {
            for (const dir of ancestors(path))
                files.push(`${root}/memory${dir}/memory.limit_in_bytes`);
        }
    }
    return files;
}
/** `/a/b` → `/a/b`, `/a`, `` (the root, written as an empty suffix). */
function ancestors(path) {
    const parts = path.split('/').filter(Boolean);
    const dirs = [];
    for (let n = parts.length; n >= 0; n--)
        dirs.push(n ? `/${parts.slice(0, n).join('/')}` : '');
    return dirs;
}
/** Bytes of one limit file, or undefined for `max`, an unlimited v1 value, or no value. */
function parseLimit(text) {
    const value = text.trim();
    if (!/^\d+$/.test(value))
        return undefined;
    const bytes = Number(value);
    // cgroup v1 writes "unlimited" as a page-rounded 2^63 - 1.
    return bytes > 0 && bytes < 2 ** 62 ? bytes : undefined;
}
const VENDORS = {
    '0x41': 'ARM',
    '0x42': 'Broadcom',
    '0x46': 'Fujitsu',
    '0x48': 'HiSilicon',
    '0x4e': 'NVIDIA',
    '0x51': 'Qualcomm',
    '0x61': 'Apple',
    '0xc0': 'Ampere',
};
/** CPU parts by implementer; Apple's (Asahi Linux) name the chip. `efficiency`: a little core. */
const PARTS = {
    '0x41': {
        '0xd03': { name: 'Cortex-A53', efficiency: true },
        '0xd04': { name: 'Cortex-A35', efficiency: true },
        '0xd05': { name: 'Cortex-A55', efficiency: true },
        '0xd07': { name: 'Cortex-A57' },
        '0xd08': { name: 'Cortex-A72' },
        '0xd09': { name: 'Cortex-A73' },
        '0xd0a': { name: 'Cortex-A75' },
        '0xd0b': { name: 'Cortex-A76' },
        '0xd0c': { name: 'Neoverse-N1' },
        '0xd0d': { name: 'Cortex-A77' },
        '0xd40': { name: 'Neoverse-V1' },
        '0xd41': { name: 'Cortex-A78' },
        '0xd44': { name: 'Cortex-X1' },
        '0xd46': { name: 'Cortex-A510', efficiency: true },
        '0xd47': { name: 'Cortex-A710' },
        '0xd48': { name: 'Cortex-X2' },
        '0xd49': { name: 'Neoverse-N2' },
        '0xd4d': { name: 'Cortex-A715' },
        '0xd4e': { name: 'Cortex-X3' },
        '0xd4f': { name: 'Neoverse-V2' },
        '0xd80': { name: 'Cortex-A520', efficiency: true },
        '0xd81': { name: 'Cortex-A720' },
        '0xd82': { name: 'Cortex-X4' },
        '0xd84': { name: 'Neoverse-V3' },
        '0xd8e': { name: 'Neoverse-N3' },
    },
    '0x61': {
        '0x022': { name: 'M1', efficiency: true },
        '0x023': { name: 'M1' },
        '0x024': { name: 'M1 Pro', efficiency: true },
        '0x025': { name: 'M1 Pro' },
        '0x028': { name: 'M1 Max', efficiency: true },
        '0x029': { name: 'M1 Max' },
        '0x032': { name: 'M2', efficiency: true },
        '0x033': { name: 'M2' },
        '0x034': { name: 'M2 Pro', efficiency: true },
        '0x035': { name: 'M2 Pro' },
        '0x038': { name: 'M2 Max', efficiency: true },
        '0x039': { name: 'M2 Max' },
    },
    '0xc0': {
        '0xac3': { name: 'AmpereOne' },
        '0xac4': { name: 'AmpereOne' },
    },
    '0x48': { '0xd01': { name: 'Kunpeng 920' } },
    '0x46': { '0x001': { name: 'A64FX' } },
};
/** Normalizes `0x00d0c` and `0xD0C` to `0xd0c` (three hex digits, as the tables are keyed). */
function hex(value, digits) {
    if (!value || !/^0x[0-9a-f]+$/i.test(value))
        return undefined;
    return `0x${Number.parseInt(value, 16).toString(16).padStart(digits, '0')}`;
}
function partOf(p) {
    const vendor = hex(p.implementer, 2);
    const part = hex(p.part, 3);
    return vendor && part ? PARTS[vendor]?.[part] : undefined;
}
/** `ARM Neoverse-N1`; big.LITTLE as `ARM Cortex-A76 + ARM Cortex-A55` (big cores first). */
function armChip(processors) {
    const names = [];
    for (const p of processors) {
        const vendor = hex(p.implementer, 2);
        const part = hex(p.part, 3);
        if (!vendor || !part)
            continue;
        const known = PARTS[vendor]?.[part];
        const vendorName = VENDORS[vendor] ?? `CPU implementer ${vendor}`;
        const name = known ? `${vendorName} ${known.name}` : `${vendorName} part ${part}`;
        if (!names.some((n) => n.name === name))
            names.push({ name, little: !!known?.efficiency });
    }
    if (!names.length)
        return undefined;
    // Apple's P and E cores share one name (`Apple M1`), so a Mac shows up once.
    return [...names.filter((n) => !n.little), ...names.filter((n) => n.little)]
        .map((n) => n.name)
        .join(' + ');
}
function distinctCores(processors) {
    const cores = new Set(processors.map((p) => p.coreId === undefined ? `cpu${p.id}` : `${p.physicalId ?? '0'}:${p.coreId}`));
    return cores.size;
}
function coreCounts(processors, sources) {
    if (sources.coreCpus.trim() && sources.atomCpus.trim()) {
        const big = parseCpuList(sources.coreCpus);
        const little = parseCpuList(sources.atomCpus);
        return {
            performance: distinctCores(processors.filter((p) => big.has(p.id))),
            efficiency: distinctCores(processors.filter((p) => little.has(p.id))),
        };
    }
    const little = processors.filter((p) => partOf(p)?.efficiency);
    if (little.length && little.length < processors.length) {
        return {
            performance: distinctCores(processors.filter((p) => !partOf(p)?.efficiency)),
            efficiency: distinctCores(little),
        };
    }
    return { performance: distinctCores(processors), efficiency: 0 };
}
function linuxHost(sources, facts) {
    const all = parseCpuinfo(sources.cpuinfo);
    const allowed = allowedCpus(sources.status);
    const usable = allowed ? all.filter((p) => allowed.has(p.id)) : all;
    const processors = usable.length ? usable : all;
    const { performance, efficiency } = coreCounts(processors, sources);
    const model = processors.find((p) => p.modelName)?.modelName;
    const apple = processors.some((p) => hex(p.implementer, 2) === '0x61');
    const physical = parseMemTotal(sources.meminfo) ?? facts.totalMemory;
    const limits = sources.cgroupLimits
        .map(parseLimit)
        .filter((b) => b !== undefined && b < physical);
    const memory = limits.length ? Math.min(...limits) : physical;
    return {
        os: 'linux',
        arch: facts.arch,
        nativeArch: facts.arch,
        chip: model ||
            armChip(processors) ||
            processors[0]?.hardware ||
            facts.cpuModel?.trim() ||
            'unknown',
        appleSilicon: apple,
        rosetta: false,
        performanceCores: performance,
        efficiencyCores: efficiency,
        logicalCores: facts.logicalCores,
        memoryMb: (0, host_ts_1.bytesToMb)(memory),
        memorySource: limits.length ? 'cgroup' : 'physical',
    };
}


/***/ }),

/***/ 702:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readHost = readHost;
/**
 * The thin reader behind detection: one `sysctl` call on macOS, plain file reads on Linux (nothing
 * spawned), Node's own figures elsewhere. Everything it reads goes to the pure parsers.
 */
const node_fs_1 = __nccwpck_require__(24);
const node_os_1 = __importDefault(__nccwpck_require__(161));
const host_ts_1 = __nccwpck_require__(829);
const linux_ts_1 = __nccwpck_require__(833);
const sysctl_ts_1 = __nccwpck_require__(461);
function read(file) {
    try {
        return (0, node_fs_1.readFileSync)(file, 'utf8');
    }
    catch {
        return '';
    }
}
/** stdout of `sysctl <keys>`: a missing key fails the exit code, the others still print. */
function sysctl() {
    const program = (0, node_fs_1.existsSync)('/usr/sbin/sysctl') ? '/usr/sbin/sysctl' : 'sysctl';
    // node:child_process only on macOS: Linux reads /proc, and start-up is most of this step's cost.
    const { spawnSync } = process.getBuiltinModule('node:child_process');
    const result = spawnSync(program, [...sysctl_ts_1.SYSCTL_KEYS], { encoding: 'utf8', timeout: 10_000 });
    return result.stdout ?? '';
}
function readHost() {
    const platform = node_os_1.default.platform();
    const facts = {
        arch: node_os_1.default.arch(),
        logicalCores: node_os_1.default.availableParallelism(),
        totalMemory: node_os_1.default.totalmem(),
    };
    if (platform === 'darwin')
        return (0, sysctl_ts_1.macHost)((0, sysctl_ts_1.parseSysctl)(sysctl()), facts);
    if (platform === 'linux') {
        const host = (0, linux_ts_1.linuxHost)({
            cpuinfo: read('/proc/cpuinfo'),
            meminfo: read('/proc/meminfo'),
            status: read('/proc/self/status'),
            cgroupLimits: (0, linux_ts_1.cgroupLimitFiles)(read('/proc/self/cgroup'))
                .map(read)
                .filter((text) => text !== ''),
            coreCpus: read('/sys/devices/cpu_core/cpus'),
            atomCpus: read('/sys/devices/cpu_atom/cpus'),
        }, facts);
        // Neither a model name nor a known ARM part: what Node itself reads.
        if (host.chip === 'unknown')
            host.chip = node_os_1.default.cpus()[0]?.model.trim() || 'unknown';
        return host;
    }
    return (0, host_ts_1.genericHost)(platform, { ...facts, cpuModel: node_os_1.default.cpus()[0]?.model });
}


/***/ }),

/***/ 461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SYSCTL_KEYS = void 0;
exports.parseSysctl = parseSysctl;
exports.macHost = macHost;
/**
 * macOS detection from `sysctl` output: pure parsing. The reader asks for every key below in one
 * `sysctl` call; a key the machine lacks (perflevels on Intel Macs and in Apple's virtual
 * machines, `sysctl.proc_translated` on old Intel Macs) makes sysctl complain on stderr and go on
 * with the others, so each fact has a fallback.
 */
const host_ts_1 = __nccwpck_require__(829);
exports.SYSCTL_KEYS = [
    'hw.perflevel0.physicalcpu',
    'hw.perflevel1.physicalcpu',
    'hw.physicalcpu',
    'hw.memsize',
    'hw.optional.arm64',
    'machdep.cpu.brand_string',
    'sysctl.proc_translated',
];
/**
 * `name: value` lines (what `sysctl name…` and `sysctl -a` print) into a map. Names are dotted
 * (`hw.memsize`), so sysctl's own complaints (`sysctl: unknown oid …`) are not taken for values.
 */
function parseSysctl(text) {
    const values = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^(\w+(?:\.\w+)+)(?::| =) ?(.*)$/.exec(line);
        if (match)
            values.set(match[1], match[2].trim());
    }
    return values;
}
function count(values, key) {
    const raw = values.get(key);
    if (raw === undefined || !/^\d+$/.test(raw))
        return undefined;
    return Number(raw);
}
function macHost(values, facts) {
    const brand = values.get('machdep.cpu.brand_string') ?? '';
    const rosetta = values.get('sysctl.proc_translated') === '1';
    const appleSilicon = values.get('hw.optional.arm64') === '1' ||
        rosetta ||
        brand.startsWith('Apple') ||
        facts.arch === 'arm64';
    const p = count(values, 'hw.perflevel0.physicalcpu');
    const e = count(values, 'hw.perflevel1.physicalcpu');
    const memsize = count(values, 'hw.memsize');
    return {
        os: 'darwin',
        arch: facts.arch,
        nativeArch: appleSilicon ? 'arm64' : facts.arch,
        chip: brand || facts.cpuModel?.trim() || 'unknown',
        appleSilicon,
        rosetta,
        // Without perflevels (Intel Macs, Apple's virtual machines) no core is an efficiency core.
        performanceCores: p ?? count(values, 'hw.physicalcpu') ?? 0,
        efficiencyCores: p === undefined ? 0 : (e ?? 0),
        logicalCores: facts.logicalCores,
        memoryMb: (0, host_ts_1.bytesToMb)(memsize ?? facts.totalMemory),
        memorySource: 'physical',
    };
}


/***/ }),

/***/ 454:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.THREADPOOL_MAX = exports.THREADPOOL_MIN = exports.HEAP_STEP_MB = exports.HEAP_CAP_MB = void 0;
exports.autoHeapMb = autoHeapMb;
exports.autoThreadpoolSize = autoThreadpoolSize;
exports.autoDockerPlatform = autoDockerPlatform;
exports.mergeNodeOptions = mergeNodeOptions;
exports.defaultPnpmHome = defaultPnpmHome;
exports.planTuning = planTuning;
exports.HEAP_CAP_MB = 8192;
exports.HEAP_STEP_MB = 128;
exports.THREADPOOL_MIN = 4;
exports.THREADPOOL_MAX = 1024;
/** `--max-old-space-size=…` and V8's spellings of it (`_` and `-` are the same to V8). */
const HEAP_FLAG = /^--max[-_]old[-_]space[-_]size=/;
function autoHeapMb(memoryMb) {
    const half = Math.floor(Math.max(0, memoryMb) / 2);
    if (memoryMb < 512)
        return half;
    return Math.min(exports.HEAP_CAP_MB, Math.floor(half / exports.HEAP_STEP_MB) * exports.HEAP_STEP_MB);
}
function autoThreadpoolSize(logicalCores) {
    return Math.min(exports.THREADPOOL_MAX, Math.max(exports.THREADPOOL_MIN, Math.floor(logicalCores)));
}
function autoDockerPlatform(host) {
    return host.nativeArch === 'arm64' ? 'linux/arm64' : undefined;
}
/**
 * NODE_OPTIONS with exactly one heap flag: the other flags as they were (split on blanks, as the
 * BASH_ENV script splits them), every heap flag removed, `--max-old-space-size=<mb>` appended.
 */
function mergeNodeOptions(existing, heapMb) {
    const kept = (existing ?? '').split(/[ \t\n]+/).filter((t) => t && !HEAP_FLAG.test(t));
    return [...kept, `--max-old-space-size=${heapMb}`].join(' ');
}
/** pnpm's default PNPM_HOME for the platform. */
function defaultPnpmHome(platform, env, homedir) {
    if (platform === 'win32') {
        return `${env.LOCALAPPDATA || `${homedir}\\AppData\\Local`}\\pnpm`;
    }
    if (platform === 'darwin')
        return `${homedir}/Library/pnpm`;
    return `${env.XDG_DATA_HOME || `${homedir}/.local/share`}/pnpm`;
}
function chosen(setting, auto) {
    if (setting.mode === 'none')
        return undefined;
    return setting.mode === 'set' ? setting.value : auto();
}
function planTuning(inputs, host, ctx) {
    const warnings = [];
    // Not `exports`: the CommonJS build would read the module's exports through it.
    const exported = [];
    const heapMb = chosen(inputs.nodeHeapMb, () => autoHeapMb(host.memoryMb) || undefined);
    let heapWhy = 'node-heap-mb is none: NODE_OPTIONS left alone';
    if (inputs.nodeHeapMb.mode === 'auto') {
        heapWhy =
            heapMb === undefined
                ? 'auto, but the memory size is unknown: NODE_OPTIONS left alone'
                : `auto: half of ${host.memoryMb} MB${heapMb === exports.HEAP_CAP_MB ? `, capped at ${exports.HEAP_CAP_MB} MB` : ''}`;
    }
    else if (inputs.nodeHeapMb.mode === 'set') {
        heapWhy = 'set by node-heap-mb';
        if (host.memoryMb > 0 && inputs.nodeHeapMb.value >= host.memoryMb) {
            warnings.push(`node-heap-mb ${inputs.nodeHeapMb.value} is at least this machine's memory (${host.memoryMb} MB): Node may be killed before it collects garbage.`);
        }
    }
    const threadpoolSize = chosen(inputs.threadpoolSize, () => autoThreadpoolSize(host.logicalCores));
    if (threadpoolSize !== undefined) {
        exported.push({
            name: 'UV_THREADPOOL_SIZE',
            value: String(threadpoolSize),
            shown: String(threadpoolSize),
            why: inputs.threadpoolSize.mode === 'auto'
                ? `auto: one per logical core (${host.logicalCores}), at least ${exports.THREADPOOL_MIN}`
                : 'set by threadpool-size',
        });
    }
    const dockerPlatform = chosen(inputs.dockerPlatform, () => autoDockerPlatform(host));
    if (dockerPlatform !== undefined) {
        exported.push({
            name: 'DOCKER_DEFAULT_PLATFORM',
            value: dockerPlatform,
            shown: dockerPlatform,
            why: inputs.dockerPlatform.mode === 'auto'
                ? `auto: the hardware is ${host.nativeArch}`
                : 'set by docker-platform',
        });
    }
    for (const [name, value] of inputs.env) {
        exported.push({ name, value, why: 'set by env' });
    }
    let path;
    const pnpmHomeGiven = ctx.pnpmHome || inputs.env.some(([name]) => name === 'PNPM_HOME');
    if (ctx.pnpmFound && !pnpmHomeGiven) {
        path = ctx.pnpmHomeDefault;
        exported.push({
            name: 'PNPM_HOME',
            value: path,
            shown: path,
            why: "pnpm is on PATH and PNPM_HOME was unset: pnpm's default folder, added to PATH",
        });
    }
    return {
        heapMb,
        nodeOptions: heapMb === undefined ? undefined : mergeNodeOptions(ctx.nodeOptions, heapMb),
        heapWhy,
        threadpoolSize,
        dockerPlatform,
        exports: exported,
        path,
        warnings,
    };
}


/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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
/** The installer's entry point: runner-hooks/install runs this bundle. */
const installer_ts_1 = __nccwpck_require__(111);
// Output piped into `head` and closed early is not an error of the install.
process.stdout.on('error', (e) => {
    if (e.code !== 'EPIPE')
        throw e;
});
process.exitCode = (0, installer_ts_1.main)(process.argv.slice(2));

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
