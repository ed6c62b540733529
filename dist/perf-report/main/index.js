import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 8265:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkJobs = checkJobs;
exports.describeProblems = describeProblems;
/**
 * The jobs list as the API sent it, checked field by field before anything reads it: a job or step
 * without a name, labels that are not a list of strings, steps that are not a list. What is missing
 * gets a stand-in value (`job 123`, `step 4`) and is counted per field, so the report still adds up
 * and one warning names each field, however many jobs lacked it (never a TypeError).
 */
const summary_ts_1 = __nccwpck_require__(1543);
const str = (v) => (typeof v === 'string' ? v : undefined);
const strOrNull = (v) => (typeof v === 'string' ? v : null);
/** Checks a list of API jobs (the entries of each page's `jobs`). */
function checkJobs(raw) {
    const problems = {};
    const note = (field) => {
        problems[field] = (problems[field] ?? 0) + 1;
    };
    const jobs = [];
    const usedIds = new Set();
    let synthetic = 0;
    for (const entry of raw) {
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            note('jobs[]');
            continue;
        }
        const j = entry;
        let id = typeof j.id === 'number' && Number.isSafeInteger(j.id) ? j.id : undefined;
        if (id === undefined || usedIds.has(id)) {
            if (id === undefined)
                note('jobs[].id');
            // Ids pair jobs: a job without one gets its own, below any GitHub id.
            id = -++synthetic;
        }
        usedIds.add(id);
        let name = str(j.name);
        if (name === undefined || name.trim() === '') {
            note('jobs[].name');
            name = `job ${id > 0 ? id : `#${jobs.length + 1}`}`;
        }
        let labels = [];
        if (Array.isArray(j.labels)) {
            labels = j.labels.filter((l) => typeof l === 'string');
            if (labels.length !== j.labels.length)
                note('jobs[].labels[]');
        }
        else if (j.labels !== undefined)
            note('jobs[].labels');
        let steps;
        if (Array.isArray(j.steps)) {
            steps = [];
            for (const [i, s] of j.steps.entries()) {
                if (typeof s !== 'object' || s === null) {
                    note('jobs[].steps[]');
                    continue;
                }
                const step = s;
                let stepName = str(step.name);
                if (stepName === undefined || stepName.trim() === '') {
                    note('jobs[].steps[].name');
                    stepName = `step ${typeof step.number === 'number' ? step.number : i + 1}`;
                }
                steps.push({
                    name: stepName,
                    status: str(step.status) ?? '',
                    conclusion: strOrNull(step.conclusion),
                    number: typeof step.number === 'number' ? step.number : i + 1,
                    started_at: strOrNull(step.started_at),
                    completed_at: strOrNull(step.completed_at),
                });
            }
        }
        else if (j.steps !== undefined && j.steps !== null)
            note('jobs[].steps');
        jobs.push({
            id,
            name,
            status: str(j.status) ?? '',
            conclusion: strOrNull(j.conclusion),
            created_at: str(j.created_at) ?? '',
            started_at: str(j.started_at) ?? '',
            completed_at: strOrNull(j.completed_at),
            labels,
            runner_name: strOrNull(j.runner_name),
            runner_group_name: strOrNull(j.runner_group_name),
            ...(steps ? { steps } : {}),
        });
    }
    return { jobs, problems };
}
const WHAT = {
    'jobs[]': ['list entry', 'not an object; left out'],
    'jobs[].id': ['job', "no numeric 'id'"],
    'jobs[].name': ['job', "no 'name'; shown as 'job' and its id"],
    'jobs[].labels': ['job', "'labels' is not a list; read as none"],
    'jobs[].labels[]': ['job', "'labels' holds entries that are not strings; left out"],
    'jobs[].steps': ['job', "'steps' is not a list; read as none"],
    'jobs[].steps[]': ['step', 'not an object; left out'],
    'jobs[].steps[].name': ['step', "no 'name'; shown as 'step' and its number"],
};
/** One line per field, for a warning; empty when every field was as expected. */
function describeProblems(problems) {
    return Object.entries(problems).map(([field, n]) => {
        const [unit, text] = WHAT[field] ?? ['job', `a bad '${field}'`];
        return `${(0, summary_ts_1.formatCount)(n)} ${unit}${n === 1 ? '' : 's'}: ${text}.`;
    });
}


/***/ }),

/***/ 5470:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FAILED_NAMED = exports.BenchmarkFileError = exports.isRateUnit = void 0;
exports.parseBenchmarkLine = parseBenchmarkLine;
exports.isBiggerBetter = isBiggerBetter;
exports.detectFormat = detectFormat;
exports.parseBenchmarkFile = parseBenchmarkFile;
exports.exitFailures = exitFailures;
exports.failedWarning = failedWarning;
exports.reportBenchmarks = reportBenchmarks;
/**
 * Benchmark files: hyperfine `--export-json`, github-action-benchmark's `customSmallerIsBetter` /
 * `customBiggerIsBetter` JSON, and this action's own report JSON. Pure: text in, rows out; a file
 * that is not one of these fails with an error naming it.
 */
const errors_ts_1 = __nccwpck_require__(4188);
const summary_ts_1 = __nccwpck_require__(1543);
const report_ts_1 = __nccwpck_require__(9688);
const units_ts_1 = __nccwpck_require__(5923);
Object.defineProperty(exports, "isRateUnit", ({ enumerable: true, get: function () { return units_ts_1.isRateUnit; } }));
/** `bigger: bench/ops.json` → `{ glob: 'bench/ops.json', direction: 'bigger' }`. */
function parseBenchmarkLine(line) {
    const match = /^(bigger|smaller):\s*(.*)$/i.exec(line.trim());
    return match
        ? {
            glob: match[2].trim(),
            direction: match[1].toLowerCase(),
        }
        : { glob: line.trim(), direction: 'auto' };
}
/** Words in a name that say more is better when the unit does not say (`Free Memory`). */
const BIGGER_NAME = /(^|[^\p{L}\p{N}-])(throughput|bandwidth|free|available)(?![\p{L}\p{N}])/iu;
/**
 * Is a github-action-benchmark entry bigger-is-better? In order: the line's `bigger:` / `smaller:`
 * prefix; a rate unit (`ops/s`, `req/s`, `ops`) is bigger; a time unit (`ms`, `ns/iter`) is
 * smaller; a name that says throughput, bandwidth, free or available is bigger; else smaller
 * (docs/decisions/benchmark-direction.md).
 */
function isBiggerBetter(name, unit, direction = 'auto') {
    if (direction !== 'auto')
        return direction === 'bigger';
    if ((0, units_ts_1.isRateUnit)(unit))
        return true;
    if ((0, units_ts_1.unitScale)(unit).kind === 'time')
        return false;
    return BIGGER_NAME.test(name);
}
class BenchmarkFileError extends errors_ts_1.RuntimeFault {
    file;
    constructor(file, message) {
        super(`Benchmark file '${file}': ${message}`);
        this.name = 'BenchmarkFileError';
        this.file = file;
    }
}
exports.BenchmarkFileError = BenchmarkFileError;
const finite = (v) => typeof v === 'number' && Number.isFinite(v);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function detectFormat(json) {
    if ((0, report_ts_1.looksLikeReport)(json))
        return 'perf-report';
    if (isObject(json) && Array.isArray(json.results))
        return 'hyperfine';
    if (Array.isArray(json))
        return 'github-action-benchmark';
    return undefined;
}
/**
 * The rows of one benchmark file. `suite` names it in the summary (its file name); `file` is the
 * path errors name; `direction` is the file's `bigger:` / `smaller:` prefix.
 */
function parseBenchmarkFile(text, file, suite, direction = 'auto') {
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (cause) {
        throw new BenchmarkFileError(file, `not JSON (${cause.message}).`);
    }
    switch (detectFormat(json)) {
        case 'hyperfine':
            return hyperfine(json, file, suite);
        case 'github-action-benchmark':
            return actionBenchmark(json, file, suite, direction);
        case 'perf-report':
            return fromReport(json, file);
        default:
            throw new BenchmarkFileError(file, 'not a recognised format: expected hyperfine --export-json output (`{"results": […]}`), ' +
                'a github-action-benchmark customSmallerIsBetter/customBiggerIsBetter array ' +
                '(`[{"name", "unit", "value"}]`), or a perf-report JSON report.');
    }
}
/**
 * hyperfine results: the mean in seconds, smaller is better, the stddev as the range. A result
 * whose every run exited non-zero is flagged `failed` (shown, never compared); some failed runs
 * are said in `extra`.
 */
function hyperfine(json, file, suite) {
    return json.results.map((r, i) => {
        if (!isObject(r) || typeof r.command !== 'string' || !finite(r.mean)) {
            throw new BenchmarkFileError(file, `hyperfine result ${i + 1} has no 'command' string and numeric 'mean'.`);
        }
        const row = {
            suite,
            name: r.command,
            value: r.mean,
            unit: 's',
            biggerIsBetter: false,
        };
        if (finite(r.stddev) && r.stddev >= 0) {
            row.range = `± ${round(r.stddev)}`;
            row.rangeValue = r.stddev;
        }
        const failures = exitFailures(r.exit_codes);
        if (failures) {
            if (failures.failed === failures.runs)
                row.failed = failures.text;
            else
                row.extra = failures.text;
        }
        return row;
    });
}
/**
 * hyperfine's `exit_codes` (one per run; `null` for a run a signal ended): how many runs failed,
 * as words. Undefined when none did or there is no list.
 */
function exitFailures(codes) {
    if (!Array.isArray(codes) || codes.length === 0)
        return undefined;
    const bad = codes.filter((c) => c !== 0);
    if (bad.length === 0)
        return undefined;
    const shown = [
        ...new Set(bad.map((c) => (c === null ? 'signal' : Number.isSafeInteger(c) ? String(c) : '?'))),
    ];
    const listed = shown.slice(0, 5).join(', ') + (shown.length > 5 ? ', …' : '');
    const runs = codes.length;
    const what = bad.length < runs
        ? `${(0, summary_ts_1.formatCount)(bad.length)} of ${(0, summary_ts_1.plural)(runs, 'run')}`
        : runs === 1
            ? 'its only run'
            : `all ${(0, summary_ts_1.plural)(runs, 'run')}`;
    const exit = `exit ${shown.length === 1 ? 'code' : 'codes'} ${listed}`;
    return { runs, failed: bad.length, text: `${what} exited non-zero (${exit})` };
}
/** Failed results named in one warning: at most this many. */
exports.FAILED_NAMED = 5;
/**
 * One warning for every result flagged failed (GitHub shows only a few annotations per step):
 * `2 benchmarks failed and are not compared: 'a' in h.json (all 5 runs exited non-zero (exit
 * code 1)); …`. Undefined when none failed. Names are the file's text: print it with `oneLine`.
 */
function failedWarning(rows) {
    const failed = rows.filter((b) => b.failed);
    if (failed.length === 0)
        return undefined;
    const named = failed
        .slice(0, exports.FAILED_NAMED)
        .map((b) => `'${b.name}' in ${b.suite} (${b.failed})`)
        .join('; ');
    const more = failed.length > exports.FAILED_NAMED
        ? `; and ${(0, summary_ts_1.formatCount)(failed.length - exports.FAILED_NAMED)} more (the summary lists them)`
        : '';
    const what = failed.length === 1
        ? '1 benchmark failed and is not'
        : `${(0, summary_ts_1.plural)(failed.length, 'benchmark')} failed and are not`;
    return `${what} compared: ${named}${more}.`;
}
function actionBenchmark(json, file, suite, direction) {
    return json.map((e, i) => {
        if (!isObject(e) ||
            typeof e.name !== 'string' ||
            typeof e.unit !== 'string' ||
            !finite(e.value)) {
            throw new BenchmarkFileError(file, `entry ${i + 1} is not {"name": string, "unit": string, "value": number} ` +
                '(github-action-benchmark custom format).');
        }
        const row = {
            suite,
            name: e.name,
            value: e.value,
            unit: e.unit,
            biggerIsBetter: isBiggerBetter(e.name, e.unit, direction),
        };
        if (typeof e.range === 'string' && e.range.trim())
            row.range = e.range;
        else if (finite(e.range))
            row.range = `± ${e.range}`;
        const spread = (0, units_ts_1.parseRange)(e.range, e.value, e.unit);
        if (spread !== undefined)
            row.rangeValue = spread;
        if (typeof e.extra === 'string' && e.extra.trim())
            row.extra = e.extra;
        return row;
    });
}
function fromReport(json, file) {
    if (!(0, report_ts_1.isReport)(json)) {
        const schema = json.schema;
        throw new BenchmarkFileError(file, schema === report_ts_1.SCHEMA
            ? `not a readable perf-report: ${(0, report_ts_1.reportProblem)(json)}.`
            : `a perf-report of an unknown version (${String(schema)}).`);
    }
    return reportBenchmarks(json);
}
/** A report as benchmark rows: its speedups, each runner's job time, and its own benchmarks. */
function reportBenchmarks(report) {
    const suite = `${report.reportId} (run ${report.run.runId})`;
    const rows = [];
    for (const c of report.comparisons) {
        rows.push({
            suite,
            name: `speedup ${c.selfHosted} vs ${c.hosted}`,
            value: c.speedup,
            unit: 'x',
            biggerIsBetter: true,
        });
    }
    for (const r of report.runners) {
        rows.push({
            suite,
            name: `job time on ${r.runner}`,
            value: r.durationMs / 1000,
            unit: 's',
            biggerIsBetter: false,
        });
    }
    return [...rows, ...report.benchmarks];
}
const round = (n) => String(Number(n.toPrecision(3)));


/***/ }),

/***/ 811:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LONGEST_PAYBACK_MONTHS = exports.perDayText = exports.SHORT_MS = exports.OBSERVED_DAYS = exports.DAYS_PER_MONTH = exports.DAYS_PER_YEAR = void 0;
exports.runRate = runRate;
exports.sharesOf = sharesOf;
exports.budgetOf = budgetOf;
exports.readBudgetInputs = readBudgetInputs;
exports.rateSentence = rateSentence;
exports.sharesSentence = sharesSentence;
exports.monthsText = monthsText;
exports.budgetSection = budgetSection;
/**
 * Savings a team can budget with: this run's per-run figures scaled to a month and a year by the
 * runs per day (the `runs-per-day` input, else observed in the history), minus what the
 * comparison itself costs, the select/check jobs and the scheduled health checks, and set against
 * the self-hosted machine's own cost. Pure. See docs/decisions/perf-report-savings.md.
 */
const errors_ts_1 = __nccwpck_require__(4188);
const summary_ts_1 = __nccwpck_require__(1543);
const prices_ts_1 = __nccwpck_require__(3784);
exports.DAYS_PER_YEAR = 365;
exports.DAYS_PER_MONTH = exports.DAYS_PER_YEAR / 12;
/** A history spanning at least this many days gives an observed rate (a week of work and rest). */
exports.OBSERVED_DAYS = 7;
/** A shorter history still gives an estimate when it spans at least this long. */
exports.SHORT_MS = 3_600_000;
const DAY_MS = 86_400_000;
/**
 * Runs a day: the input when given; else the history's runs over its span, (runs - 1) / days
 * between the first and the last; observed over at least OBSERVED_DAYS, an estimate over at least
 * an hour; else one run a day, an estimate.
 */
