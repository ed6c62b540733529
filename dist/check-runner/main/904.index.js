export const id = 904;
export const ids = [904];
export const modules = {

/***/ 5663:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_ROWS = void 0;
exports.shownRows = shownRows;
exports.lintSummary = lintSummary;
exports.jobsSummary = jobsSummary;
/**
 * The fleet guard's step summary, pure. Everything from workflow files and the API (file names,
 * job ids, labels, job names, messages) is untrusted: `mdText`/`mdCode` in Markdown.
 */
const summary_ts_1 = __webpack_require__(1543);
const labelsCell = (labels, group) => [group === undefined ? '' : `group ${(0, summary_ts_1.mdCode)(group)}`, ...labels.map(summary_ts_1.mdCode)]
    .filter(Boolean)
    .join(' ') || '—';
const row = summary_ts_1.tableRow;
function verdictCell(r) {
    const mark = r.verdict === 'served'
        ? '✅ served'
        : r.verdict === 'unserved'
            ? '❌ unserved'
            : '➖ not checked';
    const suggestion = r.suggestion ? `; did you mean ${r.suggestion.map(summary_ts_1.mdCode).join(' ')}?` : '';
    return `${mark}: ${(0, summary_ts_1.mdText)(r.detail)}${suggestion}`;
}
/** Rows shown at most: a step summary over 1 MiB is dropped whole by the runner. */
exports.MAX_ROWS = 300;
/** Unserved and not-checked rows always; served rows while there is room. */
function shownRows(rows, max = exports.MAX_ROWS) {
    const keep = new Set(rows.filter((r) => r.verdict !== 'served'));
    let room = Math.max(0, max - keep.size);
    const shown = rows.filter((r) => keep.has(r) || room-- > 0);
    return { shown, hidden: rows.length - shown.length };
}
function lintSummary(report, notes) {
    const { shown, hidden } = shownRows(report.rows);
    const counts = {
        served: report.rows.filter((r) => r.verdict === 'served').length,
        unserved: report.unserved.length,
        unchecked: report.rows.filter((r) => r.verdict === 'not checked').length,
    };
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)(`Label lint: ${counts.unserved ? `${counts.unserved} label set(s) no runner serves` : 'every label set is served'}`), `${report.files} workflow file(s), ${report.rows.length} job label set(s): ${counts.served} served, ${counts.unserved} unserved, ${counts.unchecked} not checked.`, report.rows.length > 0 &&
        [
            row(['file', 'job', 'runs-on', 'verdict']),
            row(['---', '---', '---', '---']),
            ...shown.map((r) => row([
                `${(0, summary_ts_1.mdCode)(r.file)}:${r.line}`,
                (0, summary_ts_1.mdCode)(r.job),
                labelsCell(r.labels, r.group),
                verdictCell(r),
            ])),
        ].join('\n'), hidden > 0 && `${hidden} more served label set(s) not shown.`, report.problems.length > 0 &&
        [
            '**Not read:**',
            ...report.problems.map((p) => `- ${(0, summary_ts_1.mdCode)(p.file)}:${p.line}: ${(0, summary_ts_1.mdText)(p.message)}`),
        ].join('\n'), notes.length > 0 && notes.map((n) => `- ${(0, summary_ts_1.mdText)(n)}`).join('\n'));
}
const runCell = (id, url) => link(String(id), url.replace(/\/job\/\d+$/, ''));
/** The stuck, waiting, not checked and hung jobs, and what the rescue did. */
function jobsSummary(r) {
    const { guard, judged, hung, actions, notes } = r;
    const queued = [
        ...judged.stuck.map((s) => ({
            ...s,
            verdict: 'stuck',
            detail: judged.why.get(s['job-id']) ?? '',
        })),
        ...judged.waiting,
        ...judged.unchecked,
    ];
    const mark = (v) => v === 'stuck' ? '❌ stuck' : v === 'waiting' ? '⏳ waiting' : '➖ not checked';
    const acting = guard.rescue !== 'report' || guard.cancelHung;
    return (0, summary_ts_1.blocks)(guard.stuckAfterMinutes > 0 &&
        (0, summary_ts_1.heading)(judged.stuck.length
            ? `Stuck jobs: ${judged.stuck.length} queued over ${guard.stuckAfterMinutes} min that nothing online serves`
            : `Stuck jobs: none queued over ${guard.stuckAfterMinutes} min that nothing online serves`), queued.length > 0 &&
        [
            row(['run', 'job', 'labels', 'queued', 'verdict']),
            row(['---', '---', '---', '---', '---']),
            ...queued
                .slice(0, exports.MAX_ROWS)
                .map((s) => row([
                runCell(s['run-id'], s.url),
                link((0, summary_ts_1.mdText)(s.name), s.url),
                labelsCell(s.labels),
                `${s['queued-minutes']} min`,
                `${mark(s.verdict)}: ${(0, summary_ts_1.mdText)(s.detail)}`,
            ])),
        ].join('\n'), queued.length > exports.MAX_ROWS && `${queued.length - exports.MAX_ROWS} more queued job(s) not shown.`, guard.hungAfterMinutes > 0 &&
        (0, summary_ts_1.heading)(`Hung jobs: ${hung.length ? hung.length : 'none'} running over ${guard.hungAfterMinutes} min on self-hosted runners`), hung.length > 0 &&
        [
            row(['run', 'job', 'runner', 'running']),
            row(['---', '---', '---', '---']),
            ...hung
                .slice(0, exports.MAX_ROWS)
                .map((h) => row([
                runCell(h['run-id'], h.url),
                link((0, summary_ts_1.mdText)(h.name), h.url),
                h.runner ? (0, summary_ts_1.mdText)(h.runner) : '—',
                `${h['running-minutes']} min`,
            ])),
        ].join('\n'), hung.length > exports.MAX_ROWS && `${hung.length - exports.MAX_ROWS} more hung job(s) not shown.`, (judged.stuck.length > 0 || hung.length > 0) &&
        (!acting
            ? 'Rescue: `report` (nothing was cancelled or re-run).'
            : actions.length > 0 &&
                [
                    `**Rescue (\`${guard.rescue}\`${guard.cancelHung ? ', `cancel-hung`' : ''}):**`,
                    ...actions.map((a) => `- ${(0, summary_ts_1.mdText)(a.message)}`),
                ].join('\n')), notes.length > 0 && notes.map((n) => `- ${(0, summary_ts_1.mdText)(n)}`).join('\n'));
}
/** A link only to GitHub's own https pages; anything else is shown as text. */
function link(text, url) {
    return /^https:\/\/[\w.-]+\/[\w./%-]*$/.test(url) ? `[${text}](${url})` : text;
}


