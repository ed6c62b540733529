import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6547:
/***/ ((__unused_webpack_module, exports) => {


exports.__esModule = true;
exports.distance = exports.closest = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.distance = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.closest = closest;


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkRunner = checkRunner;
/** check-runner's shell: read inputs, poll the fleet, write the counts and the summary. */
const inputs_ts_1 = __nccwpck_require__(8775);
const poll_ts_1 = __nccwpck_require__(3219);
const read_ts_1 = __nccwpck_require__(5126);
const runner_ts_1 = __nccwpck_require__(216);
const errors_ts_1 = __nccwpck_require__(4188);
const github_ts_1 = __nccwpck_require__(4336);
const inputs_ts_2 = __nccwpck_require__(6518);
const runner_ts_2 = __nccwpck_require__(445);
const guard_inputs_ts_1 = __nccwpck_require__(9304);
const report_ts_1 = __nccwpck_require__(1751);
function readCheckInputs() {
    const read = (0, inputs_ts_2.createReader)((0, inputs_ts_2.fromEnv)());
    const fleet = (0, inputs_ts_1.readFleetInputs)(read);
    // The fleet guard (docs/decisions/fleet-guard.md): `labels` is optional when it is on.
    const guard = (0, guard_inputs_ts_1.readGuardInputs)(read, fleet);
    return {
        labels: (0, guard_inputs_ts_1.guardOn)(guard) ? read.list('labels') : (0, inputs_ts_1.requireLabels)(read, 'labels'),
        minIdle: read.int('min-idle', 1, { min: 1 }),
        failIfUnavailable: read.bool('fail-if-unavailable', false),
        ...fleet,
        guard,
    };
}
async function checkRunner() {
    const inputs = readCheckInputs();
    const baseUrl = (0, poll_ts_1.apiUrl)();
    const token = (0, poll_ts_1.tokenSource)(inputs, baseUrl);
    const guard = (runners) => (0, guard_inputs_ts_1.runGuardLazily)({ inputs, token, baseUrl, runners });
    if (!inputs.labels.length) {
        if (await guard())
            process.exitCode = 1;
        return;
    }
    let fleetRunners;
    let result;
    let scopes = [];
    try {
        const polled = await (0, poll_ts_1.poll)(inputs, async (limit) => {
            const client = await (0, github_ts_1.createClient)({ token: await token(limit), baseUrl, deadline: limit });
            const fleet = await (0, read_ts_1.readFleet)(client, inputs);
            scopes = fleet.scopes;
            fleetRunners = fleet.runners;
            return (0, report_ts_1.check)(fleet.runners, inputs.labels, inputs.minIdle);
        }, (r) => r.available, (r) => r.reason);
        result = polled.result;
    }
    catch (cause) {
        const reason = (0, errors_ts_1.messageOf)(cause);
        (0, runner_ts_2.warning)(reason, { title: 'check-runner could not read the runners' });
        result = {
            labels: inputs.labels,
            minIdle: inputs.minIdle,
            matched: [],
            counts: (0, runner_ts_1.tally)([]),
            available: false,
            reason,
        };
    }
    const { counts } = result;
    (0, runner_ts_2.info)(`available: ${result.available}. ${(0, runner_ts_2.oneLine)(result.reason)}`);
    (0, runner_ts_2.setOutput)('available', result.available);
    (0, runner_ts_2.setOutput)('total', counts.total);
    (0, runner_ts_2.setOutput)('online', counts.online);
    (0, runner_ts_2.setOutput)('idle', counts.idle);
    (0, runner_ts_2.setOutput)('busy', counts.busy);
    (0, runner_ts_2.setOutput)('offline', counts.offline);
    (0, runner_ts_2.setOutput)('runners', (0, report_ts_1.runnersJson)(result.matched));
    (0, runner_ts_2.setOutput)('reason', result.reason);
    (0, runner_ts_2.appendSummary)((0, report_ts_1.checkSummary)(result, scopes));
    if (!result.available && inputs.failIfUnavailable) {
        (0, runner_ts_2.error)(result.reason, { title: 'No runner available (fail-if-unavailable)' });
        process.exitCode = 1;
    }
    if ((0, guard_inputs_ts_1.guardOn)(inputs.guard) && (await guard(fleetRunners)))
        process.exitCode = 1;
}


/***/ }),

/***/ 9304:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.guardOn = exports.jobsOn = void 0;
exports.readGuardInputs = readGuardInputs;
exports.runGuardLazily = runGuardLazily;
exports.failsWhenBlind = failsWhenBlind;
/**
 * The fleet guard's inputs (label lint and stuck jobs), parsed once. Light on purpose: the lint
 * and rescue code is imported only when one of them is on, so check-runner starts as fast as before.
 */