function runRate(dates, input) {
    if (input !== undefined)
        return { kind: 'input', perDay: input };
    const times = dates
        .map((d) => Date.parse(d))
        .filter(Number.isFinite)
        .sort((a, b) => a - b);
    const spanMs = times.length >= 2 ? times.at(-1) - times[0] : 0;
    if (spanMs < exports.SHORT_MS)
        return { kind: 'assumed', perDay: 1 };
    const days = spanMs / DAY_MS;
    return {
        kind: days >= exports.OBSERVED_DAYS ? 'observed' : 'short',
        perDay: (times.length - 1) / days,
        runs: times.length,
        days,
    };
}
function sharesOf(entries) {
    if (entries.length === 0)
        return { basis: 'this run', runs: 1, selfHosted: 1, compared: 1 };
    return {
        basis: 'history',
        runs: entries.length,
        selfHosted: entries.filter((e) => e.runners.some((r) => r.kind === 'self-hosted' && r.jobs > r.cancelled)).length,
        compared: entries.filter((e) => e.speedup !== null).length,
    };
}
const times = (a, k) => ({ minutes: a.minutes * k, usd: a.usd * k });
const minus = (a, ...rest) => rest.reduce((acc, b) => (b ? { minutes: acc.minutes - b.minutes, usd: acc.usd - b.usd } : acc), a);
/** The budget of a report with a pair; undefined without one (no per-run figure to scale). */
function budgetOf(report, context) {
    const s = report.savings;
    if (!s)
        return undefined;
    const rate = runRate(context.entries.map((e) => e.date), context.runsPerDay);
    const shares = sharesOf(context.entries);
    const overheadMinutes = report.overhead?.minutes ?? 0;
    const perRun = {
        hosted: { minutes: s.hostedMinutes, usd: s.money },
        overhead: {
            minutes: overheadMinutes,
            usd: report.overhead?.money ?? overheadMinutes * s.pricePerMinute,
        },
        overheadJobs: report.overhead?.jobs.length ?? 0,
    };
    const gross = times(perRun.hosted, (rate.perDay * shares.selfHosted) / shares.runs);
    const comparison = times(perRun.hosted, (rate.perDay * shares.compared) / shares.runs);
    const overhead = times(perRun.overhead, rate.perDay);
    const healthUsd = (0, prices_ts_1.priceOf)(['ubuntu-latest'], context.prices).usd;
    const health = context.healthMinutesPerDay === undefined
        ? null
        : { minutes: context.healthMinutesPerDay, usd: context.healthMinutesPerDay * healthUsd };
    const net = minus(gross, comparison, overhead, health);
    const netWithoutComparison = minus(gross, overhead, health);
    const budget = {
        rate,
        shares,
        perRun,
        perDay: { gross, comparison, overhead, health, net, netWithoutComparison },
    };
    const m = context.machine;
    if (m) {
        const payback = (perDay) => m.kind === 'purchase' && perDay.usd > 0 ? m.cost / (perDay.usd * exports.DAYS_PER_MONTH) : null;
        budget.machine = {
            input: m,
            monthlyUsd: m.kind === 'purchase' ? m.cost / (m.years * 12) : m.monthly,
            paybackMonths: payback(net),
            paybackWithoutComparisonMonths: payback(netWithoutComparison),
        };
    }
    return budget;
}
// ---------------------------------------------------------------------------------------------
// Inputs
const POSITIVE = /^(\d+\.?\d*|\.\d+)$/;
function positive(read, name, accepts, max, zero = false) {
    const text = read.text(name);
    if (!text)
        return undefined;
    const n = POSITIVE.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(n) || n > max || (!zero && n === 0)) {
        throw new errors_ts_1.InputError(name, `Input '${name}' accepts ${accepts}; got '${text}'.`);
    }
    return n;
}
/** runs-per-day, health-check-minutes-per-day and the machine's cost, parsed once. */
function readBudgetInputs(read) {
    const runsPerDay = positive(read, 'runs-per-day', 'a number of runs a day above 0, up to 100000 (e.g. 12 or 0.5)', 100_000);
    const healthMinutesPerDay = positive(read, 'health-check-minutes-per-day', 'a number of GitHub-hosted minutes from 0 to 1000000 (e.g. 288: 96 checks a day x 3 jobs x 1 minute)', 1_000_000, true);
    const cost = positive(read, 'machine-cost', 'the purchase price in USD, a number above 0 up to 10000000 (e.g. 599)', 10_000_000);
    const years = positive(read, 'machine-years', 'the years the machine is written off over, a number above 0 up to 50 (e.g. 3)', 50);
    const monthly = positive(read, 'machine-monthly-cost', 'the USD the machine costs a month, a number above 0 up to 1000000 (e.g. 49)', 1_000_000);
    if (cost !== undefined && monthly !== undefined) {
        throw new errors_ts_1.InputError('machine-cost', "Inputs 'machine-cost' and 'machine-monthly-cost' are two ways to give the machine's cost; set one, not both.");
    }
    if (years !== undefined && cost === undefined) {
        throw new errors_ts_1.InputError('machine-years', "Input 'machine-years' spreads 'machine-cost' over years; set 'machine-cost' too (or use 'machine-monthly-cost' alone).");
    }
    const machine = cost !== undefined
        ? { kind: 'purchase', cost, years: years ?? 3 }
        : monthly !== undefined
            ? { kind: 'monthly', monthly }
            : undefined;
    return {
        ...(runsPerDay !== undefined ? { runsPerDay } : {}),
        ...(healthMinutesPerDay !== undefined ? { healthMinutesPerDay } : {}),
        ...(machine ? { machine } : {}),
    };
}
// ---------------------------------------------------------------------------------------------
// Markdown
const isEstimate = (rate) => rate.kind === 'short' || rate.kind === 'assumed';
/** `3.4`, `12`, `0.25`, `1,234`: runs a day, at most two decimals; `under 0.01` above 0. */
const perDayText = (n) => {
    if (n >= 100)
        return (0, summary_ts_1.formatCount)(Math.round(n));
    if (n > 0 && n < 0.005)
        return 'under 0.01';
    return String(Math.round(n * 100) / 100);
};
exports.perDayText = perDayText;
function daysText(days) {
    return days >= 2 ? `${(0, exports.perDayText)(days)} days` : `${(0, exports.perDayText)(days * 24)} hours`;
}
function rateSentence(rate) {
    const runs = `${(0, exports.perDayText)(rate.perDay)} run${rate.perDay === 1 ? '' : 's'} a day`;
    switch (rate.kind) {
        case 'input':
            return `At ${runs}, as the \`runs-per-day\` input says.`;
        case 'observed':
            return `At ${runs}, observed: ${(0, summary_ts_1.plural)(rate.runs, 'run')} in the history over ${daysText(rate.days)}.`;
        case 'short':
            return `**Estimate** at ${runs}, from a short history: ${(0, summary_ts_1.plural)(rate.runs, 'run')} over ${daysText(rate.days)} (${exports.OBSERVED_DAYS} days make it observed; or set \`runs-per-day\`).`;
        case 'assumed':
            return `**Estimate** assuming 1 run a day: no \`runs-per-day\` input and no history of runs to observe.`;
    }
}
function sharesSentence(shares) {
    if (shares.basis === 'this run') {
        return 'With no history, every run is taken to be like this one: its jobs ran on a self-hosted runner and again on GitHub-hosted to compare.';
    }
    return `Of the ${(0, summary_ts_1.plural)(shares.runs, 'run')} in the history, ${(0, summary_ts_1.formatCount)(shares.selfHosted)} ran jobs on a self-hosted runner and ${(0, summary_ts_1.formatCount)(shares.compared)} also ran them on GitHub-hosted only to compare.`;
}
/** Rounds half away from zero, so a loss reads as the same figure as a saving of that size. */
const round = (n, per) => (Math.sign(n) * Math.round(Math.abs(n) * per)) / per || 0;
const money = (usd) => (0, summary_ts_1.mdMoney)(round(usd, 100));
/** Whole minutes, never `-0`. */
const mins = (minutes) => (0, summary_ts_1.formatCount)(round(minutes, 1));
function cells(perDay) {
    const month = times(perDay, exports.DAYS_PER_MONTH);
    const year = times(perDay, exports.DAYS_PER_YEAR);
    return [mins(month.minutes), money(month.usd), mins(year.minutes), money(year.usd)];
}
const negated = (a) => ({ minutes: -a.minutes, usd: -a.usd });
/** Paybacks longer than this read "more than 100 years". */
exports.LONGEST_PAYBACK_MONTHS = 1200;
/** `7.2 months`, `3.3 years`, `more than 100 years`. */
function monthsText(months) {
    if (months > exports.LONGEST_PAYBACK_MONTHS)
        return 'more than 100 years';
    if (months < 24)
        return `${Math.round(months * 10) / 10} months`;
    return `${Math.round((months / 12) * 10) / 10} years`;
}
function machineSentence(budget) {
    const m = budget.machine;
    if (!m)
        return undefined;
    const netMonth = budget.perDay.net.usd * exports.DAYS_PER_MONTH;
    const whatIfMonth = budget.perDay.netWithoutComparison.usd * exports.DAYS_PER_MONTH;
    if (m.input.kind === 'monthly') {
        const after = netMonth - m.monthlyUsd;
        return `The machine costs ${money(m.monthlyUsd)} a month (\`machine-monthly-cost\`): net of it, ${after > 0 ? `${money(after)} a month saved` : `a loss of ${money(-after)} a month: the machine costs more than it saves`}.`;
    }
    const head = `The machine costs ${money(m.input.cost)} over ${(0, summary_ts_1.plural)(m.input.years, 'year')} (${money(m.monthlyUsd)} a month).`;
    if (m.paybackMonths !== null) {
        return `${head} At the net saved above it pays for itself in ${monthsText(m.paybackMonths)}.`;
    }
    const why = `**No payback**: the net saved is ${netMonth === 0 ? 'nothing' : `a loss of ${money(-netMonth)} a month`}.`;
    const whatIf = m.paybackWithoutComparisonMonths !== null && whatIfMonth > 0
        ? ` If comparing stops (what-if), it pays for itself in ${monthsText(m.paybackWithoutComparisonMonths)}.`
        : '';
    return `${head} ${why}${whatIf}`;
}
/** The budget section: which figure is which, per month and per year, minutes and money. */
function budgetSection(budget) {
    const d = budget.perDay;
    const estimate = isEstimate(budget.rate);
    const overheadJobs = budget.perRun.overheadJobs;
    const rows = [
        ['gross saved: GitHub-hosted minutes the self-hosted runs stand in for', ...cells(d.gross)],
        [
            'minus the comparison: GitHub-hosted twins run only to compare',
            ...cells(negated(d.comparison)),
        ],
        [
            `minus the select/check jobs (${(0, summary_ts_1.plural)(overheadJobs, 'job')} a run)`,
            ...cells(negated(d.overhead)),
        ],
        d.health
            ? ['minus the scheduled health checks', ...cells(negated(d.health))]
            : [
                'scheduled health checks: not counted (set `health-check-minutes-per-day`)',
                '—',
                '—',
                '—',
                '—',
            ],
        [`**net saved${estimate ? ' (estimate)' : ''}**`, ...cells(d.net).map((c) => `**${c}**`)],
        ['what-if, once comparing stops: net without the comparison', ...cells(d.netWithoutComparison)],
    ];
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)(`Savings per month and year${estimate ? ' (estimate)' : ''}`, 4), `${rateSentence(budget.rate)} ${sharesSentence(budget.shares)} Per run, as this run measured: ${(0, summary_ts_1.plural)(budget.perRun.hosted.minutes, 'billable GitHub-hosted minute')} on the paired jobs, ${(0, summary_ts_1.plural)(budget.perRun.overhead.minutes, 'minute')} on choosing the runner. A month is ${Math.round(exports.DAYS_PER_MONTH * 100) / 100} days.`, (0, summary_ts_1.table)(['figure', 'minutes a month', 'a month', 'minutes a year', 'a year'], rows), machineSentence(budget)).trimEnd();
}


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.saveKey = exports.keyPrefix = exports.stagingPath = void 0;
exports.cachePlan = cachePlan;
exports.restoreBaseline = restoreBaseline;
exports.saveReport = saveReport;
/**
 * `baseline: cache`: each push saves its report in the Actions cache under a key of its branch
 * and report-id; a pull request restores its base branch's newest report, a push its own
 * branch's previous one. Cache entries cannot be overwritten, so every save gets a key of its
 * own (ending in the run id and attempt) and a restore matches the newest by prefix.
 *
 * @actions/cache is loaded only here, on this path. It archives paths relative to the
 * workspace, and a cache entry's version covers the path as written, so the report is staged at
 * the same relative path on every runner and removed afterwards.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const errors_ts_1 = __nccwpck_require__(4188);
const runner_ts_1 = __nccwpck_require__(445);
const report_ts_1 = __nccwpck_require__(9688);
/** Where the report is staged, relative to the workspace. */
const stagingPath = (reportId) => `.perf-report-cache/${reportId}.json`;
exports.stagingPath = stagingPath;
/** `perf-report:<id>:<branch>:`: a branch name cannot hold `:`, so no branch's prefix is another's. */
const keyPrefix = (reportId, branch) => `perf-report:${reportId}:${branch}:`;
exports.keyPrefix = keyPrefix;
const saveKey = (reportId, branch, runId, attempt) => `${(0, exports.keyPrefix)(reportId, branch)}${runId}-${attempt}`;
exports.saveKey = saveKey;
/** What to restore and save, from the run's refs (GITHUB_BASE_REF, GITHUB_REF). */
function cachePlan(env) {
    if (env.baseRef)
        return { restoreFrom: env.baseRef };
    const branch = /^refs\/heads\/(.+)$/.exec(env.ref ?? '')?.[1];
    if (branch)
        return { restoreFrom: branch, saveAs: branch };
    return {
        note: `baseline: cache keeps reports per branch, and this run is for '${env.ref ?? 'no ref'}', not a branch or a pull request.`,
    };
}
const loadCache = () => __nccwpck_require__.e(/* import() */ 827).then(__nccwpck_require__.bind(__nccwpck_require__, 1827));
function available(cache) {
    if (cache.isFeatureAvailable())
        return true;
    (0, runner_ts_1.warning)('baseline: cache needs the Actions cache service (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL), which this runner does not offer; no baseline is used or saved.');
    return false;
}
async function restoreBaseline(reportId, branch, workspace) {
    const cache = await loadCache();
    if (!available(cache))
        return undefined;
    const rel = (0, exports.stagingPath)(reportId);
    const file = (0, node_path_1.join)(workspace, rel);
    const prefix = (0, exports.keyPrefix)(reportId, branch);
    (0, node_fs_1.rmSync)(file, { force: true });
    try {
        const key = await cache.restoreCache([rel], `${prefix}latest`, [prefix]);
        if (!key) {
            (0, runner_ts_1.info)(`baseline: no report of '${(0, runner_ts_1.oneLine)(branch)}' in the cache yet (${(0, runner_ts_1.oneLine)(prefix)}*).`);
            return undefined;
        }
        const json = JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
        if (!(0, report_ts_1.isReport)(json)) {
            (0, runner_ts_1.warning)(`baseline: the cache entry ${key} does not hold a readable perf-report (${(0, report_ts_1.reportProblem)(json)}); it is ignored.`);
            return undefined;
        }
        (0, runner_ts_1.info)(`baseline: restored ${(0, runner_ts_1.oneLine)(key)}.`);
        // The history travels in the same file, beside the report's own fields.
        const { history, ...report } = json;
        return { report: report, key, history };
    }
    catch (error) {
        (0, runner_ts_1.warning)(`baseline: could not restore the report of '${branch}' from the cache: ${(0, errors_ts_1.messageOf)(error)}`);
        return undefined;
    }
    finally {
        cleanUp(workspace, file);
    }
}
async function saveReport(report, branch, workspace, history) {
    const cache = await loadCache();
    if (!available(cache))
        return undefined;
    const rel = (0, exports.stagingPath)(report.reportId);
    const file = (0, node_path_1.join)(workspace, rel);
    const key = (0, exports.saveKey)(report.reportId, branch, report.run.runId, report.run.runAttempt);
    try {
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(file), { recursive: true });
        (0, node_fs_1.writeFileSync)(file, JSON.stringify(history ? { ...report, history } : report));
        const id = await cache.saveCache([rel], key);
        if (id === -1) {
            (0, runner_ts_1.warning)(`baseline: the report was not saved to the cache (${key}); see the log above.`);
            return undefined;
        }
        (0, runner_ts_1.info)(`baseline: saved this report as ${(0, runner_ts_1.oneLine)(key)}.`);
        return key;
    }
    catch (error) {
        (0, runner_ts_1.warning)(`baseline: could not save the report to the cache (${key}): ${(0, errors_ts_1.messageOf)(error)}`);
        return undefined;
    }
    finally {
        cleanUp(workspace, file);
    }
}
function cleanUp(workspace, file) {
    (0, node_fs_1.rmSync)(file, { force: true });
    try {
        (0, node_fs_1.rmdirSync)((0, node_path_1.join)(workspace, '.perf-report-cache'));
    }
    catch {
        // Not empty (another report-id) or gone: leave it.
    }
}


/***/ }),

/***/ 6489:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CREATE_RETRIES = exports.marker = void 0;
exports.startsWithMarker = startsWithMarker;
exports.pullRequestNumber = pullRequestNumber;
exports.graphqlUrl = graphqlUrl;
exports.botLogin = botLogin;
exports.tokenIdentity = tokenIdentity;
exports.isOurs = isOurs;
exports.markedComments = markedComments;
exports.chooseComment = chooseComment;
exports.upsertComment = upsertComment;
/**
 * The pull-request comment: one per report-id, found by a hidden marker on its first line and
 * updated in place. Only a comment written by the token's own account counts
 * (docs/decisions/perf-report-comment.md): a marked comment by anyone else is left alone, and one
 * GitHub refuses to let us edit (403) is taken for someone else's: a comment of our own is made
 * instead. A create that fails in a way that may have
 * created it anyway (5xx, reset connection, unreadable answer) is never repeated blindly: the
 * comments are listed again first, and the comment found there is updated instead.
 */
const node_fs_1 = __nccwpck_require__(3024);
const deadline_ts_1 = __nccwpck_require__(827);
const github_ts_1 = __nccwpck_require__(4336);
const marker = (reportId) => `<!-- perf-report:${reportId} -->`;
exports.marker = marker;
/**
 * Does `body` carry `mark` the way this action writes it: as its whole first line? A marker
 * anywhere else (a quoted pull-request title, a quoted comment) does not count.
 */
function startsWithMarker(body, mark) {
    if (!body.startsWith(mark))
        return false;
    const rest = body.slice(mark.length);
    return rest === '' || rest.startsWith('\n') || rest.startsWith('\r\n');
}
/** The pull request this run is for, from the event payload; undefined when it is not one. */
function pullRequestNumber(eventPath) {
    if (!eventPath)
        return undefined;
    let event;
    try {
        event = JSON.parse((0, node_fs_1.readFileSync)(eventPath, 'utf8'));
    }
    catch {
        return undefined;
    }
    const n = event?.pull_request?.number;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
/** How many times a create that failed is tried again (after listing the comments again). */
exports.CREATE_RETRIES = 3;
/** GitHub's GraphQL endpoint beside a REST base: `/graphql`, or GHES's `/api/graphql`. */
function graphqlUrl(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return /\/api\/v3$/.test(base) ? base.replace(/\/v3$/, '/graphql') : `${base}/graphql`;
}
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,98}(\[bot\])?$/;
/**
 * The login GraphQL's `viewer` names for an installation token (`github-actions[bot]`,
 * `<app-slug>[bot]`); undefined when it does not answer with one.
 */
async function botLogin(client, apiUrl) {
    try {
        const { data } = await client.send(`POST ${graphqlUrl(apiUrl)}`, {
            query: 'query { viewer { login } }',
        });
        const login = data?.data?.viewer?.login;
        return typeof login === 'string' && LOGIN.test(login) ? login : undefined;
    }
    catch {
        return undefined;
    }
}
async function tokenIdentity(client, apiUrl) {
    try {
        const { data } = await client.get('GET /user');
        const login = data?.login;
        if (typeof login !== 'string' || login === '') {
            throw new github_ts_1.ApiError('malformed', "GitHub answered GET /user without a 'login'.");
        }
        return { kind: 'user', login };
    }
    catch (cause) {
        if (cause instanceof github_ts_1.ApiError && (cause.kind === 'forbidden' || cause.kind === 'auth')) {
            const login = await botLogin(client, apiUrl);
            return login ? { kind: 'bot', login } : { kind: 'bot' };
        }
        throw cause;
    }
}
/**
 * Whether `comment` was written by the account the token acts as: a user token's own login; for
 * a bot token, a `Bot` author with the bot's login, or any `Bot` author when GitHub did not name
 * the bot (never a `User`).
 */
function isOurs(comment, identity) {
    if (identity.kind === 'user') {
        return comment.login.toLowerCase() === identity.login.toLowerCase();
    }
    if (comment.type !== 'Bot')
        return false;
    return (identity.login === undefined || comment.login.toLowerCase() === identity.login.toLowerCase());
}
/**
 * The comments of one page that hold `mark`; a page that is not a list, or an entry without a
 * numeric `id`, is an ApiError naming what was wrong.
 */
function markedComments(page, mark, issue) {
    if (!Array.isArray(page)) {
        throw new github_ts_1.ApiError('malformed', `GitHub answered the list of comments of #${issue} with ${describe(page)}, not a list of comments.`);
    }
    const out = [];
    for (const c of page) {
        if (typeof c !== 'object' || c === null)
            continue;
        const { body, id, user } = c;
        if (typeof body !== 'string' || !startsWithMarker(body, mark))
            continue;
        if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
            throw new github_ts_1.ApiError('malformed', `GitHub listed a comment on #${issue} holding the marker without a numeric 'id'.`);
        }
        const u = (typeof user === 'object' && user !== null ? user : {});
        out.push({
            id,
            login: typeof u.login === 'string' ? u.login : '',
            type: typeof u.type === 'string' ? u.type : '',
        });
    }
    return out;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/** Marked comments split into ours (oldest first) and everyone else's. */
function chooseComment(marked, identity) {
    return {
        ours: marked.filter((c) => isOurs(c, identity)),
        foreign: marked.filter((c) => !isOurs(c, identity)),
    };
}
/** Answers to an edit that say the comment is not ours to edit (or no longer there). */
const NOT_OURS = new Set(['forbidden', 'not-found']);
const TRANSIENT = new Set(['server', 'network', 'malformed', 'timeout']);
/** Updates our comment carrying `mark`, or creates it. */
async function upsertComment(client, repository, number, mark, body, options) {
    const [owner, repo] = repository.split('/');
    const listMarked = async () => {
        const marked = [];
        await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: number }, (page) => {
            marked.push(...markedComments(page, mark, number));
            return true;
        });
        return marked;
    };
    const [identity, marked] = await Promise.all([
        options.identity ?? tokenIdentity(client, options.apiUrl ?? 'https://api.github.com'),
        listMarked(),
    ]);
    const refused = [];
    const tried = new Set();
    /** Edits the first of `ours` GitHub lets us edit; undefined when it refuses every one. */
    const updateFirst = async (ours) => {
        for (const c of ours) {
            if (tried.has(c.id))
                continue;
            tried.add(c.id);
            try {
                await client.send('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                    owner,
                    repo,
                    comment_id: c.id,
                    body,
                });
                return c.id;
            }
            catch (cause) {
                if (!(cause instanceof github_ts_1.ApiError) || !NOT_OURS.has(cause.kind))
                    throw cause;
                refused.push({ comment: c, message: cause.message });
            }
        }
        return undefined;
    };
    const first = chooseComment(marked, identity);
    const updated = await updateFirst(first.ours);
    if (updated !== undefined) {
        return { action: 'updated', id: updated, identity, foreign: first.foreign, refused };
    }
    for (let attempt = 0;; attempt++) {
        let fault;
        try {
            const created = await client.sendOnce('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: number, body });
            const id = created.data?.id;
            if (typeof id === 'number') {
                return { action: 'created', id, identity, foreign: first.foreign, refused };
            }
            fault = new github_ts_1.ApiError('malformed', `GitHub created a comment on #${number} without an 'id'.`);
        }
        catch (cause) {
            fault = cause instanceof github_ts_1.ApiError ? cause : new github_ts_1.ApiError('other', cause.message);
        }
        const wait = (0, github_ts_1.retryDelay)(fault, attempt);
        if (attempt >= exports.CREATE_RETRIES || wait === undefined || wait >= options.limit.remaining()) {
            throw fault;
        }
        try {
            await (0, deadline_ts_1.pause)(wait, options.limit);
        }
        catch {
            throw fault;
        }
        if (!TRANSIENT.has(fault.kind))
            continue;
        // The create may have been carried out: look before creating again.
        const again = chooseComment(await listMarked(), identity);
        const found = await updateFirst(again.ours);
        if (found !== undefined) {
            return {
                action: 'updated',
                id: found,
                identity,
                foreign: again.foreign,
                refused,
                recovered: true,
            };
        }
    }
}


/***/ }),

/***/ 7327:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.expandBenchmarkFiles = expandBenchmarkFiles;
exports.loadBenchmarks = loadBenchmarks;
exports.readBaselineFile = readBaselineFile;
/** Benchmark and baseline files: found by glob under the workspace, read, and parsed. */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const errors_ts_1 = __nccwpck_require__(4188);
const runner_ts_1 = __nccwpck_require__(445);
const benchmarks_ts_1 = __nccwpck_require__(5470);
const report_ts_1 = __nccwpck_require__(9688);
const GLOB = /[*?[\]{}]/;
/** The files the `benchmark-files` lines name; a plain path that does not exist fails. */
function expandBenchmarkFiles(lines, workspace) {
    const found = new Map();
    const add = (path, direction) => {
        if (found.has(path))
            return;
        const rel = (0, node_path_1.relative)(workspace, path);
        const display = rel && !rel.startsWith('..') && !(0, node_path_1.isAbsolute)(rel) ? rel : path;
        found.set(path, { path, display: display.replaceAll('\\', '/'), direction });
    };
    for (const line of lines) {
        if (!GLOB.test(line.glob)) {
            const path = (0, node_path_1.resolve)(workspace, line.glob);
            if (!(0, node_fs_1.existsSync)(path)) {
                throw new benchmarks_ts_1.BenchmarkFileError(line.glob, 'does not exist (benchmark-files).');
            }
            add(path, line.direction);
            continue;
        }
        const matches = (0, node_fs_1.globSync)(line.glob, { cwd: workspace })
            .map((p) => (0, node_path_1.resolve)(workspace, p))
            .filter((p) => (0, node_fs_1.statSync)(p, { throwIfNoEntry: false })?.isFile())
            .sort();
        if (matches.length === 0)
            (0, runner_ts_1.warning)(`benchmark-files: '${line.glob}' matched no file.`);
        for (const path of matches)
            add(path, line.direction);
    }
    return [...found.values()];
}
function readText(path, fail) {
    try {
        return (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch (cause) {
        const code = cause.code ?? cause.message;
        throw fail(`cannot be read (${code}).`);
    }
}
function loadBenchmarks(files) {
    return files.flatMap((f) => {
        const text = readText(f.path, (m) => new benchmarks_ts_1.BenchmarkFileError(f.display, m));
        return (0, benchmarks_ts_1.parseBenchmarkFile)(text, f.display, f.display, f.direction);
    });
}
/** The baseline report at `path`; undefined (with a warning) when there is no file yet. */
function readBaselineFile(path, display) {
    if (!(0, node_fs_1.existsSync)(path)) {
        (0, runner_ts_1.warning)(`baseline: there is no report at '${display}' yet, so regressions are not counted this time.`);
        return undefined;
    }
    const fail = (m) => new errors_ts_1.RuntimeFault(`Baseline '${display}': ${m}`);
    const text = readText(path, fail);
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (cause) {
        throw fail(`not JSON (${cause.message}).`);
    }
    if ((0, report_ts_1.isReport)(json))
        return json;
    const schema = json?.schema;
    if (schema === report_ts_1.SCHEMA)
        throw fail(`not a readable perf-report: ${(0, report_ts_1.reportProblem)(json)}.`);
    throw fail((0, report_ts_1.looksLikeReport)(json)
        ? `a perf-report of an unknown version (${String(schema)}).`
        : 'not a perf-report JSON report (the `report` output of an earlier run).');
}


/***/ }),