/***/ }),

/***/ 8904:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.runGuard = runGuard;
const read_ts_1 = __webpack_require__(5126);
const deadline_ts_1 = __webpack_require__(827);
const errors_ts_1 = __webpack_require__(4188);
const github_ts_1 = __webpack_require__(4336);
const runner_ts_1 = __webpack_require__(445);
const summary_ts_1 = __webpack_require__(1543);
const guard_inputs_ts_1 = __webpack_require__(9304);
const guard_report_ts_1 = __webpack_require__(5663);
const files_ts_1 = __webpack_require__(516);
const lint_ts_1 = __webpack_require__(8786);
const org_hosted_ts_1 = __webpack_require__(9791);
/** Runs what is on; returns true when the step must fail. */
async function runGuard(ctx) {
    const { inputs, token, baseUrl } = ctx;
    const env = ctx.env ?? process.env;
    const clientFor = async (limit) => (0, github_ts_1.createClient)({ token: await token(limit), baseUrl, deadline: limit });
    let larger;
    /** Read once; `limit` bounds the read (default api-timeout-seconds). */
    const largerRunners = (limit) => {
        const org = inputs.organization;
        if (!org)
            return Promise.resolve({ value: [] });
        larger ??= (async () => {
            try {
                return await (0, org_hosted_ts_1.readLargerRunners)(await clientFor(limit ?? (0, deadline_ts_1.deadline)(inputs.apiTimeoutSeconds)), org);
            }
            catch (cause) {
                return {
                    note: `The larger runners of organization ${org} were not read: ${(0, errors_ts_1.messageOf)(cause)}`,
                };
            }
        })();
        return larger;
    };
    let failed = false;
    if (inputs.guard.workflows.length) {
        failed = (await lint(ctx, env, clientFor, largerRunners)) || failed;
    }
    if ((0, guard_inputs_ts_1.jobsOn)(inputs.guard)) {
        const { runJobs } = await __webpack_require__.e(/* import() */ 459).then(__webpack_require__.bind(__webpack_require__, 4459));
        const { realClock } = await __webpack_require__.e(/* import() */ 460).then(__webpack_require__.bind(__webpack_require__, 8460));
        const jobsFailed = await runJobs({
            inputs,
            clientFor,
            clock: ctx.clock ?? realClock,
            larger: largerRunners,
            ...(ctx.runners ? { runners: ctx.runners } : {}),
            ...(env.GITHUB_RUN_ID ? { currentRunId: env.GITHUB_RUN_ID } : {}),
        });
        failed = jobsFailed || failed;
    }
    return failed;
}
async function lint(ctx, env, clientFor, largerRunners) {
    const { inputs } = ctx;
    const guard = inputs.guard;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const notes = [];
    let runners = ctx.runners;
    if (!runners) {
        try {
            runners = (await (0, read_ts_1.readFleet)(await clientFor((0, deadline_ts_1.deadline)(inputs.apiTimeoutSeconds)), inputs))
                .runners;
        }
        catch (cause) {
            const reason = `Label lint skipped: the runners could not be read (${(0, errors_ts_1.messageOf)(cause)}).`;
            (0, runner_ts_1.warning)((0, runner_ts_1.oneLine)(reason), { title: 'check-runner could not read the runners' });
            (0, runner_ts_1.appendSummary)(`### Label lint: not run\n\n${(0, summary_ts_1.mdText)(reason)}\n`);
            (0, runner_ts_1.setOutput)('unserved', '[]');
            (0, runner_ts_1.setOutput)('unserved-count', 0);
            return inputs.failIfUnavailable;
        }
    }
    const read = (0, files_ts_1.readWorkflows)(workspace, guard.workflows);
    notes.push(...read.notes);
    const { value: larger = [], note } = await largerRunners();
    if (note)
        notes.push(note);
    let groups;
    const usesGroups = read.sources.some((s) => 'text' in s && /\bgroup\s*:/.test(s.text));
    if (usesGroups && inputs.organization) {
        const got = await (0, org_hosted_ts_1.readGroupNames)(await clientFor((0, deadline_ts_1.deadline)(inputs.apiTimeoutSeconds)), inputs.organization);
        groups = got.value;
        if (got.note)
            notes.push(got.note);
    }
    const report = (0, lint_ts_1.lintWorkflows)(read.sources, {
        runners,
        larger,
        scaleSets: guard.scaleSets,
        ...(groups ? { groups } : {}),
    });
    if (!read.sources.length)
        notes.push(`No workflow file matches ${guard.workflows.join(', ')} in the workspace.`);
    announceLint(report, notes);
    (0, runner_ts_1.setOutput)('unserved', JSON.stringify(report.unserved));
    (0, runner_ts_1.setOutput)('unserved-count', report.unserved.length);
    (0, runner_ts_1.appendSummary)((0, guard_report_ts_1.lintSummary)(report, notes));
    if (guard.failOnUnserved && report.unserved.length) {
        (0, runner_ts_1.error)(`${report.unserved.length} job label set(s) are served by no runner (fail-on-unserved).`, {
            title: 'Unserved runs-on labels',
        });
        return true;
    }
    return false;
}
function announceLint(report, notes) {
    (0, runner_ts_1.info)(`Label lint: ${report.files} file(s), ${report.rows.length} label set(s), ${report.unserved.length} unserved.`);
    for (const r of report.rows) {
        const labels = [r.group === undefined ? '' : `group ${r.group}`, ...r.labels]
            .filter(Boolean)
            .join(', ');
        if (r.verdict === 'unserved') {
            const hint = r.suggestion ? ` Did you mean [${r.suggestion.join(', ')}]?` : '';
            (0, runner_ts_1.warning)((0, runner_ts_1.oneLine)(`Job ${r.job}: no runner serves runs-on [${labels}]: ${r.detail}.${hint}`), {
                file: r.file,
                line: r.line,
                title: 'runs-on labels no runner serves',
            });
        }
        else if (r.verdict === 'not checked') {
            (0, runner_ts_1.notice)((0, runner_ts_1.oneLine)(`Job ${r.job}: runs-on [${labels}] not checked: ${r.detail}.`), {
                file: r.file,
                line: r.line,
                title: 'runs-on not checked',
            });
        }
        else {
            (0, runner_ts_1.info)((0, runner_ts_1.oneLine)(`  ${r.file}:${r.line} job ${r.job}: [${labels}] served by ${r.detail}`));
        }
    }
    for (const p of report.problems) {
        (0, runner_ts_1.warning)((0, runner_ts_1.oneLine)(`${p.file} was not checked: ${p.message}`), {
            file: p.file,
            line: p.line,
            title: 'Workflow file not checked',
        });
    }
    for (const n of notes)
        (0, runner_ts_1.info)((0, runner_ts_1.oneLine)(n));
}