const inputs_ts_1 = __nccwpck_require__(8775);
const errors_ts_1 = __nccwpck_require__(4188);
/** True when stuck or hung jobs are looked for. */
const jobsOn = (g) => g.stuckAfterMinutes > 0 || g.hungAfterMinutes > 0;
exports.jobsOn = jobsOn;
const guardOn = (g) => g.workflows.length > 0 || (0, exports.jobsOn)(g);
exports.guardOn = guardOn;
/** A glob relative to the workspace that cannot leave it. */
function checkGlob(glob) {
    const body = glob.startsWith('!') ? glob.slice(1) : glob;
    const problem = body === ''
        ? 'is empty'
        : /^([/\\~]|[A-Za-z]:)/.test(body)
            ? 'is absolute'
            : body.split(/[/\\]/).includes('..')
                ? "climbs out with '..'"
                : /[\0\r]/.test(body)
                    ? 'holds a control character'
                    : undefined;
    if (problem) {
        throw new errors_ts_1.InputError('workflows', `Input 'workflows' accepts globs relative to the workspace, one per line (e.g. '.github/workflows/*.y*ml'); '${glob}' ${problem}.`);
    }
}
function readGuardInputs(read, scope) {
    const workflows = read.lines('workflows');
    for (const glob of workflows)
        checkGlob(glob);
    if (workflows.length && workflows.every((g) => g.startsWith('!'))) {
        throw new errors_ts_1.InputError('workflows', "Input 'workflows' has only '!' globs: name the files to read, then the ones to leave out.");
    }
    const stuckAfterMinutes = read.int('stuck-after-minutes', 0, { min: 0, max: 1440 });
    const rescue = read.choice('rescue', ['report', 'cancel', 'rerun'], 'report');
    if (stuckAfterMinutes > 0 && !scope.repository) {
        throw new errors_ts_1.InputError('stuck-after-minutes', "Input 'stuck-after-minutes' needs 'repository': stuck jobs are read from a repository's runs.");
    }
    if (rescue !== 'report' && stuckAfterMinutes === 0) {
        throw new errors_ts_1.InputError('rescue', `Input 'rescue: ${rescue}' needs 'stuck-after-minutes' (a whole number >= 1): it acts on the stuck jobs found.`);
    }
    const hungAfterMinutes = read.int('hung-after-minutes', 0, { min: 0, max: 7200 });
    if (hungAfterMinutes > 0 && !scope.repository) {
        throw new errors_ts_1.InputError('hung-after-minutes', "Input 'hung-after-minutes' needs 'repository': hung jobs are read from a repository's runs.");
    }
    const cancelHung = read.bool('cancel-hung', false);
    if (cancelHung && hungAfterMinutes === 0) {
        throw new errors_ts_1.InputError('cancel-hung', "Input 'cancel-hung' needs 'hung-after-minutes' (a whole number >= 1): it cancels the runs of the hung jobs found.");
    }
    const failOnUnserved = read.bool('fail-on-unserved', false);
    if (failOnUnserved && !workflows.length && stuckAfterMinutes === 0) {
        throw new errors_ts_1.InputError('fail-on-unserved', "Input 'fail-on-unserved' needs 'workflows' (the globs of the workflow files to check) or 'stuck-after-minutes'.");
    }
    const rescueTimeoutSeconds = read.int('rescue-timeout-seconds', 120, { min: 1, max: 3600 });
    const rescueDeadlineSeconds = read.int('rescue-deadline-seconds', 300, { min: 10, max: 3600 });
    if (rescue === 'rerun' && rescueTimeoutSeconds >= rescueDeadlineSeconds) {
        throw new errors_ts_1.InputError('rescue-timeout-seconds', `Input 'rescue-timeout-seconds' (${rescueTimeoutSeconds}) must be less than 'rescue-deadline-seconds' (${rescueDeadlineSeconds}), which bounds the whole rescue.`);
    }
    const scaleSets = (0, inputs_ts_1.readScaleSets)(read);
    return {
        workflows,
        scaleSets,
        failOnUnserved,
        stuckAfterMinutes,
        rescue,
        rescueTimeoutSeconds,
        maxRescues: read.int('max-rescues', 5, { min: 1, max: 100 }),
        hungAfterMinutes,
        cancelHung,
        rescueDeadlineSeconds,
    };
}
/** Runs the guard, loading its code only now. Returns true when the step must fail. */
async function runGuardLazily(...args) {
    const { runGuard } = await Promise.all(/* import() */[__nccwpck_require__.e(140), __nccwpck_require__.e(904)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8904));
    return runGuard(...args);
}
/**
 * Whether a guard read that cannot see the fleet (a bad or expired token, 401/403, a time-out, the
 * API down) fails the step instead of leaving it green: never green while blind
 * (docs/decisions/guard-blind.md). `fail-if-unavailable` fails every blind read, and so does
 * `fail-on-unserved`: a lint or a stuck-job search that read nothing has proven nothing. Pure.
 */
function failsWhenBlind(inputs) {
    return inputs.failIfUnavailable || inputs.guard.failOnUnserved;
}


/***/ }),

/***/ 1751:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUMMARY_BYTES = exports.SUMMARY_ROWS = void 0;
exports.check = check;
exports.runnersJson = runnersJson;
exports.runnerTable = runnerTable;
exports.checkSummary = checkSummary;
/** check-runner's verdict and step summary: pure, over the runners read. */
const runner_ts_1 = __nccwpck_require__(216);
const summary_ts_1 = __nccwpck_require__(1543);
function check(fleet, labels, minIdle) {
    const matched = fleet.filter((r) => (0, runner_ts_1.matches)(r, labels));
    const counts = (0, runner_ts_1.tally)(matched);
    const available = counts.idle >= minIdle;
    const set = `[${labels.join(', ')}]`;
    let reason;
    if (counts.total === 0)
        reason = (0, runner_ts_1.explainNoMatch)(fleet, labels);
    else if (available) {
        reason = `${counts.idle} of ${counts.total} runners with ${set} idle (needs ${minIdle}).`;
    }
    else {
        reason =
            `Only ${counts.idle} of ${counts.total} runners with ${set} idle (needs ${minIdle}): ` +
                `${counts.busy} busy, ${counts.offline} offline.`;
    }
    return { labels, minIdle, matched, counts, available, reason };
}
function runnersJson(runners) {
    return JSON.stringify(runners.map(({ id, name, os, status, busy, labels }) => ({
        id,
        name,
        os,
        status,
        busy,
        labels,
    })));
}
/** The runner table stops here, so the summary stays far below GitHub's 1 MiB per step. */
exports.SUMMARY_ROWS = 500;
exports.SUMMARY_BYTES = 256 * 1024;
const UNKNOWN = '_unknown_';
/** Cells are escaped here (untrusted runner text); `tableRow` keeps them as they are. */
function runnerRow(r) {
    const cells = [
        r.name === null ? UNKNOWN : (0, summary_ts_1.mdText)(r.name),
        r.os === null ? UNKNOWN : (0, summary_ts_1.mdText)(r.os),
        r.status === 'online' ? (r.busy ? 'busy' : 'idle') : 'offline',
        r.labels.length ? (0, summary_ts_1.mdText)(r.labels.join(', ')) : '_none_',
    ];
    return (0, summary_ts_1.tableRow)(cells);
}
/** The matching runners, cut at SUMMARY_ROWS rows or SUMMARY_BYTES, saying how many are left out. */
function runnerTable(runners) {
    const lines = ['| runner | os | status | labels |', '| --- | --- | --- | --- |'];
    let bytes = 0;
    let shown = 0;
    for (const r of runners) {
        if (shown >= exports.SUMMARY_ROWS)
            break;
        const row = runnerRow(r);
        bytes += Buffer.byteLength(row) + 1;
        if (bytes > exports.SUMMARY_BYTES)
            break;
        lines.push(row);
        shown++;
    }
    const left = runners.length - shown;
    if (left > 0) {
        const n = left.toLocaleString('en-US');
        lines.push('', `${n} more runner${left === 1 ? ' is' : 's are'} not shown here; the \`runners\` output lists every one.`);
    }
    return lines.join('\n');
}
function checkSummary(result, scopes) {
    const { counts } = result;
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)(`check-runner: ${result.available ? 'available' : 'not available'}`), (0, summary_ts_1.mdText)(result.reason), scopes.length > 0 && `Read: ${(0, summary_ts_1.mdText)(scopes.join(', '))}.`, (0, summary_ts_1.table)(['labels', 'runners', 'online', 'idle', 'busy', 'offline'], [
        [
            result.labels.join(', '),
            ...[counts.total, counts.online, counts.idle, counts.busy, counts.offline].map(String),
        ],
    ]), result.matched.length > 0 && runnerTable(result.matched));
}