/***/ 1158:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHART_LIMITS = exports.MERMAID_MAX_TEXT = void 0;
exports.escapeMermaid = escapeMermaid;
exports.unescapeMermaid = unescapeMermaid;
exports.chartOrder = chartOrder;
exports.chartSteps = chartSteps;
exports.ganttChart = ganttChart;
/** mermaid's default maxTextSize: a longer diagram is not drawn at all. */
exports.MERMAID_MAX_TEXT = 50_000;
exports.CHART_LIMITS = { jobs: 12, steps: 15, chars: 40_000 };
/** Characters that break a gantt line or the Markdown around it. */
const UNSAFE = /[#:;"'`|<>&%\\{}\n\r\t]/g;
/** Words the gantt lexer reads as a statement when a line starts with them. */
const KEYWORDS = /^(gantt|title|section|dateformat|axisformat|tickinterval|includes|excludes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|click|call|href|acctitle|accdescr|displaymode)\b/i;
/** A name as mermaid text: unsafe characters as entity codes, never read as a keyword. */
function escapeMermaid(text, maxLength = 120) {
    let flat = text.replace(/\s+/g, ' ').trim() || '(unnamed)';
    const chars = [...flat];
    if (chars.length > maxLength)
        flat = `${chars.slice(0, maxLength - 1).join('')}…`;
    const safe = flat.replace(UNSAFE, (c) => `#${c.charCodeAt(0)};`);
    return KEYWORDS.test(safe) ? `#${safe.charCodeAt(0)};${safe.slice(1)}` : safe;
}
/** What mermaid shows for escaped text (for tests): entity codes decoded. */
function unescapeMermaid(text) {
    return text.replace(/#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
}
/** Paired jobs first (each pair together), then the others, longest first. */
function chartOrder(jobs, pairs) {
    const ordered = [];
    const taken = new Set();
    for (const p of pairs) {
        for (const j of [p.self, p.hosted]) {
            if (!taken.has(j.id))
                ordered.push(j);
            taken.add(j.id);
        }
    }
    const rest = jobs
        .filter((j) => !taken.has(j.id))
        .sort((a, b) => b.durationMs - a.durationMs || a.start - b.start);
    return [...ordered, ...rest];
}
/** The steps drawn for a job: all of them, or the longest (in run order) and a count of the rest. */
function chartSteps(steps, limit) {
    if (steps.length <= limit)
        return { shown: [...steps], more: 0 };
    const keep = Math.max(1, limit - 1);
    const longest = new Set([...steps]
        .map((s, i) => ({ i, ms: s.end - s.start }))
        .sort((a, b) => b.ms - a.ms || a.i - b.i)
        .slice(0, keep)
        .map((x) => x.i));
    return { shown: steps.filter((_, i) => longest.has(i)), more: steps.length - keep };
}
function sectionName(job) {
    return job.name.toLowerCase().includes(job.runner.toLowerCase())
        ? job.name
        : `${job.name} · ${job.runner}`;
}
function render(ordered, title, limits) {
    const shown = ordered.slice(0, limits.jobs);
    const lines = [
        'gantt',
        `  title ${escapeMermaid(title)}`,
        '  dateFormat x',
        '  axisFormat %H:%M:%S',
    ];
    for (const job of shown) {
        const tag = job.kind === 'self-hosted' ? 'active, ' : '';
        lines.push(`  section ${escapeMermaid(sectionName(job))}`);
        if (job.steps.length === 0) {
            lines.push(`    ${escapeMermaid(job.name)} :${tag}${job.start}, ${job.end}`);
            continue;
        }
        const { shown: steps, more } = chartSteps(job.steps, limits.steps);
        for (const s of steps)
            lines.push(`    ${escapeMermaid(s.name)} :${tag}${s.start}, ${s.end}`);
        if (more > 0) {
            lines.push(`    … and ${more} more steps :milestone, ${job.end}, ${job.end}`);
        }
    }
    const hidden = ordered.length - shown.length;
    if (hidden > 0) {
        const end = ordered.reduce((m, j) => Math.max(m, j.end), 0);
        lines.push(`  section … and ${hidden} more jobs`);
        lines.push(`    in the job table :milestone, ${end}, ${end}`);
    }
    return lines.join('\n');
}
/** The gantt diagram (without the fence), within `limits`; undefined when no job ran. */
function ganttChart(jobs, pairs, title, limits = exports.CHART_LIMITS) {
    if (jobs.length === 0)
        return undefined;
    const ordered = chartOrder(jobs, pairs);
    let current = { ...limits };
    for (;;) {
        const text = render(ordered, title, current);
        if (text.length <= limits.chars || (current.jobs <= 1 && current.steps <= 2)) {
            return {
                text,
                shownJobs: Math.min(current.jobs, ordered.length),
                totalJobs: ordered.length,
                start: ordered.reduce((m, j) => Math.min(m, j.start), Number.POSITIVE_INFINITY),
            };
        }
        current = {
            ...current,
            jobs: Math.max(1, Math.floor(current.jobs / 2)),
            steps: Math.max(2, Math.floor(current.steps / 2)),
        };
    }
}


/***/ }),

/***/ 9736:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.globToRegExp = globToRegExp;
exports.nameFilter = nameFilter;
exports.splitGlobs = splitGlobs;
/**
 * Job-name globs for the `jobs` input: `*` matches any run of characters (slashes included, since
 * a called workflow's jobs are named `caller / callee`), `?` one character; case-insensitive.
 * Not picomatch: job names carry parentheses (`build (M4)`), which file-glob libraries read as
 * pattern syntax; here every other character is literal.
 */
function globToRegExp(glob) {
    let source = '';
    for (const c of glob) {
        if (c === '*')
            source += '.*';
        else if (c === '?')
            source += '.';
        else
            source += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 'is');
}
/** A predicate over job names: true for every name when there are no globs. */
function nameFilter(globs) {
    if (globs.length === 0)
        return () => true;
    const patterns = globs.map(globToRegExp);
    return (name) => patterns.some((p) => p.test(name));
}
/**
 * The `jobs` input: globs separated by newlines or by commas outside parentheses, so a matrix
 * job's name stays whole (`build (M4, *), lint` is two globs).
 */
function splitGlobs(text) {
    const globs = [];
    for (const line of text.split(/\r?\n/)) {
        let depth = 0;
        let current = '';
        for (const c of line) {
            if (c === '(')
                depth++;
            else if (c === ')')
                depth = Math.max(0, depth - 1);
            if (c === ',' && depth === 0) {
                globs.push(current);
                current = '';
            }
            else
                current += c;
        }
        globs.push(current);
    }
    return globs.map((g) => g.trim()).filter(Boolean);
}


/***/ }),

/***/ 3228:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NODE_IO = exports.NEW_FILE_MODE = void 0;
exports.underWorkspace = underWorkspace;
exports.inspectHistoryFile = inspectHistoryFile;
exports.readHistoryFile = readHistoryFile;
exports.historyFromCache = historyFromCache;
exports.atomicWrite = atomicWrite;
exports.writeHistoryFile = writeHistoryFile;
exports.defaultBranch = defaultBranch;
exports.jobOutcomes = jobOutcomes;
exports.stepHistory = stepHistory;
/**
 * The history's thin shell: read it from `history-path` (or take the one restored with the
 * cached baseline), count this run's jobs, append when this run may, and write the file back.
 * Nothing here fails the step: an unreadable history is a warning and a fresh one. A file at
 * `history-path` is written only when it is this report's history or does not exist; it is
 * replaced atomically, never through a symbolic link, never outside the workspace.
 * See docs/decisions/perf-report-history.md and docs/decisions/perf-report-history-file.md.
 */
const node_crypto_1 = __nccwpck_require__(7598);
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const errors_ts_1 = __nccwpck_require__(4188);
const runner_ts_1 = __nccwpck_require__(445);
const history_ts_1 = __nccwpck_require__(2760);
const jobs_ts_1 = __nccwpck_require__(3798);
const pairing_ts_1 = __nccwpck_require__(528);
const NOFOLLOW = node_fs_1.constants.O_NOFOLLOW ?? 0;
/** Mode of a history file this action creates. */
exports.NEW_FILE_MODE = 0o644;
const errno = (error) => error.code;
/** `path` relative to the workspace (as given, or its real path); undefined when outside it. */
function underWorkspace(workspace, realWorkspace, path) {
    for (const base of [(0, node_path_1.resolve)(workspace), realWorkspace]) {
        const rel = (0, node_path_1.relative)(base, (0, node_path_1.resolve)(path));
        if (rel && rel !== '..' && !rel.startsWith(`..${node_path_1.sep}`) && !(0, node_path_1.isAbsolute)(rel))
            return rel;
    }
    return undefined;
}
/** Reads at most `limit + 1` bytes of an open file: enough to tell it is over `limit`. */
function readBounded(fd, limit) {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length < buffer.length) {
        const n = (0, node_fs_1.readSync)(fd, buffer, length, buffer.length - length, null);
        if (n === 0)
            break;
        length += n;
    }
    return buffer.subarray(0, length);
}
/**
 * What the file at `path` is, looked at without following any symbolic link: every folder from
 * the workspace's real path down to it must be a real folder, the file a regular file within
 * MAX_FILE_BYTES holding this report's history (or absent).
 */
function inspectHistoryFile(workspace, path, reportId, maxBytes = history_ts_1.MAX_FILE_BYTES) {
    const refused = (reason) => ({ kind: 'refused', reason });
    let root;
    try {
        root = (0, node_fs_1.realpathSync)(workspace);
    }
    catch (error) {
        return refused(`the workspace cannot be resolved (${(0, errors_ts_1.messageOf)(error)})`);
    }
    const rel = underWorkspace(workspace, root, path);
    if (rel === undefined)
        return refused('it is outside the workspace');
    const parts = rel.split(node_path_1.sep);
    let at = root;
    let stat;
    for (const [i, part] of parts.entries()) {
        at = (0, node_path_1.join)(at, part);
        const last = i === parts.length - 1;
        const what = last ? 'it' : `the folder ${parts.slice(0, i + 1).join('/')}`;
        try {
            stat = (0, node_fs_1.lstatSync)(at);
        }
        catch (error) {
            if (errno(error) === 'ENOENT')
                return { kind: 'absent', root, rel };
            return refused(`${what} cannot be looked at (${(0, errors_ts_1.messageOf)(error)})`);
        }
        if (stat.isSymbolicLink())
            return refused(`${what} is a symbolic link`);
        if (!last && !stat.isDirectory())
            return refused(`${what} is not a folder`);
    }
    if (!stat?.isFile())
        return refused('it is not a regular file');
    if (stat.size > maxBytes) {
        return refused(`it is ${stat.size} bytes, over the ${maxBytes} a history may be`);
    }
    let text;
    let fd;
    try {
        // Non-blocking: a FIFO swapped in after the check must not hang the step (fstat refuses it).
        fd = (0, node_fs_1.openSync)(at, node_fs_1.constants.O_RDONLY | NOFOLLOW | (node_fs_1.constants.O_NONBLOCK ?? 0));
        const opened = (0, node_fs_1.fstatSync)(fd);
        if (!opened.isFile() || opened.ino !== stat.ino || opened.dev !== stat.dev) {
            return refused('it was replaced while it was read');
        }
        const bytes = readBounded(fd, maxBytes);
        if (bytes.length > maxBytes)
            return refused(`it grew over the ${maxBytes} bytes a history may be`);
        text = bytes.toString('utf8');
    }
    catch (error) {
        return refused(`it cannot be read (${(0, errors_ts_1.messageOf)(error)})`);
    }
    finally {
        if (fd !== undefined)
            (0, node_fs_1.closeSync)(fd);
    }
    const parsed = (0, history_ts_1.parseHistory)(text, reportId);
    if (parsed.foreign)
        return refused(parsed.problem ?? 'it is not a perf-report history');
    return { kind: 'ours', root, rel, mode: stat.mode & 0o777, parsed };
}
/** Reads the history at `history-path`: this report's, or a fresh one (and why, as a warning). */
function readHistoryFile(workspace, path, shown, reportId) {
    const file = inspectHistoryFile(workspace, path, reportId);
    const name = (0, runner_ts_1.oneLine)(shown);
    if (file.kind === 'absent') {
        (0, runner_ts_1.info)(`history: ${name} does not exist yet; a fresh history is started.`);
        return { history: (0, history_ts_1.emptyHistory)(reportId), file };
    }
    if (file.kind === 'refused') {
        (0, runner_ts_1.warning)(`history-path: ${name} is not this report's history (report-id ${reportId}): ${(0, runner_ts_1.oneLine)(file.reason)}. It is left as it is and will not be written; a fresh history is shown.`, { title: 'perf-report history' });
        return { history: (0, history_ts_1.emptyHistory)(reportId), file };
    }
    const { parsed } = file;
    if (parsed.problem) {
        (0, runner_ts_1.warning)(`history-path: ${name} is not a usable history as it is: ${(0, runner_ts_1.oneLine)(parsed.problem)}.`, {
            title: 'perf-report history',
        });
    }
    return { history: parsed.history, file };
}
/** The history restored with the cached baseline (none in older entries: a fresh one). */
function historyFromCache(raw, key, reportId) {
    if (raw === undefined)
        return (0, history_ts_1.emptyHistory)(reportId);
    const parsed = (0, history_ts_1.historyFrom)(raw, reportId);
    if (parsed.problem) {
        (0, runner_ts_1.warning)(`history: the cache entry ${key} holds no usable history: ${(0, runner_ts_1.oneLine)(parsed.problem)}.`, {
            title: 'perf-report history',
        });
    }
    return parsed.history;
}
exports.NODE_IO = {
    open: (path, flags, mode) => (0, node_fs_1.openSync)(path, flags, mode),
    fchmod: (fd, mode) => (0, node_fs_1.fchmodSync)(fd, mode),
    write: (fd, data, offset, length) => (0, node_fs_1.writeSync)(fd, data, offset, length),
    fsync: (fd) => (0, node_fs_1.fsyncSync)(fd),
    close: (fd) => (0, node_fs_1.closeSync)(fd),
    rename: (from, to) => (0, node_fs_1.renameSync)(from, to),
    unlink: (path) => (0, node_fs_1.unlinkSync)(path),
};
/**
 * Replaces `target` with `text` atomically: a new file with a random name in the same folder
 * (created exclusively, never through a link), written, flushed to disk, then renamed over the
 * target. A failure before the rename removes the new file and leaves the target as it was; a
 * step cancelled at any point leaves the old file or the new one. `check` runs just before the
 * rename and may throw to stop it.
 */
function atomicWrite(target, text, mode, io = exports.NODE_IO, check = () => { }) {
    const dir = (0, node_path_1.dirname)(target);
    const temp = (0, node_path_1.join)(dir, `.${(0, node_path_1.basename)(target)}.${(0, node_crypto_1.randomBytes)(8).toString('hex')}.tmp`);
    let fd;
    let created = false;
    try {
        fd = io.open(temp, node_fs_1.constants.O_WRONLY | node_fs_1.constants.O_CREAT | node_fs_1.constants.O_EXCL | NOFOLLOW, mode);
        created = true;
        io.fchmod(fd, mode);
        const data = Buffer.from(text, 'utf8');
        for (let offset = 0; offset < data.length;) {
            offset += io.write(fd, data, offset, data.length - offset);
        }
        io.fsync(fd);
        io.close(fd);
        fd = undefined;
        check();
        io.rename(temp, target);
    }
    catch (error) {
        if (fd !== undefined) {
            try {
                io.close(fd);
            }
            catch { }
        }
        if (created) {
            try {
                io.unlink(temp);
            }
            catch { }
        }
        throw error;
    }
    // The rename is made durable by flushing the folder, where the platform allows it.
    try {
        const d = (0, node_fs_1.openSync)(dir, node_fs_1.constants.O_RDONLY);
        try {
            (0, node_fs_1.fsyncSync)(d);
        }
        finally {
            (0, node_fs_1.closeSync)(d);
        }
    }
    catch { }
}
/** Creates the missing folders from `root` down to `rel`'s folder, refusing any link met. */
function makeFolders(root, rel) {
    const parts = rel.split(node_path_1.sep).slice(0, -1);
    let at = root;
    for (const part of parts) {
        at = (0, node_path_1.join)(at, part);
        try {
            (0, node_fs_1.mkdirSync)(at, { mode: 0o755 });
        }
        catch (error) {
            if (errno(error) !== 'EEXIST')
                throw error;
        }
        const stat = (0, node_fs_1.lstatSync)(at);
        if (stat.isSymbolicLink() || !stat.isDirectory()) {
            throw new Error(`${(0, node_path_1.relative)(root, at)} is not a real folder`);
        }
    }
}
/**
 * Writes the history to `history-path` when what is there now is this report's history or
 * nothing (looked at again just before writing); otherwise a warning, and the file is left as it
 * was. Returns how many runs it wrote (the oldest are dropped to stay within MAX_FILE_BYTES), or
 * undefined when it wrote nothing.
 */
function writeHistoryFile(workspace, path, shown, history, io = exports.NODE_IO) {
    const name = (0, runner_ts_1.oneLine)(shown);
    const file = inspectHistoryFile(workspace, path, history.reportId);
    if (file.kind === 'refused') {
        (0, runner_ts_1.warning)(`history-path: ${name} was not written: ${(0, runner_ts_1.oneLine)(file.reason)}. It is left as it is.`, { title: 'perf-report history' });
        return undefined;
    }
    const { text, history: fitted, dropped } = (0, history_ts_1.fitHistory)(history);
    const target = (0, node_path_1.join)(file.root, file.rel);
    try {
        makeFolders(file.root, file.rel);
        atomicWrite(target, text, file.kind === 'ours' ? file.mode : exports.NEW_FILE_MODE, io, () => {
            // The folder must still be the one checked: no link swapped in on the way.
            if ((0, node_fs_1.realpathSync)((0, node_path_1.dirname)(target)) !== (0, node_path_1.dirname)(target)) {
                throw new Error('a folder on its path was replaced by a symbolic link');
            }
        });
    }
    catch (error) {
        (0, runner_ts_1.warning)(`history-path: could not write ${name}: ${(0, runner_ts_1.oneLine)((0, errors_ts_1.messageOf)(error))}`, {
            title: 'perf-report history',
        });
        return undefined;
    }
    (0, runner_ts_1.info)(`history: wrote ${fitted.entries.length} runs to ${name}${dropped > 0 ? ` (the ${dropped} oldest were dropped to stay under ${history_ts_1.MAX_FILE_BYTES} bytes)` : ''}.`);
    return fitted.entries.length;
}
/** The repository's default branch from the event payload, when it names one. */
function defaultBranch(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0, node_fs_1.readFileSync)(eventPath, 'utf8'));
        const name = event?.repository?.default_branch;
        return typeof name === 'string' ? name : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * This run's jobs as the history counts them: the measured jobs (named as pairing named their
 * runner) and the cancelled ones not measured, within `jobs`, leaving out the overhead jobs. Each
 * carries the machine that ran it (`runner_name`), when one did.
 */
function jobOutcomes(apiJobs, measured, include, isOverhead) {
    const overhead = new Set(apiJobs.filter(isOverhead).map((j) => j.id));
    const out = measured
        .filter((j) => !overhead.has(j.id))
        .map((j) => ({
        runner: j.runner,
        kind: j.kind,
        conclusion: j.conclusion,
        durationMs: j.durationMs,
        queueMs: j.queueMs,
        machine: j.runnerName,
    }));
    const counted = new Set(measured.map((j) => j.id));
    for (const job of apiJobs) {
        if (job.status !== 'completed' || job.conclusion !== 'cancelled')
            continue;
        if (!include(job.name) || overhead.has(job.id) || counted.has(job.id))
            continue;
        const who = { labels: job.labels ?? [], runnerName: job.runner_name };
        const values = (0, pairing_ts_1.splitName)(job.name).values.filter((v) => (0, pairing_ts_1.namesRunner)(v, who));
        out.push({
            runner: (0, pairing_ts_1.runnerFromValues)(values) ?? (0, jobs_ts_1.runnerFromLabels)(who),
            kind: (0, jobs_ts_1.runnerKind)({ ...job, labels: who.labels }),
            conclusion: 'cancelled',
            machine: job.runner_name,
        });
    }
    return out;
}
/** Adds this run to what the history shows, and to what it stores when the run may append. */
function stepHistory(history, report, outcomes, keep, context) {
    const entry = (0, history_ts_1.entryOf)({
        runId: report.run.runId,
        runAttempt: report.run.runAttempt,
        date: report.createdAt,
        commit: report.run.sha,
        speedup: report.speedup,
        jobs: outcomes,
    });
    const withThis = (0, history_ts_1.appendEntry)(history, entry, keep);
    const appended = (0, history_ts_1.appends)(context);
    const kept = { ...history, entries: history.entries.slice(-keep) };
    return {
        shown: withThis.entries,
        stored: appended ? withThis : kept,
        appended,
        before: kept.entries.length,
    };
}


/***/ }),

/***/ 2760:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.historyText = exports.emptyHistory = exports.MAX_MACHINES = exports.MAX_FILE_BYTES = exports.MAX_NAME = exports.MAX_RUNNERS = exports.MAX_HISTORY = exports.HISTORY_SCHEMA = void 0;
exports.machineRecords = machineRecords;
exports.runnerRecords = runnerRecords;
exports.entryOf = entryOf;
exports.appendEntry = appendEntry;
exports.appends = appends;
exports.historyEntry = historyEntry;
exports.parseHistory = parseHistory;
exports.historyFrom = historyFrom;
exports.fitHistory = fitHistory;
const measure_ts_1 = __nccwpck_require__(5780);
exports.HISTORY_SCHEMA = 'runner-actions/perf-report-history@1';
/** The most entries the `history` input may ask for, and the most a file may bring in. */
exports.MAX_HISTORY = 500;
/** The most runners one entry records (the busiest first). */
exports.MAX_RUNNERS = 20;
/** Longest runner name kept. */
exports.MAX_NAME = 100;
/** A history file larger than this is not read (nor written: older entries are dropped first). */
exports.MAX_FILE_BYTES = 5_000_000;
/** The most machines one runner record names (the busiest first). */
exports.MAX_MACHINES = 50;
const emptyHistory = (reportId) => ({
    schema: exports.HISTORY_SCHEMA,
    reportId,
    entries: [],
});
exports.emptyHistory = emptyHistory;
const FAILED = new Set(['failure', 'timed_out']);
const ends = (list) => ({
    jobs: list.length,
    succeeded: list.filter((j) => j.conclusion === 'success').length,
    failed: list.filter((j) => FAILED.has(j.conclusion ?? '')).length,
    cancelled: list.filter((j) => j.conclusion === 'cancelled').length,
});
/** The machines of one runner's jobs, busiest first, at most MAX_MACHINES. */
function machineRecords(jobs) {
    const groups = new Map();
    for (const job of jobs) {
        if (!job.machine)
            continue;
        const name = job.machine.slice(0, exports.MAX_NAME);
        const list = groups.get(name) ?? [];
        list.push(job);
        groups.set(name, list);
    }
    return [...groups]
        .map(([name, list]) => ({ name, ...ends(list) }))
        .sort((a, b) => b.jobs - a.jobs || a.name.localeCompare(b.name))
        .slice(0, exports.MAX_MACHINES);
}
/** The per-runner records of one run, busiest runner first, at most MAX_RUNNERS. */
function runnerRecords(jobs) {
    const groups = new Map();
    for (const job of jobs) {
        const key = `${job.kind}\u0000${job.runner}`;
        const list = groups.get(key) ?? [];
        list.push(job);
        groups.set(key, list);
    }
    const out = [];
    for (const list of groups.values()) {
        const first = list[0];
        const waits = list.flatMap((j) => (j.queueMs === undefined ? [] : [j.queueMs]));
        out.push({
            runner: first.runner.slice(0, exports.MAX_NAME),
            kind: first.kind,
            ...ends(list),
            durationMs: list.reduce((a, j) => a + (j.durationMs ?? 0), 0),
            queue: {
                jobs: waits.length,
                medianMs: (0, measure_ts_1.median)(waits),
                maxMs: waits.reduce((m, w) => Math.max(m, w), 0),
            },
            ...(first.kind === 'self-hosted' ? { machines: machineRecords(list) } : {}),
        });
    }
    return out
        .sort((a, b) => b.jobs - a.jobs || a.kind.localeCompare(b.kind) || a.runner.localeCompare(b.runner))
        .slice(0, exports.MAX_RUNNERS);
}
function entryOf(input) {
    return {
        runId: input.runId,
        runAttempt: input.runAttempt,
        date: input.date,
        commit: /^[0-9a-f]{0,64}$/i.test(input.commit) ? input.commit.toLowerCase() : '',
        speedup: input.speedup,
        runners: runnerRecords(input.jobs),
    };
}
/**
 * The history with `entry` last, at most `keep` entries (the newest). A re-run of a run already
 * recorded replaces its entry.
 */
