export const id = 619;
export const ids = [619];
export const modules = {

/***/ 619:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.installationToken = installationToken;
const github_ts_1 = __webpack_require__(336);
const runner_ts_1 = __webpack_require__(445);
async function installationToken(app, owner) {
    (0, runner_ts_1.setSecret)(app.privateKey);
    const [{ createAppAuth }, { Octokit }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(101), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 567)),
        Promise.all(/* import() */[__webpack_require__.e(101), __webpack_require__.e(504)]).then(__webpack_require__.bind(__webpack_require__, 504)),
    ]);
    const octokit = new Octokit({
        authStrategy: createAppAuth,
        auth: { appId: app.appId, privateKey: app.privateKey.replace(/\\n/g, '\n') },
        baseUrl: app.baseUrl.replace(/\/+$/, ''),
        request: { signal: app.deadline.signal },
        log: { debug() { }, info() { }, warn() { }, error() { } },
    });
    const route = installationRoute(owner);
    try {
        const { data } = await octokit.request(route.path, route.params);
        const { token } = (await octokit.auth({
            type: 'installation',
            installationId: data.id,
        }));
        (0, runner_ts_1.setSecret)(token);
        return token;
    }
    catch (error) {
        const fault = (0, github_ts_1.classify)(error, route.path, app.deadline);
        throw new github_ts_1.ApiError(fault.kind, `Could not mint a GitHub App installation token (app-id ${app.appId}, ${route.label}): ${fault.message}`, fault.status, fault.resetAt);
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