/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isRepository = isRepository;
exports.readFleetInputs = readFleetInputs;
exports.requireLabels = requireLabels;
exports.readScaleSets = readScaleSets;
/** Inputs check-runner and select-runner share: the token, the scopes and the time limits. */
const errors_ts_1 = __nccwpck_require__(4188);
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*)$/;
/**
 * `owner/name` exactly: an owner is letters, digits, `-` (and `_` for managed users); a name is
 * letters, digits, `.`, `_`, `-`, but never `.` or `..`, which would change the API path.
 */
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}\/(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;
function isRepository(value) {
    return REPOSITORY.test(value);
}
function readFleetInputs(read) {
    const repository = read.text('repository') || undefined;
    if (repository !== undefined && !isRepository(repository)) {
        throw new errors_ts_1.InputError('repository', `Input 'repository' accepts 'owner/name' (or empty to skip the repository); got '${repository}'.`);
    }
    const organization = read.text('organization') || undefined;
    const enterprise = read.text('enterprise') || undefined;
    for (const [name, value] of [
        ['organization', organization],
        ['enterprise', enterprise],
    ]) {
        if (value !== undefined && !NAME.test(value)) {
            throw new errors_ts_1.InputError(name, `Input '${name}' accepts a GitHub ${name} login; got '${value}'.`);
        }
    }
    const runnerGroup = read.text('runner-group') || undefined;
    if (runnerGroup && !organization) {
        throw new errors_ts_1.InputError('runner-group', "Input 'runner-group' needs 'organization': runner groups belong to an organization.");
    }
    if (!repository && !organization && !enterprise) {
        throw new errors_ts_1.InputError('repository', "No scope to read: set 'repository', 'organization' or 'enterprise'.");
    }
    const appId = read.text('app-id');
    const privateKey = read.text('app-private-key');
    if (Boolean(appId) !== Boolean(privateKey)) {
        const missing = appId ? 'app-private-key' : 'app-id';
        throw new errors_ts_1.InputError(missing, `Input '${missing}' is required when the other GitHub App input is set.`);
    }
    if (appId && !/^\d+$/.test(appId)) {
        throw new errors_ts_1.InputError('app-id', `Input 'app-id' accepts a numeric GitHub App id; got '${appId}'.`);
    }
    const token = read.text('github-token');
    return {
        token,
        app: appId ? { appId, privateKey } : undefined,
        repository,
        organization,
        enterprise,
        runnerGroup,
        apiTimeoutSeconds: read.number('api-timeout-seconds', 10, { min: 1, max: 3600 }),
        waitSeconds: read.number('wait-seconds', 0, { min: 0, max: 21600 }),
        pollSeconds: read.number('poll-seconds', 10, { min: 1, max: 3600 }),
    };
}
/** Comma- or newline-separated labels; at least one. */
function requireLabels(read, name) {
    const labels = read.list(name);
    if (!labels.length) {
        throw new errors_ts_1.InputError(name, `Input '${name}' is required: runner labels, comma or newline separated.`);
    }
    return labels;
}
/** ARC scale-set names (check-runner and select-runner alike): letters, digits, '.', '_', '-'. */
function readScaleSets(read) {
    const names = read.list('scale-sets');
    for (const name of names) {
        if (!/^[\w.-]+$/.test(name)) {
            throw new errors_ts_1.InputError('scale-sets', `Input 'scale-sets' accepts scale-set names (letters, digits, '.', '_', '-'), comma or newline separated; got '${name}'.`);
        }
    }
    return names;
}


/***/ }),

/***/ 3219:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.poll = poll;
exports.tokenSource = tokenSource;
exports.apiUrl = apiUrl;
/**
 * Polling rounds: each round gets its own api-timeout-seconds deadline; `wait-seconds` is on top
 * of it. Transient faults inside a round are retried by the client; a round that still fails ends
 * the wait unless the fault is transient and time remains. See docs/decisions/api-time-limits.md.
 */
const deadline_ts_1 = __nccwpck_require__(827);
const errors_ts_1 = __nccwpck_require__(4188);
const github_ts_1 = __nccwpck_require__(4336);
const runner_ts_1 = __nccwpck_require__(445);
const TRANSIENT = new Set(['server', 'network', 'malformed', 'timeout']);
async function poll(timing, round, settled, describe) {
    const started = Date.now();
    const waitEnds = started + timing.waitSeconds * 1000;
    for (let rounds = 1;; rounds++) {
        let result;
        try {
            result = await round((0, deadline_ts_1.deadline)(timing.apiTimeoutSeconds));
        }
        catch (error) {
            const retry = error instanceof github_ts_1.ApiError && TRANSIENT.has(error.kind);
            if (!retry || Date.now() + timing.pollSeconds * 1000 > waitEnds)
                throw error;
            (0, runner_ts_1.info)(`Round ${rounds}: ${(0, runner_ts_1.oneLine)(error.message)} Trying again in ${timing.pollSeconds}s.`);
            await (0, deadline_ts_1.sleep)(timing.pollSeconds * 1000);
            continue;
        }
        const waitedMs = Date.now() - started;
        if (settled(result) || Date.now() >= waitEnds)
            return { result, rounds, waitedMs };
        const next = Math.min(timing.pollSeconds * 1000, waitEnds - Date.now());
        (0, runner_ts_1.info)(`Round ${rounds}: ${(0, runner_ts_1.oneLine)(describe(result))} Checking again in ${Math.ceil(next / 1000)}s.`);
        await (0, deadline_ts_1.sleep)(next);
    }
}
function tokenSource(inputs, baseUrl) {
    (0, runner_ts_1.setSecret)(inputs.token);
    (0, errors_ts_1.addSecret)(inputs.token);
    if (inputs.app)
        (0, errors_ts_1.addSecret)(inputs.app.privateKey);
    let minted;
    return (limit) => {
        if (!inputs.app) {
            if (inputs.token)
                return Promise.resolve(inputs.token);
            return Promise.reject(new github_ts_1.ApiError('auth', 'Input github-token is empty: the secret it names is not available to this run (Dependabot and fork pull requests get their own secrets).'));
        }
        const app = inputs.app;
        minted ??= __nccwpck_require__.e(/* import() */ 619).then(__nccwpck_require__.bind(__nccwpck_require__, 619))
            .then(({ installationToken }) => installationToken({ ...app, baseUrl, deadline: limit }, inputs))
            .catch((error) => {
            minted = undefined;
            throw error;
        });
        return minted;
    };
}
function apiUrl(env = process.env) {
    return env.GITHUB_API_URL || 'https://api.github.com';
}


/***/ }),