/***/ }),

/***/ 4839:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_COMBINATIONS = void 0;
exports.hasExpression = hasExpression;
exports.expandRunsOn = expandRunsOn;
exports.combinations = combinations;
/** GitHub runs at most 256 jobs per matrix; a bigger product is not expanded. */
exports.MAX_COMBINATIONS = 256;
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const MATRIX_PATH = /^matrix((?:\.[A-Za-z_][\w-]*)+)$/;
function hasExpression(text) {
    return text.includes('${{');
}
function expandRunsOn(runsOn, matrix) {
    const parts = [...(runsOn.group === undefined ? [] : [runsOn.group]), ...runsOn.labels];
    if (!parts.some(hasExpression))
        return { sets: [runsOn] };
    for (const part of parts) {
        for (const m of part.matchAll(EXPRESSION)) {
            const inner = (m[1] ?? '').trim();
            if (!MATRIX_PATH.test(inner)) {
                return { unresolved: `\${{ ${inner} }} is known only when the workflow runs` };
            }
        }
        if (/\$\{\{(?![\s\S]*?\}\})/.test(part))
            return { unresolved: 'an unterminated ${{ expression' };
    }
    if (matrix === undefined)
        return { unresolved: 'it names matrix values, but the job has no matrix' };
    const combos = combinations(matrix);
    if (typeof combos === 'string')
        return { unresolved: combos };
    const sets = [];
    const seen = new Set();
    for (const combo of combos) {
        const set = substitute(runsOn, combo);
        if (typeof set === 'string')
            return { unresolved: set };
        const key = JSON.stringify([set.group?.toLowerCase(), set.labels.map((l) => l.toLowerCase())]);
        if (!seen.has(key)) {
            seen.add(key);
            sets.push(set);
        }
    }
    if (!sets.length)
        return { unresolved: 'the matrix has no combinations' };
    return { sets };
}
function valueAt(combo, path) {
    let value = combo;
    for (const key of path.slice(1).split('.')) {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            return undefined;
        value = value[key];
    }
    return value;
}
const isScalar = (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
/** One combination's label set, or why it cannot be known. */
function substitute(runsOn, combo) {
    const one = (text) => {
        const whole = /^\$\{\{\s*(matrix(?:\.[A-Za-z_][\w-]*)+)\s*\}\}$/.exec(text);
        if (whole) {
            const path = whole[1].slice('matrix'.length);
            const value = valueAt(combo, path);
            if (Array.isArray(value) && value.length && value.every(isScalar))
                return value.map(String);
            if (isScalar(value) && String(value).trim())
                return [String(value).trim()];
            return `${whole[1]} is ${describe(value)} in a combination`;
        }
        let problem;
        const out = text.replace(EXPRESSION, (_, inner) => {
            const path = inner.trim();
            const value = valueAt(combo, path.slice('matrix'.length));
            if (isScalar(value))
                return String(value);
            problem ??= `${path} is ${describe(value)} in a combination`;
            return '';
        });
        if (problem)
            return problem;
        return out.trim() ? [out.trim()] : 'a label is empty in a combination';
    };
    const labels = [];
    for (const label of runsOn.labels) {
        const got = one(label);
        if (typeof got === 'string')
            return got;
        labels.push(...got);
    }
    if (runsOn.group === undefined)
        return { labels };
    const group = one(runsOn.group);
    if (typeof group === 'string')
        return group;
    if (group.length !== 1)
        return 'the runner group is a list in a combination';
    return { group: group[0], labels };
}
function describe(value) {
    if (value === undefined)
        return 'not set';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list that is not all labels';
    return typeof value === 'object' ? 'an object' : `'${String(value)}'`;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * The matrix's combinations as GitHub builds them: the product of its lists, minus `exclude`
 * (an entry removes every combination it matches on all its keys), then each `include` entry
 * extends every combination whose original values it does not change, or is added on its own.
 */
function combinations(matrix) {
    if (typeof matrix === 'string') {
        return hasExpression(matrix)
            ? `the matrix is an expression (${matrix.trim()})`
            : `the matrix is not readable: ${matrix}`;
    }
    if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
        return 'the matrix is not a mapping';
    }
    const entries = Object.entries(matrix);
    const base = entries.filter(([k]) => k !== 'include' && k !== 'exclude');
    let product = base.length ? [{}] : [];
    for (const [key, values] of base) {
        if (!Array.isArray(values)) {
            return typeof values === 'string' && hasExpression(values)
                ? `matrix.${key} is an expression`
                : `matrix.${key} is not a list`;
        }
        if (product.length * values.length > exports.MAX_COMBINATIONS) {
            return `the matrix has more than ${exports.MAX_COMBINATIONS} combinations`;
        }
        product = product.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
    }
    const listOf = (name) => {
        const value = matrix[name];
        if (value === undefined || value === null)
            return [];
        if (typeof value === 'string')
            return `matrix.${name} is an expression`;
        if (!Array.isArray(value))
            return `matrix.${name} is not a list`;
        if (!value.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e))) {
            return `matrix.${name} has an entry that is not a mapping`;
        }
        return value;
    };
    const exclude = listOf('exclude');
    const include = listOf('include');
    if (typeof exclude === 'string')
        return exclude;
    if (typeof include === 'string')
        return include;
    const kept = product.filter((c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => same(c[k], v))));
    const originals = kept.map((c) => ({ ...c }));
    const result = kept.map((c) => ({ ...c }));
    for (const entry of include) {
        let matched = false;
        originals.forEach((original, i) => {
            const fits = Object.entries(entry).every(([k, v]) => !(k in original) || same(original[k], v));
            if (fits) {
                matched = true;
                Object.assign(result[i], entry);
            }
        });
        if (!matched)
            result.push({ ...entry });
        if (result.length > exports.MAX_COMBINATIONS) {
            return `the matrix has more than ${exports.MAX_COMBINATIONS} combinations`;
        }
    }
    return result;
}


