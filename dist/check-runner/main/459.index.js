export const id = 459;
export const ids = [459];
export const modules = {

/***/ 4763:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OPEN_RUN_STATUSES = void 0;
exports.hostedServes = hostedServes;
exports.mayBeLarger = mayBeLarger;
exports.judge = judge;
exports.findStuck = findStuck;
exports.findHung = findHung;
exports.runsToRescue = runsToRescue;
exports.selectorJob = selectorJob;
exports.planRerun = planRerun;
exports.nowServed = nowServed;
/**
 * Stuck, waiting and hung jobs, and what a rescue may do to a run. Pure.
 *
 * A queued job older than the limit, in a run that has not finished and is not the run asking, is
 * judged against what could pick it up (docs/decisions/rescue-stuck-waiting.md):
 * - GitHub's own queue (a GitHub-hosted image label, or a larger runner of the organization): not
 *   listed, GitHub starts those itself;
 * - a label that looks like a larger runner's when the organization's larger runners are not
 *   known: `not checked`, never touched;
 * - an online runner that has every label (busy now, or idle), or a scale set: `waiting`, with the
 *   runners' state, never touched;
 * - nothing online serves it: `stuck`.
 */
const hosted_labels_ts_1 = __webpack_require__(2953);
const runner_ts_1 = __webpack_require__(216);
/** Statuses of a run that has not finished. */
exports.OPEN_RUN_STATUSES = [
    'queued',
    'in_progress',
    'waiting',
    'requested',
    'pending',
];
const lower = (s) => s.toLowerCase();
/** True when GitHub itself serves the set: an image label, or a larger runner of the organization. */
function hostedServes(labels, larger) {
    const distinct = [...new Set(labels.map(lower))];
    if (distinct.length !== 1)
        return false;
    const only = distinct[0];
    return (0, hosted_labels_ts_1.isHostedLabel)(only) || larger.some((l) => lower(l) === only);
}
const runnerState = (r) => `${r.name ?? 'a runner with no name'} (${r.status === 'offline' ? 'offline' : r.busy ? 'busy' : 'idle'})`;
/** Lists at most 5 runners, then "and N more". */
function someRunners(runners) {
    const shown = runners.slice(0, 5).map(runnerState).join(', ');
    return runners.length > 5 ? `${shown} and ${runners.length - 5} more` : shown;
}
/**
 * A label that may name a larger runner: shaped like an image label, or naming a core count
 * (`linux-8core`, `windows-16-cores`). Larger runners' names are free, so this is a guess that
 * only keeps a job from being cancelled on a guess (docs/decisions/rescue-stuck-waiting.md).
 */
function mayBeLarger(label) {
    return (0, runner_ts_1.looksHosted)(label) || /\d+-?cores?\b/i.test(label);
}
function judge(labels, fleet) {
    if (hostedServes(labels, fleet.larger ?? []))
        return { kind: 'hosted' };
    const distinct = [...new Set(labels.map(lower))];
    const only = distinct.length === 1 ? labels[0] : undefined;
    if (only !== undefined && fleet.larger === undefined && mayBeLarger(only)) {
        return {
            kind: 'not checked',
            detail: `'${only}' looks like a larger runner's label, and the organization's larger runners were not read (set 'organization', with a token that can list them)`,
        };
    }
    if (only !== undefined) {
        const set = fleet.scaleSets.find((s) => lower(s) === lower(only));
        if (set !== undefined) {
            return { kind: 'waiting', detail: `scale set ${set} starts its runners on demand` };
        }
    }
    const serving = fleet.runners.filter((r) => (0, runner_ts_1.matches)(r, labels));
    const online = serving.filter((r) => r.status === 'online');
    if (online.length) {
        const busy = online.filter((r) => r.busy).length;
        return {
            kind: 'waiting',
            detail: `${online.length} online runner(s) serve it, ${busy} busy: ${someRunners(online)}`,
        };
    }
    return {
        kind: 'stuck',
        detail: serving.length
            ? `only offline runners serve it: ${someRunners(serving)}`
            : 'no registered runner has all its labels',
    };
}
function findStuck(jobs, options) {
    const limit = options.minutes * 60_000;
    const seen = new Set();
    const old = jobs
        .filter((j) => j.status === 'queued')
        .filter((j) => String(j.runId) !== options.currentRunId)
        .filter((j) => options.now - j.createdAt > limit)
        .filter((j) => j.labels.length > 0)
        .filter((j) => !seen.has(j.jobId) && Boolean(seen.add(j.jobId)))
        .sort((a, b) => a.createdAt - b.createdAt || a.jobId - b.jobId);
    const out = { stuck: [], waiting: [], unchecked: [], why: new Map() };
    for (const j of old) {
        const verdict = judge(j.labels, options.fleet);
        if (verdict.kind === 'hosted')
            continue;
        const entry = {
            'run-id': j.runId,
            'job-id': j.jobId,
            name: j.name,
            labels: j.labels,
            'queued-minutes': Math.floor((options.now - j.createdAt) / 60_000),
            url: j.url,
        };
        if (verdict.kind === 'stuck') {
            out.stuck.push(entry);
            out.why.set(j.jobId, verdict.detail);
        }
        else {
            const left = { ...entry, verdict: verdict.kind, detail: verdict.detail };
            (verdict.kind === 'waiting' ? out.waiting : out.unchecked).push(left);
        }
    }
    return out;
}
/**
 * Jobs `in_progress` on a self-hosted runner (labels GitHub's own runners do not serve) for longer
 * than the limit, never in the run asking, oldest first. While the organization's larger runners
 * are not known (`larger` undefined), a label that may name one is left out, never cancelled.
 */
function findHung(jobs, options) {
    const larger = options.larger ?? [];
    const unsure = (labels) => options.larger === undefined &&
        new Set(labels.map(lower)).size === 1 &&
        mayBeLarger(labels[0]);
    const limit = options.minutes * 60_000;
    const seen = new Set();
    return jobs
        .filter((j) => j.status === 'in_progress' && j.startedAt !== undefined)
        .filter((j) => String(j.runId) !== options.currentRunId)
        .filter((j) => options.now - j.startedAt > limit)
        .filter((j) => j.labels.length > 0 && !hostedServes(j.labels, larger) && !unsure(j.labels))
        .filter((j) => !seen.has(j.jobId) && Boolean(seen.add(j.jobId)))
        .sort((a, b) => a.startedAt - b.startedAt || a.jobId - b.jobId)
        .map((j) => ({
        'run-id': j.runId,
        'job-id': j.jobId,
        name: j.name,
        labels: j.labels,
        runner: j.runnerName ?? '',
        'running-minutes': Math.floor((options.now - j.startedAt) / 60_000),
        url: j.url,
    }));
}
/** The runs to act on, oldest first, each once, at most `max`; and the ones left over. */
function runsToRescue(runIds, max) {
    const runs = [...new Set(runIds)];
    return { take: runs.slice(0, max), left: runs.slice(max) };
}
/** A select-runner step's default name is `Run <owner>/runner-actions/select-runner@<ref>`. */
const SELECTOR = /select-runner/i;
/**
 * The job of the run that chooses the runner at run time: a finished, successful job with a step
 * that uses select-runner (the step's default name holds `select-runner`), or named `select` or
 * `select-runner`. Re-running it re-runs the jobs that need it, and the choice is made again.
 * A heuristic: docs/decisions/rescue-rerun.md.
 */
function selectorJob(jobs) {
    return jobs.find((j) => j.status === 'completed' &&
        j.conclusion === 'success' &&
        (/^select(-runner)?$/i.test(j.name.trim()) || (j.steps ?? []).some((s) => SELECTOR.test(s))));
}
/**
 * What `rescue: rerun` does to one run. A re-run must be able to change something: the run chooses
 * its runner at run time (a selector job), or a runner for its labels comes online. A run already
 * re-run (attempt > 1) and stuck again is cancelled only, so scheduled guards never loop.
 */
function planRerun(run, stuckLabels) {
    if (run.attempt > 1) {
        return {
            kind: 'cancel',
            why: `it is attempt ${run.attempt}: it was re-run before and is stuck again, so another re-run would wait the same way`,
        };
    }
    const selector = selectorJob(run.jobs);
    if (selector)
        return { kind: 'rerun-job', jobId: selector.jobId, name: selector.name };
    return { kind: 'cancel-then-check', labels: stuckLabels };
}
/** True when an online runner (or a scale set) now serves every label set. */
function nowServed(labels, fleet) {
    return labels.every((set) => judge(set, fleet).kind === 'waiting');
}


/***/ }),