/***/ 5126:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readFleet = readFleet;
/** Reads the self-hosted runners of every scope given, page by page, within a deadline. */
const github_ts_1 = __nccwpck_require__(4336);
const runner_ts_1 = __nccwpck_require__(216);
const TOKEN_NOTE = "The workflow's GITHUB_TOKEN cannot list runners.";
function scopesOf(s) {
    const list = [];
    if (s.repository) {
        const [owner, repo] = s.repository.split('/');
        list.push({
            label: `repository ${s.repository}`,
            route: 'GET /repos/{owner}/{repo}/actions/runners',
            params: { owner, repo },
            permission: 'a classic PAT with the repo scope, or a fine-grained or App token with Administration: read on the repository',
        });
    }
    if (s.organization && !s.runnerGroup) {
        list.push(orgScope(s.organization));
    }
    if (s.enterprise) {
        list.push({
            label: `enterprise ${s.enterprise}`,
            route: 'GET /enterprises/{enterprise}/actions/runners',
            params: { enterprise: s.enterprise },
            permission: 'a classic PAT with the manage_runners:enterprise scope',
        });
    }
    return list;
}
function orgScope(org) {
    return {
        label: `organization ${org}`,
        route: 'GET /orgs/{org}/actions/runners',
        params: { org },
        permission: 'a classic PAT with the admin:org scope, or a fine-grained or App token with Self-hosted runners: read on the organization',
    };
}
/** Adds which permission the scope needs to a 401/403/404 answer. */
function explain(error, scope) {
    if (!(error instanceof github_ts_1.ApiError))
        return error;
    if (error.kind === 'forbidden' || error.kind === 'not-found' || error.kind === 'auth') {
        return new github_ts_1.ApiError(error.kind, `Reading the runners of ${scope.label} failed. ${error.message} Listing them needs ${scope.permission}. ${TOKEN_NOTE}`, error.status);
    }
    return new github_ts_1.ApiError(error.kind, `Reading the runners of ${scope.label} failed. ${error.message}`, error.status, error.resetAt);
}
/**
 * Reads every scope (all pages, per_page=100) and merges runners by id. `enough` is handed the
 * runners each page adds (those not seen before), so a caller keeps its own running counts and
 * reading N pages stays O(N); returning true stops reading there.
 */
async function readFleet(client, scopes, enough = () => false) {
    const fleet = new runner_ts_1.RunnerSet();
    const read = [];
    const plan = scopesOf(scopes);
    if (scopes.organization && scopes.runnerGroup) {
        plan.splice(scopes.repository ? 1 : 0, 0, await groupScope(client, scopes.organization, scopes.runnerGroup));
    }
    for (const scope of plan) {
        read.push(scope.label);
        let stopped = false;
        try {
            await client.paginate(scope.route, scope.params, (page) => {
                if (!Array.isArray(page.runners)) {
                    throw new github_ts_1.ApiError('malformed', `GitHub's answer for ${scope.label} has no runners list.`);
                }
                const runners = [];
                for (const raw of page.runners) {
                    const runner = (0, runner_ts_1.fromApi)(raw);
                    if (runner)
                        runners.push(runner);
                }
                if (enough(fleet.add(runners)))
                    stopped = true;
                return !stopped;
            });
        }
        catch (error) {
            throw explain(error, scope);
        }
        if (stopped)
            return { runners: fleet.all, scopes: read, complete: false };
    }
    return { runners: fleet.all, scopes: read, complete: true };
}
async function groupScope(client, org, group) {
    const base = orgScope(org);
    let found;
    const names = [];
    try {
        // GitHub sends no Link header for runner groups: a full page means there may be another.
        await client.paginate('GET /orgs/{org}/actions/runner-groups', { org }, (page) => {
            for (const g of page.runner_groups ?? []) {
                if (typeof g?.name !== 'string')
                    continue;
                names.push(g.name);
                if (g.name.toLowerCase() === group.toLowerCase())
                    found = g;
            }
            return !found;
        }, (page) => page.runner_groups);
    }
    catch (error) {
        throw explain(error, base);
    }
    if (!found) {
        const shown = names.slice(0, 20).map((n) => `'${n}'`);
        const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
        throw new github_ts_1.ApiError('not-found', `Organization ${org} has no runner group '${group}' (it has ${shown.join(', ') || 'none'}${more}).`);
    }
    return {
        ...base,
        label: `organization ${org} (group ${found.name})`,
        route: 'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners',
        params: { org, runner_group_id: found.id },
    };
}


/***/ }),

/***/ 216:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RunnerSet = void 0;
exports.fromApi = fromApi;
exports.matches = matches;
exports.noCounts = noCounts;
exports.count = count;
exports.tally = tally;
exports.mergeById = mergeById;
exports.looksHosted = looksHosted;
exports.knownLabels = knownLabels;
exports.unknownLabels = unknownLabels;
exports.explainNoMatch = explainNoMatch;
/** Self-hosted runners as plain data, and the pure questions asked of them. */
const suggest_ts_1 = __nccwpck_require__(7918);
const text = (value) => (typeof value === 'string' ? value : null);
/**
 * One runner of GitHub's answer as plain data. Every field is read defensively: a hostile or
 * broken answer (null name, os or labels, labels without names, no id) gives a runner that is
 * still counted, with what is missing as null; an entry that is not an object gives undefined.
 */
function fromApi(raw) {
    if (typeof raw !== 'object' || raw === null)
        return undefined;
    const r = raw;
    const labels = Array.isArray(r.labels) ? r.labels : [];
    return {
        id: typeof r.id === 'number' && Number.isFinite(r.id) ? r.id : null,
        name: text(r.name),
        os: text(r.os),
        status: r.status === 'online' ? 'online' : 'offline',
        busy: r.busy === true,
        labels: labels.flatMap((l) => {
            const name = text(l?.name);
            return name === null ? [] : [name];
        }),
    };
}
/** A runner matches when it has every wanted label, compared case-insensitively. */
function matches(runner, wanted) {
    const have = new Set(runner.labels.map((l) => l.toLowerCase()));
    return wanted.every((w) => have.has(w.toLowerCase()));
}
function noCounts() {
    return { total: 0, online: 0, idle: 0, busy: 0, offline: 0 };
}
/** Adds `runners` to `into` (mutated and returned), so counts can grow page by page. */
function count(into, runners) {
    for (const r of runners) {
        into.total++;
        if (r.status !== 'online')
            into.offline++;
        else {
            into.online++;
            if (r.busy)
                into.busy++;
            else
                into.idle++;
        }
    }
    return into;
}
function tally(runners) {
    return count(noCounts(), runners);
}
/**
 * Runners read from several scopes, each id counted once. Adding is O(1) per runner, so reading
 * N pages costs O(N). Runners without an id are all kept: nothing says two of them are one.
 */