/***/ }),

/***/ 516:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LIMITS = void 0;
exports.readWorkflows = readWorkflows;
/**
 * The workflow files the `workflows` globs name, read from the workspace and never from outside
 * it: globs are relative to GITHUB_WORKSPACE, folders are walked without following links, and a
 * matched link is read only when its target is inside the workspace. Large files are not read.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const picomatch_1 = __importDefault(__webpack_require__(5496));
exports.LIMITS = { maxBytes: 1024 * 1024, maxFiles: 500, maxEntries: 50_000 };
const inside = (root, target) => target === root || target.startsWith(root.endsWith(node_path_1.default.sep) ? root : `${root}${node_path_1.default.sep}`);
function readWorkflows(workspace, globs, limits = exports.LIMITS) {
    const notes = [];
    const root = (0, node_fs_1.realpathSync)(workspace);
    const include = globs.filter((g) => !g.startsWith('!'));
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const yes = (0, picomatch_1.default)(include, { dot: true });
    const no = exclude.length ? (0, picomatch_1.default)(exclude, { dot: true }) : () => false;
    const found = new Map();
    let entries = 0;
    const visited = new Set();
    const take = (rel, full, entry) => {
        if (found.has(rel) || !yes(rel) || no(rel))
            return;
        if (found.size >= limits.maxFiles) {
            if (found.size === limits.maxFiles)
                notes.push(`More than ${limits.maxFiles} workflow files match; the rest are not read.`);
            return;
        }
        let target = full;
        if (entry.isSymbolicLink()) {
            try {
                target = (0, node_fs_1.realpathSync)(full);
            }
            catch {
                found.set(rel, { file: rel, skipped: 'a link whose target does not exist; not read' });
                return;
            }
            if (!inside(root, target)) {
                found.set(rel, { file: rel, skipped: 'a link to outside the workspace; not read' });
                return;
            }
        }
        try {
            const stat = (0, node_fs_1.statSync)(target);
            if (!stat.isFile())
                return;
            if (stat.size > limits.maxBytes) {
                found.set(rel, {
                    file: rel,
                    skipped: `${stat.size} bytes, over the ${limits.maxBytes}-byte limit; not read`,
                });
                return;
            }
            found.set(rel, { file: rel, text: (0, node_fs_1.readFileSync)(target, 'utf8') });
        }
        catch (error) {
            found.set(rel, {
                file: rel,
                skipped: `not readable (${error.code ?? 'error'})`,
            });
        }
    };
    const walk = (dir, rel, depth) => {
        if (visited.has(dir) || depth > 32)
            return;
        visited.add(dir);
        let list;
        try {
            list = (0, node_fs_1.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of list) {
            if (++entries > limits.maxEntries)
                return;
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            const full = node_path_1.default.join(dir, entry.name);
            if (entry.isDirectory())
                walk(full, childRel, depth + 1);
            else if (entry.isFile() || entry.isSymbolicLink())
                take(childRel, full, entry);
        }
    };
    for (const glob of include) {
        const base = picomatch_1.default.scan(glob).base.replace(/\/+$/, '');
        const start = node_path_1.default.resolve(root, base);
        if (!inside(root, start))
            continue;
        // The fixed part of the glob must be real folders inside the workspace, not links out of it.
        let real;
        try {
            if (!(0, node_fs_1.lstatSync)(start).isDirectory() && base) {
                notes.push(`'${base}' is not a folder of the workspace (a link is not followed).`);
                continue;
            }
            real = (0, node_fs_1.realpathSync)(start);
        }
        catch {
            continue;
        }
        if (!inside(root, real)) {
            notes.push(`'${base}' leads outside the workspace; not read.`);
            continue;
        }
        walk(start, base, 0);
        if (entries > limits.maxEntries) {
            notes.push(`Stopped after ${limits.maxEntries} folder entries: narrow the 'workflows' globs.`);
            break;
        }
    }
    const sources = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
    return { sources, notes };
}


/***/ }),