/***/ 1156:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readOpenRuns = readOpenRuns;
const find_ts_1 = __webpack_require__(4763);
/** `olderThan` (epoch ms): only runs created by then can hold a job that old. */
async function readOpenRuns(client, repository, olderThan, currentRunId) {
    const [owner, repo] = repository.split('/');
    const created = `<=${new Date(olderThan).toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
    const runs = new Map();
    for (const status of find_ts_1.OPEN_RUN_STATUSES) {
        await client.paginate('GET /repos/{owner}/{repo}/actions/runs', { owner, repo, status, created }, (page) => {
            for (const run of page.workflow_runs ?? []) {
                if (typeof run?.id !== 'number' || String(run.id) === currentRunId)
                    continue;
                const attempt = Number.isSafeInteger(run.run_attempt) ? run.run_attempt : 1;
                if (!runs.has(run.id))
                    runs.set(run.id, { id: run.id, attempt, jobs: [] });
            }
        });
    }
    for (const run of runs.values()) {
        await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { owner, repo, run_id: run.id, filter: 'latest' }, (page) => {
            for (const job of page.jobs ?? []) {
                if (typeof job?.id !== 'number')
                    continue;
                const createdAt = Date.parse(job.created_at ?? '');
                if (!Number.isFinite(createdAt))
                    continue;
                const startedAt = Date.parse(job.started_at ?? '');
                run.jobs.push({
                    runId: run.id,
                    jobId: job.id,
                    name: String(job.name ?? ''),
                    status: String(job.status ?? ''),
                    conclusion: typeof job.conclusion === 'string' ? job.conclusion : null,
                    labels: Array.isArray(job.labels) ? job.labels.map(String) : [],
                    createdAt,
                    ...(Number.isFinite(startedAt) ? { startedAt } : {}),
                    runnerName: typeof job.runner_name === 'string' ? job.runner_name : null,
                    steps: Array.isArray(job.steps)
                        ? job.steps.flatMap((s) => (typeof s?.name === 'string' ? [s.name] : []))
                        : [],
                    url: typeof job.html_url === 'string' ? job.html_url : '',
                });
            }
        });
    }
    return [...runs.values()];
}


/***/ }),

/***/ 5125:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RESCUED = void 0;
exports.ambiguous = ambiguous;
exports.rescueRun = rescueRun;
const errors_ts_1 = __webpack_require__(4188);
const github_ts_1 = __webpack_require__(4336);
/** `rescued` lists these: the runs left as the rescue meant to leave them. */
exports.RESCUED = ['cancelled', 're-run'];
const PERMISSION = 'the token needs Actions: write on the repository';
/** A fault after which the request may or may not have been carried out. */
function ambiguous(error) {
    if (!(error instanceof github_ts_1.ApiError))
        return true;
    return ['server', 'network', 'timeout', 'malformed'].includes(error.kind);
}
function refused(error) {
    return error instanceof github_ts_1.ApiError && (error.kind === 'auth' || error.kind === 'forbidden');
}
class OutOfTime extends Error {
}
async function rescueRun(ctx, runId, runUrl, plan, attemptBefore) {
    const [owner, repo] = ctx.repository.split('/');
    const params = { owner, repo, run_id: runId };
    const where = runUrl ? ` (${runUrl})` : '';
    const act = (outcome, message, warn) => ({
        runId,
        outcome,
        message,
        warn,
    });
    const outOfTime = () => `the rescue's ${ctx.totalSeconds}s limit (rescue-deadline-seconds) ran out`;
    const limit = () => {
        if (ctx.total.remaining() <= 0)
            throw new OutOfTime();
        return ctx.clock.deadline(ctx.apiTimeoutSeconds, ctx.total);
    };
    const client = async () => ctx.client(limit());
    const readRun = async () => {
        const { data } = await (await client()).get('GET /repos/{owner}/{repo}/actions/runs/{run_id}', params);
        const attempt = Number(data.run_attempt);
        return {
            status: String(data.status ?? ''),
            conclusion: String(data.conclusion ?? ''),
            attempt: Number.isSafeInteger(attempt) ? attempt : attemptBefore,
        };
    };
    /**
     * Polls until the run is completed, at most rescue-timeout-seconds (or what is left of the
     * rescue's deadline); the last state read, and the limit that ended the wait.
     */
    const untilCompleted = async () => {
        const ends = ctx.clock.now() + ctx.waitSeconds * 1000;
        const cut = ctx.total.remaining() < ctx.waitSeconds * 1000;
        const after = cut
            ? `${ctx.totalSeconds}s (rescue-deadline-seconds, the whole rescue's limit)`
            : `${ctx.waitSeconds}s (rescue-timeout-seconds)`;
        for (let round = 0;; round++) {
            const state = await readRun();
            const left = Math.min(ends - ctx.clock.now(), ctx.total.remaining());
            if (state.status === 'completed' || left <= 0)
                return { ...state, after };
            try {
                await ctx.clock.sleep(Math.min(500 * 1.5 ** round, 5000, left), ctx.total.signal);
            }
            catch {
                throw new OutOfTime();
            }
        }
    };
    // 1. Cancel, once.
    let cancelNote = '';
    try {
        await (await client()).sendOnce('POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel', params);
    }
    catch (error) {
        if (error instanceof OutOfTime) {
            return act('skipped', `Run ${runId} was not rescued: ${outOfTime()}.`, true);
        }
        if (refused(error)) {
            return act('refused', `GitHub refused to cancel run ${runId} (${(0, errors_ts_1.messageOf)(error)}): ${PERMISSION}. The run is untouched.`, true);
        }
        if (error instanceof github_ts_1.ApiError && error.status === 409) {
            return act('finished', `Run ${runId} had already finished; left alone.`, false);
        }
        if (!ambiguous(error)) {
            return act('failed', `Could not cancel run ${runId}: ${(0, errors_ts_1.messageOf)(error)} The run is untouched${where}.`, true);
        }
        // The cancel may have been carried out: read the run back, waiting for it to settle.
        const lost = (0, errors_ts_1.messageOf)(error);
        let state;
        try {
            state = await untilCompleted();
        }
        catch (readError) {
            const why = readError instanceof OutOfTime ? outOfTime() : (0, errors_ts_1.messageOf)(readError);
            return act('unknown', `Cancelling run ${runId}: the answer was lost (${lost}), and the run could not be read back (${why}): it may or may not be cancelled. Look at it${where} and cancel it there if it is still queued.`, true);
        }
        if (state.status !== 'completed') {
            return act('unknown', `Cancelling run ${runId}: the answer was lost (${lost}), and after ${state.after} it is still '${state.status}': it may yet be cancelled. Look at it${where} and cancel it there if it is still queued.`, true);
        }
        if (state.conclusion !== 'cancelled') {
            return act('finished', `Run ${runId} finished on its own ('${state.conclusion}') while it was being cancelled; left alone.`, false);
        }
        cancelNote = ` (the answer to the cancel was lost: ${lost}; read back, the run is cancelled)`;
    }
    if (plan.kind === 'cancel') {
        const why = plan.why ? `; not re-run: ${plan.why}` : '';
        return act('cancelled', `Cancelled run ${runId}${cancelNote}${why}.${why ? ` Register a runner with its labels or change its runs-on, then re-run it${where}.` : ''}`, Boolean(why));
    }
    // 2. Re-run: only once the run has completed (GitHub refuses to re-run a run that is going).
    const stays = `It stays cancelled: re-run it${where} once a runner serves it.`;
    const notRerun = (message, outcome = 'cancelled, not re-run') => act(outcome, `Cancelled run ${runId}${cancelNote}, but ${message} ${stays}`, true);
    let state;
    try {
        state = await untilCompleted();
    }
    catch (error) {
        const why = error instanceof OutOfTime ? outOfTime() : (0, errors_ts_1.messageOf)(error);
        return notRerun(`its state could not be read (${why}), so it was not re-run.`);
    }
    if (state.status !== 'completed') {
        return notRerun(`it was still '${state.status}' after ${state.after}, so it was not re-run.`);
    }
    let route;
    let rerunParams;
    let done;
    if (plan.kind === 'rerun-job') {
        route = 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun';
        rerunParams = { owner, repo, job_id: plan.jobId };
        done = `re-ran its job '${plan.name}' and the jobs that need it, so the runner is chosen again; its other finished jobs keep their results`;
    }
    else {
        let served;
        try {
            if (ctx.total.remaining() <= 0)
                throw new OutOfTime();
            served = (await ctx.servedNow?.(plan.labels)) ?? false;
        }
        catch (error) {
            const why = error instanceof OutOfTime ? outOfTime() : (0, errors_ts_1.messageOf)(error);
            return notRerun(`the runners could not be read again (${why}), so it was not re-run.`);
        }
        if (!served) {
            return act('cancelled', `Cancelled run ${runId}${cancelNote}; not re-run: nothing online serves its labels and its workflow names its runner itself, so a re-run would wait the same way. Register a runner with its labels or change its runs-on, then re-run it${where}.`, true);
        }
        route = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs';
        rerunParams = params;
        done =
            'a runner for its labels is online now, so its failed and cancelled jobs were re-run; its finished jobs keep their results';
    }
    try {
        await (await client()).sendOnce(route, rerunParams);
    }
    catch (error) {
        if (error instanceof OutOfTime)
            return notRerun(`${outOfTime()} before it was re-run.`);
        if (refused(error)) {
            return notRerun(`GitHub refused to re-run it (${(0, errors_ts_1.messageOf)(error)}): ${PERMISSION}.`);
        }
        if (!ambiguous(error))
            return notRerun(`re-running it failed: ${(0, errors_ts_1.messageOf)(error)}`);
        const lost = (0, errors_ts_1.messageOf)(error);
        let after;
        try {
            after = await readRun();
        }
        catch (readError) {
            const why = readError instanceof OutOfTime ? outOfTime() : (0, errors_ts_1.messageOf)(readError);
            return act('unknown', `Cancelled run ${runId}${cancelNote}; the answer to the re-run was lost (${lost}) and the run could not be read back (${why}): it may or may not have been re-run. Look at it${where}; re-run it there if it still shows attempt ${state.attempt}.`, true);
        }
        if (after.attempt > state.attempt) {
            return act('re-run', `Cancelled run ${runId}${cancelNote} and ${done} (the answer to the re-run was lost: ${lost}; read back, the run is at attempt ${after.attempt}).`, false);
        }
        return notRerun(`the re-run request failed (${lost}) and, read back, the run is still attempt ${after.attempt}, '${after.status}'.`);
    }
    return act('re-run', `Cancelled run ${runId}${cancelNote} and ${done}.`, false);
}