class RunnerSet {
    all = [];
    ids = new Set();
    /** Adds the runners not seen yet and returns them. */
    add(list) {
        const added = [];
        for (const r of list) {
            if (r.id !== null) {
                if (this.ids.has(r.id))
                    continue;
                this.ids.add(r.id);
            }
            added.push(r);
        }
        for (const r of added)
            this.all.push(r);
        return added;
    }
}
exports.RunnerSet = RunnerSet;
/** Merges runners read from several scopes, counting each id once. */
function mergeById(...lists) {
    const set = new RunnerSet();
    for (const list of lists)
        set.add(list);
    return set.all;
}
/** Labels of GitHub-hosted runner images and larger runners, which no runner listing shows. */
const HOSTED = /^(ubuntu|windows|macos)-(latest|\d+(\.\d+)?)([-\w.]*)$|^(ubuntu|windows|macos)-[-\w.]*\d+-?core/i;
function looksHosted(label) {
    return HOSTED.test(label);
}
/** Every label the fleet has, each spelling once (first seen wins), in the order seen. */
function knownLabels(fleet) {
    const seen = new Map();
    for (const r of fleet) {
        for (const l of r.labels)
            if (!seen.has(l.toLowerCase()))
                seen.set(l.toLowerCase(), l);
    }
    return [...seen.values()];
}
/** Wanted labels that not one runner in the fleet has: the likely typos. */
function unknownLabels(fleet, wanted) {
    const have = new Set(knownLabels(fleet).map((l) => l.toLowerCase()));
    return wanted.filter((w) => !have.has(w.toLowerCase()));
}
const quoted = (labels) => labels.map((l) => `'${l}'`).join(', ');
/**
 * Why no runner matched, in sentences: names typos (with the closest registered label, when one
 * is near) and GitHub-hosted labels plainly. Registered labels are the fleet's text: callers print
 * it with oneLine()/mdText().
 */
function explainNoMatch(fleet, wanted) {
    const unknown = unknownLabels(fleet, wanted);
    const hosted = wanted.filter(looksHosted);
    const sentences = [
        `No registered runner has all of the labels [${wanted.join(', ')}] (${fleet.length} runner${fleet.length === 1 ? '' : 's'} read).`,
    ];
    const typos = unknown.filter((u) => !looksHosted(u));
    if (typos.length) {
        const known = knownLabels(fleet);
        const hints = typos.flatMap((u) => {
            const near = (0, suggest_ts_1.closestLabel)(u, known);
            return near === undefined ? [] : [`'${near}' for '${u}'`];
        });
        const plural = typos.length > 1 ? 's' : '';
        sentences.push(hints.length === 0
            ? `No runner has the label${plural} ${quoted(typos)}: check the spelling.`
            : typos.length === 1
                ? `No runner has the label ${quoted(typos)}; did you mean '${(0, suggest_ts_1.closestLabel)(typos[0], known)}'?`
                : `No runner has the labels ${quoted(typos)}; did you mean ${hints.join(', ')}?`);
    }
    if (hosted.length) {
        const one = hosted.length === 1;
        sentences.push(`${quoted(hosted)} look${one ? 's' : ''} like ${one ? 'a GitHub-hosted runner label' : 'GitHub-hosted runner labels'}, which runner listings never show; use ${one ? 'it' : 'them'} as the fallback instead.`);
    }
    return sentences.join(' ');
}


/***/ }),

/***/ 7918:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.closestLabel = closestLabel;
exports.closestLabelSet = closestLabelSet;
/**
 * "Did you mean …?" for labels: the closest known label by edit distance, compared without case,
 * and the closest served label set for a set no runner serves.
 */
const fastest_levenshtein_1 = __nccwpck_require__(6547);
/** Farther than this, a suggestion is a guess, not a typo: a third of the word, at least 2. */
const reach = (word) => Math.max(2, Math.floor(word.length / 3));
/** The known label closest to `wanted` (as the fleet spells it), or undefined when none is near. */
function closestLabel(wanted, known) {
    const target = wanted.toLowerCase();
    let best;
    for (const label of known) {
        const cost = (0, fastest_levenshtein_1.distance)(target, label.toLowerCase());
        if (cost === 0)
            continue;
        if (!best || cost < best.cost)
            best = { label, cost };
    }
    return best && best.cost <= reach(wanted) ? best.label : undefined;
}
/**
 * The served label set nearest to `wanted`: each wanted label costs its distance to the nearest
 * label of the set, each label of the set nobody asked for costs its length. Undefined when no
 * set shares anything with `wanted` within typo reach.
 */
function closestLabelSet(wanted, served) {
    let best;
    for (const set of served) {
        const lower = set.map((l) => l.toLowerCase());
        let cost = 0;
        let near = false;
        const used = new Set();
        for (const label of wanted) {
            const w = label.toLowerCase();
            let min = Number.POSITIVE_INFINITY;
            let at = -1;
            lower.forEach((l, i) => {
                const d = (0, fastest_levenshtein_1.distance)(w, l);
                if (d < min)
                    [min, at] = [d, i];
            });
            if (at >= 0 && min <= reach(label)) {
                near = true;
                used.add(at);
            }
            cost += Math.min(min, label.length);
        }
        lower.forEach((l, i) => {
            if (!used.has(i))
                cost += l.length;
        });
        if (near && (!best || cost < best.cost))
            best = { set, cost };
    }
    return best?.set;
}


/***/ }),

/***/ 827:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A hard limit on a piece of work: every request and every wait inside it ends by `at`.
 *
 * Time comes from the global `Date.now` and `setTimeout`, read at each call rather than captured,
 * so that a test can drive it with fake timers instead of waiting (docs/decisions/test-clock.md).
 * `AbortSignal.timeout` and `node:timers/promises` are avoided for that reason: fake timers do not
 * reach them.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deadline = deadline;
exports.timeoutSignal = timeoutSignal;
exports.sleep = sleep;
exports.pause = pause;
function deadline(seconds, now = Date.now()) {
    const ms = Math.max(0, seconds * 1000);
    const at = now + ms;
    return {
        at,
        seconds,
        signal: timeoutSignal(ms),
        remaining() {
            return Math.max(0, at - Date.now());
        },
    };
}
/** Aborts with a TimeoutError after `ms`; its timer never keeps the process alive. */
function timeoutSignal(ms) {
    const controller = new AbortController();
    const abort = () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    if (ms <= 0)
        abort();
    else
        setTimeout(abort, ms).unref?.();
    return controller.signal;
}
/** Sleeps `ms`; with a signal, rejects with its reason once it aborts. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Sleeps `ms`, or rejects with the deadline's reason once it passes. */
function pause(ms, limit) {
    return sleep(ms, limit.signal);
}


/***/ }),

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