/***/ 8786:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lintWorkflows = lintWorkflows;
/** The label lint over parsed workflow files: one row per job and label set, and the unserved. Pure. */
const expand_ts_1 = __webpack_require__(4839);
const parse_ts_1 = __webpack_require__(2644);
const serve_ts_1 = __webpack_require__(2484);
function lintWorkflows(sources, servers) {
    const report = { files: sources.length, rows: [], unserved: [], problems: [] };
    for (const source of sources) {
        if ('skipped' in source) {
            report.problems.push({ file: source.file, line: source.line ?? 1, message: source.skipped });
            continue;
        }
        const parsed = (0, parse_ts_1.parseWorkflow)(source.text);
        if (parsed.error) {
            report.problems.push({ file: source.file, ...parsed.error });
            continue;
        }
        for (const bad of parsed.invalid) {
            report.problems.push({
                file: source.file,
                line: bad.line,
                message: `job ${bad.job}: ${bad.message}`,
            });
        }
        for (const job of parsed.jobs) {
            const at = { file: source.file, line: job.line, job: job.job };
            const expanded = (0, expand_ts_1.expandRunsOn)(job.runsOn, job.matrix);
            if ('unresolved' in expanded) {
                report.rows.push({
                    ...at,
                    ...(job.runsOn.group === undefined ? {} : { group: job.runsOn.group }),
                    labels: job.runsOn.labels,
                    verdict: 'not checked',
                    detail: expanded.unresolved,
                });
                continue;
            }
            for (const set of expanded.sets) {
                const v = (0, serve_ts_1.serve)(set, servers);
                const row = {
                    ...at,
                    ...(set.group === undefined ? {} : { group: set.group }),
                    labels: set.labels,
                    verdict: v.verdict,
                    detail: v.verdict === 'served' ? v.by : v.why,
                };
                if (v.verdict === 'unserved' && v.suggestion)
                    row.suggestion = v.suggestion;
                report.rows.push(row);
                if (v.verdict === 'unserved') {
                    report.unserved.push({
                        ...at,
                        ...(set.group === undefined ? {} : { group: set.group }),
                        labels: set.labels,
                        suggestion: row.suggestion ?? null,
                    });
                }
            }
        }
    }
    return report;
}