function appendEntry(history, entry, keep) {
    const entries = history.entries.filter((e) => e.runId !== entry.runId);
    entries.push(entry);
    return { ...history, entries: keep > 0 ? entries.slice(-keep) : [] };
}
/**
 * Does this run add to the history? `push` runs do; `schedule` runs (GitHub runs them on the
 * default branch) and `workflow_dispatch` on the default branch do; pull requests and everything
 * else only read it.
 */
function appends(context) {
    if (context.event === 'push' || context.event === 'schedule')
        return true;
    if (context.event === 'workflow_dispatch') {
        return Boolean(context.defaultBranch) && context.refName === context.defaultBranch;
    }
    return false;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v) => Number.isSafeInteger(v) && v >= 0;
const ms = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
function machineRecord(value) {
    if (!isObject(value))
        return undefined;
    const { name, jobs, succeeded, failed, cancelled } = value;
    if (typeof name !== 'string' || !name)
        return undefined;
    if (!count(jobs) || !count(succeeded) || !count(failed) || !count(cancelled))
        return undefined;
    if (succeeded + failed + cancelled > jobs)
        return undefined;
    return { name: name.slice(0, exports.MAX_NAME), jobs, succeeded, failed, cancelled };
}
/** The machines of a stored runner record: undefined when absent (older files), null when invalid. */
function machinesOf(value, jobs) {
    if (value === undefined)
        return undefined;
    if (!Array.isArray(value) || value.length > exports.MAX_MACHINES)
        return null;
    const out = [];
    for (const m of value) {
        const record = machineRecord(m);
        if (!record || record.jobs > jobs)
            return null;
        out.push(record);
    }
    return out;
}
function runnerRecord(value) {
    if (!isObject(value))
        return undefined;
    const { runner, kind, jobs, succeeded, failed, cancelled, durationMs, queue } = value;
    if (typeof runner !== 'string' || !runner)
        return undefined;
    if (kind !== 'self-hosted' && kind !== 'github-hosted')
        return undefined;
    if (!count(jobs) || !count(succeeded) || !count(failed) || !count(cancelled))
        return undefined;
    if (succeeded + failed + cancelled > jobs || !ms(durationMs) || !isObject(queue))
        return undefined;
    if (!count(queue.jobs) || queue.jobs > jobs || !ms(queue.medianMs) || !ms(queue.maxMs)) {
        return undefined;
    }
    const machines = machinesOf(value.machines, jobs);
    if (machines === null)
        return undefined;
    return {
        runner: runner.slice(0, exports.MAX_NAME),
        kind,
        jobs,
        succeeded,
        failed,
        cancelled,
        durationMs,
        queue: { jobs: queue.jobs, medianMs: queue.medianMs, maxMs: queue.maxMs },
        ...(machines ? { machines } : {}),
    };
}
/** A valid entry, or undefined. */
function historyEntry(value) {
    if (!isObject(value))
        return undefined;
    const { runId, runAttempt, date, commit, speedup, runners } = value;
    if (!count(runId) || runId < 1 || !count(runAttempt) || runAttempt < 1)
        return undefined;
    if (typeof date !== 'string' || date.length > 40 || !Number.isFinite(Date.parse(date))) {
        return undefined;
    }
    if (typeof commit !== 'string' || !/^[0-9a-f]{0,64}$/i.test(commit))
        return undefined;
    if (speedup !== null && !(ms(speedup) && speedup < 1e6))
        return undefined;
    if (!Array.isArray(runners))
        return undefined;
    const records = [];
    for (const r of runners.slice(0, exports.MAX_RUNNERS)) {
        const record = runnerRecord(r);
        if (!record)
            return undefined;
        records.push(record);
    }
    return {
        runId,
        runAttempt,
        date,
        commit: commit.toLowerCase(),
        speedup: speedup,
        runners: records,
    };
}
/**
 * Reads a history from JSON text. Never throws: text that is not JSON, not a history, or the
 * history of another report-id gives a fresh history and the reason; invalid entries are dropped
 * (and counted in the reason); at most MAX_HISTORY entries, the newest, are kept.
 */
function parseHistory(text, reportId) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { history: (0, exports.emptyHistory)(reportId), problem: 'it is not JSON', foreign: true };
    }
    return historyFrom(json, reportId);
}
/** parseHistory for a value already parsed (the history inside a cache entry). */
function historyFrom(json, reportId) {
    const fresh = (problem) => ({
        history: (0, exports.emptyHistory)(reportId),
        problem,
        foreign: true,
    });
    if (!isObject(json) || json.schema !== exports.HISTORY_SCHEMA) {
        return fresh(`it is not a perf-report history (no "schema": "${exports.HISTORY_SCHEMA}")`);
    }
    if (json.reportId !== reportId) {
        const other = typeof json.reportId === 'string' ? json.reportId.slice(0, exports.MAX_NAME) : '?';
        return fresh(`it is the history of report-id '${other}', not '${reportId}'`);
    }
    if (!Array.isArray(json.entries))
        return fresh('it has no "entries" list');
    const entries = [];
    let dropped = 0;
    const seen = new Set();
    const tail = json.entries.slice(-exports.MAX_HISTORY * 2);
    dropped += json.entries.length - tail.length;
    for (const raw of tail) {
        const entry = historyEntry(raw);
        if (!entry || seen.has(entry.runId))
            dropped++;
        else {
            seen.add(entry.runId);
            entries.push(entry);
        }
    }
    const kept = entries.slice(-exports.MAX_HISTORY);
    dropped += entries.length - kept.length;
    const history = { schema: exports.HISTORY_SCHEMA, reportId, entries: kept };
    return dropped > 0
        ? {
            history,
            problem: `${dropped} of its ${json.entries.length} entries were invalid or over the limit and were left out`,
        }
        : { history };
}
/** The history as its file holds it. */
const historyText = (history) => `${JSON.stringify(history, null, 1)}\n`;
exports.historyText = historyText;
/**
 * The history's text within `maxBytes`: the oldest entries are dropped until it fits, so a file
 * this action writes is always one it reads back. `dropped` says how many went.
 */
function fitHistory(history, maxBytes = exports.MAX_FILE_BYTES) {
    let kept = history;
    let text = (0, exports.historyText)(kept);
    while (Buffer.byteLength(text) > maxBytes && kept.entries.length > 0) {
        const size = Buffer.byteLength(text);
        // Drop in proportion to the excess (at least one), then check again.
        const drop = Math.max(1, Math.ceil((kept.entries.length * (size - maxBytes)) / size));
        kept = { ...kept, entries: kept.entries.slice(drop) };
        text = (0, exports.historyText)(kept);
    }
    return { text, history: kept, dropped: history.entries.length - kept.entries.length };
}


/***/ }),

/***/ 6611:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readPerfInputs = readPerfInputs;
/** perf-report's inputs, parsed once into a typed, readonly object. */
const node_path_1 = __nccwpck_require__(6760);
const errors_ts_1 = __nccwpck_require__(4188);
const benchmarks_ts_1 = __nccwpck_require__(5470);
const budget_ts_1 = __nccwpck_require__(811);
const glob_ts_1 = __nccwpck_require__(9736);
const history_ts_1 = __nccwpck_require__(2760);
const phases_ts_1 = __nccwpck_require__(2658);
const prices_ts_1 = __nccwpck_require__(3784);
const units_ts_1 = __nccwpck_require__(5923);
const REPORT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function readPerfInputs(read, context) {
    const reportId = read.text('report-id', 'perf-report');
    if (!REPORT_ID.test(reportId)) {
        throw new errors_ts_1.InputError('report-id', `Input 'report-id' accepts up to 100 letters, digits, '.', '_' and '-', starting with a letter or digit; got '${reportId}'.`);
    }
    const runText = read.text('run-id') || context.runId || '';
    if (!/^\d+$/.test(runText) || Number(runText) < 1) {
        throw new errors_ts_1.InputError('run-id', runText
            ? `Input 'run-id' accepts a workflow run id (a positive whole number); got '${runText}'.`
            : "Input 'run-id' is required outside a workflow run (GITHUB_RUN_ID is not set).");
    }
    const baseline = readBaseline(read.text('baseline', 'none'), context.workspace);
    const reportText = read.text('report-path');
    const reportPath = reportText
        ? within(context.workspace, reportText)
        : (0, node_path_1.join)(context.temp, 'perf-report', `${reportId}.json`);
    if (!reportPath.toLowerCase().endsWith('.json')) {
        throw new errors_ts_1.InputError('report-path', `Input 'report-path' accepts a path ending in '.json'; got '${reportText}'.`);
    }
    const benchmarkFiles = read.lines('benchmark-files').map(benchmarks_ts_1.parseBenchmarkLine);
    const empty = benchmarkFiles.find((b) => !b.glob);
    if (empty) {
        throw new errors_ts_1.InputError('benchmark-files', "Input 'benchmark-files' accepts paths or globs, one per line, optionally prefixed 'bigger:' or 'smaller:'; a line has a prefix and no path.");
    }
    return {
        token: read.text('github-token'),
        runId: Number(runText),
        jobs: (0, glob_ts_1.splitGlobs)(read.text('jobs')),
        phases: (0, phases_ts_1.parsePhases)(read.lines('phases')),
        benchmarkFiles,
        baseline,
        reportPath,
        markdownPath: reportPath.replace(/\.json$/i, '.md'),
        threshold: read.number('regression-threshold', 1.15, { min: 1, max: 100 }),
        benchmarkNoiseFloor: readNoiseFloors(read.list('benchmark-noise-floor')),
        failOnRegression: read.bool('fail-on-regression', false),
        commentOnPr: read.bool('comment-on-pr', false),
        reportId,
        prices: (0, prices_ts_1.parsePrices)(read.text('price-per-minute')),
        ...(0, budget_ts_1.readBudgetInputs)(read),
        overheadJobs: (0, glob_ts_1.splitGlobs)(read.text('overhead-jobs')),
        history: read.int('history', 20, { min: 0, max: history_ts_1.MAX_HISTORY }),
        ...(read.text('history-path')
            ? { historyPath: historyPath(context.workspace, read.text('history-path')) }
            : {}),
        compareFailedJobs: read.bool('compare-failed-jobs', false),
    };
}
function readNoiseFloors(entries) {
    if (entries.length === 0)
        return units_ts_1.DEFAULT_FLOORS;
    const parsed = (0, units_ts_1.parseNoiseFloors)(entries);
    if ('bad' in parsed) {
        throw new errors_ts_1.InputError('benchmark-noise-floor', `Input 'benchmark-noise-floor' accepts amounts with their unit, comma or newline separated (such as '1ns', '2ms, 50 ops/s'), or '0' for none; got '${parsed.bad}'.`);
    }
    return parsed.floors;
}
/** `history-path` must name a file inside the workspace (links are checked when it is used). */
function historyPath(workspace, text) {
    const path = within(workspace, text);
    const rel = (0, node_path_1.relative)((0, node_path_1.resolve)(workspace), path);
    if (!rel || rel === '..' || rel.startsWith(`..${node_path_1.sep}`) || (0, node_path_1.isAbsolute)(rel)) {
        throw new errors_ts_1.InputError('history-path', `Input 'history-path' accepts the path of a file inside the workspace; got '${text}'.`);
    }
    return path;
}
function readBaseline(text, workspace) {
    const word = text.toLowerCase();
    if (word === 'none')
        return { kind: 'none' };
    if (word === 'cache')
        return { kind: 'cache' };
    if (!word.endsWith('.json')) {
        throw new errors_ts_1.InputError('baseline', `Input 'baseline' accepts 'none', 'cache', or the path of an earlier report ending in '.json'; got '${text}'.`);
    }
    return { kind: 'file', path: within(workspace, text) };
}
function within(workspace, path) {
    return (0, node_path_1.isAbsolute)(path) ? path : (0, node_path_1.resolve)(workspace, path);
}


/***/ }),

/***/ 3798:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.succeeded = exports.HOSTED_IMAGE = exports.GENERIC_LABELS = void 0;
exports.runnerKind = runnerKind;
exports.runnerFromLabels = runnerFromLabels;
exports.skipReason = skipReason;
exports.timeJob = timeJob;
exports.measureJobs = measureJobs;
/**
 * The jobs of a workflow run as the REST API gives them, reduced to what the report measures:
 * which kind of runner ran each job, how long it queued and ran, and its time per phase.
 */
const phases_ts_1 = __nccwpck_require__(2658);
/** Labels that say what a runner is, not which one it is. */
exports.GENERIC_LABELS = new Set([
    'self-hosted',
    'github-hosted',
    'linux',
    'macos',
    'windows',
    'x64',
    'arm64',
    'arm',
]);
/** A GitHub-hosted image label: ubuntu-latest, macos-15, windows-2022, ubuntu-24.04-arm, … */
exports.HOSTED_IMAGE = /^(ubuntu|macos|windows)-(latest|\d[\w.-]*)(-[\w.-]+)?$/i;
/**
 * Self-hosted or GitHub-hosted: the runner group `GitHub Actions` (or a runner named
 * `GitHub Actions N`) is GitHub's; a job asking for `self-hosted` is self-hosted; otherwise a job
 * asking only for hosted image labels (`ubuntu-latest`) is GitHub's, and anything else — an
 * actions-runner-controller scale set, whose jobs carry only its name — is self-hosted.
 */
function runnerKind(job) {
    if (job.runner_group_name === 'GitHub Actions')
        return 'github-hosted';
    if (/^GitHub Actions \d+$/.test(job.runner_name ?? ''))
        return 'github-hosted';
    const labels = job.labels.map((l) => l.toLowerCase());
    if (labels.includes('self-hosted'))
        return 'self-hosted';
    if (labels.length > 0 && labels.every((l) => exports.HOSTED_IMAGE.test(l)))
        return 'github-hosted';
    return 'self-hosted';
}
/** A name for the runner from its labels: `M4`, `macOS ARM64`, `ubuntu-latest`. */
function runnerFromLabels(job) {
    const specific = job.labels.filter((l) => !exports.GENERIC_LABELS.has(l.toLowerCase()));
    if (specific.length > 0)
        return specific.join(' ');
    const rest = job.labels.filter((l) => !/^(self|github)-hosted$/i.test(l));
    if (rest.length > 0)
        return rest.join(' ');
    return job.runnerName || 'unknown runner';
}
const time = (iso) => {
    if (!iso)
        return undefined;
    const t = Date.parse(iso);
    return Number.isFinite(t) ? t : undefined;
};
/** Why a job is left out, or undefined when it is measured. */
function skipReason(job, options = {}) {
    if (job.status !== 'completed')
        return 'not completed';
    if (job.conclusion === 'skipped')
        return 'skipped';
    const cancelled = job.conclusion === 'cancelled';
    if (cancelled && !options.cancelled)
        return 'cancelled';
    const start = time(job.started_at);
    const end = time(job.completed_at);
    const ran = Boolean(job.runner_name || job.runner_group_name || (job.steps ?? []).length > 0);
    if (cancelled && !ran)
        return 'cancelled';
    if (start === undefined || end === undefined || end < start)
        return 'no timestamps';
    if (!ran)
        return 'never ran on a runner';
    return undefined;
}
/** Whether a job ended `success` (not failed, timed out, cancelled, …). */
const succeeded = (job) => job.conclusion === 'success';
exports.succeeded = succeeded;
/** Times one completed job (check `skipReason` first). */
function timeJob(job, phases) {
    const created = time(job.created_at);
    const start = time(job.started_at);
    const end = time(job.completed_at);
    const totals = Object.fromEntries((0, phases_ts_1.phaseNames)(phases).map((n) => [n, 0]));
    const steps = [];
    for (const step of job.steps ?? []) {
        const s = time(step.started_at);
        const e = time(step.completed_at);
        if (s === undefined || e === undefined || e < s)
            continue;
        steps.push({ name: step.name, phase: (0, phases_ts_1.phaseOf)(step.name, phases), start: s, end: e });
    }
    // Each millisecond of the job counts once: steps are clipped to the job's own times and to the
    // end of the step before (clocks of steps and jobs can disagree; steps can overlap).
    let cursor = start;
    for (const step of [...steps].sort((a, b) => a.start - b.start)) {
        const from = Math.max(step.start, cursor);
        const to = Math.min(step.end, end);
        if (to <= from)
            continue;
        totals[step.phase] = (totals[step.phase] ?? 0) + (to - from);
        cursor = to;
    }
    // Time no timed step accounts for (no steps, steps without times, gaps between steps) is
    // `other`, so the phases always add up to the job's duration.
    const attributed = Object.values(totals).reduce((a, b) => a + b, 0);
    totals[phases_ts_1.OTHER] = (totals[phases_ts_1.OTHER] ?? 0) + Math.max(0, end - start - attributed);
    return {
        id: job.id,
        name: job.name,
        kind: runnerKind(job),
        runner: runnerFromLabels({ labels: job.labels, runnerName: job.runner_name }),
        labels: [...job.labels],
        runnerName: job.runner_name,
        conclusion: job.conclusion,
        created: created ?? start,
        start,
        end,
        durationMs: end - start,
        queueMs: Math.max(0, start - (created ?? start)),
        phases: totals,
        steps,
    };
}
/** Times every job that ran to completion and whose name matches `include` (all when empty). */
function measureJobs(jobs, phases, include = () => true, options = {}) {
    const measured = [];
    const skipped = {};
    for (const job of jobs) {
        if (!include(job.name))
            continue;
        const reason = skipReason(job, options);
        if (reason)
            skipped[reason] = (skipped[reason] ?? 0) + 1;
        else
            measured.push(timeJob(job, phases));
    }
    return { jobs: measured, skipped };
}


/***/ }),

/***/ 3051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RENDER_LIMITS = exports.formatValue = exports.endMark = exports.JOB_ROWS_OPEN = exports.speedupText = exports.plain = exports.COMMENT_BUDGET = exports.SUMMARY_BUDGET = void 0;
exports.fasterOrSlower = fasterOrSlower;
exports.headline = headline;
exports.jobOrder = jobOrder;
exports.utcTime = utcTime;
exports.renderMarkdown = renderMarkdown;
exports.renderWithin = renderWithin;
/**
 * The report as Markdown, for the step summary and the pull-request comment: a one-line headline,
 * the phase, job and queue tables, the timeline, benchmarks and regressions. Rendering shrinks the
 * long parts (job rows, benchmark rows, the chart) until the text fits its budget: GitHub's 1 MiB
 * step summary, or its 65,536-character comment body.
 */
const summary_ts_1 = __nccwpck_require__(1543);
const budget_ts_1 = __nccwpck_require__(811);
const gantt_ts_1 = __nccwpck_require__(1158);
const phases_ts_1 = __nccwpck_require__(2658);
const regressions_ts_1 = __nccwpck_require__(6758);
const savings_ts_1 = __nccwpck_require__(4339);
/** GitHub refuses a step summary over 1 MiB; stay clear of it. */
exports.SUMMARY_BUDGET = 1_000_000;
/** GitHub refuses a comment body over 65,536 characters. */
exports.COMMENT_BUDGET = 60_000;
/**
 * Text from outside the action (job, step, runner and benchmark names, labels, branches), safe in
 * Markdown prose and table cells: no markup, no line or cell breaks, no mentions
 * (docs/decisions/untrusted-text.md).
 */
const plain = (text) => (0, summary_ts_1.mdText)(text);
exports.plain = plain;
const speedupText = (x) => `${x.toFixed(1)}x`;
exports.speedupText = speedupText;
/** `2.8x faster`, `1.3x slower`; undefined when either side took no measurable time. */
function fasterOrSlower(selfMs, hostedMs) {
    if (selfMs <= 0 || hostedMs <= 0)
        return undefined;
    return hostedMs >= selfMs
        ? `${(0, exports.speedupText)(hostedMs / selfMs)} faster`
        : `${(0, exports.speedupText)(selfMs / hostedMs)} slower`;
}
/**
 * `, 4m15s saved` (nothing when neither side took time). Over more than one pair the figure is job
 * time summed over the pairs (jobs run side by side, so it is not the run's wall time): it says so.
 */