/***/ 4336:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ApiError = void 0;
exports.createClient = createClient;
exports.sameOrigin = sameOrigin;
exports.checkPathParams = checkPathParams;
exports.retryDelay = retryDelay;
exports.nextLink = nextLink;
exports.classify = classify;
exports.rateLimitReset = rateLimitReset;
exports.rateLimit = rateLimit;
exports.describeReset = describeReset;
/**
 * The GitHub REST client every action shares: requests sent the way @octokit/core sends them
 * (lib/rest.ts, without loading Octokit: start-up is most of a decision's cost) over the global
 * fetch, bounded by a deadline. Transient faults (5xx, network errors, unparsable bodies) are
 * retried with backoff inside the deadline; a rate limit is waited for only when it resets before
 * the deadline.
 *
 * Octokit's retry and throttling plugins wait on their own clocks and cannot be told that the
 * step must end by a given time, so this retry lives in one request hook instead.
 */
const deadline_ts_1 = __nccwpck_require__(827);
const errors_ts_1 = __nccwpck_require__(4188);
const proxy_ts_1 = __nccwpck_require__(8423);
const rest_ts_1 = __nccwpck_require__(9761);
class ApiError extends Error {
    kind;
    status;
    /** When a rate limit lifts (epoch ms), for `rate-limit`. */
    resetAt;
    constructor(kind, message, status, resetAt) {
        // Redacted here, once: an API message may echo a credential (docs/decisions/api-origin.md).
        super((0, errors_ts_1.redact)(message));
        this.name = 'ApiError';
        this.kind = kind;
        this.status = status;
        this.resetAt = resetAt;
    }
}
exports.ApiError = ApiError;
const TRANSIENT = ['server', 'network', 'malformed'];
const PER_PAGE = 100;
async function createClient(options) {
    const proxied = options.fetch ? undefined : await (0, proxy_ts_1.proxiedFetch)();
    const limit = options.deadline;
    const baseUrl = options.baseUrl.replace(/\/+$/, '');
    (0, errors_ts_1.addSecret)(options.token);
    // Bodies are parsed below with plain JSON.parse (a BigInt-safe parser, as Octokit's, is several
    // times slower, which shows on runs of thousands of jobs, and nothing here needs BigInt).
    const rest = {
        baseUrl,
        token: options.token,
        userAgent: options.userAgent ?? 'runner-actions',
        signal: limit.signal,
        // The global fetch as it is when each request goes, as Octokit looked it up.
        fetch: options.fetch ?? proxied ?? ((input, init) => globalThis.fetch(input, init)),
    };
    let requests = 0;
    async function once(route, params) {
        checkPathParams(route, params);
        requests++;
        try {
            const response = await (0, rest_ts_1.restRequest)(route, params, rest);
            const data = await parseBody(response.data, route);
            return { data: data, headers: response.headers };
        }
        catch (error) {
            throw classify(error, route, limit);
        }
    }
    async function withRetries(route, params) {
        let answered;
        for (let attempt = 0;; attempt++) {
            try {
                return await once(route, params);
            }
            catch (error) {
                const fault = error;
                // The limit may run out while a retry is on its way: the answer GitHub gave before that
                // explains more than the time-out does, so it is kept (docs/decisions/test-clock.md).
                if (fault.kind === 'timeout')
                    throw timeoutAfter(fault, answered);
                answered = fault;
                const wait = retryDelay(fault, attempt);
                if (wait === undefined || wait >= limit.remaining())
                    throw explainGiveUp(fault, limit);
                try {
                    await (0, deadline_ts_1.pause)(wait, limit);
                }
                catch {
                    throw timeoutAfter(timeoutError(limit, route), answered);
                }
            }
        }
    }
    return {
        get: (route, params = {}) => withRetries(route.startsWith('GET ') ? route : `GET ${route}`, params),
        send: (route, params = {}) => withRetries(route, params),
        sendOnce: (route, params = {}) => once(route, params),
        async paginate(route, params, take, items) {
            let next = route;
            let query = { ...params, per_page: PER_PAGE };
            for (let number = 1; next; number++) {
                const page = await withRetries(next, query);
                if (take(page.data) === false)
                    return;
                const url = nextLink(page.headers.link);
                if (url !== undefined) {
                    next = `GET ${sameOrigin(url, baseUrl, route)}`;
                    query = {};
                }
                else if (items && page.headers.link === undefined && isFull(items(page.data))) {
                    next = route;
                    query = { ...params, per_page: PER_PAGE, page: number + 1 };
                }
                else
                    next = undefined;
            }
        },
        get requests() {
            return requests;
        },
    };
}
const isFull = (list) => Array.isArray(list) && list.length >= PER_PAGE;
/**
 * The next page's URL when it is on the API's origin (and under its path, for GHES's /api/v3);
 * otherwise the read stops here: the token goes to the API's origin only
 * (docs/decisions/api-origin.md).
 */
function sameOrigin(url, baseUrl, route) {
    const base = new URL(`${baseUrl}/`);
    let next;
    try {
        next = new URL(url, base);
    }
    catch { }
    if (next && next.origin === base.origin && next.pathname.startsWith(base.pathname)) {
        return next.href;
    }
    const where = next ? next.origin : 'an address that is not a URL';
    throw new ApiError('other', `GitHub's answer to ${route} pointed its next page at ${where}, which is not the API's origin ${base.origin}${base.pathname.replace(/\/$/, '')}. The page was not read, so the token was not sent there.`);
}
/**
 * Route parameters that fill a path segment must not be `.` or `..`: URL parsers resolve such
 * segments (even percent-encoded ones), which would send the request and its token to another
 * API path. Inputs are validated before this; this is the last guard.
 */