/***/ }),

/***/ 2644:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseWorkflow = parseWorkflow;
/**
 * Reads each job's `runs-on` out of a workflow file, with the line of its `runs-on` key, and the
 * job's literal `strategy.matrix`. Pure: text in, plain data out. A file that does not parse is
 * an answer (its line and the parser's message), never an exception.
 */
const yaml_1 = __webpack_require__(8009);
/** Aliases expanded when a matrix is read: enough for real workflows, too few for a YAML bomb. */
const MAX_ALIASES = 100;
function parseWorkflow(text) {
    const counter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, {
        lineCounter: counter,
        prettyErrors: false,
        uniqueKeys: true,
    });
    const lineOf = (offset) => Math.max(1, counter.linePos(offset ?? 0).line);
    const first = doc.errors[0];
    if (first) {
        return {
            jobs: [],
            invalid: [],
            error: { line: lineOf(first.pos[0]), message: firstLine(first.message) },
        };
    }
    const resolve = (node) => ((0, yaml_1.isAlias)(node) ? node.resolve(doc) : node);
    const root = resolve(doc.contents);
    if (!(0, yaml_1.isMap)(root)) {
        return {
            jobs: [],
            invalid: [],
            error: { line: 1, message: 'The file is not a YAML mapping.' },
        };
    }
    const jobsPair = findPair(root, 'jobs', resolve);
    const jobsNode = resolve(jobsPair?.value);
    if (!jobsPair || !(0, yaml_1.isMap)(jobsNode)) {
        return {
            jobs: [],
            invalid: [],
            error: {
                line: lineOf(keyOffset(jobsPair)),
                message: "The workflow has no 'jobs' mapping.",
            },
        };
    }
    const parsed = { jobs: [], invalid: [] };
    for (const pair of jobsNode.items) {
        const key = resolve(pair.key);
        const job = (0, yaml_1.isScalar)(key) ? String(key.value) : '';
        const body = resolve(pair.value);
        if (!(0, yaml_1.isMap)(body))
            continue;
        const runsOnPair = findPair(body, 'runs-on', resolve);
        if (!runsOnPair)
            continue; // a reusable-workflow call (`uses:`) or a job GitHub rejects anyway
        const line = lineOf(keyOffset(runsOnPair));
        const runsOn = readRunsOn(resolve(runsOnPair.value), resolve);
        if (typeof runsOn === 'string') {
            parsed.invalid.push({ job, line, message: runsOn });
            continue;
        }
        const entry = { job, line, runsOn };
        const strategy = resolve(findPair(body, 'strategy', resolve)?.value);
        const matrixNode = (0, yaml_1.isMap)(strategy) ? findPair(strategy, 'matrix', resolve)?.value : undefined;
        if (matrixNode !== undefined && matrixNode !== null) {
            try {
                entry.matrix = resolve(matrixNode).toJS(doc, { maxAliasCount: MAX_ALIASES });
            }
            catch (error) {
                entry.matrix = `(unreadable matrix: ${error instanceof Error ? error.message : error})`;
            }
        }
        parsed.jobs.push(entry);
    }
    return parsed;
}
function firstLine(message) {
    return (message.split('\n')[0] ?? message).trim();
}
function keyOffset(pair) {
    const key = pair?.key;
    return key?.range?.[0];
}
function findPair(map, name, resolve) {
    return map.items.find((p) => {
        const key = resolve(p.key);
        return (0, yaml_1.isScalar)(key) && key.value === name;
    });
}
function scalarText(node) {
    if (!(0, yaml_1.isScalar)(node))
        return undefined;
    const v = node.value;
    if (v === null || v === undefined || typeof v === 'object')
        return undefined;
    return String(v);
}
/** A `runs-on` value as labels and group, or a message saying why GitHub would reject it. */
function readRunsOn(node, resolve) {
    const text = scalarText(node);
    if (text !== undefined) {
        return text.trim() ? { labels: [text.trim()] } : "'runs-on' is empty.";
    }
    if ((0, yaml_1.isSeq)(node)) {
        const labels = [];
        for (const item of node.items) {
            const label = scalarText(resolve(item));
            if (label === undefined || !label.trim()) {
                return "'runs-on' lists something that is not a label.";
            }
            labels.push(label.trim());
        }
        return labels.length ? { labels } : "'runs-on' is an empty list.";
    }
    if ((0, yaml_1.isMap)(node)) {
        let group;
        let labels = [];
        for (const pair of node.items) {
            const key = scalarText(resolve(pair.key));
            const value = resolve(pair.value);
            if (key === 'group') {
                group = scalarText(value)?.trim();
                if (!group)
                    return "'runs-on.group' is not a runner group name.";
            }
            else if (key === 'labels') {
                const read = readRunsOn(value, resolve);
                if (typeof read === 'string')
                    return read.replace("'runs-on'", "'runs-on.labels'");
                labels = read.labels;
            }
            else {
                return `'runs-on' accepts only 'group' and 'labels'; it has '${key ?? '?'}'.`;
            }
        }
        if (!group && !labels.length)
            return "'runs-on' names neither a group nor labels.";
        return group ? { group, labels } : { labels };
    }
    return "'runs-on' is neither a label, a list of labels, nor {group, labels}.";
}


