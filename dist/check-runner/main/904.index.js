export const id = 904;
export const ids = [904];
export const modules = {

/***/ 5663:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_OUTPUT_BYTES = exports.MAX_PROBLEMS = exports.MAX_TABLE_BYTES = exports.MAX_ROWS = void 0;
exports.clip = clip;
exports.shownRows = shownRows;
exports.lintSummary = lintSummary;
exports.unservedOutput = unservedOutput;
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
/** At most `max` characters of text from a workflow file, `…` marking a cut. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
/** Labels shown per row, and characters per label, job id, file name and detail. */
const CELL = { labels: 20, label: 100, job: 100, file: 200, detail: 300 };
function clippedLabels(labels) {
    const shown = labels.slice(0, CELL.labels).map((l) => clip(l, CELL.label));
    return labels.length > CELL.labels ? [...shown, `… ${labels.length - CELL.labels} more`] : shown;
}
function verdictCell(r) {
    const mark = r.verdict === 'served'
        ? '✅ served'
        : r.verdict === 'unserved'
            ? '❌ unserved'
            : '➖ not checked';
    const suggestion = r.suggestion
        ? `; did you mean ${clippedLabels(r.suggestion).map(summary_ts_1.mdCode).join(' ')}?`
        : '';
    return `${mark}: ${(0, summary_ts_1.mdText)(clip(r.detail, CELL.detail))}${suggestion}`;
}
function lintRow(r) {
    return row([
        `${(0, summary_ts_1.mdCode)(clip(r.file, CELL.file))}:${r.line}`,
        (0, summary_ts_1.mdCode)(clip(r.job, CELL.job)),
        labelsCell(clippedLabels(r.labels), r.group === undefined ? undefined : clip(r.group, CELL.label)),
        verdictCell(r),
    ]);
}
/** Rows shown at most: a step summary over 1 MiB is dropped whole (docs/decisions/guard-lint-yaml.md). */
exports.MAX_ROWS = 300;
/** Bytes of table rows at most, whatever the rows hold; the rest of the summary is small. */
exports.MAX_TABLE_BYTES = 512 * 1024;
const RANK = { unserved: 0, 'not checked': 1, served: 2 };
/**
 * The rows the summary shows, in file order: unserved first, then not checked, then served, while
 * there is room (`max` rows, `maxBytes` of rendered rows); how many of each were left out.
 */
function shownRows(rows, max = exports.MAX_ROWS, maxBytes = exports.MAX_TABLE_BYTES) {
    const order = rows
        .map((_, i) => i)
        .sort((a, b) => {
        const rank = RANK[rows[a].verdict] - RANK[rows[b].verdict];
        return rank || a - b;
    });
    const keep = new Map();
    let bytes = 0;
    for (const i of order) {
        if (keep.size >= max)
            break;
        const text = lintRow(rows[i]);
        const size = Buffer.byteLength(text) + 1;
        if (bytes + size > maxBytes)
            break;
        keep.set(i, text);
        bytes += size;
    }
    const hidden = { unserved: 0, 'not checked': 0, served: 0 };
    const shown = [];
    rows.forEach((r, i) => {
        const text = keep.get(i);
        if (text === undefined)
            hidden[r.verdict]++;
        else
            shown.push({ row: r, text });
    });
    return { shown, hidden };
}
/** File problems listed at most; the rest are counted. */
exports.MAX_PROBLEMS = 100;
function lintSummary(report, notes) {
    const { shown, hidden } = shownRows(report.rows);
    const counts = {
        served: report.rows.filter((r) => r.verdict === 'served').length,
        unserved: report.unserved.length,
        unchecked: report.rows.filter((r) => r.verdict === 'not checked').length,
    };
    const left = hidden.unserved + hidden['not checked'] + hidden.served;
    const leftParts = [
        hidden.unserved && `${hidden.unserved} unserved`,
        hidden['not checked'] && `${hidden['not checked']} not checked`,
        hidden.served && `${hidden.served} served`,
    ].filter(Boolean);
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)(`Label lint: ${counts.unserved ? `${counts.unserved} label set(s) no runner serves` : 'every label set is served'}`), `${report.files} workflow file(s), ${report.rows.length} job label set(s): ${counts.served} served, ${counts.unserved} unserved, ${counts.unchecked} not checked.`, report.rows.length > 0 &&
        [
            row(['file', 'job', 'runs-on', 'verdict']),
            row(['---', '---', '---', '---']),
            ...shown.map((s) => s.text),
        ].join('\n'), left > 0 &&
        `${left} more label set(s) not shown (${leftParts.join(', ')})${hidden.unserved ? "; the step's `unserved-file` output names a file that lists every unserved one" : ''}.`, report.problems.length > 0 &&
        [
            '**Not read:**',
            ...report.problems
                .slice(0, exports.MAX_PROBLEMS)
                .map((p) => `- ${(0, summary_ts_1.mdCode)(clip(p.file, CELL.file))}:${p.line}: ${(0, summary_ts_1.mdText)(clip(p.message, 300))}`),
            ...(report.problems.length > exports.MAX_PROBLEMS
                ? [`- … and ${report.problems.length - exports.MAX_PROBLEMS} more file(s).`]
                : []),
        ].join('\n'), notes.length > 0 && notes.map((n) => `- ${(0, summary_ts_1.mdText)(clip(n, 1000))}`).join('\n'));
}
/** GitHub keeps a step output up to 1 MB: `unserved` stays at half that, for the outputs beside it. */
exports.MAX_OUTPUT_BYTES = 512 * 1024;
/** The `unserved` output: the first entries whose JSON fits in `maxBytes`, and how many did not. */
function unservedOutput(unserved, maxBytes = exports.MAX_OUTPUT_BYTES) {
    const parts = [];
    let bytes = 2;
    for (const u of unserved) {
        const one = JSON.stringify(u);
        const size = Buffer.byteLength(one) + (parts.length ? 1 : 0);
        if (bytes + size > maxBytes)
            break;
        parts.push(one);
        bytes += size;
    }
    return {
        json: `[${parts.join(',')}]`,
        kept: parts.length,
        left: unserved.length - parts.length,
        maxBytes,
    };
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

/**
 * The fleet guard's shell: the label lint against the live fleet and the stuck-job rescue. It reads
 * what they need (runners, the organization's larger runners and groups, queued jobs), calls the
 * pure cores, and writes outputs, annotations and the summary. Loaded only when one is on.
 */
__webpack_unused_export__ = ({ value: true });
exports.runGuard = runGuard;
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
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
            const fails = (0, guard_inputs_ts_1.failsWhenBlind)(inputs);
            const reason = `Label lint not run: the runners could not be read (${(0, errors_ts_1.messageOf)(cause)}).`;
            const verdict = !fails
                ? ''
                : inputs.failIfUnavailable
                    ? ' The step fails (fail-if-unavailable).'
                    : ' The step fails (fail-on-unserved): a lint that cannot see the runners proves nothing.';
            (fails ? runner_ts_1.error : runner_ts_1.warning)((0, runner_ts_1.oneLine)(`${reason}${verdict}`), {
                title: 'check-runner could not read the runners',
            });
            (0, runner_ts_1.appendSummary)(`### Label lint: not run\n\n${(0, summary_ts_1.mdText)(`${reason}${verdict}`)}\n`);
            (0, runner_ts_1.setOutput)('unserved', '[]');
            (0, runner_ts_1.setOutput)('unserved-count', 0);
            return fails;
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
    const noFiles = read.sources.length
        ? undefined
        : `No workflow file matches ${guard.workflows.join(', ')} in the workspace (are the files checked out?).`;
    const output = (0, guard_report_ts_1.unservedOutput)(report.unserved);
    if (output.left) {
        notes.push(`The 'unserved' output holds the first ${output.kept} of ${report.unserved.length} unserved label sets (it is kept under ${output.maxBytes} bytes); 'unserved-file' holds them all.`);
    }
    announceLint(report, notes);
    (0, runner_ts_1.setOutput)('unserved', output.json);
    (0, runner_ts_1.setOutput)('unserved-count', report.unserved.length);
    (0, runner_ts_1.setOutput)('unserved-file', writeUnservedFile(env, report));
    (0, runner_ts_1.appendSummary)((0, guard_report_ts_1.lintSummary)(report, noFiles ? [noFiles, ...notes] : notes));
    if (noFiles) {
        // A lint that read no file has checked nothing: with fail-on-unserved, not a pass either.
        (guard.failOnUnserved ? runner_ts_1.error : runner_ts_1.warning)((0, runner_ts_1.oneLine)(guard.failOnUnserved ? `${noFiles} The step fails (fail-on-unserved).` : noFiles), { title: 'Label lint read no workflow file' });
        if (guard.failOnUnserved)
            return true;
    }
    if (guard.failOnUnserved && report.unserved.length) {
        (0, runner_ts_1.error)(`${report.unserved.length} job label set(s) are served by no runner (fail-on-unserved).`, {
            title: 'Unserved runs-on labels',
        });
        return true;
    }
    return false;
}
/** The whole `unserved` list as a JSON file in the runner's temp folder; returns its path. */
function writeUnservedFile(env, report) {
    const file = (0, node_path_1.join)(env.RUNNER_TEMP || (0, node_os_1.tmpdir)(), `check-runner-unserved-${(0, node_crypto_1.randomUUID)()}.json`);
    try {
        (0, node_fs_1.writeFileSync)(file, `${JSON.stringify(report.unserved)}\n`, { flag: 'wx', mode: 0o600 });
        return file;
    }
    catch (cause) {
        (0, runner_ts_1.warning)((0, runner_ts_1.oneLine)(`The unserved list was not written to ${file}: ${(0, errors_ts_1.messageOf)(cause)}`), {
            title: 'check-runner could not write unserved-file',
        });
        return '';
    }
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_COMBINATIONS = void 0;
exports.hasExpression = hasExpression;
exports.expandRunsOn = expandRunsOn;
exports.combinations = combinations;
/**
 * `runs-on` built from `${{ }}` expressions over a literal `strategy.matrix`: its values,
 * `exclude` and `include`, combined as GitHub combines them, and each combination's expressions
 * evaluated (`matrix.…` references, literals, `!`, `==`, `!=`, `&&`, `||`: expression.ts). Anything
 * else in `${{ }}` (inputs, outputs of other jobs, functions) cannot be known before the run: it
 * is "not checked", never "unserved" (docs/decisions/fleet-guard.md). Pure.
 */
const expression_ts_1 = __webpack_require__(6313);
/** GitHub runs at most 256 jobs per matrix; a bigger product is not expanded. */
exports.MAX_COMBINATIONS = 256;
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
function hasExpression(text) {
    return text.includes('${{');
}
function expandRunsOn(runsOn, matrix) {
    const parts = [...(runsOn.group === undefined ? [] : [runsOn.group]), ...runsOn.labels];
    if (!parts.some(hasExpression))
        return { sets: [runsOn] };
    const parsed = new Map();
    let usesMatrix = false;
    for (const part of parts) {
        for (const m of part.matchAll(EXPRESSION)) {
            const inner = (m[1] ?? '').trim();
            const expr = (0, expression_ts_1.parseExpression)(inner);
            if (!expr)
                return { unresolved: `\${{ ${inner} }} is known only when the workflow runs` };
            parsed.set(inner, expr);
            usesMatrix ||= (0, expression_ts_1.readsMatrix)(expr);
        }
        if (/\$\{\{(?![\s\S]*?\}\})/.test(part))
            return { unresolved: 'an unterminated ${{ expression' };
    }
    if (usesMatrix && matrix === undefined)
        return { unresolved: 'it names matrix values, but the job has no matrix' };
    const combos = usesMatrix ? combinations(matrix) : [{}];
    if (typeof combos === 'string')
        return { unresolved: combos };
    const sets = [];
    const seen = new Set();
    for (const combo of combos) {
        const set = substitute(runsOn, (inner) => (0, expression_ts_1.evaluate)(parsed.get(inner), combo));
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
const isScalar = (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isMapping = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A `{group, labels}` mapping a matrix value holds, as `runs-on` accepts it, or why not. */
function runsOnMapping(value, what) {
    const bad = `${what} is a mapping that is not {group, labels} in a combination`;
    const keys = Object.keys(value);
    if (!keys.length || keys.some((k) => k !== 'group' && k !== 'labels'))
        return bad;
    const group = value.group;
    if (group !== undefined && !(typeof group === 'string' && group.trim()))
        return bad;
    const raw = value.labels === undefined ? [] : value.labels;
    const list = Array.isArray(raw) ? raw : [raw];
    if (!list.every((l) => isScalar(l) && String(l).trim()))
        return bad;
    const labels = list.map((l) => String(l).trim());
    if (group === undefined && !labels.length)
        return bad;
    if (labels.some(hasExpression) || (group !== undefined && hasExpression(group)))
        return `${what} holds an expression in a combination`;
    return group === undefined ? { labels } : { group: group.trim(), labels };
}
/** One combination's label set, or why it cannot be known. */
function substitute(runsOn, value) {
    const one = (text) => {
        const whole = /^\$\{\{([\s\S]*?)\}\}$/.exec(text);
        if (whole && !whole[1].includes('}}')) {
            const inner = whole[1].trim();
            const v = value(inner);
            if (Array.isArray(v) && v.length && v.every(isScalar))
                return v.map(String);
            // A boolean is no label: it is a condition that gave no runner (`matrix.x && 'a'`).
            if ((typeof v === 'string' || typeof v === 'number') && String(v).trim())
                return [String(v).trim()];
            if (isMapping(v))
                return runsOnMapping(v, inner);
            return `${inner} is ${describe(v)} in a combination`;
        }
        let problem;
        const out = text.replace(EXPRESSION, (_, raw) => {
            const inner = raw.trim();
            const v = value(inner);
            if (isScalar(v))
                return String(v);
            problem ??= `${inner} is ${describe(v)} in a combination`;
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
        if (!Array.isArray(got)) {
            // A whole `runs-on` from one matrix value that is `{group, labels}`.
            if (runsOn.labels.length === 1 && runsOn.group === undefined)
                return got;
            return 'a {group, labels} value is one label among others in a combination';
        }
        labels.push(...got);
    }
    if (runsOn.group === undefined)
        return { labels };
    const group = one(runsOn.group);
    if (typeof group === 'string')
        return group;
    if (!Array.isArray(group) || group.length !== 1)
        return 'the runner group is not one name in a combination';
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

/***/ 6313:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A small, safe subset of GitHub's expression language, enough to resolve `runs-on` from literal
 * matrix values: literals (`'text'` with `''` for a quote, numbers, `true`, `false`, `null`),
 * `matrix.a.b` references, `!`, `==`, `!=`, `&&`, `||` and parentheses, with GitHub's precedence
 * and its rules (loose equality that compares strings case-insensitively and other mixed types as
 * numbers; `&&` and `||` give one of their operands). Anything else (functions, other contexts,
 * `<`, indexes) does not parse: such a `runs-on` is "not checked" (docs/decisions/fleet-guard.md).
 * Pure; never throws (docs/decisions/guard-lint-expressions.md).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_DEPTH = exports.MAX_EXPRESSION_LENGTH = void 0;
exports.parseExpression = parseExpression;
exports.readsMatrix = readsMatrix;
exports.truthy = truthy;
exports.looseEquals = looseEquals;
exports.evaluate = evaluate;
exports.print = print;
/** Expressions longer than this are not evaluated (each is evaluated once per combination). */
exports.MAX_EXPRESSION_LENGTH = 1000;
/** Parentheses and `!` nest at most this deep. */
exports.MAX_DEPTH = 50;
const NUMBER = /^(?:0x[0-9a-fA-F]+|-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/;
const IDENT = /^[A-Za-z_][\w-]*/;
function tokens(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const rest = text.slice(i);
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const two = rest.slice(0, 2);
        if (two === '==' || two === '!=' || two === '&&' || two === '||') {
            out.push({ t: 'op', v: two });
            i += 2;
            continue;
        }
        if (c === '!' || c === '(' || c === ')' || c === '.') {
            // A `.` right after a token that can be dereferenced is a property; else it starts a number.
            if (c !== '.' || out.at(-1)?.t === 'id') {
                out.push({ t: 'op', v: c });
                i++;
                continue;
            }
        }
        if (c === "'") {
            let value = '';
            let j = i + 1;
            for (;;) {
                const end = text.indexOf("'", j);
                if (end < 0)
                    return undefined;
                value += text.slice(j, end);
                if (text[end + 1] === "'") {
                    value += "'";
                    j = end + 2;
                }
                else {
                    i = end + 1;
                    break;
                }
            }
            out.push({ t: 'str', v: value });
            continue;
        }
        const number = NUMBER.exec(rest);
        if (number) {
            const n = Number(number[0]);
            if (!Number.isFinite(n))
                return undefined;
            out.push({ t: 'num', v: n });
            i += number[0].length;
            continue;
        }
        const ident = IDENT.exec(rest);
        if (ident) {
            out.push({ t: 'id', v: ident[0] });
            i += ident[0].length;
            continue;
        }
        return undefined;
    }
    return out;
}
/** The expression inside `${{ }}` as a tree, or undefined when it is outside the subset. */
function parseExpression(text) {
    if (text.length > exports.MAX_EXPRESSION_LENGTH)
        return undefined;
    const list = tokens(text);
    if (!list?.length)
        return undefined;
    let at = 0;
    const peek = () => list[at];
    const isOp = (v) => {
        const t = peek();
        return t?.t === 'op' && t.v === v;
    };
    const binary = (ops, next) => {
        return (depth) => {
            let a = next(depth);
            while (a) {
                const op = ops.find(isOp);
                if (!op)
                    break;
                at++;
                const b = next(depth);
                if (!b)
                    return undefined;
                a = { k: op, a, b };
            }
            return a;
        };
    };
    const primary = (depth) => {
        if (depth > exports.MAX_DEPTH)
            return undefined;
        const t = list[at++];
        if (!t)
            return undefined;
        if (t.t === 'str' || t.t === 'num')
            return { k: 'lit', v: t.v };
        if (t.t === 'op') {
            if (t.v === '!') {
                const e = primary(depth + 1);
                return e && { k: 'not', e };
            }
            if (t.v === '(') {
                const e = or(depth + 1);
                if (!e || !isOp(')'))
                    return undefined;
                at++;
                return e;
            }
            return undefined;
        }
        if (t.v === 'true' || t.v === 'false')
            return { k: 'lit', v: t.v === 'true' };
        if (t.v === 'null')
            return { k: 'lit', v: null };
        if (t.v.toLowerCase() !== 'matrix')
            return undefined;
        const path = [];
        while (isOp('.')) {
            at++;
            const name = list[at++];
            if (name?.t !== 'id')
                return undefined;
            path.push(name.v);
        }
        return { k: 'ref', path };
    };
    const equality = binary(['==', '!='], primary);
    const and = binary(['&&'], equality);
    const or = binary(['||'], and);
    const expr = or(0);
    return expr && at === list.length ? expr : undefined;
}
/** Whether the expression reads the matrix. */
function readsMatrix(e) {
    switch (e.k) {
        case 'lit':
            return false;
        case 'ref':
            return true;
        case 'not':
            return readsMatrix(e.e);
        default:
            return readsMatrix(e.a) || readsMatrix(e.b);
    }
}
function truthy(v) {
    return !(v === undefined || v === null || v === false || v === 0 || v === '' || Number.isNaN(v));
}
function toNumber(v) {
    if (v === undefined || v === null || v === false)
        return 0;
    if (v === true)
        return 1;
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string') {
        const s = v.trim();
        if (!s)
            return 0;
        return /^(?:0x[0-9a-fA-F]+|-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/.test(s)
            ? Number(s)
            : Number.NaN;
    }
    return Number.NaN;
}
const kind = (v) => v === undefined || v === null ? 'null' : typeof v === 'object' ? 'object' : typeof v;
/** GitHub's `==`: same kind compared as it is (strings ignoring case), else both as numbers. */
function looseEquals(a, b) {
    const ka = kind(a);
    const kb = kind(b);
    if (ka === kb) {
        if (ka === 'null')
            return true;
        if (ka === 'string')
            return a.toUpperCase() === b.toUpperCase();
        return a === b;
    }
    if (ka === 'object' || kb === 'object')
        return false;
    return toNumber(a) === toNumber(b);
}
/** A matrix key, exactly as written or else ignoring case, as GitHub looks it up. */
function lookup(value, key) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const record = value;
    if (Object.hasOwn(record, key))
        return record[key];
    const found = Object.keys(record).find((k) => k.toLowerCase() === key.toLowerCase());
    return found === undefined ? undefined : record[found];
}
function evaluate(e, matrix) {
    switch (e.k) {
        case 'lit':
            return e.v;
        case 'ref':
            return e.path.reduce((v, key) => lookup(v, key), matrix);
        case 'not':
            return !truthy(evaluate(e.e, matrix));
        case '==':
            return looseEquals(evaluate(e.a, matrix), evaluate(e.b, matrix));
        case '!=':
            return !looseEquals(evaluate(e.a, matrix), evaluate(e.b, matrix));
        case '&&': {
            const a = evaluate(e.a, matrix);
            return truthy(a) ? evaluate(e.b, matrix) : a;
        }
        case '||': {
            const a = evaluate(e.a, matrix);
            return truthy(a) ? a : evaluate(e.b, matrix);
        }
    }
}
/** The expression written back, fully parenthesized (for messages and tests). */
function print(e) {
    switch (e.k) {
        case 'lit':
            return typeof e.v === 'string' ? `'${e.v.replace(/'/g, "''")}'` : String(e.v);
        case 'ref':
            return ['matrix', ...e.path].join('.');
        case 'not':
            return `!(${print(e.e)})`;
        default:
            return `(${print(e.a)} ${e.k} ${print(e.b)})`;
    }
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
    let tooMany = false;
    const visited = new Set();
    const take = (rel, full, entry) => {
        if (found.has(rel) || !yes(rel) || no(rel))
            return;
        if (found.size >= limits.maxFiles) {
            if (!tooMany) {
                tooMany = true;
                notes.push(`More than ${limits.maxFiles} workflow files match; the rest are not read.`);
            }
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
    /** A path without glob characters names one file: read it, through real folders of the workspace. */
    const literal = (rel) => {
        const full = node_path_1.default.resolve(root, rel);
        if (!inside(root, full) || full === root)
            return;
        let folder;
        try {
            folder = (0, node_fs_1.realpathSync)(node_path_1.default.dirname(full));
        }
        catch {
            notes.push(`'${rel}' does not exist in the workspace.`);
            return;
        }
        if (!inside(root, folder)) {
            notes.push(`'${node_path_1.default.dirname(rel)}' leads outside the workspace; not read.`);
            return;
        }
        let stat;
        try {
            stat = (0, node_fs_1.lstatSync)(full);
        }
        catch {
            notes.push(`'${rel}' does not exist in the workspace.`);
            return;
        }
        if (stat.isDirectory()) {
            notes.push(`'${rel}' is a folder: name its files, e.g. '${rel}/*.y*ml'.`);
            return;
        }
        take(node_path_1.default.relative(root, full).split(node_path_1.default.sep).join('/'), full, stat);
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
        const scan = picomatch_1.default.scan(glob);
        if (!scan.isGlob) {
            literal(glob.replace(/\/+$/, ''));
            continue;
        }
        const base = scan.base.replace(/\/+$/, '');
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
    // One verdict per distinct label set: a big fleet of jobs repeats a few sets many times.
    const verdicts = new Map();
    const verdictOf = (set) => {
        const key = JSON.stringify([set.group, set.labels]);
        let v = verdicts.get(key);
        if (!v) {
            v = (0, serve_ts_1.serve)(set, servers);
            verdicts.set(key, v);
        }
        return v;
    };
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
                const v = verdictOf(set);
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
exports.MAX_MATRIX_VALUES = exports.MAX_ALIASES = void 0;
exports.parseWorkflow = parseWorkflow;
exports.plain = plain;
/**
 * Reads each job's `runs-on` out of a workflow file, with the line of its `runs-on` key, and the
 * job's literal `strategy.matrix`. Pure: text in, plain data out. A file that does not parse is
 * an answer (its line and the parser's message), never an exception.
 */
const yaml_1 = __webpack_require__(8009);
/**
 * A matrix is read with at most this many aliases followed (each time one is passed, nested ones
 * included) and at most this many values built: enough for real workflows, too few for a YAML
 * bomb (docs/decisions/guard-lint-yaml.md).
 */
exports.MAX_ALIASES = 100;
exports.MAX_MATRIX_VALUES = 10_000;
function parseWorkflow(text) {
    const counter = new yaml_1.LineCounter();
    // Duplicate keys are found below in one pass: the library's own check compares every pair of
    // keys of a mapping, quadratic in a big `jobs:`.
    const doc = (0, yaml_1.parseDocument)(text, {
        lineCounter: counter,
        prettyErrors: false,
        uniqueKeys: false,
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
    const walked = walk(doc);
    if ('error' in walked) {
        return {
            jobs: [],
            invalid: [],
            error: { line: lineOf(walked.error.offset), message: walked.error.message },
        };
    }
    // Each alias resolved once, by the table: the library's `resolve` walks the whole document per
    // alias, quadratic in a file full of aliases.
    const targets = walked.targets;
    const resolve = (node) => ((0, yaml_1.isAlias)(node) ? targets.get(node) : node);
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
            const read = plain(matrixNode, targets);
            entry.matrix = typeof read === 'string' ? read : read.value;
        }
        parsed.jobs.push(entry);
    }
    return parsed;
}
/**
 * One pass over the document in order: the node each alias names (the last anchor of that name
 * before it, as YAML says), and the first duplicate key of a mapping or alias with no anchor.
 */
function walk(doc) {
    const targets = new Map();
    const anchors = new Map();
    let error;
    (0, yaml_1.visit)(doc, {
        Node(_, node) {
            if ((0, yaml_1.isAlias)(node)) {
                const target = anchors.get(node.source);
                if (target)
                    targets.set(node, target);
                else {
                    error = {
                        offset: node.range?.[0],
                        message: `Alias *${node.source} names no anchor before it.`,
                    };
                    return yaml_1.visit.BREAK;
                }
                return undefined;
            }
            if (node.anchor)
                anchors.set(node.anchor, node);
            if ((0, yaml_1.isMap)(node)) {
                const seen = new Set();
                for (const pair of node.items) {
                    if (!(0, yaml_1.isScalar)(pair.key))
                        continue;
                    if (seen.has(pair.key.value)) {
                        error = { offset: pair.key.range?.[0], message: 'Map keys must be unique' };
                        return yaml_1.visit.BREAK;
                    }
                    seen.add(pair.key.value);
                }
            }
            return undefined;
        },
    });
    return error ? { error } : { targets };
}
/**
 * A node as plain data, aliases followed through the table, within the caps: at most
 * `MAX_ALIASES` aliases passed and `MAX_MATRIX_VALUES` values built (a string says which cap).
 */
function plain(node, targets, caps = { aliases: exports.MAX_ALIASES, values: exports.MAX_MATRIX_VALUES }) {
    let aliases = 0;
    let values = 0;
    const build = (n) => {
        if ((0, yaml_1.isAlias)(n)) {
            if (++aliases > caps.aliases)
                throw new Capped(`it follows more than ${caps.aliases} aliases (a cap against YAML bombs)`);
            return build(targets.get(n));
        }
        if (++values > caps.values)
            throw new Capped(`it builds more than ${caps.values} values (a cap against YAML bombs)`);
        if ((0, yaml_1.isScalar)(n))
            return n.value;
        if ((0, yaml_1.isSeq)(n))
            return n.items.map(build);
        if ((0, yaml_1.isMap)(n)) {
            const out = {};
            for (const pair of n.items) {
                const key = build(pair.key);
                const name = key !== null && typeof key === 'object' ? JSON.stringify(key) : String(key);
                Object.defineProperty(out, name, {
                    value: build(pair.value),
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            return out;
        }
        return null;
    };
    try {
        return { value: build(node) };
    }
    catch (error) {
        if (error instanceof Capped)
            return error.message;
        throw error;
    }
}
class Capped extends Error {
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
