export const id = 51;
export const ids = [51];
export const modules = {

/***/ 51:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseToolLine = parseToolLine;
exports.parseToolLines = parseToolLines;
exports.versionIn = versionIn;
exports.judgeTool = judgeTool;
exports.toolFailure = toolFailure;
/**
 * `require-tools`: pure parsing and judging. A tool line is `tool` (present on
 * PATH) or `tool <semver range or exact version>`; the version is read from `tool --version`.
 */
const coerce_js_1 = __importDefault(__webpack_require__(889));
const satisfies_js_1 = __importDefault(__webpack_require__(883));
const valid_js_1 = __importDefault(__webpack_require__(705));
const errors_ts_1 = __webpack_require__(188);
const TOOL = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
function parseToolLine(line) {
    const [tool = '', ...rest] = line.trim().split(/\s+/);
    const range = rest.join(' ');
    if (!TOOL.test(tool)) {
        throw new errors_ts_1.InputError('require-tools', `Input 'require-tools' line '${line}': '${tool}' is not a command name (a line is 'tool' or 'tool <semver range>', e.g. 'node >=22').`);
    }
    if (!range)
        return { tool };
    if ((0, valid_js_1.default)(range) === null) {
        throw new errors_ts_1.InputError('require-tools', `Input 'require-tools' line '${line}': '${range}' is not a semver range or version (e.g. '>=22', '^2.70', '10.16.1').`);
    }
    return { tool, range };
}
function parseToolLines(lines) {
    const parsed = lines.map(parseToolLine);
    const seen = new Set();
    for (const r of parsed) {
        if (seen.has(r.tool)) {
            throw new errors_ts_1.InputError('require-tools', `Input 'require-tools' names '${r.tool}' twice; put the whole range on one line (e.g. '${r.tool} >=1.2 <2').`);
        }
        seen.add(r.tool);
    }
    return parsed;
}
/** The first version-looking thing in `--version` output: `v24.1.0`, `gh version 2.70.0 (…)`. */
function versionIn(output) {
    return (0, coerce_js_1.default)(output)?.version;
}
function judgeTool(req, probe) {
    const wanted = req.range ?? 'any version';
    const fail = (found, problem = found) => ({
        tool: req.tool,
        wanted,
        found,
        ok: false,
        problem,
    });
    if (!probe.path)
        return fail('not found on PATH');
    if (!req.range)
        return { tool: req.tool, wanted, found: probe.path, ok: true };
    if (probe.error !== undefined)
        return fail(probe.error);
    const version = versionIn(probe.output ?? '');
    if (!version) {
        const said = (probe.output ?? '').trim().split(/\r?\n/)[0]?.slice(0, 80) || 'nothing';
        return fail(`no version in '${req.tool} --version' (it printed '${said}')`);
    }
    if ((0, satisfies_js_1.default)(version, req.range, { includePrerelease: true })) {
        return { tool: req.tool, wanted, found: version, ok: true };
    }
    return fail(version, `found ${version}`);
}
/** One message naming every failed tool, what was wanted and what was found. */
function toolFailure(checks) {
    const failed = checks.filter((c) => !c.ok);
    if (!failed.length)
        return undefined;
    const list = failed.map((c) => `${c.tool} (wanted ${c.wanted}): ${c.problem}`).join('; ');
    return `require-tools: ${failed.length} of ${checks.length} not as required: ${list}.`;
}


/***/ })

};