function savedText(selfMs, hostedMs, pairs) {
    if (selfMs <= 0 && hostedMs <= 0)
        return '';
    const ms = hostedMs - selfMs;
    const what = pairs > 1 ? ' of summed job time' : '';
    return `, ${(0, summary_ts_1.formatDuration)(Math.abs(ms))}${what} ${ms >= 0 ? 'saved' : 'lost'}`;
}
/** `self-hosted M4 ran 2.9x faster than ubuntu-latest`, or plain times when one side took 0s. */
function compared(self, hosted, selfMs, hostedMs) {
    const verdict = fasterOrSlower(selfMs, hostedMs);
    if (verdict)
        return `${self} ran ${verdict} than ${hosted}`;
    if (selfMs <= 0 && hostedMs <= 0) {
        return `${self} and ${hosted} both took under a second, too little to compare`;
    }
    return `${self} took ${(0, summary_ts_1.formatDuration)(selfMs)} against ${(0, summary_ts_1.formatDuration)(hostedMs)} on ${hosted}`;
}
const selfName = (runner) => /self-hosted/i.test(runner) ? runner : `self-hosted ${runner}`;
/** The one-line headline: one decimal and "x" (docs/decisions/speedup-format.md). */
function headline(report) {
    const { comparisons } = report;
    if (comparisons.length === 1) {
        const c = comparisons[0];
        return `${compared(selfName(c.selfHosted), c.hosted, c.selfMs, c.hostedMs)}${savedText(c.selfMs, c.hostedMs, c.pairs)}`;
    }
    if (comparisons.length > 1) {
        const selfMs = comparisons.reduce((a, c) => a + c.selfMs, 0);
        const hostedMs = comparisons.reduce((a, c) => a + c.hostedMs, 0);
        const pairs = comparisons.reduce((a, c) => a + c.pairs, 0);
        return `${compared('self-hosted runners', 'GitHub-hosted runners', selfMs, hostedMs)}${savedText(selfMs, hostedMs, pairs)}`;
    }
    if (report.jobs.length === 0)
        return `no completed job to measure in run ${report.run.runId}`;
    return `${(0, summary_ts_1.plural)(report.jobs.length, 'job')} measured; none ran on both a self-hosted and a GitHub-hosted runner`;
}
const dur = (ms) => (0, summary_ts_1.formatDuration)(ms);
const kindText = (kind) => (kind === 'github-hosted' ? 'GitHub-hosted' : kind);
function phaseRows(report) {
    return report.phases.filter((p) => p !== phases_ts_1.OTHER ||
        report.runners.some((r) => (r.phases[p] ?? 0) > 0) ||
        report.comparisons.some((c) => (c.phases[p]?.selfMs ?? 0) + (c.phases[p]?.hostedMs ?? 0) > 0));
}
function comparisonTable(report, c) {
    const cell = (selfMs, hostedMs) => [
        dur(selfMs),
        dur(hostedMs),
        selfMs > 0 ? (0, exports.speedupText)(hostedMs / selfMs) : '—',
        dur(hostedMs - selfMs),
    ];
    const rows = phaseRows(report).map((p) => {
        const t = c.phases[p] ?? { selfMs: 0, hostedMs: 0 };
        return [(0, exports.plain)(p), ...cell(t.selfMs, t.hostedMs)];
    });
    rows.push(['**job total**', ...cell(c.selfMs, c.hostedMs)]);
    return (0, summary_ts_1.table)([
        'phase',
        `${(0, exports.plain)(c.selfHosted)} (self-hosted)`,
        `${(0, exports.plain)(c.hosted)} (GitHub-hosted)`,
        'speedup',
        'saved',
    ], rows);
}
function runnerPhaseTable(report) {
    const runners = report.runners;
    const rows = phaseRows(report).map((p) => [
        (0, exports.plain)(p),
        ...runners.map((r) => dur(r.phases[p] ?? 0)),
    ]);
    rows.push(['**job total**', ...runners.map((r) => dur(r.durationMs))]);
    return (0, summary_ts_1.table)(['phase', ...runners.map((r) => `${(0, exports.plain)(r.runner)} (${kindText(r.kind)})`)], rows);
}
function phasesSection(report) {
    if (report.jobs.length === 0)
        return undefined;
    if (report.comparisons.length === 0) {
        return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)('Phases', 4), runnerPhaseTable(report)).trimEnd();
    }
    const parts = report.comparisons.map((c) => report.comparisons.length > 1
        ? (0, summary_ts_1.blocks)(`**${(0, exports.plain)(c.selfHosted)} vs ${(0, exports.plain)(c.hosted)}** (${(0, summary_ts_1.plural)(c.pairs, 'job')}, ${(0, exports.speedupText)(c.speedup)})`, comparisonTable(report, c)).trimEnd()
        : comparisonTable(report, c));
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)('Phases', 4), ...parts).trimEnd();
}
/** Jobs in table order: paired jobs first (each pair together), then the longest. */
function jobOrder(jobs) {
    const byId = new Map(jobs.map((j) => [j.id, j]));
    const out = [];
    const taken = new Set();
    for (const j of jobs) {
        if (j.pairedWith === undefined || j.kind !== 'self-hosted' || taken.has(j.id))
            continue;
        const other = byId.get(j.pairedWith);
        out.push(j);
        taken.add(j.id);
        if (other && !taken.has(other.id)) {
            out.push(other);
            taken.add(other.id);
        }
    }
    const rest = jobs.filter((j) => !taken.has(j.id)).sort((a, b) => b.durationMs - a.durationMs);
    return [...out, ...rest];
}
/** Job rows beyond this are folded in a `<details>` block: about a screenful. */
exports.JOB_ROWS_OPEN = 25;
/** `**failure**` after the name of a job that did not succeed; nothing for a successful one. */
const endMark = (j) => j.conclusion === 'success' ? '' : ` **${(0, exports.plain)(j.conclusion ?? 'no conclusion')}**`;
exports.endMark = endMark;
function jobsSection(report, limit, compareFailed = false) {
    if (report.jobs.length === 0)
        return undefined;
    const phases = phaseRows(report);
    const ordered = jobOrder(report.jobs);
    const shown = ordered.slice(0, limit);
    const rows = shown.map((j) => [
        `${(0, exports.plain)(j.name)}${(0, exports.endMark)(j)}`,
        `${(0, exports.plain)(j.runner)}${j.kind === 'github-hosted' ? ' (GitHub)' : ''}`,
        dur(j.durationMs),
        dur(j.queueMs),
        ...phases.map((p) => dur(j.phases[p] ?? 0)),
    ]);
    const hidden = ordered.length - shown.length;
    if (hidden > 0) {
        rows.push([
            `… and ${(0, summary_ts_1.plural)(hidden, 'more job')} (every job is in the JSON report)`,
            '',
            '',
            '',
            ...phases.map(() => ''),
        ]);
    }
    const jobsTable = (0, summary_ts_1.table)(['job', 'runner', 'duration', 'queued', ...phases.map(exports.plain)], rows);
    const shownText = hidden > 0
        ? `${(0, summary_ts_1.formatCount)(shown.length)} of ${(0, summary_ts_1.plural)(ordered.length, 'job')}`
        : (0, summary_ts_1.plural)(ordered.length, 'job');
    const unsuccessful = report.jobs.filter((j) => j.conclusion !== 'success').length;
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)('Jobs', 4), shown.length > exports.JOB_ROWS_OPEN
        ? (0, summary_ts_1.folded)(`${shownText}, longest first after the pairs`, jobsTable)
        : jobsTable, unsuccessful > 0 && !compareFailed
        ? `${(0, summary_ts_1.plural)(unsuccessful, 'job')} did not succeed (marked with how ${unsuccessful === 1 ? 'it' : 'they'} ended): not paired, so in no speedup (\`compare-failed-jobs: true\` pairs them).`
        : undefined).trimEnd();
}
function queueSection(report) {
    if (report.runners.length === 0)
        return undefined;
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)('Queue waits', 4), (0, summary_ts_1.table)(['runner', 'jobs', 'median wait', 'longest wait', 'total wait'], report.runners.map((r) => [
        `${(0, exports.plain)(r.runner)} (${kindText(r.kind)})`,
        (0, summary_ts_1.formatCount)(r.queue.jobs),
        dur(r.queue.medianMs),
        dur(r.queue.maxMs),
        dur(r.queue.totalMs),
    ]))).trimEnd();
}
function savingsLine(report) {
    const s = report.savings;
    if (!s)
        return undefined;
    const pairs = report.comparisons.reduce((a, c) => a + c.pairs, 0);
    const time = pairs === 1
        ? `${dur(Math.max(0, s.timeMs))} of job time`
        : `${dur(Math.max(0, s.timeMs))} of job time (summed over the jobs, which run side by side: the run's wall time shrinks by less)`;
    return (`Running the ${(0, summary_ts_1.plural)(pairs, 'paired job')} only on self-hosted runners saves ${time} ` +
        `and ${(0, summary_ts_1.plural)(s.hostedMinutes, 'billable GitHub-hosted minute')} per run (each job rounded up to a minute), ` +
        `about ${(0, summary_ts_1.mdMoney)(s.money)} ${(0, savings_ts_1.rateText)(s)}. ${(0, savings_ts_1.netSentence)(report) ?? ''}`).trimEnd();
}
/** `1.234 s`, `12,345 ops/sec` (the shared number style). */
exports.formatValue = summary_ts_1.formatNumber;
function percent(current, baseline) {
    if (baseline === 0)
        return current === 0 ? '0%' : 'new';
    return (0, summary_ts_1.formatPercent)((current - baseline) / Math.abs(baseline));
}
function benchmarksSection(report, baseline, regressed, limit) {
    if (report.benchmarks.length === 0)
        return undefined;
    const suites = new Map();
    for (const b of report.benchmarks) {
        const list = suites.get(b.suite) ?? [];
        list.push(b);
        suites.set(b.suite, list);
    }
    const parts = [(0, summary_ts_1.heading)('Benchmarks', 4)];
    let budget = limit;
    let hidden = 0;
    for (const [suite, list] of suites) {
        const shown = list.slice(0, Math.max(0, budget));
        budget -= shown.length;
        hidden += list.length - shown.length;
        if (shown.length === 0)
            continue;
        const withBaseline = report.baseline !== null;
        const notes = shown.some((b) => b.extra);
        const rows = shown.map((b) => {
            const row = [(0, exports.plain)(b.name), benchmarkValue(b), b.biggerIsBetter ? 'bigger' : 'smaller'];
            if (withBaseline) {
                const old = baseline.get((0, regressions_ts_1.benchKey)(b));
                row.push(old ? benchmarkValue(old) : '—', changeCell(b, old, report.threshold, regressed.has(`${b.suite} › ${b.name}`)));
            }
            if (notes)
                row.push(b.extra ? (0, exports.plain)(b.extra) : '');
            return row;
        });
        const headers = ['benchmark', 'value', 'better'];
        if (withBaseline)
            headers.push('baseline', 'change');
        if (notes)
            headers.push('notes');
        parts.push(`**${(0, exports.plain)(suite)}**`, (0, summary_ts_1.table)(headers, rows));
    }
    if (hidden > 0) {
        parts.push(`… and ${(0, summary_ts_1.plural)(hidden, 'more benchmark')} (every one is in the JSON report).`);
    }
    return (0, summary_ts_1.blocks)(...parts).trimEnd();
}
/** `2.346 s ± 0.0412`, or `**failed**: all 10 runs exited non-zero (exit code 1)`. */
function benchmarkValue(b) {
    if (b.failed)
        return `**failed**: ${(0, exports.plain)(b.failed)}`;
    return (0, exports.plain)(`${(0, exports.formatValue)(b.value, b.unit)}${b.range ? ` ${b.range}` : ''}`);
}
/** The change against the baseline, in the current unit (docs/decisions/benchmark-units.md). */
function changeCell(b, old, threshold, regression) {
    const verdict = (0, regressions_ts_1.judgeBenchmark)(b, old, threshold);
    switch (verdict.status) {
        case 'new':
            return 'new';
        case 'failed':
            return '**failed**';
        case 'baseline-failed':
            return 'baseline failed';
        case 'unit-changed':
            return `not comparable (unit was ${(0, exports.plain)(old?.unit ?? '')})`;
        default:
            return `${percent(b.value, verdict.baseline ?? 0)}${regression ? ' **regression**' : ''}`;
    }
}
function regressionValue(r, value) {
    return r.kind !== 'benchmark' ? dur(value) : (0, exports.formatValue)(value, r.unit);
}
function regressionsSection(report, limit) {
    if (!report.baseline)
        return undefined;
    const source = (0, exports.plain)(report.baseline.source);
    const run = report.baseline.runId ? ` (run ${report.baseline.runId})` : '';
    if (report.regressions.length === 0) {
        return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)('Regressions', 4), `None against the baseline ${source}${run} at threshold ${report.threshold}.`).trimEnd();
    }
    const sorted = [...report.regressions].sort((a, b) => (b.ratio ?? Infinity) - (a.ratio ?? Infinity));
    const shown = sorted.slice(0, limit);
    const rows = shown.map((r) => [
        (0, exports.plain)(r.name),
        r.kind,
        (0, exports.plain)(regressionValue(r, r.baseline)),
        (0, exports.plain)(regressionValue(r, r.current)),
        percent(r.current, r.baseline),
    ]);
    if (sorted.length > shown.length) {
        rows.push([`… and ${(0, summary_ts_1.formatCount)(sorted.length - shown.length)} more`, '', '', '', '']);
    }
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)('Regressions', 4), `${(0, summary_ts_1.formatCount)(report.regressions.length)} against the baseline ${source}${run}: worse than baseline x ${report.threshold}; phase and job changes under 1s, and benchmark changes within twice their spread or under the noise floor, ignored.`, (0, summary_ts_1.table)(['what', 'kind', 'baseline', 'now', 'change'], rows)).trimEnd();
}
function timelineSection(chart) {
    if (!chart)
        return undefined;
    const shown = chart.shownJobs < chart.totalJobs
        ? `The chart shows ${(0, summary_ts_1.formatCount)(chart.shownJobs)} of ${(0, summary_ts_1.plural)(chart.totalJobs, 'job')}: the paired jobs first, then the longest. `
        : '';
    const zone = `The axis is in your browser's time zone; the first job started at ${utcTime(chart.start)}.`;
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)('Timeline', 4), `\`\`\`mermaid\n${chart.text}\n\`\`\``, `${shown}${zone}`).trimEnd();
}
/** `2026-03-02 09:14:07 UTC`. */
function utcTime(ms) {
    return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
function skippedLine(report) {
    const entries = Object.entries(report.skipped);
    if (entries.length === 0)
        return undefined;
    return `Left out: ${entries.map(([why, n]) => `${(0, summary_ts_1.formatCount)(n)} ${why}`).join(', ')}.`;
}
exports.RENDER_LIMITS = {
    jobs: 200,
    benchmarks: 300,
    regressions: 100,
    chart: gantt_ts_1.CHART_LIMITS,
    trend: 100,
};
function renderMarkdown(input, limits = exports.RENDER_LIMITS) {
    const { report } = input;
    const baseline = (0, regressions_ts_1.baselineBenchmarks)(input.baselineBenchmarks);
    const regressed = new Set(report.regressions.filter((r) => r.kind === 'benchmark').map((r) => r.name));
    const paired = report.jobs.filter((j) => j.pairedWith !== undefined).length;
    const facts = [
        `Run ${report.run.runId}${report.run.runAttempt > 1 ? ` (attempt ${report.run.runAttempt})` : ''}${report.run.branch ? ` on ${(0, exports.plain)(report.run.branch)}` : ''}`,
        `${(0, summary_ts_1.plural)(report.jobs.length, 'job')} measured`,
        paired ? `${(0, summary_ts_1.formatCount)(paired)} paired` : undefined,
        report.speedup !== null ? `speedup ${report.speedup.toFixed(2)}` : undefined,
    ].filter(Boolean);
    const count = report.regressions.length;
    return (0, summary_ts_1.blocks)(input.preamble, (0, summary_ts_1.heading)(report.reportId === 'perf-report' ? 'perf-report' : `perf-report: ${(0, exports.plain)(report.reportId)}`), `**${(0, exports.plain)(headline(report))}**${(0, savings_ts_1.netText)(report) ? ` · ${(0, savings_ts_1.netText)(report)}` : ''}${report.baseline && count ? ` · **${count} regression${count === 1 ? '' : 's'}**` : ''}`, `${facts.join(' · ')}.`, savingsLine(report), report.budget ? (0, budget_ts_1.budgetSection)(report.budget) : undefined, skippedLine(report), input.notes?.length ? `Odd data from GitHub: ${(0, exports.plain)(input.notes.join(' '))}` : undefined, phasesSection(report), regressionsSection(report, limits.regressions), jobsSection(report, limits.jobs, input.compareFailedJobs), queueSection(report), input.trend?.(limits.trend), limits.chart && input.chart ? timelineSection(input.chart(limits.chart)) : undefined, benchmarksSection(report, baseline, regressed, limits.benchmarks));
}
/** Renders within `budget` (UTF-8 bytes), shrinking the long parts as needed. */
function renderWithin(input, budget, limits = exports.RENDER_LIMITS) {
    let current = limits;
    for (let round = 0;; round++) {
        const text = renderMarkdown(input, current);
        if (Buffer.byteLength(text) <= budget)
            return text;
        if (round >= 12)
            return truncate(text, budget);
        const chart = current.chart;
        current = {
            jobs: Math.floor(current.jobs / 2),
            benchmarks: Math.floor(current.benchmarks / 2),
            regressions: Math.floor(current.regressions / 2),
            trend: Math.floor(current.trend / 2),
            chart: chart && chart.jobs > 2
                ? { ...chart, jobs: Math.floor(chart.jobs / 2), chars: Math.floor(chart.chars / 2) }
                : false,
        };
    }
}
/** Last resort for absurd names: cut at a line break within the budget. */
function truncate(text, budget) {
    const note = '\n\n… (cut to fit; the JSON report has everything)\n';
    let cut = Buffer.from(text)
        .subarray(0, budget - Buffer.byteLength(note) - 4)
        .toString('utf8');
    cut = cut.replace(/\uFFFD$/, '');
    const line = cut.lastIndexOf('\n');
    cut = line > 0 ? cut.slice(0, line) : cut;
    const fenceOpen = (cut.match(/^```/gm)?.length ?? 0) % 2 === 1;
    return `${cut}${fenceOpen ? '\n```' : ''}${note}`;
}


/***/ }),

/***/ 5780:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.billableMinutes = exports.round2 = exports.LINUX_2_CORE_PRICE = void 0;
exports.ratio = ratio;
exports.median = median;
exports.queueStats = queueStats;
exports.compare = compare;
exports.runnerTotals = runnerTotals;
exports.savings = savings;
exports.buildReport = buildReport;
const prices_ts_1 = __nccwpck_require__(3784);
const report_ts_1 = __nccwpck_require__(9688);
/** GitHub's rate for a Linux 2-core hosted runner, USD per minute (prices.ts has the table). */
exports.LINUX_2_CORE_PRICE = 0.006;
const round2 = (n) => Math.round(n * 100) / 100;
exports.round2 = round2;
function ratio(hosted, self) {
    return self > 0 ? (0, exports.round2)(hosted / self) : null;
}
function median(values) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2
        ? sorted[mid]
        : (sorted[mid - 1] + sorted[mid]) / 2;
}
function queueStats(waits) {
    return {
        jobs: waits.length,
        medianMs: median(waits),
        maxMs: waits.reduce((m, w) => Math.max(m, w), 0),
        totalMs: waits.reduce((a, b) => a + b, 0),
    };
}
/** GitHub bills each job's minutes rounded up to the whole minute. */
const billableMinutes = (ms) => Math.ceil(ms / 60_000);
exports.billableMinutes = billableMinutes;
function compare(pairs, phases) {
    const groups = new Map();
    for (const pair of pairs) {
        const key = `${pair.self.runner}\u0000${pair.hosted.runner}`;
        const list = groups.get(key) ?? [];
        list.push(pair);
        groups.set(key, list);
    }
    const out = [];
    for (const list of groups.values()) {
        const first = list[0];
        const selfMs = sum(list.map((p) => p.self.durationMs));
        const hostedMs = sum(list.map((p) => p.hosted.durationMs));
        out.push({
            selfHosted: first.self.runner,
            hosted: first.hosted.runner,
            pairs: list.length,
            selfMs,
            hostedMs,
            speedup: ratio(hostedMs, selfMs) ?? 0,
            savedMs: hostedMs - selfMs,
            phases: Object.fromEntries(phases.map((phase) => [
                phase,
                {
                    selfMs: sum(list.map((p) => p.self.phases[phase] ?? 0)),
                    hostedMs: sum(list.map((p) => p.hosted.phases[phase] ?? 0)),
                },
            ])),
        });
    }
    return out.sort((a, b) => b.pairs - a.pairs);
}
function runnerTotals(jobs, phases) {
    const groups = new Map();
    for (const job of jobs) {
        const key = `${job.kind}\u0000${job.runner}`;
        const list = groups.get(key) ?? [];
        list.push(job);
        groups.set(key, list);
    }
    const out = [];
    for (const list of groups.values()) {
        const first = list[0];
        out.push({
            runner: first.runner,
            kind: first.kind,
            jobs: list.length,
            durationMs: sum(list.map((j) => j.durationMs)),
            phases: Object.fromEntries(phases.map((phase) => [phase, sum(list.map((j) => j.phases[phase] ?? 0))])),
            queue: queueStats(list.map((j) => j.queueMs)),
        });
    }
    const order = { 'self-hosted': 0, 'github-hosted': 1 };
    return out.sort((a, b) => order[a.kind] - order[b.kind] || a.runner.localeCompare(b.runner));
}
/**
 * What the paired GitHub-hosted jobs bill: each job's minutes rounded up, priced by its labels
 * (prices.ts); a bare number prices every minute alike.
 */
function savings(pairs, price) {
    if (pairs.length === 0)
        return null;
    const prices = typeof price === 'number' ? { flat: price, byKind: {} } : price;
    const rates = [];
    let money = 0;
    let hostedMinutes = 0;
    for (const p of pairs) {
        const minutes = (0, exports.billableMinutes)(p.hosted.durationMs);
        const { usd, sku, source } = (0, prices_ts_1.priceOf)(p.hosted.labels, prices);
        hostedMinutes += minutes;
        money += minutes * usd;
        const same = rates.find((r) => r.sku === sku && r.usd === usd && r.source === source);
        if (same)
            same.minutes += minutes;
        else
            rates.push({ sku, usd, source, minutes });
    }
    const uniform = rates.every((r) => r.usd === rates[0]?.usd);
    return {
        timeMs: sum(pairs.map((p) => p.hosted.durationMs - p.self.durationMs)),
        hostedMinutes,
        pricePerMinute: uniform
            ? (rates[0]?.usd ?? 0)
            : Math.round((money / Math.max(1, hostedMinutes)) * 10_000) / 10_000,
        money: Math.round(money * 10_000) / 10_000,
        rates,
    };
}
function buildReport(input) {
    const partner = new Map();
    for (const p of input.pairs) {
        partner.set(p.self.id, p.hosted.id);
        partner.set(p.hosted.id, p.self.id);
    }
    const selfMs = sum(input.pairs.map((p) => p.self.durationMs));
    const hostedMs = sum(input.pairs.map((p) => p.hosted.durationMs));
    const jobs = input.jobs.map((j) => {
        const record = {
            id: j.id,
            name: j.name,
            runner: j.runner,
            kind: j.kind,
            conclusion: j.conclusion,
            durationMs: j.durationMs,
            queueMs: j.queueMs,
            phases: { ...j.phases },
        };
        const other = partner.get(j.id);
        if (other !== undefined)
            record.pairedWith = other;
        return record;
    });
    return {
        schema: report_ts_1.SCHEMA,
        reportId: input.reportId,
        createdAt: input.createdAt,
        run: input.run,
        phases: [...input.phases],
        speedup: input.pairs.length ? ratio(hostedMs, selfMs) : null,
        comparisons: compare(input.pairs, input.phases),
        savings: savings(input.pairs, input.pricePerMinute),
        runners: runnerTotals(input.jobs, input.phases),
        jobs,
        skipped: { ...input.skipped },
        benchmarks: [...input.benchmarks],
        baseline: null,
        regressions: [],
        threshold: input.threshold,
    };
}
function sum(values) {
    let total = 0;
    for (const v of values)
        total += v;
    return total;
}


/***/ }),

/***/ 528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitName = splitName;
exports.joinName = joinName;
exports.namesRunner = namesRunner;
exports.runnerFromValues = runnerFromValues;
exports.pairJobs = pairJobs;
/**
 * Pairing: the same job run on a self-hosted and on a GitHub-hosted runner. GitHub names a
 * matrix job `build (M4, 20)`; once the matrix values that name the runner are set aside, the two
 * runs of one job have the same name.
 */
const jobs_ts_1 = __nccwpck_require__(3798);
/** `build (M4, 20)` → `{ base: 'build', values: ['M4', '20'] }`. */
function splitName(name) {
    const trimmed = name.trim();
    if (!trimmed.endsWith(')'))
        return { base: trimmed, values: [] };
    let depth = 0;
    for (let i = trimmed.length - 1; i >= 0; i--) {
        const c = trimmed[i];
        if (c === ')')
            depth++;
        else if (c === '(' && --depth === 0) {
            const base = trimmed.slice(0, i).trim();
            const inner = trimmed.slice(i + 1, -1);
            if (!base || !inner.trim())
                return { base: trimmed, values: [] };
            return { base, values: splitValues(inner) };
        }
    }
    return { base: trimmed, values: [] };
}
/** Splits on `, ` outside brackets, so a JSON array value stays one value. */
function splitValues(inner) {
    const values = [];
    let depth = 0;
    let current = '';
    for (let i = 0; i < inner.length; i++) {
        const c = inner[i];
        if (c === '[' || c === '(' || c === '{')
            depth++;
        else if (c === ']' || c === ')' || c === '}')
            depth = Math.max(0, depth - 1);
        if (c === ',' && depth === 0) {
            values.push(current.trim());
            current = '';
        }
        else
            current += c;
    }
    values.push(current.trim());
    return values;
}
function joinName({ base, values }) {
    return values.length ? `${base} (${values.join(', ')})` : base;
}
/** Words that name a job's runner: its labels, its runner's name, and the generic labels. */
function runnerWords(job) {
    return new Set([
        ...job.labels.map((l) => l.toLowerCase()),
        ...jobs_ts_1.GENERIC_LABELS,
        ...(job.runnerName ? [job.runnerName.toLowerCase()] : []),
    ]);
}
function valueNamesRunner(value, words) {
    const tokens = value
        .replace(/[[\]"']/g, '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
    return (tokens.length > 0 && tokens.every((t) => words.has(t.toLowerCase()) || jobs_ts_1.HOSTED_IMAGE.test(t)));
}
/** Does this matrix value name the job's runner (a label, the runner, `self-hosted`, an image)? */
function namesRunner(value, job) {
    return valueNamesRunner(value, runnerWords(job));
}
/** A display name from matrix values naming a runner: `M4`, `macOS ARM64`, `ubuntu-latest`. */
function runnerFromValues(values) {
    const tokens = values
        .flatMap((v) => v.replace(/[[\]"']/g, '').split(','))
        .map((t) => t.trim())
        .filter(Boolean);
    const specific = tokens.filter((t) => !jobs_ts_1.GENERIC_LABELS.has(t.toLowerCase()));
    if (specific.length > 0)
        return specific.join(' ');
    const rest = tokens.filter((t) => !/^(self|github)-hosted$/i.test(t));
    return rest.length > 0 ? rest.join(' ') : undefined;
}
function pairJobs(input, options = {}) {
    // Every job takes part in naming runners (a failed `build (M4)` is still the M4's job) ...
    const named = link(input);
    if (options.compareFailed)
        return named;
    // ... but only jobs that succeeded are paired.
    const comparable = link(named.jobs.filter(jobs_ts_1.succeeded));
    const renamed = new Map(comparable.pairs.flatMap((p) => [
        [p.self.id, p.self],
        [p.hosted.id, p.hosted],
    ]));
    return {
        jobs: named.jobs.map((j) => renamed.get(j.id) ?? j),
        pairs: comparable.pairs,
    };
}
/** Pairs `input` and names each job's runner from its matrix values (or its labels). */
function link(input) {
    const candidates = input.map((job) => {
        const split = splitName(job.name);
        const words = runnerWords(job);
        const runnerValues = split.values.filter((v) => valueNamesRunner(v, words));
        const rest = split.values.filter((v) => !runnerValues.includes(v));
        return {
            job: { ...job },
            split,
            key: joinName({ base: split.base, values: rest }).toLowerCase(),
            runnerValues,
            paired: false,
        };
    });
    for (const c of candidates) {
        c.job.runner = runnerFromValues(c.runnerValues) ?? (0, jobs_ts_1.runnerFromLabels)(c.job);
    }
    const self = candidates.filter((c) => c.job.kind === 'self-hosted');
    const hosted = candidates.filter((c) => c.job.kind === 'github-hosted');
    const pairs = [];
    const link = (s, h, name) => {
        s.paired = true;
        h.paired = true;
        pairs.push({ name, self: s.job, hosted: h.job });
    };
    // 1. Equal names once the values naming the runner are set aside.
    const byKey = new Map();
    for (const h of hosted) {
        const list = byKey.get(h.key) ?? [];
        list.push(h);
        byKey.set(h.key, list);
    }
    for (const s of self) {
        const h = byKey.get(s.key)?.find((x) => !x.paired);
        if (h) {
            const rest = s.split.values.filter((v) => !s.runnerValues.includes(v));
            link(s, h, joinName({ base: s.split.base, values: rest }));
        }
    }
    // 2. Same base and matrix, differing in exactly one value: that value names the runner.
    for (const s of self) {
        if (s.paired || s.split.values.length === 0)
            continue;
        for (const h of hosted) {
            if (h.paired || h.split.base.toLowerCase() !== s.split.base.toLowerCase())
                continue;
            const at = differsAt(s.split.values, h.split.values);
            if (at === undefined)
                continue;
            s.job.runner = runnerFromValues([s.split.values[at]]) ?? s.job.runner;
            h.job.runner = runnerFromValues([h.split.values[at]]) ?? h.job.runner;
            link(s, h, joinName({ base: s.split.base, values: s.split.values.filter((_, i) => i !== at) }));
            break;
        }
    }
    pairs.sort((a, b) => a.self.start - b.self.start || a.name.localeCompare(b.name));
    return { jobs: candidates.map((c) => c.job), pairs };
}
/** The one index where two equally long value lists differ, else undefined. */
function differsAt(a, b) {
    if (a.length !== b.length)
        return undefined;
    let at;
    for (let i = 0; i < a.length; i++) {
        if (a[i].toLowerCase() === b[i].toLowerCase())
            continue;
        if (at !== undefined)
            return undefined;
        at = i;
    }
    return at;
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readJobs = readJobs;
exports.perfReport = perfReport;
/**
 * perf-report's shell: read the inputs and the benchmark files, read the run's jobs, measure,
 * compare with the baseline, then write the report, the outputs, the summary and the comment.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_os_1 = __nccwpck_require__(8161);
const node_path_1 = __nccwpck_require__(6760);
const deadline_ts_1 = __nccwpck_require__(827);
const errors_ts_1 = __nccwpck_require__(4188);
const github_ts_1 = __nccwpck_require__(4336);
const inputs_ts_1 = __nccwpck_require__(6518);
const runner_ts_1 = __nccwpck_require__(445);
const summary_ts_1 = __nccwpck_require__(1543);
const api_jobs_ts_1 = __nccwpck_require__(8265);
const benchmarks_ts_1 = __nccwpck_require__(5470);
const budget_ts_1 = __nccwpck_require__(811);
const cache_ts_1 = __nccwpck_require__(218);
const comment_ts_1 = __nccwpck_require__(6489);
const files_ts_1 = __nccwpck_require__(7327);
const gantt_ts_1 = __nccwpck_require__(1158);
const glob_ts_1 = __nccwpck_require__(9736);
const history_ts_1 = __nccwpck_require__(2760);
const history_store_ts_1 = __nccwpck_require__(3228);
const inputs_ts_2 = __nccwpck_require__(6611);
const jobs_ts_1 = __nccwpck_require__(3798);
const markdown_ts_1 = __nccwpck_require__(3051);
const measure_ts_1 = __nccwpck_require__(5780);
const pairing_ts_1 = __nccwpck_require__(528);
const phases_ts_1 = __nccwpck_require__(2658);
const regressions_ts_1 = __nccwpck_require__(6758);
const savings_ts_1 = __nccwpck_require__(4339);
const trend_ts_1 = __nccwpck_require__(5879);
/** Time allowed for reading the run's jobs (all pages, retries included). */
const READ_SECONDS = 120;
/** Time allowed for the pull-request comment. */
const COMMENT_SECONDS = 60;
async function readJobs(client, repository, runId, notes = []) {
    const [owner, repo] = repository.split('/');
    const raw = [];
    await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { owner, repo, run_id: runId }, (page) => {
        const list = page?.jobs;
        if (!Array.isArray(list)) {
            throw new github_ts_1.ApiError('malformed', `GitHub answered the jobs of run ${runId} without a 'jobs' list.`);
        }
        raw.push(...list);
        return true;
    });
    const { jobs, problems } = (0, api_jobs_ts_1.checkJobs)(raw);
    for (const line of (0, api_jobs_ts_1.describeProblems)(problems)) {
        notes.push(`jobs of run ${runId}: ${line}`);
        (0, runner_ts_1.warning)(`The jobs of run ${runId} as GitHub listed them: ${line}`, {
            title: 'perf-report: odd job data',
        });
    }
    return jobs;
}
/** A per-day figure as a month's, rounded to 1/`per` (100: cents). */
const monthly = (perDay, per) => String(Math.round(perDay * budget_ts_1.DAYS_PER_MONTH * per) / per);
const apiUrl = (env = process.env) => env.GITHUB_API_URL || 'https://api.github.com';
async function perfReport() {
    const env = process.env;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const inputs = (0, inputs_ts_2.readPerfInputs)((0, inputs_ts_1.createReader)((0, inputs_ts_1.fromEnv)()), {
        runId: env.GITHUB_RUN_ID,
        workspace,
        temp: env.RUNNER_TEMP || (0, node_os_1.tmpdir)(),
    });
    (0, runner_ts_1.setSecret)(inputs.token);
    const repository = env.GITHUB_REPOSITORY ?? '';
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
        throw new errors_ts_1.RuntimeFault('GITHUB_REPOSITORY is not set: perf-report reads the jobs of a run of this repository.');
    }
    const show = (path) => (0, node_path_1.relative)(workspace, path) || path;
    // Files first: a bad benchmark file or baseline fails before any request.
    const benchmarks = (0, files_ts_1.loadBenchmarks)((0, files_ts_1.expandBenchmarkFiles)(inputs.benchmarkFiles, workspace));
    const failed = (0, benchmarks_ts_1.failedWarning)(benchmarks);
    if (failed)
        (0, runner_ts_1.warning)((0, runner_ts_1.oneLine)(failed), { title: 'perf-report: failed benchmarks' });
    const fileBaseline = inputs.baseline.kind === 'file'
        ? (0, files_ts_1.readBaselineFile)(inputs.baseline.path, show(inputs.baseline.path))
        : undefined;
    const plan = inputs.baseline.kind === 'cache'
        ? (0, cache_ts_1.cachePlan)({ baseRef: env.GITHUB_BASE_REF, ref: env.GITHUB_REF })
        : {};
    if (plan.note)
        (0, runner_ts_1.notice)(plan.note);
    const historyOn = inputs.history > 0 && (inputs.historyPath !== undefined || plan.restoreFrom);
    const fileHistory = inputs.history > 0 && inputs.historyPath
        ? (0, history_store_ts_1.readHistoryFile)(workspace, inputs.historyPath, show(inputs.historyPath), inputs.reportId)
        : undefined;
    if (inputs.history > 0 && !historyOn) {
        (0, runner_ts_1.info)('history: no history is kept without history-path or baseline: cache.');
    }
    const client = await (0, github_ts_1.createClient)({
        token: inputs.token,
        baseUrl: apiUrl(),
        deadline: (0, deadline_ts_1.deadline)(READ_SECONDS),
    });
    const notes = [];
    const [apiJobs, restored] = await Promise.all([
        readJobs(client, repository, inputs.runId, notes).catch((cause) => {
            const why = cause instanceof Error ? cause.message : String(cause);
            throw new errors_ts_1.RuntimeFault(`Could not read the jobs of run ${inputs.runId} in ${repository}: ${why}`);
        }),
        plan.restoreFrom ? (0, cache_ts_1.restoreBaseline)(inputs.reportId, plan.restoreFrom, workspace) : undefined,
    ]);
    (0, runner_ts_1.info)(`Read ${(0, summary_ts_1.plural)(apiJobs.length, 'job')} of run ${inputs.runId} in ${(0, summary_ts_1.plural)(client.requests, 'request')}.`);
    const phases = (0, phases_ts_1.phaseNames)(inputs.phases);
    const measured = (0, jobs_ts_1.measureJobs)(apiJobs, inputs.phases, (0, glob_ts_1.nameFilter)(inputs.jobs), {
        cancelled: inputs.compareFailedJobs,
    });
    const { jobs, pairs } = (0, pairing_ts_1.pairJobs)(measured.jobs, { compareFailed: inputs.compareFailedJobs });
    const current = env.GITHUB_RUN_ID === String(inputs.runId);
    const report = (0, regressions_ts_1.withBaseline)((0, measure_ts_1.buildReport)({
        reportId: inputs.reportId,
        createdAt: new Date().toISOString(),
        run: {
            repository,
            runId: inputs.runId,
            runAttempt: current ? Number(env.GITHUB_RUN_ATTEMPT) || 1 : 1,
            branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '',
            sha: current ? (env.GITHUB_SHA ?? '') : '',
            event: current ? (env.GITHUB_EVENT_NAME ?? '') : '',
        },
        phases,
        jobs,
        pairs,
        skipped: measured.skipped,
        benchmarks,
        pricePerMinute: inputs.prices,
        threshold: inputs.threshold,
    }), fileBaseline ?? restored?.report, fileBaseline
        ? show(inputs.baseline.path)
        : restored
            ? `cache ${restored.key}`
            : '', inputs.benchmarkNoiseFloor);
    const isOverhead = (0, savings_ts_1.overheadMatcher)(inputs.overheadJobs);
    report.overhead = (0, savings_ts_1.overheadOf)(apiJobs, isOverhead, inputs.prices);
    const history = historyOn
        ? (0, history_store_ts_1.stepHistory)(fileHistory?.history ??
            (restored
                ? (0, history_store_ts_1.historyFromCache)(restored.history, restored.key, inputs.reportId)
                : (0, history_ts_1.emptyHistory)(inputs.reportId)), report, (0, history_store_ts_1.jobOutcomes)(apiJobs, jobs, (0, glob_ts_1.nameFilter)(inputs.jobs), isOverhead), inputs.history, {
            event: report.run.event,
            refName: env.GITHUB_REF_NAME ?? '',
            defaultBranch: (0, history_store_ts_1.defaultBranch)(env.GITHUB_EVENT_PATH),
        })
        : undefined;
    const budget = (0, budget_ts_1.budgetOf)(report, { ...inputs, entries: history?.stored.entries ?? [] });
    if (budget)
        report.budget = budget;
    const baselineReport = fileBaseline ?? restored?.report;
    const chart = (limits) => (0, gantt_ts_1.ganttChart)(jobs, pairs, `Run ${inputs.runId}`, limits);
    const trend = history && ((points) => (0, trend_ts_1.trendSection)(history.shown, points));
    const render = {
        report,
        baselineBenchmarks: baselineReport?.benchmarks,
        chart,
        trend,
        notes,
        compareFailedJobs: inputs.compareFailedJobs,
    };
    const markdown = (0, markdown_ts_1.renderWithin)(render, markdown_ts_1.SUMMARY_BUDGET);
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(inputs.reportPath), { recursive: true });
    (0, node_fs_1.writeFileSync)(inputs.reportPath, `${JSON.stringify(report, null, 2)}\n`);
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(inputs.markdownPath), { recursive: true });
    (0, node_fs_1.writeFileSync)(inputs.markdownPath, markdown);
    (0, runner_ts_1.info)((0, runner_ts_1.oneLine)(`${(0, markdown_ts_1.headline)(report)}${(0, savings_ts_1.netText)(report) ? `, ${(0, savings_ts_1.netText)(report)}` : ''}`));
    if (report.baseline)
        (0, runner_ts_1.info)(`${(0, summary_ts_1.formatCount)(report.regressions.length)} regressions against ${(0, runner_ts_1.oneLine)(report.baseline.source)}.`);
    (0, runner_ts_1.setOutput)('speedup', report.speedup === null ? '' : report.speedup.toFixed(2));
    (0, runner_ts_1.setOutput)('regressions', report.regressions.length);
    (0, runner_ts_1.setOutput)('report', inputs.reportPath);
    (0, runner_ts_1.setOutput)('markdown', inputs.markdownPath);
    (0, runner_ts_1.setOutput)('minutes-saved', (0, savings_ts_1.netMinutes)(report) ?? '');
    (0, runner_ts_1.setOutput)('overhead-minutes', report.overhead.minutes);
    (0, runner_ts_1.setOutput)('net-saved-per-month', budget ? monthly(budget.perDay.net.usd, 100) : '');
    (0, runner_ts_1.setOutput)('net-minutes-per-month', budget ? monthly(budget.perDay.net.minutes, 1) : '');
    // How many runs the history holds after this step: what it held before when storing failed.
    let historyCount = history?.stored.entries.length ?? 0;
    if (history && inputs.historyPath && history.appended) {
        const written = fileHistory?.file.kind === 'refused'
            ? undefined
            : (0, history_store_ts_1.writeHistoryFile)(workspace, inputs.historyPath, show(inputs.historyPath), history.stored);
        if (fileHistory?.file.kind === 'refused') {
            (0, runner_ts_1.info)('history: this run is not written to history-path (see the warning above).');
        }
        historyCount = written ?? history.before;
    }
    else if (history && !history.appended) {
        (0, runner_ts_1.info)('history: this run only reads the history (pull requests and other events do not add to it).');
    }
    (0, runner_ts_1.appendSummary)(markdown);
    if (plan.saveAs) {
        const cached = history && !inputs.historyPath ? history.stored : undefined;
        const saved = await (0, cache_ts_1.saveReport)(report, plan.saveAs, workspace, cached);
        if (cached && !saved)
            historyCount = history?.before ?? 0;
    }
    (0, runner_ts_1.setOutput)('history-count', historyCount);
    if (inputs.commentOnPr)
        await comment(inputs, repository, render);
    if (inputs.failOnRegression && report.regressions.length > 0) {
        (0, runner_ts_1.error)(`${(0, summary_ts_1.plural)(report.regressions.length, 'regression')} against the baseline ${report.baseline?.source} (fail-on-regression).`, { title: 'perf-report: regressions' });
        process.exitCode = 1;
    }
}
async function comment(inputs, repository, render) {
    const number = (0, comment_ts_1.pullRequestNumber)(process.env.GITHUB_EVENT_PATH);
    if (number === undefined) {
        (0, runner_ts_1.notice)('comment-on-pr: this run is not for a pull request, so no comment was written.');
        return;
    }
    const mark = (0, comment_ts_1.marker)(inputs.reportId);
    const body = (0, markdown_ts_1.renderWithin)({ ...render, preamble: mark }, markdown_ts_1.COMMENT_BUDGET, {
        ...markdown_ts_1.RENDER_LIMITS,
        jobs: 50,
        benchmarks: 100,
        regressions: 50,
        chart: markdown_ts_1.RENDER_LIMITS.chart && { ...markdown_ts_1.RENDER_LIMITS.chart, chars: 20_000 },
    });
    try {
        const limit = (0, deadline_ts_1.deadline)(COMMENT_SECONDS);
        const client = await (0, github_ts_1.createClient)({ token: inputs.token, baseUrl: apiUrl(), deadline: limit });
        const done = await (0, comment_ts_1.upsertComment)(client, repository, number, mark, body, {
            limit,
            apiUrl: apiUrl(),
        });
        (0, runner_ts_1.info)(done.identity.login
            ? `comment-on-pr: the token writes as ${(0, runner_ts_1.oneLine)(done.identity.login)}; only its own marked comment is edited.`
            : "comment-on-pr: the token is a bot GitHub did not name (GraphQL's viewer did not answer); a marked comment by a Bot account is taken for its own.");
        for (const { comment: c, message } of done.refused) {
            (0, runner_ts_1.warning)(`comment-on-pr: comment ${c.id} by ${(0, runner_ts_1.oneLine)(c.login || 'an unknown account')} carries this report's marker, but GitHub refused to edit it (${(0, runner_ts_1.oneLine)(message)}). It is taken for another account's comment and left alone; this report wrote its own.`, { title: 'perf-report comment' });
        }
        for (const c of done.foreign) {
            (0, runner_ts_1.info)(`comment-on-pr: comment ${c.id} by ${(0, runner_ts_1.oneLine)(c.login || 'an unknown account')} carries the marker but was not written by this token's account, so it is left alone.`);
        }
        (0, runner_ts_1.info)(`comment-on-pr: ${done.action} comment ${done.id} on #${number}${done.recovered ? ' (the create failed after it was carried out; the comment was found and updated, not made twice)' : ''}.`);
    }
    catch (cause) {
        if (!(cause instanceof github_ts_1.ApiError))
            throw cause;
        const hint = cause.kind === 'forbidden' || cause.kind === 'not-found' || cause.kind === 'auth'
            ? ' The token needs pull-requests: write (a pull request from a fork gets a read-only token); the step summary has the report.'
            : ' The step summary has the report.';
        (0, runner_ts_1.warning)(`comment-on-pr: could not comment on #${number}: ${cause.message}${hint}`, {
            title: 'perf-report could not comment',
        });
    }
}


/***/ }),