function checkPathParams(route, params) {
    for (const [, name] of route.matchAll(/\{(\w+)\}/g)) {
        const value = String(params[name] ?? '');
        if (value === '' || /^(\.|%2e){1,2}$/i.test(value)) {
            throw new ApiError('other', `Refused to request ${route} with ${name} '${value}': that is not a name GitHub gives, and it would change the request's path.`);
        }
    }
}
async function parseBody(body, route) {
    const text = body ? await new Response(body).text() : '';
    try {
        const data = JSON.parse(text);
        if (typeof data === 'object' && data !== null)
            return data;
    }
    catch { }
    throw new ApiError('malformed', `GitHub answered ${route} with a body that is not JSON.`);
}
/** How long to wait before trying again, or undefined when the fault is final. */
function retryDelay(fault, attempt) {
    if (fault.kind === 'rate-limit' && fault.resetAt !== undefined) {
        // A reset already past (a skewed clock) is tried again soon, backing off.
        return Math.max(0, fault.resetAt - Date.now()) + Math.min(250 * 2 ** attempt, 4000);
    }
    if (TRANSIENT.includes(fault.kind))
        return Math.min(200 * 2 ** attempt, 2000);
    return undefined;
}
function nextLink(link) {
    if (typeof link !== 'string')
        return undefined;
    return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
}
function classify(error, route, limit) {
    if (error instanceof ApiError)
        return error;
    const e = (error ?? {});
    if (limit.signal.aborted || e.name === 'AbortError' || e.name === 'TimeoutError') {
        return timeoutError(limit, route);
    }
    const status = e.status;
    const headers = e.response?.headers ?? {};
    const body = e.response?.data;
    const said = (0, errors_ts_1.sentence)(typeof body?.message === 'string' ? body.message : (0, errors_ts_1.messageOf)(error));
    if (!e.response) {
        return new ApiError('network', `Could not reach the GitHub API (${route}): ${said}`);
    }
    const limited = rateLimit(status, headers, said);
    if (limited) {
        const which = limited.secondary ? 'secondary rate limit' : 'rate limit';
        return new ApiError('rate-limit', `GitHub's ${which} was reached (${status} for ${route}); ${describeReset(limited.resetAt)}.`, status, limited.resetAt);
    }
    if (status === 401)
        return new ApiError('auth', `GitHub refused the token (401): ${said}`, 401);
    if (status === 403)
        return new ApiError('forbidden', `GitHub answered 403: ${said}`, 403);
    if (status === 404)
        return new ApiError('not-found', `GitHub answered 404: ${said}`, 404);
    if (status !== undefined && status >= 500) {
        return new ApiError('server', `GitHub answered ${status} for ${route}: ${said}`, status);
    }
    return new ApiError('other', `GitHub answered ${status} for ${route}: ${said}`, status);
}
/** No wait is believed beyond this: a larger Retry-After or reset is "not for a long time". */
const LONGEST_WAIT = 366 * 24 * 3600_000;
/** GitHub's primary (x-ratelimit-*) and secondary (retry-after) limits, as an epoch-ms reset. */
function rateLimitReset(status, headers, now = Date.now(), message = '') {
    return rateLimit(status, headers, message, now)?.resetAt;
}
/**
 * Whether a 403/429 is a rate limit, and when it lifts (epoch ms, never before `now`, never more
 * than a year ahead). GitHub's secondary limit may come as a 403 with only its message to say so;
 * without a Retry-After it asks to wait a minute.
 */
function rateLimit(status, headers, message = '', now = Date.now()) {
    if (status !== 403 && status !== 429)
        return undefined;
    const secondary = /secondary rate limit|abuse detection/i.test(message);
    const clamp = (at) => Math.min(Math.max(at, now), now + LONGEST_WAIT);
    const retryAfter = String(headers['retry-after'] ?? '').trim();
    if (/^\d+$/.test(retryAfter)) {
        return { resetAt: clamp(now + Number(retryAfter) * 1000), secondary: true };
    }
    const date = retryAfter ? Date.parse(retryAfter) : Number.NaN;
    if (Number.isFinite(date))
        return { resetAt: clamp(date), secondary: true };
    if (headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']) * 1000;
        return { resetAt: clamp(Number.isFinite(reset) ? reset : now + 60_000), secondary };
    }
    if (secondary || status === 429 || /rate limit/i.test(message)) {
        return { resetAt: now + 60_000, secondary };
    }
    return undefined;
}
/** "it resets at 2026-…Z (in 1m05s)", never an invalid date, never a past time as the future. */
function describeReset(resetAt, now = Date.now()) {
    const ms = resetAt - now;
    if (!Number.isFinite(ms))
        return 'GitHub gave no time when it resets';
    if (ms <= 0)
        return 'the reset time GitHub gave has already passed';
    const at = new Date(resetAt).toISOString();
    if (ms >= LONGEST_WAIT)
        return `GitHub asks to wait for more than a year (until ${at} at least)`;
    return `it resets at ${at} (in ${wait(ms)})`;
}
function wait(ms) {
    const s = Math.ceil(ms / 1000);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m}m${String(s % 60).padStart(2, '0')}s`;
    const h = Math.floor(m / 60);
    if (h < 48)
        return `${h}h${String(m % 60).padStart(2, '0')}m`;
    return `${Math.floor(h / 24)} days`;
}
function timeoutError(limit, route) {
    return new ApiError('timeout', `The GitHub API did not answer ${route} within the ${limit.seconds}s limit (api-timeout-seconds).`);
}
/** A time-out after GitHub had already answered with a fault: both, the answer first. */
function timeoutAfter(timeout, answered) {
    if (!answered)
        return timeout;
    return new ApiError(answered.kind, `${answered.message} Tried again until the time ran out: ${timeout.message}`, answered.status, answered.resetAt);
}
function explainGiveUp(fault, limit) {
    if (fault.kind === 'rate-limit') {
        return new ApiError('rate-limit', `${fault.message} That is beyond the ${limit.seconds}s limit (api-timeout-seconds), so it was not waited for.`, fault.status, fault.resetAt);
    }
    return fault;
}


/***/ }),

/***/ 6518:
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
const errors_ts_1 = __nccwpck_require__(4188);
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

/***/ 8423:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.proxyConfigured = proxyConfigured;
exports.proxyFor = proxyFor;
exports.describeProxy = describeProxy;
exports.proxiedFetch = proxiedFetch;
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/** True when any proxy variable is set: only then is the proxy machinery loaded. */
function proxyConfigured(env = process.env) {
    return PROXY_VARIABLES.some((name) => Boolean(env[name]));
}
/** The proxy a request to `target` goes through, or undefined for a direct connection. */
function proxyFor(target, env = process.env) {
    const url = typeof target === 'string' ? new URL(target) : target;
    const names = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    const variable = names.find((name) => env[name]);
    if (!variable || bypassed(url, env))
        return undefined;
    const value = env[variable];
    // `proxy.corp:3128` without a scheme means http, as curl reads it; the toolkit would take
    // `proxy.corp:` for the scheme and fail every request.
    const written = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    try {
        const url = new URL(written);
        return url.protocol === 'http:' || url.protocol === 'https:' ? { url, variable } : undefined;
    }
    catch {
        return undefined;
    }
}
/** The proxy as it may be shown: scheme, host and port, never its credentials. */
function describeProxy(choice) {
    return `${choice.url.protocol}//${choice.url.host} (${choice.variable})`;
}
function bypassed(url, env) {
    const host = url.hostname.toLowerCase();
    if (!host)
        return false;
    if (host === 'localhost' ||
        host.startsWith('127.') ||
        host === '[::1]' ||
        host === '[0:0:0:0:0:0:0:1]') {
        return true;
    }
    const noProxy = env.no_proxy || env.NO_PROXY || '';
    if (!noProxy)
        return false;
    const port = url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
    const hosts = [host, ...(port ? [`${host}:${port}`] : [])];
    return noProxy
        .split(',')
        .map((item) => item.trim().toLowerCase())
        .filter(Boolean)
        .some((item) => item === '*' ||
        hosts.some((h) => h === item || h.endsWith(`.${item}`) || (item.startsWith('.') && h.endsWith(item))));
}
/**
 * A fetch that goes through the proxy the environment names for each URL, or undefined when no
 * proxy variable is set (the caller then keeps the global fetch). A connection that fails
 * through a proxy says which proxy it went through.
 */
