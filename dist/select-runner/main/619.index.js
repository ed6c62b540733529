export const id = 619;
export const ids = [619];
export const modules = {

/***/ 619:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.installationToken = installationToken;
const errors_ts_1 = __webpack_require__(4188);
const github_ts_1 = __webpack_require__(4336);
const proxy_ts_1 = __webpack_require__(8423);
const runner_ts_1 = __webpack_require__(445);
const MINT = 'POST /app/installations/{installation_id}/access_tokens';
async function installationToken(app, owner) {
    (0, runner_ts_1.setSecret)(app.privateKey);
    (0, errors_ts_1.addSecret)(app.privateKey);
    const [{ createAppAuth }, { Octokit }, fetch] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(101), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 567)),
        Promise.all(/* import() */[__webpack_require__.e(101), __webpack_require__.e(504)]).then(__webpack_require__.bind(__webpack_require__, 4504)),
        (0, proxy_ts_1.proxiedFetch)(),
    ]);
    const octokit = new Octokit({
        authStrategy: createAppAuth,
        auth: { appId: app.appId, privateKey: app.privateKey.replace(/\\n/g, '\n') },
        baseUrl: app.baseUrl.replace(/\/+$/, ''),
        // Minting goes through the same proxy as every other request.
        request: { signal: app.deadline.signal, fetch },
        log: { debug() { }, info() { }, warn() { }, error() { } },
    });
    const route = installationRoute(owner);
    // Each request is named on its own, so a hang or a refusal says which one it was.
    let step = route.path;
    try {
        (0, github_ts_1.checkPathParams)(route.path, route.params);
        const { data } = await octokit.request(route.path, route.params);
        const installationId = data.id;
        if (typeof installationId !== 'number') {
            throw new github_ts_1.ApiError('malformed', `GitHub's answer to ${route.path} has no installation id.`);
        }
        step = MINT.replace('{installation_id}', String(installationId));
        const { token } = (await octokit.auth({ type: 'installation', installationId }));
        (0, runner_ts_1.setSecret)(token);
        (0, errors_ts_1.addSecret)(token);
        return token;
    }
    catch (error) {
        const fault = (0, github_ts_1.classify)(error, step, app.deadline);
        throw new github_ts_1.ApiError(fault.kind, `Could not mint a GitHub App installation token (app-id ${app.appId}, ${route.label}). ${fault.message}`, fault.status, fault.resetAt);
    }
}
function installationRoute(owner) {
    if (owner.repository) {
        const [o, r] = owner.repository.split('/');
        return {
            path: 'GET /repos/{owner}/{repo}/installation',
            params: { owner: o, repo: r },
            label: `repository ${owner.repository}`,
        };
    }
    if (owner.organization) {
        return {
            path: 'GET /orgs/{org}/installation',
            params: { org: owner.organization },
            label: `organization ${owner.organization}`,
        };
    }
    return {
        path: 'GET /enterprises/{enterprise}/installation',
        params: { enterprise: owner.enterprise },
        label: `enterprise ${owner.enterprise}`,
    };
}


/***/ })

};