/***/ }),

/***/ 4459:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.runJobs = runJobs;
const read_ts_1 = __webpack_require__(5126);
const errors_ts_1 = __webpack_require__(4188);
const runner_ts_1 = __webpack_require__(445);
const guard_inputs_ts_1 = __webpack_require__(9304);
const guard_report_ts_1 = __webpack_require__(5663);
const find_ts_1 = __webpack_require__(4763);
const read_ts_2 = __webpack_require__(1156);
const rescue_ts_1 = __webpack_require__(5125);
/** Returns true when the step must fail. */
async function runJobs(ctx) {
    const { inputs, clock } = ctx;
    const guard = inputs.guard;
    const repository = inputs.repository;
    const total = clock.deadline(guard.rescueDeadlineSeconds);
    const limit = () => clock.deadline(inputs.apiTimeoutSeconds, total);
    const notes = [];
    const now = clock.now();
    const minutes = [guard.stuckAfterMinutes, guard.hungAfterMinutes].filter((m) => m > 0);
    let runs = [];
    let fleet = { runners: [], larger: undefined, scaleSets: guard.scaleSets };
    let judged = { stuck: [], waiting: [], unchecked: [], why: new Map() };
    let hung = [];
    let blind;
    try {
        const larger = inputs.organization
            ? await ctx.larger(limit())
            : { value: undefined, note: undefined };
        if (larger.note)
            notes.push(larger.note);
        const runners = ctx.runners ?? (await (0, read_ts_1.readFleet)(await ctx.clientFor(limit()), inputs)).runners;
        fleet = { runners, larger: larger.value, scaleSets: guard.scaleSets };
    }
    catch (cause) {
        blind = `the runners could not be read (${(0, errors_ts_1.messageOf)(cause)}), so a stuck job cannot be told from one waiting for a busy runner`;
    }
    if (!blind) {
        try {
            runs = await (0, read_ts_2.readOpenRuns)(await ctx.clientFor(limit()), repository, now - Math.min(...minutes) * 60_000, ctx.currentRunId);
        }
        catch (cause) {
            blind = `the runs of ${repository} could not be read (${(0, errors_ts_1.messageOf)(cause)}); listing them needs Actions: read`;
        }
    }
    if (blind) {
        const reason = `Stuck and hung jobs not looked for: ${blind}.`;
        const fails = (0, guard_inputs_ts_1.failsWhenBlind)(inputs);
        if (fails) {
            const input = guard.failOnUnserved ? 'fail-on-unserved' : 'fail-if-unavailable';
            (0, runner_ts_1.error)((0, runner_ts_1.oneLine)(reason), { title: `check-runner could not see the fleet (${input})` });
        }
        else
            (0, runner_ts_1.warning)((0, runner_ts_1.oneLine)(reason), { title: 'check-runner could not see the fleet' });
        writeOutputs(judged, hung, []);
        (0, runner_ts_1.appendSummary)((0, guard_report_ts_1.jobsSummary)({ guard, judged, hung, actions: [], notes: [reason, ...notes] }));
        return fails;
    }
    const open = runs;
    const seen = fleet;
    const jobs = open.flatMap((r) => r.jobs);
    if (guard.stuckAfterMinutes > 0) {
        judged = (0, find_ts_1.findStuck)(jobs, {
            now,
            minutes: guard.stuckAfterMinutes,
            fleet: seen,
            ...(ctx.currentRunId ? { currentRunId: ctx.currentRunId } : {}),
        });
    }
    if (guard.hungAfterMinutes > 0) {
        hung = (0, find_ts_1.findHung)(jobs, {
            now,
            minutes: guard.hungAfterMinutes,
            larger: seen.larger,
            ...(ctx.currentRunId ? { currentRunId: ctx.currentRunId } : {}),
        });
    }
    announce(guard, judged, hung);
    // Which runs to act on, and how: each once, oldest first, at most max-rescues.
    const plans = new Map();
    const runOf = new Map(open.map((r) => [r.id, r]));
    const runUrl = (jobUrl) => jobUrl.replace(/\/job\/\d+$/, '');
    if (guard.rescue !== 'report') {
        for (const s of judged.stuck) {
            const run = runOf.get(s['run-id']);
            if (!run || plans.has(run.id))
                continue;
            const labels = judged.stuck.filter((j) => j['run-id'] === run.id).map((j) => j.labels);
            const plan = guard.rescue === 'cancel'
                ? { kind: 'cancel' }
                : (0, find_ts_1.planRerun)({ attempt: run.attempt, jobs: run.jobs }, labels);
            plans.set(run.id, { plan, url: runUrl(s.url), attempt: run.attempt });
        }
    }
    if (guard.cancelHung) {
        for (const h of hung) {
            if (plans.has(h['run-id']))
                continue;
            plans.set(h['run-id'], {
                plan: { kind: 'cancel' },
                url: runUrl(h.url),
                attempt: runOf.get(h['run-id'])?.attempt ?? 1,
            });
        }
    }
    const actions = [];
    const { take, left } = (0, find_ts_1.runsToRescue)([...plans.keys()], guard.maxRescues);
    for (const runId of take) {
        const { plan, url, attempt } = plans.get(runId);
        const action = await (0, rescue_ts_1.rescueRun)({
            client: ctx.clientFor,
            clock,
            total,
            totalSeconds: guard.rescueDeadlineSeconds,
            apiTimeoutSeconds: inputs.apiTimeoutSeconds,
            waitSeconds: guard.rescueTimeoutSeconds,
            repository,
            servedNow: async (labels) => {
                const again = (await (0, read_ts_1.readFleet)(await ctx.clientFor(limit()), inputs)).runners;
                return (0, find_ts_1.nowServed)(labels, { ...seen, runners: again });
            },
        }, runId, url, plan, attempt);
        actions.push(action);
        if (action.warn)
            (0, runner_ts_1.warning)((0, runner_ts_1.oneLine)(action.message), { title: `Rescue of run ${runId}` });
        else
            (0, runner_ts_1.info)((0, runner_ts_1.oneLine)(action.message));
    }
    if (left.length) {
        const message = `Left alone (max-rescues ${guard.maxRescues}): run${left.length > 1 ? 's' : ''} ${left.join(', ')}.`;
        (0, runner_ts_1.info)(message);
        for (const runId of left)
            actions.push({ runId, outcome: 'skipped', message, warn: false });
    }
    for (const n of notes)
        (0, runner_ts_1.info)((0, runner_ts_1.oneLine)(n));
    writeOutputs(judged, hung, actions);
    (0, runner_ts_1.appendSummary)((0, guard_report_ts_1.jobsSummary)({ guard, judged, hung, actions, notes }));
    if (guard.failOnUnserved && judged.stuck.length) {
        (0, runner_ts_1.error)(`${judged.stuck.length} job(s) are stuck: nothing online serves their labels (fail-on-unserved).`, {
            title: 'Stuck jobs',
        });
        return true;
    }
    return false;
}
function announce(guard, judged, hung) {
    if (guard.stuckAfterMinutes > 0) {
        (0, runner_ts_1.info)(`Stuck jobs: ${judged.stuck.length} queued over ${guard.stuckAfterMinutes} min that nothing online serves; ${judged.waiting.length} waiting; ${judged.unchecked.length} not checked.`);
        for (const s of judged.stuck) {
            (0, runner_ts_1.info)((0, runner_ts_1.oneLine)(`  stuck: run ${s['run-id']} job ${s['job-id']} ${s.name} [${s.labels.join(', ')}] queued ${s['queued-minutes']} min: ${judged.why.get(s['job-id']) ?? ''}`));
        }
        for (const w of judged.waiting) {
            (0, runner_ts_1.info)((0, runner_ts_1.oneLine)(`  waiting: run ${w['run-id']} job ${w['job-id']} ${w.name} [${w.labels.join(', ')}] queued ${w['queued-minutes']} min: ${w.detail}; left alone.`));
        }
        for (const u of judged.unchecked) {
            (0, runner_ts_1.warning)((0, runner_ts_1.oneLine)(`Run ${u['run-id']} job ${u['job-id']} ${u.name} [${u.labels.join(', ')}] queued ${u['queued-minutes']} min was not checked: ${u.detail}. It is never cancelled.`), { title: 'Queued job not checked' });
        }
    }
    if (guard.hungAfterMinutes > 0) {
        (0, runner_ts_1.info)(`Hung jobs: ${hung.length} running over ${guard.hungAfterMinutes} min on self-hosted runners.`);
        for (const h of hung) {
            (0, runner_ts_1.warning)((0, runner_ts_1.oneLine)(`Run ${h['run-id']} job ${h['job-id']} ${h.name} has been running ${h['running-minutes']} min on runner ${h.runner || '(unknown)'}.`), { title: 'Hung job' });
        }
    }
}
function writeOutputs(judged, hung, actions) {
    (0, runner_ts_1.setOutput)('stuck-jobs', JSON.stringify(judged.stuck));
    (0, runner_ts_1.setOutput)('stuck-count', judged.stuck.length);
    (0, runner_ts_1.setOutput)('waiting-jobs', JSON.stringify([...judged.waiting, ...judged.unchecked]));
    (0, runner_ts_1.setOutput)('hung-jobs', JSON.stringify(hung));
    (0, runner_ts_1.setOutput)('hung-count', hung.length);
    (0, runner_ts_1.setOutput)('rescued', JSON.stringify(actions.filter((a) => rescue_ts_1.RESCUED.includes(a.outcome)).map((a) => a.runId)));
    (0, runner_ts_1.setOutput)('rescues', JSON.stringify(actions.map((a) => ({ 'run-id': a.runId, outcome: a.outcome, message: a.message }))));
}


/***/ })

};