async function proxiedFetch(env = process.env) {
    if (!proxyConfigured(env))
        return undefined;
    const { fetch: undiciFetch, ProxyAgent } = await __nccwpck_require__.e(/* import() */ 126).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6126, 19));
    const agents = new Map();
    const agentFor = (choice) => {
        const key = choice.url.href;
        let agent = agents.get(key);
        if (!agent) {
            agent = new ProxyAgent({ uri: key });
            agents.set(key, agent);
        }
        return agent;
    };
    const proxied = async (input, init) => {
        const target = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const choice = proxyFor(target, env);
        if (!choice)
            return globalThis.fetch(input, init);
        try {
            // undici's fetch and the global one share the WHATWG shapes; the casts bridge their types.
            return (await undiciFetch(target, {
                ...init,
                dispatcher: agentFor(choice),
            }));
        }
        catch (error) {
            if (error?.name === 'AbortError' || init?.signal?.aborted)
                throw error;
            const cause = error?.cause?.message;
            const said = cause ?? error?.message ?? String(error);
            // A plain Error: Octokit replaces a TypeError's message with its cause's, losing the proxy.
            throw new Error(`${said}, through the proxy ${describeProxy(choice)}`, { cause: error });
        }
    };
    return proxied;
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

/***/ 9761:
/***/ ((__unused_webpack_module, exports) => {


/**
 * One GitHub REST request over a `fetch`, written the way @octokit/core sends it (route
 * `METHOD /path/{param}`, path parameters percent-encoded, the rest in the query for GET and HEAD
 * and in a JSON body otherwise; `accept: application/vnd.github.v3+json`, `token`/`bearer`
 * authorization) and failing the way it fails (an error with `status` and `response` for an
 * answer of 300 or more, an error without `response` when nothing came back, the fetch's own
 * AbortError or TimeoutError on a deadline). Octokit takes 63 KiB of JavaScript and two lazily
 * loaded chunks before every decision's first request; this file is 5 KiB of the entry bundle.
 * lib/github.ts builds its retries, deadline and pagination on it (docs/decisions/bundle-format.md).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RestError = void 0;
exports.buildRequest = buildRequest;
exports.restRequest = restRequest;
/** GitHub's answer of 300 or more, or no answer at all (no `response`, status undefined). */
class RestError extends Error {
    status;
    response;
    constructor(message, status, response) {
        super(message);
        this.name = 'HttpError';
        this.status = status;
        this.response = response;
    }
}
exports.RestError = RestError;
/** The request Octokit's endpoint() builds for `route` and `params`: pure, for the tests. */
function buildRequest(route, params, options) {
    const [method = 'GET', path = ''] = /^([A-Z]+) (.*)$/.exec(route)?.slice(1) ?? ['GET', route];
    const rest = { ...params };
    const filled = path.replace(/\{(\w+)\}/g, (_, name) => {
        const value = rest[name];
        delete rest[name];
        return value === undefined ? '' : encode(String(value));
    });
    let url = /^https?:\/\//i.test(filled) ? filled : `${options.baseUrl}${filled}`;
    const headers = {
        accept: 'application/vnd.github.v3+json',
        'user-agent': options.userAgent,
    };
    if (options.token)
        headers.authorization = authorization(options.token);
    for (const [name, value] of Object.entries(rest))
        if (value === undefined)
            delete rest[name];
    let body;
    if (method === 'GET' || method === 'HEAD') {
        const query = Object.entries(rest).map(([name, value]) => name === 'q'
            ? `q=${String(value).split('+').map(encodeURIComponent).join('+')}`
            : `${name}=${encodeURIComponent(String(value))}`);
        if (query.length)
            url += `${url.includes('?') ? '&' : '?'}${query.join('&')}`;
    }
    else if (Object.keys(rest).length) {
        body = JSON.stringify(rest);
        headers['content-type'] = 'application/json; charset=utf-8';
    }
    else if (method === 'PATCH' || method === 'PUT') {
        body = '';
    }
    return { method, url, headers, body };
}
/** Sends one request; resolves for 1xx/2xx, rejects with a RestError otherwise. */
async function restRequest(route, params, options) {
    const built = buildRequest(route, params, options);
    let response;
    try {
        response = await options.fetch(built.url, {
            method: built.method,
            headers: built.headers,
            body: built.body,
            signal: options.signal,
        });
    }
    catch (error) {
        const e = error;
        if (e?.name === 'AbortError' || e?.name === 'TimeoutError')
            throw error;
        // undici says only "fetch failed"; why it failed is in the cause, as Octokit reports it.
        const cause = e?.cause;
        const message = e?.name === 'TypeError' && cause !== undefined
            ? cause instanceof Error
                ? cause.message
                : String(cause)
            : String(e?.message ?? error);
        throw new RestError(message);
    }
    const headers = {};
    for (const [name, value] of response.headers)
        headers[name] = value;
    if (response.status < 300)
        return { status: response.status, headers, data: response.body };
    const text = await response.text().catch(() => '');
    let data = text;
    if (/application\/json/i.test(headers['content-type'] ?? '')) {
        try {
            data = JSON.parse(text);
        }
        catch { }
    }
    throw new RestError(errorMessage(response.status, data), response.status, { headers, data });
}
/** Octokit's message for an error answer. */
function errorMessage(status, data) {
    if (status === 304)
        return 'Not modified';
    if (typeof data === 'string')
        return data;
    if (data && typeof data === 'object' && 'message' in data) {
        const d = data;
        const suffix = d.documentation_url === undefined ? '' : ` - ${d.documentation_url}`;
        const errors = Array.isArray(d.errors)
            ? `: ${d.errors.map((v) => JSON.stringify(v)).join(', ')}`
            : '';
        return `${d.message}${errors}${suffix}`;
    }
    return `Unknown error: ${JSON.stringify(data)}`;
}
/** A JWT (an App's) goes as `bearer`, anything else as `token`, as @octokit/auth-token does. */
function authorization(token) {
    return token.split(/\./).length === 3 ? `bearer ${token}` : `token ${token}`;
}
/** RFC 3986 unreserved characters stay, everything else is percent-encoded. */
function encode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

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

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ 		id: moduleId,
/******/ 		loaded: false,
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
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
const check_ts_1 = __nccwpck_require__(4101);
(0, run_ts_1.run)(check_ts_1.checkRunner);

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