/***/ }),

/***/ 2484:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.serve = serve;
exports.suggest = suggest;
/**
 * Whether a label set is served, and by what: a registered runner with all its labels, a
 * GitHub-hosted image, one of the organization's larger runners, or a scale set. For an unserved
 * set, the closest served set as the suggestion. Pure.
 */
const hosted_labels_ts_1 = __webpack_require__(2953);
const runner_ts_1 = __webpack_require__(216);
const suggest_ts_1 = __webpack_require__(7918);
const lower = (s) => s.toLowerCase();
const has = (list, s) => list.some((l) => lower(l) === lower(s));
function dedupe(labels) {
    const seen = new Set();
    return labels.filter((l) => !seen.has(lower(l)) && Boolean(seen.add(lower(l))));
}
/** Served by something other than a runner group: runners, images, larger runners, scale sets. */
function servedBy(labels, s) {
    if (labels.length === 1) {
        const only = labels[0];
        if ((0, hosted_labels_ts_1.isHostedLabel)(only))
            return 'a GitHub-hosted image';
        if (has(s.larger, only))
            return "the organization's larger runner";
        if (has(s.scaleSets, only))
            return 'a scale set';
    }
    const runners = s.runners.filter((r) => (0, runner_ts_1.matches)(r, labels));
    if (runners.length === 1)
        return `registered runner ${runners[0]?.name}`;
    if (runners.length > 1)
        return `${runners.length} registered runners`;
    return undefined;
}
function serve(set, s) {
    const labels = dedupe(set.labels);
    if (set.group !== undefined) {
        if (!s.groups) {
            if (!labels.length) {
                return {
                    verdict: 'not checked',
                    why: `runner group '${set.group}' is checked only with 'organization' and a token that can list its runner groups`,
                };
            }
        }
        else if (!has(s.groups, set.group)) {
            const near = (0, suggest_ts_1.closestLabel)(set.group, s.groups);
            return {
                verdict: 'unserved',
                why: `the organization has no runner group '${set.group}'${near ? ` (did you mean '${near}'?)` : ''}`,
            };
        }
        if (!labels.length)
            return { verdict: 'served', by: `runner group ${set.group}` };
    }
    const by = servedBy(labels, s);
    if (by) {
        const group = set.group === undefined ? '' : ` (in group ${set.group}: membership not checked)`;
        return { verdict: 'served', by: `${by}${group}` };
    }
    const suggestion = suggest(labels, s);
    return {
        verdict: 'unserved',
        why: `no runner has all of [${labels.join(', ')}], and it is not a GitHub-hosted label`,
        ...(suggestion ? { suggestion } : {}),
    };
}
/**
 * The closest served set: first each unknown label replaced by its nearest known label, when
 * that set is served; else the nearest served set as a whole.
 */