/***/ 2658:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_PHASE_LINES = exports.OTHER = void 0;
exports.parsePhases = parsePhases;
exports.phaseOf = phaseOf;
exports.phaseNames = phaseNames;
/**
 * Phases: which steps count as install, build, test or lint. A step belongs to the first phase
 * whose pattern matches its name (case-insensitively); a step no phase claims is `other`.
 */
const errors_ts_1 = __nccwpck_require__(4188);
/** Steps no phase claims. */
exports.OTHER = 'other';
/** The default phases (install, build, test, lint: docs/decisions/perf-report-phases.md), in order. */
exports.DEFAULT_PHASE_LINES = [
    'install=\\b(install|npm ci|restore|dependencies|deps|bootstrap|setup-(node|python|go|java|ruby|dotnet|bun|deno)|pip|poetry|cache)\\b',
    'build=\\b(build|compile|assemble|make|tsc|webpack|package|xcodebuild|gradle)\\b',
    'test=\\b(tests?|spec|jest|vitest|pytest|mocha|rspec|e2e|coverage|ctest)\\b',
    'lint=\\b(lint|eslint|biome|prettier|format|fmt|clippy|typecheck|type-check|style|vet)\\b',
];
const NAME = /^[A-Za-z0-9][\w .-]*$/;
/** Parses `phase=regex` lines; an empty list means the default phases. */
function parsePhases(lines) {
    const given = lines.length > 0;
    const phases = [];
    for (const line of given ? lines : exports.DEFAULT_PHASE_LINES) {
        const at = line.indexOf('=');
        const name = at > 0 ? line.slice(0, at).trim() : '';
        const source = at > 0 ? line.slice(at + 1).trim() : '';
        if (!name || !source) {
            throw new errors_ts_1.InputError('phases', `Input 'phases' accepts lines of 'phase=regex' (e.g. 'install=pnpm install'); got '${line}'.`);
        }
        if (!NAME.test(name) || name.toLowerCase() === exports.OTHER) {
            throw new errors_ts_1.InputError('phases', `Input 'phases': '${name}' is not a phase name (letters, digits, space, '.', '_', '-'; not '${exports.OTHER}').`);
        }
        if (phases.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
            throw new errors_ts_1.InputError('phases', `Input 'phases' names the phase '${name}' twice.`);
        }
        let pattern;
        try {
            pattern = new RegExp(source, 'i');
        }
        catch (cause) {
            throw new errors_ts_1.InputError('phases', `Input 'phases': the pattern of '${name}' is not a regular expression (${cause.message}).`);
        }
        phases.push({ name, pattern });
    }
    return phases;
}
/** The phase a step of this name belongs to. */
function phaseOf(stepName, phases) {
    return phases.find((p) => p.pattern.test(stepName))?.name ?? exports.OTHER;
}
/** Phase names in display order, `other` last. */
function phaseNames(phases) {
    return [...phases.map((p) => p.name), exports.OTHER];
}