function suggest(labels, s) {
    const known = dedupe([
        ...s.runners.flatMap((r) => r.labels),
        ...hosted_labels_ts_1.HOSTED_LABELS,
        ...s.larger,
        ...s.scaleSets,
    ]);
    const fixed = labels.map((l) => (has(known, l) ? l : (0, suggest_ts_1.closestLabel)(l, known)));
    if (fixed.every((l) => l !== undefined)) {
        const candidate = dedupe(fixed);
        if (servedBy(candidate, s))
            return candidate;
    }
    const served = [
        ...s.runners.map((r) => r.labels),
        ...[...hosted_labels_ts_1.HOSTED_LABELS, ...s.larger, ...s.scaleSets].map((l) => [l]),
    ];
    const near = (0, suggest_ts_1.closestLabelSet)(labels, served);
    return near ? [...near] : undefined;
}


/***/ }),

/***/ 9791:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readLargerRunners = readLargerRunners;
exports.readGroupNames = readGroupNames;
/**
 * What the organization adds to the served labels: its larger (GitHub-hosted) runners, whose name
 * is their label, and its runner group names. Either may be out of the token's reach (403/404):
 * then the guard carries on without it and says so.
 */
const errors_ts_1 = __webpack_require__(4188);
async function readLargerRunners(client, org) {
    const names = [];
    try {
        await client.paginate('GET /orgs/{org}/actions/hosted-runners', { org }, (page) => {
            for (const r of page.runners ?? [])
                if (typeof r.name === 'string')
                    names.push(r.name);
            return undefined;
        });
        return { value: names };
    }
    catch (error) {
        return {
            note: `The larger runners of organization ${org} were not read (${(0, errors_ts_1.messageOf)(error)}); the token must be allowed to list the organization's GitHub-hosted runners (classic PAT: manage_runners:org). Labels of larger runners count as not served.`,
        };
    }
}
async function readGroupNames(client, org) {
    const names = [];
    try {
        await client.paginate('GET /orgs/{org}/actions/runner-groups', { org }, (page) => {
            for (const g of page.runner_groups ?? [])
                if (typeof g.name === 'string')
                    names.push(g.name);
            return undefined;
        });
        return { value: names };
    }
    catch (error) {
        return {
            note: `The runner groups of organization ${org} were not read (${(0, errors_ts_1.messageOf)(error)}); runner groups in 'runs-on' are not checked.`,
        };
    }
}


/***/ }),

/***/ 2953:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HOSTED_LABELS = exports.HOSTED_LABELS_SOURCE = void 0;
exports.isHostedLabel = isHostedLabel;
/**
 * The labels of GitHub's own runner images: a job whose `runs-on` is one of these is served by
 * GitHub, never by a registered runner, and never waits for one. The one list in the code.
 *
 * Source: "GitHub-hosted runners" reference (docs.github.com/en/actions/reference/runners/
 * github-hosted-runners), "Running jobs on larger runners" (the macOS `-large`/`-xlarge` labels)
 * and the actions/runner-images README, read on 2026-11-28. Update it when GitHub adds or retires
 * an image; organization larger runners are not listed here, they come from the API
 * (`GET /orgs/{org}/actions/hosted-runners`). See docs/decisions/fleet-guard.md.
 */
exports.HOSTED_LABELS_SOURCE = 'docs.github.com/en/actions/reference/runners/github-hosted-runners (read 2026-11-28)';
exports.HOSTED_LABELS = [
    // Ubuntu, x64, arm64 and the one-vCPU slim container
    'ubuntu-latest',
    'ubuntu-26.04',
    'ubuntu-24.04',
    'ubuntu-22.04',
    'ubuntu-26.04-arm',
    'ubuntu-24.04-arm',
    'ubuntu-22.04-arm',
    'ubuntu-slim',
    // Windows, x64 and arm64
    'windows-latest',
    'windows-2025',
    'windows-2022',
    'windows-11-arm',
    // macOS: arm64 (M1), Intel, and the larger macOS runners
    'macos-latest',
    'macos-26',
    'macos-15',
    'macos-14',
    'macos-26-intel',
    'macos-15-intel',
    'macos-latest-large',
    'macos-26-large',
    'macos-15-large',
    'macos-14-large',
    'macos-latest-xlarge',
    'macos-26-xlarge',
    'macos-15-xlarge',
    'macos-14-xlarge',
];
const LOWER = new Set(exports.HOSTED_LABELS.map((l) => l.toLowerCase()));
/** True for a GitHub-hosted image label, compared case-insensitively. */
function isHostedLabel(label) {
    return LOWER.has(label.toLowerCase());
}


/***/ })

};