/***/ }),

/***/ 3784:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_PRICE = exports.TABLE_PRICES = exports.RATES = exports.PRICES_READ = exports.PRICES_EFFECTIVE = exports.PRICES_SOURCE = void 0;
exports.skuOfLabel = skuOfLabel;
exports.priceOf = priceOf;
exports.parsePrices = parsePrices;
/**
 * What a GitHub-hosted minute costs: GitHub's published per-minute rates, one dated table, and the
 * `price-per-minute` input that overrides them. Pure. See docs/decisions/perf-report-prices.md.
 */
const hosted_labels_ts_1 = __nccwpck_require__(2953);
const errors_ts_1 = __nccwpck_require__(4188);
const inputs_ts_1 = __nccwpck_require__(6518);
/** Where the rates come from (GitHub's "Actions runner pricing", formerly "minute multipliers"). */
exports.PRICES_SOURCE = 'https://docs.github.com/en/billing/reference/actions-runner-pricing';
/** The rates in force from this day (GitHub's price change of 1 January 2026). */
exports.PRICES_EFFECTIVE = '2026-01-01';
/** The day the table was read from the source and copied here. */
exports.PRICES_READ = '2026-12-05';
/** USD per minute by billing SKU, as GitHub lists them for private repositories. */
exports.RATES = {
    // Standard runners
    linux_slim: { what: 'Linux 1-core', usd: 0.002 },
    linux: { what: 'Linux 2-core', usd: 0.006 },
    windows: { what: 'Windows 2-core', usd: 0.01 },
    macos: { what: 'macOS 3-core or 4-core (M1 or Intel)', usd: 0.062 },
    // x64 larger runners
    linux_2_core_advanced: { what: 'Linux Advanced 2-core', usd: 0.006 },
    linux_4_core: { what: 'Linux 4-core', usd: 0.012 },
    linux_8_core: { what: 'Linux 8-core', usd: 0.022 },
    linux_16_core: { what: 'Linux 16-core', usd: 0.042 },
    linux_32_core: { what: 'Linux 32-core', usd: 0.082 },
    linux_64_core: { what: 'Linux 64-core', usd: 0.162 },
    linux_96_core: { what: 'Linux 96-core', usd: 0.252 },
    windows_4_core: { what: 'Windows 4-core', usd: 0.022 },
    windows_8_core: { what: 'Windows 8-core', usd: 0.042 },
    windows_16_core: { what: 'Windows 16-core', usd: 0.082 },
    windows_32_core: { what: 'Windows 32-core', usd: 0.162 },
    windows_64_core: { what: 'Windows 64-core', usd: 0.322 },
    windows_96_core: { what: 'Windows 96-core', usd: 0.552 },
    macos_l: { what: 'macOS 12-core (Intel, -large)', usd: 0.077 },
    // arm64 runners
    linux_2_core_arm: { what: 'Linux 2-core arm64', usd: 0.005 },
    linux_4_core_arm: { what: 'Linux 4-core arm64', usd: 0.008 },
    linux_8_core_arm: { what: 'Linux 8-core arm64', usd: 0.014 },
    linux_16_core_arm: { what: 'Linux 16-core arm64', usd: 0.026 },
    linux_32_core_arm: { what: 'Linux 32-core arm64', usd: 0.05 },
    linux_64_core_arm: { what: 'Linux 64-core arm64', usd: 0.098 },
    windows_2_core_arm: { what: 'Windows 2-core arm64', usd: 0.008 },
    windows_4_core_arm: { what: 'Windows 4-core arm64', usd: 0.014 },
    windows_8_core_arm: { what: 'Windows 8-core arm64', usd: 0.026 },
    windows_16_core_arm: { what: 'Windows 16-core arm64', usd: 0.05 },
    windows_32_core_arm: { what: 'Windows 32-core arm64', usd: 0.098 },
    windows_64_core_arm: { what: 'Windows 64-core arm64', usd: 0.194 },
    macos_xl: { what: 'macOS 5-core (M2 Pro, -xlarge)', usd: 0.102 },
    // GPU runners
    linux_4_core_gpu: { what: 'Linux 4-core GPU', usd: 0.052 },
    windows_4_core_gpu: { what: 'Windows 4-core GPU', usd: 0.102 },
};
/** The SKU GitHub bills a standard image label under (labels from actions/fleet/hosted-labels.ts). */
function skuOfLabel(label) {
    const l = label.toLowerCase();
    if (!(0, hosted_labels_ts_1.isHostedLabel)(l))
        return undefined;
    if (l === 'ubuntu-slim')
        return 'linux_slim';
    if (l.startsWith('ubuntu-'))
        return l.endsWith('-arm') ? 'linux_2_core_arm' : 'linux';
    if (l.startsWith('windows-'))
        return l.endsWith('-arm') ? 'windows_2_core_arm' : 'windows';
    if (l.endsWith('-xlarge'))
        return 'macos_xl';
    if (l.endsWith('-large'))
        return 'macos_l';
    return 'macos';
}
exports.TABLE_PRICES = { byKind: {} };
/**
 * The price of a GitHub-hosted job's minute from its `runs-on` labels: a single-number input wins;
 * else an override of the first image label, else of its SKU, else the table. A job whose labels
 * name no GitHub image (an organization's larger runner) is priced as Linux 2-core, marked assumed.
 */
function priceOf(labels, prices) {
    const label = labels.map((l) => l.toLowerCase()).find((l) => skuOfLabel(l) !== undefined);
    const sku = label ? skuOfLabel(label) : 'linux';
    if (prices.flat !== undefined)
        return { usd: prices.flat, sku, source: 'input' };
    const override = (label === undefined ? undefined : prices.byKind[label]) ?? prices.byKind[sku];
    if (override !== undefined)
        return { usd: override, sku, source: 'input' };
    return { usd: exports.RATES[sku].usd, sku, source: label ? 'table' : 'assumed' };
}
/** The highest price accepted: well above GitHub's dearest runner, to catch a misplaced point. */
exports.MAX_PRICE = 100;
const NUMBER = /^(\d+\.?\d*|\.\d+)$/;
const ACCEPTS = "Input 'price-per-minute' accepts a number of USD per GitHub-hosted minute from 0 to 100 (e.g. 0.006), or comma- or newline-separated kind=number pairs, a kind being a GitHub-hosted image label (ubuntu-latest, macos-15, windows-latest, …) or a billing SKU (linux, windows, macos, linux_4_core, macos_xl, …)";
function priceNumber(text, shown) {
    const n = NUMBER.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(n) || n > exports.MAX_PRICE) {
        throw new errors_ts_1.InputError('price-per-minute', `${ACCEPTS}; got '${shown}'.`);
    }
    return n;
}
/** Parses `price-per-minute`; empty: GitHub's table. */
function parsePrices(text) {
    const value = text.trim();
    if (!value)
        return exports.TABLE_PRICES;
    if (!value.includes('='))
        return { flat: priceNumber(value, value), byKind: {} };
    const byKind = {};
    for (const item of (0, inputs_ts_1.splitList)(value)) {
        const eq = item.indexOf('=');
        if (eq < 0) {
            throw new errors_ts_1.InputError('price-per-minute', `${ACCEPTS}; '${item}' has no '=' (a single number cannot be mixed with kind=number pairs).`);
        }
        const kind = item.slice(0, eq).trim().toLowerCase();
        const known = Object.hasOwn(exports.RATES, kind) || (0, hosted_labels_ts_1.isHostedLabel)(kind);
        if (!known) {
            throw new errors_ts_1.InputError('price-per-minute', `${ACCEPTS}; '${item.slice(0, eq).trim()}' is not a GitHub-hosted image label or billing SKU (a larger runner of your organization is priced with a single number).`);
        }
        if (Object.hasOwn(byKind, kind)) {
            throw new errors_ts_1.InputError('price-per-minute', `${ACCEPTS}; '${kind}' is given twice.`);
        }
        byKind[kind] = priceNumber(item.slice(eq + 1).trim(), item);
    }
    return { byKind };
}


/***/ }),

/***/ 6758:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.benchKey = exports.SPREAD_FACTOR = exports.NOISE_MS = void 0;
exports.worse = worse;
exports.durationRegressed = durationRegressed;
exports.judgeBenchmark = judgeBenchmark;
exports.findRegressions = findRegressions;
exports.baselineBenchmarks = baselineBenchmarks;
exports.withBaseline = withBaseline;
/**
 * Regressions against a baseline report: per-runner phase totals, per-job durations and benchmark
 * values. Worse than baseline x threshold is a regression (for bigger-is-better values: below
 * baseline / threshold), when the change is not noise: for phases and jobs a change under one
 * second is noise; a benchmark's change must exceed twice its two spreads added up and the noise
 * floor of its unit (docs/decisions/perf-report-regressions.md). Benchmarks are compared in one
 * unit (docs/decisions/benchmark-units.md).
 */
const phases_ts_1 = __nccwpck_require__(2658);
const units_ts_1 = __nccwpck_require__(5923);
/** Phase and job durations: changes smaller than this are noise. */
exports.NOISE_MS = 1000;
/**
 * A benchmark's change must be larger than this many times the baseline's and the current
 * spread added up: with hyperfine's stddev, their ±2σ bands do not touch.
 */
exports.SPREAD_FACTOR = 2;
/**
 * Worse than the threshold allows: current / baseline > threshold (bigger-is-better: baseline /
 * current > threshold), as github-action-benchmark's alert compares.
 */
function worse(c, threshold) {
    // A hair of tolerance, so 100 x 1.15 is not "slower" than 115 by a rounding error.
    return c.biggerIsBetter
        ? c.current * threshold < c.baseline * (1 - 1e-9)
        : c.current > c.baseline * threshold * (1 + 1e-9);
}
/** A phase or job duration (milliseconds) regressed: worse, and by one second or more. */
function durationRegressed(baselineMs, currentMs, threshold) {
    return (worse({ baseline: baselineMs, current: currentMs, biggerIsBetter: false }, threshold) &&
        currentMs - baselineMs >= exports.NOISE_MS);
}
/**
 * The spread as a number: `rangeValue`, or its `range` text read (reports written before it, or
 * a baseline file whose `rangeValue` is not a number of zero or more).
 */
function spreadOf(b) {
    const v = b.rangeValue;
    return typeof v === 'number' && Number.isFinite(v) && v >= 0
        ? v
        : (0, units_ts_1.parseRange)(b.range, b.value, b.unit);
}
/** One benchmark against its baseline row: comparable? regressed? */
function judgeBenchmark(current, old, threshold, floors = units_ts_1.DEFAULT_FLOORS) {
    if (!old)
        return { status: 'new', regressed: false };
    if (current.failed)
        return { status: 'failed', regressed: false };
    if (old.failed)
        return { status: 'baseline-failed', regressed: false };
    const baseline = (0, units_ts_1.convert)(old.value, old.unit, current.unit);
    if (baseline === undefined)
        return { status: 'unit-changed', regressed: false };
    const oldSpread = spreadOf(old);
    const spread = exports.SPREAD_FACTOR *
        ((oldSpread === undefined ? 0 : ((0, units_ts_1.convert)(oldSpread, old.unit, current.unit) ?? 0)) +
            (spreadOf(current) ?? 0));
    const noise = Math.max(spread, (0, units_ts_1.floorFor)(floors, current.unit));
    const regressed = worse({ baseline, current: current.value, biggerIsBetter: current.biggerIsBetter }, threshold) && Math.abs(current.value - baseline) > noise;
    return { status: 'compared', baseline, noise, regressed };
}
/** Benchmarks match by suite and name. */
const benchKey = (b) => `${b.suite}\u0000${b.name}`;
exports.benchKey = benchKey;
function findRegressions(current, baseline, threshold, floors = units_ts_1.DEFAULT_FLOORS) {
    const found = [];
    const add = (kind, name, change) => {
        found.push({
            kind,
            name,
            ...change,
            ratio: change.baseline > 0 ? change.current / change.baseline : null,
        });
    };
    const duration = (kind, name, was, now) => {
        if (!durationRegressed(was, now, threshold))
            return;
        add(kind, name, { baseline: was, current: now, unit: 'ms', biggerIsBetter: false });
    };
    const before = new Map(baseline.runners.map((r) => [`${r.kind}\u0000${r.runner}`, r]));
    for (const runner of current.runners) {
        const old = before.get(`${runner.kind}\u0000${runner.runner}`);
        if (!old)
            continue;
        for (const phase of current.phases) {
            if (phase === phases_ts_1.OTHER)
                continue;
            const was = old.phases[phase];
            const now = runner.phases[phase];
            if (was === undefined || now === undefined)
                continue;
            duration('phase', `${runner.runner} / ${phase}`, was, now);
        }
    }
    const jobs = new Map();
    for (const j of baseline.jobs)
        if (!jobs.has(j.name))
            jobs.set(j.name, j.durationMs);
    const seen = new Set();
    for (const job of current.jobs) {
        const was = jobs.get(job.name);
        if (was === undefined || seen.has(job.name))
            continue;
        seen.add(job.name);
        duration('job', job.name, was, job.durationMs);
    }
    const benches = baselineBenchmarks(baseline.benchmarks);
    for (const bench of current.benchmarks) {
        const verdict = judgeBenchmark(bench, benches.get((0, exports.benchKey)(bench)), threshold, floors);
        if (!verdict.regressed || verdict.baseline === undefined)
            continue;
        add('benchmark', `${bench.suite} › ${bench.name}`, {
            baseline: verdict.baseline,
            current: bench.value,
            unit: bench.unit,
            biggerIsBetter: bench.biggerIsBetter,
        });
    }
    return found;
}
/** The baseline's benchmarks by suite and name (the first of a repeated name). */
function baselineBenchmarks(list = []) {
    const map = new Map();
    for (const b of list)
        if (!map.has((0, exports.benchKey)(b)))
            map.set((0, exports.benchKey)(b), b);
    return map;
}
/** The report with its baseline and regressions filled in. */
function withBaseline(report, baseline, source, floors = units_ts_1.DEFAULT_FLOORS) {
    if (!baseline)
        return report;
    return {
        ...report,
        baseline: { source, runId: baseline.run.runId, createdAt: baseline.createdAt },
        regressions: findRegressions(report, baseline, report.threshold, floors),
    };
}


/***/ }),

/***/ 9688:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The report: what one run measured, as plain data. It is written as JSON (the `report` output),
 * read back as a baseline, and accepted in `benchmark-files`.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCHEMA = void 0;
exports.isReport = isReport;
exports.reportProblem = reportProblem;
exports.looksLikeReport = looksLikeReport;
exports.SCHEMA = 'runner-actions/perf-report@1';
function isReport(value) {
    return reportProblem(value) === undefined;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const STRING = (v) => typeof v === 'string';
/** The fields of each list entry that reading a report back relies on. */
const ENTRY_FIELDS = {
    jobs: [
        ['name', STRING, 'a string'],
        ['durationMs', isNumber, 'a number'],
    ],
    runners: [
        ['runner', STRING, 'a string'],
        ['kind', STRING, 'a string'],
        ['durationMs', isNumber, 'a number'],
        ['phases', (v) => isObject(v) && Object.values(v).every(isNumber), 'an object of numbers'],
    ],
    benchmarks: [
        ['suite', STRING, 'a string'],
        ['name', STRING, 'a string'],
        ['value', isNumber, 'a number'],
        ['unit', STRING, 'a string'],
    ],
    comparisons: [
        ['selfHosted', STRING, 'a string'],
        ['hosted', STRING, 'a string'],
        ['speedup', isNumber, 'a number'],
    ],
};
/**
 * What is wrong with `value` as a report of this version, naming the field
 * (`'runners[2].phases' is not an object of numbers`); undefined when it can be read back.
 */
function reportProblem(value) {
    if (!isObject(value))
        return 'it is not a JSON object';
    if (value.schema !== exports.SCHEMA)
        return `'schema' is not '${exports.SCHEMA}'`;
    if (!isObject(value.run) || !isNumber(value.run.runId))
        return "'run.runId' is not a number";
    for (const [list, fields] of Object.entries(ENTRY_FIELDS)) {
        const entries = value[list];
        if (!Array.isArray(entries))
            return `'${list}' is not a list`;
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            if (!isObject(entry))
                return `'${list}[${i}]' is not an object`;
            for (const [field, test, what] of fields) {
                if (!test(entry[field]))
                    return `'${list}[${i}].${field}' is not ${what}`;
            }
        }
    }
    return undefined;
}
/** Does this JSON look like one of our reports, of any version? */
function looksLikeReport(value) {
    const schema = value?.schema;
    return typeof schema === 'string' && schema.startsWith('runner-actions/perf-report@');
}


/***/ }),

/***/ 4339:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WHAT_IF = exports.OVERHEAD_STEP = void 0;
exports.overheadMatcher = overheadMatcher;
exports.overheadOf = overheadOf;
exports.netMinutes = netMinutes;
exports.netText = netText;
exports.netSentence = netSentence;
exports.rateText = rateText;
/**
 * Net savings: the jobs that only choose or check a runner (select-runner, check-runner) are
 * themselves GitHub-hosted jobs, billed at least a minute each per run. They are the overhead of
 * choosing, subtracted from the GitHub-hosted minutes the paired jobs would bill.
 * See docs/decisions/perf-report-overhead.md; what they cost a month and a year is in budget.ts.
 */
const summary_ts_1 = __nccwpck_require__(1543);
const glob_ts_1 = __nccwpck_require__(9736);
const jobs_ts_1 = __nccwpck_require__(3798);
const measure_ts_1 = __nccwpck_require__(5780);
const prices_ts_1 = __nccwpck_require__(3784);
/**
 * A step that runs select-runner or check-runner, as the jobs API names it. The API gives step
 * names only, and GitHub names a `uses:` step without a `name:` after its reference:
 * `Run octo/runner-actions/select-runner@v1`, `Post Run …`, `Run ./select-runner`. A renamed
 * step is not recognised: name its job in `overhead-jobs`.
 */
exports.OVERHEAD_STEP = /\/(select|check)-runner(@\S*)?\s*$/i;
/** Does the job only choose or check a runner: a select/check-runner step, or named by a glob? */
function overheadMatcher(globs) {
    const named = globs.length > 0 ? (0, glob_ts_1.nameFilter)(globs) : () => false;
    return (job) => named(job.name) || (job.steps ?? []).some((s) => exports.OVERHEAD_STEP.test(s.name));
}
const time = (iso) => {
    const t = iso ? Date.parse(iso) : Number.NaN;
    return Number.isFinite(t) ? t : undefined;
};
/**
 * The overhead of a run: every overhead job that ran (whatever its conclusion, and whatever the
 * `jobs` input includes: choosing the runner costs the same), billed if GitHub-hosted.
 */
function overheadOf(jobs, isOverhead, prices = prices_ts_1.TABLE_PRICES) {
    const out = { jobs: [], minutes: 0, money: 0 };
    for (const job of jobs) {
        if (!isOverhead(job) || job.status !== 'completed' || job.conclusion === 'skipped')
            continue;
        const start = time(job.started_at);
        const end = time(job.completed_at);
        if (start === undefined || end === undefined || end < start)
            continue;
        out.jobs.push(job.name);
        if ((0, jobs_ts_1.runnerKind)(job) === 'github-hosted') {
            const minutes = Math.max(1, (0, measure_ts_1.billableMinutes)(end - start));
            out.minutes += minutes;
            out.money = (out.money ?? 0) + minutes * (0, prices_ts_1.priceOf)(job.labels, prices).usd;
        }
    }
    out.money = Math.round((out.money ?? 0) * 10_000) / 10_000;
    return out;
}
/** GitHub-hosted minutes avoided per run, net of the overhead; null without a pair. */
function netMinutes(report) {
    if (!report.savings)
        return null;
    return report.savings.hostedMinutes - (report.overhead?.minutes ?? 0);
}
const minutes = (n) => (0, summary_ts_1.plural)(n, 'billable GitHub-hosted minute');
/** Said after a per-run figure: the hosted twins did run, so it is what a run without them saves. */
exports.WHAT_IF = '(what-if: the paired jobs on self-hosted alone)';
/**
 * `net 6 billable GitHub-hosted minutes saved per run (what-if: …)` (or `lost`); undefined without a
 * pair. The hosted twins ran in this run, so the figure is a what-if and says so.
 */
function netText(report) {
    const net = netMinutes(report);
    if (net === null)
        return undefined;
    return `net ${minutes(Math.abs(net))} ${net >= 0 ? 'saved' : 'lost'} per run ${exports.WHAT_IF}`;
}
/** The money line's net sentence (Markdown; job names escaped). */
function netSentence(report) {
    const net = netMinutes(report);
    const s = report.savings;
    if (net === null || !s)
        return undefined;
    const overhead = report.overhead ?? { jobs: [], minutes: 0 };
    const overheadUsd = overhead.money ?? overhead.minutes * s.pricePerMinute;
    // Minutes and money can differ in sign when the overhead runs on a dearer runner: shown as is.
    const usd = Math.round((s.money - overheadUsd) * 10_000) / 10_000;
    const result = `**net ${net >= 0 ? '' : 'loss of '}${minutes(Math.abs(net))} per run, about ${(0, summary_ts_1.mdMoney)(net >= 0 ? usd : -usd)}**`;
    if (overhead.jobs.length === 0) {
        return `No job chose or checked a runner, so that is the ${result}.`;
    }
    const shown = overhead.jobs.slice(0, 5).map(summary_ts_1.mdText).join(', ');
    const more = overhead.jobs.length > 5 ? ` and ${overhead.jobs.length - 5} more` : '';
    const n = overhead.jobs.length;
    return `Choosing the runner costs ${minutes(overhead.minutes)} (${n} job${n === 1 ? '' : 's'}: ${shown}${more}), so that is a ${result}.`;
}
/**
 * How the hosted minutes were priced, after "about $X": `at &#36;0.006/minute (GitHub's Linux
 * 2-core rate)`, or per price when they differ; a runner no GitHub image label names is said to
 * be priced as Linux 2-core.
 */
function rateText(s) {
    const rates = s.rates ?? [];
    const what = (r) => r.source === 'input'
        ? 'price-per-minute'
        : r.source === 'assumed'
            ? 'no GitHub image label, so priced as Linux 2-core'
            : `GitHub's ${prices_ts_1.RATES[r.sku]?.what ?? r.sku} rate`;
    if (rates.length === 0)
        return `at ${(0, summary_ts_1.mdMoney)(s.pricePerMinute)}/minute`;
    if (rates.length === 1) {
        const r = rates[0];
        return `at ${(0, summary_ts_1.mdMoney)(r.usd)}/minute (${what(r)})`;
    }
    const parts = rates.map((r) => `${(0, summary_ts_1.plural)(r.minutes, 'minute')} at ${(0, summary_ts_1.mdMoney)(r.usd)} (${what(r)})`);
    return `(${parts.join(', ')})`;
}


/***/ }),

/***/ 5879:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_MACHINE_ROWS = exports.MACHINE_MIN_FAILED = exports.MAX_TABLE_ROWS = exports.pointLabel = exports.CALLOUT_MIN_JOBS = void 0;
exports.mermaidLabel = mermaidLabel;
exports.speedupChart = speedupChart;
exports.reliability = reliability;
exports.callouts = callouts;
exports.reliabilityTable = reliabilityTable;
exports.calloutText = calloutText;
exports.machineRows = machineRows;
exports.machineCallouts = machineCallouts;
exports.machineTable = machineTable;
exports.machineCalloutText = machineCalloutText;
exports.trendSection = trendSection;
/**
 * The trend over the history, for the summary and the PR comment: a mermaid `xychart-beta` line
 * of the speedup per recorded run (the current one last), and a reliability table per runner:
 * jobs, failed, cancelled, failure rate and median queue wait, calling out a self-hosted runner
 * that fails more than twice as often as the GitHub-hosted ones; and the same per self-hosted
 * machine (`runner_name`, over every label set it served), naming a machine that fails far more
 * often than the rest (docs/decisions/perf-report-machines.md).
 */
const summary_ts_1 = __nccwpck_require__(1543);
/** A self-hosted runner is called out only over at least this many (finished) jobs. */
exports.CALLOUT_MIN_JOBS = 10;
/** Text inside a quoted mermaid label: no quotes, brackets, line breaks or markup. */
function mermaidLabel(text) {
    const clean = String(text)
        .replace(/[^\w .:#/+-]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 24);
    return clean || '?';
}
/** The x-axis label of an entry: its short commit, else its run id. */
const pointLabel = (entry) => mermaidLabel(entry.commit ? entry.commit.slice(0, 7) : `#${entry.runId}`);
exports.pointLabel = pointLabel;
/** The speedup chart over the newest `limit` entries that have a speedup; undefined under 2. */
function speedupChart(entries, limit) {
    const shown = entries.filter((e) => e.speedup !== null).slice(-Math.max(0, limit));
    if (shown.length < 2)
        return undefined;
    const values = shown.map((e) => e.speedup);
    const top = Math.max(1, Math.ceil(Math.max(...values) * 1.2));
    const labels = shown.map((e) => `"${(0, exports.pointLabel)(e)}"`).join(', ');
    const text = [
        'xychart-beta',
        `  title "Speedup per run (x), oldest to newest"`,
        `  x-axis [${labels}]`,
        `  y-axis "speedup (x)" 0 --> ${top}`,
        `  line [${values.map((v) => v.toFixed(2)).join(', ')}]`,
    ].join('\n');
    return { text, points: shown.length };
}
/** A median of per-run medians, each weighted by how many waits it summarises. */
function weightedMedian(points) {
    const sorted = points.filter((p) => p.weight > 0).sort((a, b) => a.value - b.value);
    const total = sorted.reduce((a, p) => a + p.weight, 0);
    if (total === 0)
        return 0;
    let seen = 0;
    for (const p of sorted) {
        seen += p.weight;
        if (seen * 2 >= total)
            return p.value;
    }
    return sorted.at(-1).value;
}
const rate = (failed, finished) => finished > 0 ? failed / finished : null;
/** Rows per runner over every entry: self-hosted runners first, then by jobs. */
function reliability(entries) {
    const groups = new Map();
    for (const entry of entries) {
        for (const r of entry.runners) {
            const key = `${r.kind}\u0000${r.runner}`;
            const list = groups.get(key) ?? [];
            list.push(r);
            groups.set(key, list);
        }
    }
    const rows = [];
    for (const list of groups.values()) {
        const first = list[0];
        const jobs = list.reduce((a, r) => a + r.jobs, 0);
        const failed = list.reduce((a, r) => a + r.failed, 0);
        const cancelled = list.reduce((a, r) => a + r.cancelled, 0);
        rows.push({
            runner: first.runner,
            kind: first.kind,
            jobs,
            failed,
            cancelled,
            failureRate: rate(failed, jobs - cancelled),
            medianQueueMs: weightedMedian(list.map((r) => ({ value: r.queue.medianMs, weight: r.queue.jobs }))),
        });
    }
    const order = { 'self-hosted': 0, 'github-hosted': 1 };
    return rows.sort((a, b) => order[a.kind] - order[b.kind] || b.jobs - a.jobs || a.runner.localeCompare(b.runner));
}
/**
 * Self-hosted runners failing more than twice as often as the GitHub-hosted runners together,
 * over at least CALLOUT_MIN_JOBS finished (not cancelled) jobs.
 */
function callouts(rows) {
    const hosted = rows.filter((r) => r.kind === 'github-hosted');
    const hostedFailed = hosted.reduce((a, r) => a + r.failed, 0);
    const hostedFinished = hosted.reduce((a, r) => a + r.jobs - r.cancelled, 0);
    const hostedRate = rate(hostedFailed, hostedFinished);
    if (hostedRate === null)
        return [];
    return rows
        .filter((r) => r.kind === 'self-hosted' &&
        r.jobs - r.cancelled >= exports.CALLOUT_MIN_JOBS &&
        r.failureRate !== null &&
        r.failureRate > 2 * hostedRate)
        .map((row) => ({ row, hostedRate, hostedFinished }));
}
const percent = (r) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const kindText = (kind) => (kind === 'github-hosted' ? 'GitHub-hosted' : kind);
/** A Markdown table whose cells are already escaped (mdText), so nothing is escaped twice. */
function rawTable(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
/** The most runners in the reliability table (the busiest first within each kind). */
exports.MAX_TABLE_ROWS = 30;
function reliabilityTable(rows) {
    const shown = rows.slice(0, exports.MAX_TABLE_ROWS);
    const hidden = rows.length - shown.length;
    const more = hidden > 0 ? [[`… and ${hidden} more runners`, '', '', '', '', '']] : [];
    return rawTable(['runner', 'jobs', 'failed', 'cancelled', 'failure rate', 'median queue wait'], shown
        .map((r) => [
        `${(0, summary_ts_1.mdText)(r.runner)} (${kindText(r.kind)})`,
        String(r.jobs),
        String(r.failed),
        String(r.cancelled),
        percent(r.failureRate),
        (0, summary_ts_1.formatDuration)(r.medianQueueMs),
    ])
        .concat(more));
}
function calloutText(c) {
    const finished = c.row.jobs - c.row.cancelled;
    return (`**${(0, summary_ts_1.mdText)(c.row.runner)} (self-hosted) fails more than twice as often as GitHub-hosted runners:** ` +
        `${c.row.failed} of ${finished} jobs (${percent(c.row.failureRate)}) against ` +
        `${percent(c.hostedRate)} of ${c.hostedFinished}.`);
}
/** A machine is named only when at least this many of its (finished) jobs failed. */
exports.MACHINE_MIN_FAILED = 3;
/** The most machines in the machine table (those failing most first). */
exports.MAX_MACHINE_ROWS = 30;
/**
 * One row per self-hosted machine over every entry (whichever workflow wrote it), its jobs summed
 * over every label set it served: most failures first, then highest rate, most jobs, name.
 */
function machineRows(entries) {
    const groups = new Map();
    for (const entry of entries) {
        for (const r of entry.runners) {
            if (r.kind !== 'self-hosted')
                continue;
            for (const m of r.machines ?? []) {
                const group = groups.get(m.name) ?? { name: m.name, runners: new Set(), list: [] };
                group.runners.add(r.runner);
                group.list.push(m);
                groups.set(m.name, group);
            }
        }
    }
    const rows = [...groups.values()].map(({ name, runners, list }) => {
        const jobs = list.reduce((a, m) => a + m.jobs, 0);
        const failed = list.reduce((a, m) => a + m.failed, 0);
        const cancelled = list.reduce((a, m) => a + m.cancelled, 0);
        return {
            name,
            runners: [...runners].sort(),
            jobs,
            failed,
            cancelled,
            failureRate: rate(failed, jobs - cancelled),
        };
    });
    return rows.sort((a, b) => b.failed - a.failed ||
        (b.failureRate ?? -1) - (a.failureRate ?? -1) ||
        b.jobs - a.jobs ||
        a.name.localeCompare(b.name));
}
/**
 * Machines failing far more often than everything else: at least MACHINE_MIN_FAILED failed jobs
 * and a failure rate more than twice the rest of the history's jobs together (or, with nothing
 * else finished, at least half its jobs). One flaky VM among healthy ones is named this way.
 */
function machineCallouts(machines, runners) {
    const allFailed = runners.reduce((a, r) => a + r.failed, 0);
    const allFinished = runners.reduce((a, r) => a + r.jobs - r.cancelled, 0);
    const out = [];
    for (const row of machines) {
        const finished = row.jobs - row.cancelled;
        if (row.failed < exports.MACHINE_MIN_FAILED || row.failureRate === null)
            continue;
        const restFailed = Math.max(0, allFailed - row.failed);
        const restFinished = Math.max(0, allFinished - finished);
        const restRate = rate(restFailed, restFinished);
        const flaky = restRate === null ? row.failureRate >= 0.5 : row.failureRate > 2 * restRate;
        if (flaky)
            out.push({ row, restFailed, restFinished, restRate });
    }
    return out;
}
function machineTable(rows) {
    const shown = rows.slice(0, exports.MAX_MACHINE_ROWS);
    const hidden = rows.length - shown.length;
    const more = hidden > 0 ? [[`… and ${hidden} more machines`, '', '', '', '', '']] : [];
    return rawTable(['machine', 'runner', 'jobs', 'failed', 'cancelled', 'failure rate'], shown
        .map((r) => [
        (0, summary_ts_1.mdText)(r.name),
        r.runners.map((n) => (0, summary_ts_1.mdText)(n)).join(', '),
        String(r.jobs),
        String(r.failed),
        String(r.cancelled),
        percent(r.failureRate),
    ])
        .concat(more));
}
function machineCalloutText(c) {
    const finished = c.row.jobs - c.row.cancelled;
    const rest = c.restRate === null
        ? 'no other job finished'
        : `the other jobs failed ${percent(c.restRate)} of ${c.restFinished}`;
    return (`**Machine ${(0, summary_ts_1.mdText)(c.row.name)} (self-hosted ${c.row.runners.map((n) => (0, summary_ts_1.mdText)(n)).join(', ')}) failed ${c.row.failed} of ${finished} jobs (${percent(c.row.failureRate)})**; ` +
        `${rest}. Check that machine before the runner kind.`);
}
/**
 * The trend section over `entries` (oldest first, the current run last), with at most `points`
 * runs in the chart; undefined when there is nothing to show.
 */
function trendSection(entries, points) {
    if (entries.length === 0)
        return undefined;
    const n = entries.length;
    const chart = points > 0 ? speedupChart(entries, points) : undefined;
    const noPair = entries.filter((e) => e.speedup === null).length;
    const chartNote = chart
        ? [
            chart.points < n - noPair
                ? `The chart shows the newest ${chart.points} runs with a speedup.`
                : undefined,
            noPair > 0
                ? `${noPair} run${noPair === 1 ? '' : 's'} without a pair ${noPair === 1 ? 'has' : 'have'} no speedup and ${noPair === 1 ? 'is' : 'are'} left out of the chart.`
                : undefined,
        ]
            .filter(Boolean)
            .join(' ')
        : 'The speedup chart needs at least two runs with a pair.';
    const rows = reliability(entries);
    const machines = machineRows(entries);
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)('Trend', 4), `Over ${n} recorded run${n === 1 ? '' : 's'}, the current one last.`, chart ? `\`\`\`mermaid\n${chart.text}\n\`\`\`` : undefined, chartNote || undefined, rows.length > 0 ? reliabilityTable(rows) : undefined, rows.length > 0
        ? 'Failure rate: jobs that ended `failure` or `timed_out`, over the jobs not cancelled.'
        : undefined, ...callouts(rows).map(calloutText), machines.length > 0
        ? `Per self-hosted machine (the runner's own name, over every label set it served):`
        : undefined, machines.length > 0 ? machineTable(machines) : undefined, ...machineCallouts(machines, rows).map(machineCalloutText)).trimEnd();
}


/***/ }),

/***/ 5923:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Benchmark units: which values can be compared and how to convert them, how a `range` reads as
 * a number, and the `benchmark-noise-floor` input. Pure. See docs/decisions/benchmark-units.md.
 *
 * A unit belongs to a family; values of one family convert into each other by a factor:
 * - times (`ns`, `us`, `µs`, `μs`, `ms`, `s`, `min`, `h` …): family `time`, in seconds;
 * - times per something (`ns/iter`, `ms/op`): family `time/iter`, `time/op`, in seconds per one;
 * - rates, something per time (`ops/s`, `ops/ms`, `req/s`, `MB/s`): family `rate:<something>`, in
 *   that something per second;
 * - anything else (`MB`, `points`, `Percent`): a family of its own, compared only with the very
 *   same unit.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_FLOORS = exports.DEFAULT_NOISE_FLOOR = void 0;
exports.secondsPer = secondsPer;
exports.unitScale = unitScale;
exports.convert = convert;
exports.isRateUnit = isRateUnit;
exports.parseRange = parseRange;
exports.floorFor = floorFor;
exports.parseNoiseFloors = parseNoiseFloors;
const TIME_WORDS = {
    ps: 1e-12,
    ns: 1e-9,
    nsec: 1e-9,
    nanosecond: 1e-9,
    nanoseconds: 1e-9,
    us: 1e-6,
    usec: 1e-6,
    microsecond: 1e-6,
    microseconds: 1e-6,
    ms: 1e-3,
    msec: 1e-3,
    millisecond: 1e-3,
    milliseconds: 1e-3,
    s: 1,
    sec: 1,
    secs: 1,
    second: 1,
    seconds: 1,
    min: 60,
    mins: 60,
    minute: 60,
    minutes: 60,
    h: 3600,
    hr: 3600,
    hrs: 3600,
    hour: 3600,
    hours: 3600,
};
/**
 * Seconds in one of this time unit (`ms` → 0.001), case-insensitive; `µs` (micro sign U+00B5) and
 * `μs` (Greek mu U+03BC) are `us`. Undefined for anything that is not a time.
 */
function secondsPer(unit) {
    const word = unit
        .trim()
        .toLowerCase()
        .replace(/^[\u00b5\u03bc]/, 'u');
    return Object.hasOwn(TIME_WORDS, word) ? TIME_WORDS[word] : undefined;
}
/** What a per-thing is called: `iter`, `iters`, `iteration` → `iter`; `op`, `ops` → `op`. */
function perThing(text) {
    const word = text.trim().toLowerCase();
    if (/^iter(ation)?s?$/.test(word))
        return 'iter';
    if (/^op(eration)?s?$/.test(word))
        return 'op';
    return word;
}
/** What a rate counts: `op`, `ops`, `operations` → `ops`; anything else as written. */
function rateThing(text) {
    const word = text.trim();
    return /^op(eration)?s?$/i.test(word) ? 'ops' : word;
}
/** The unit's family and its factor to the family's base unit. */
function unitScale(unit) {
    const text = unit.trim().replace(/\s+/g, ' ');
    const time = secondsPer(text);
    if (time !== undefined)
        return { kind: 'time', family: 'time', factor: time };
    const slash = /^([^/]+?) ?\/ ?([^/]+)$/.exec(text) ?? /^(.+?) per (\S+)$/i.exec(text);
    if (slash) {
        const [, top = '', bottom = ''] = slash;
        const topTime = secondsPer(top);
        const bottomTime = secondsPer(bottom);
        if (topTime !== undefined && bottomTime === undefined) {
            return { kind: 'time', family: `time/${perThing(bottom)}`, factor: topTime };
        }
        if (topTime === undefined && bottomTime !== undefined) {
            return { kind: 'rate', family: `rate:${rateThing(top)}`, factor: 1 / bottomTime };
        }
    }
    return { kind: 'other', family: `unit:${text}`, factor: 1 };
}
/** `value` in unit `from` expressed in unit `to`; undefined when they are not of one family. */
function convert(value, from, to) {
    if (from === to)
        return value;
    const a = unitScale(from);
    const b = unitScale(to);
    if (a.family !== b.family)
        return undefined;
    return (value * a.factor) / b.factor;
}
/**
 * Rate units are bigger-is-better: something per unit of time (`ops/s`, `req/ms`, `MB/s`,
 * `requests per second`), and the rate words `ops`, `fps`, `qps`, `rps`, `tps`, `iops`, `Hz`.
 */
function isRateUnit(unit) {
    if (unitScale(unit).kind === 'rate')
        return true;
    return /(^|[^\p{L}\p{N}])(ops|fps|qps|rps|tps|iops|[kmg]?hz)($|[^\p{L}\p{N}])/iu.test(unit);
}
const NUMBER = String.raw `(\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?`;
const RANGE = new RegExp(String.raw `^(?:±|\+ ?\/? ?-|- ?\/? ?\+)? ?(${NUMBER}) ?(.*)$`, 'i');
/**
 * A github-action-benchmark `range` (or hyperfine's stddev) as a number in the value's unit: a
 * JSON number, or text such as `± 3.1`, `+/- 300`, `±1.5%` (of the value), `5%`, `3`, `± 2 ms`
 * (converted; for `ns/iter` a time is per iteration too). Undefined when it does not read as one
 * spread (`[1, 3]`, `stddev: 4`, `2 MB` for a time), or is negative or not finite.
 */
function parseRange(range, value, unit) {
    if (typeof range === 'number')
        return Number.isFinite(range) && range >= 0 ? range : undefined;
    if (typeof range !== 'string')
        return undefined;
    const match = RANGE.exec(range.trim().replace(/\s+/g, ' '));
    if (!match)
        return undefined;
    const amount = Number(match[1]);
    const rest = (match[3] ?? '').trim();
    if (!Number.isFinite(amount))
        return undefined;
    if (rest === '')
        return amount;
    if (rest === '%')
        return Math.abs(value) * (amount / 100);
    // A time spread of a time per something (`± 40 ns` of `us/iter`) is in that something too.
    const [from, to] = [unitScale(rest), unitScale(unit)];
    const converted = from.kind === 'time' && to.kind === 'time'
        ? (amount * from.factor) / to.factor
        : convert(amount, rest, unit);
    return converted !== undefined && Number.isFinite(converted) ? converted : undefined;
}
const floorKey = (scale) => (scale.kind === 'time' ? 'time' : scale.family);
/** The floor for values in this unit, in this unit. */
function floorFor(floors, unit) {
    const scale = unitScale(unit);
    return (floors.get(floorKey(scale)) ?? 0) / scale.factor;
}
/** `benchmark-noise-floor`'s default: one nanosecond for every time, nothing else. */
exports.DEFAULT_NOISE_FLOOR = '1ns';
const AMOUNT = new RegExp(`^(${NUMBER}) ?([^\\d.\\s].*)$`, 'i');
/**
 * `1ns`, `2 ms, 50 ops/s`, `0.5 MB`: a floor per family (the last entry for a family wins). `0` or
 * `none` alone: no floor at all. Returns the floors, or the entry that does not read.
 */
function parseNoiseFloors(entries) {
    const floors = new Map();
    if (entries.length === 1 && /^(0|none)$/i.test(entries[0] ?? ''))
        return { floors };
    for (const entry of entries) {
        const match = AMOUNT.exec(entry.trim().replace(/\s+/g, ' '));
        const amount = Number(match?.[1]);
        if (!match || !Number.isFinite(amount))
            return { bad: entry };
        const scale = unitScale(match[3] ?? '');
        floors.set(floorKey(scale), amount * scale.factor);
    }
    return { floors };
}
/** The default floors (`DEFAULT_NOISE_FLOOR`). */
exports.DEFAULT_FLOORS = new Map([['time', 1e-9]]);


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
const perf_report_ts_1 = __nccwpck_require__(776);
(0, run_ts_1.run)(perf_report_ts_1.perfReport);

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
