export const id = 51;
export const ids = [51];
export const modules = {

/***/ 51:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VERSION_COMMANDS = void 0;
exports.versionCommand = versionCommand;
exports.commandText = commandText;
exports.parseToolLine = parseToolLine;
exports.parseToolLines = parseToolLines;
exports.versionIn = versionIn;
exports.judgeTool = judgeTool;
exports.toolFailure = toolFailure;
/**
 * `require-tools`: pure parsing and judging. A tool line is `tool` (present on PATH) or
 * `tool <semver range or exact version>`, read from the tool's version command: `tool --version`
 * unless the tool is one whose makers chose otherwise (VERSION_COMMANDS), or the line says
 * `via "<program> <arguments>"`; `after "<text>"` takes the version that follows that text in
 * the output instead of the first version-looking thing. Commands run without a shell, with a time
 * limit (probe.ts). See docs/decisions/version-commands.md.
 */
const coerce_js_1 = __importDefault(__webpack_require__(889));
const satisfies_js_1 = __importDefault(__webpack_require__(883));
const valid_js_1 = __importDefault(__webpack_require__(705));
const errors_ts_1 = __webpack_require__(188);
/**
 * Tools whose version is not what `--version` prints first (recorded outputs in
 * test/fixtures/tool-versions): `xcodebuild -version` prints `Xcode 16.2` (it has no
 * `--version`); Apple's `swift --version` prints `swift-driver version: 1.115` before
 * `Swift version 6.0.3`; `go` has a `version` subcommand and writes `go1.23.4`.
 */
exports.VERSION_COMMANDS = {
    xcodebuild: { args: ['-version'], after: 'Xcode' },
    swift: { args: ['--version'], after: 'Swift version' },
    go: { args: ['version'], after: 'go version go' },
};
/** The command that reads `req`'s version. */
function versionCommand(req) {
    if (req.via) {
        const [program = req.tool, ...args] = req.via;
        return { program, args, after: req.after };
    }
    const known = exports.VERSION_COMMANDS[req.tool];
    return {
        program: req.tool,
        args: known?.args ?? ['--version'],
        after: req.after ?? known?.after,
    };
}
/** `xcodebuild -version`: the command as the user would type it, for messages. */
function commandText(command) {
    return [command.program, ...command.args].join(' ');
}
const TOOL = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
/** An argument of `via`: no quotes, no shell syntax is needed since no shell runs it. */
const ARG = /^[^\s"'`]+$/;
const LINE = /^(\S+)(?:\s+(.*?))??(?:\s+via\s+"([^"]*)")?(?:\s+after\s+"([^"]*)")?$/;
const FORMS = "a line is 'tool', 'tool <semver range>', and after the range optionally " +
    'via "<program> <arguments>" and after "<text>", e.g. \'node >=22\', ' +
    '\'clang >=15 via "clang --version" after "clang version"\'';
function parseToolLine(line) {
    const bad = (why) => new errors_ts_1.InputError('require-tools', `Input 'require-tools' line '${line}': ${why} (${FORMS}).`);
    const [, tool = '', written = '', viaText, after] = LINE.exec(line.trim()) ?? [];
    const range = written.trim();
    if (!TOOL.test(tool))
        throw bad(`'${tool}' is not a command name`);
    if (/(^|\s)(via|after)(\s|$)/.test(range)) {
        throw bad(`'${range}' is not a semver range; via and after take their text in double quotes`);
    }
    if (!range) {
        if (viaText !== undefined || after !== undefined) {
            throw bad('via and after say how to read a version, so they need a range before them');
        }
        return { tool };
    }
    if ((0, valid_js_1.default)(range) === null) {
        throw bad(`'${range}' is not a semver range or version (e.g. '>=22', '^2.70', '10.16.1')`);
    }
    const req = { tool, range };
    if (viaText !== undefined) {
        const via = viaText.trim().split(/\s+/).filter(Boolean);
        const [program = ''] = via;
        if (!TOOL.test(program))
            throw bad(`via "${viaText}" does not start with a command name`);
        const odd = via.find((a) => !ARG.test(a));
        if (odd !== undefined)
            throw bad(`via "${viaText}" has the argument '${odd}' with a quote`);
        req.via = via;
    }
    if (after !== undefined) {
        if (!after.trim())
            throw bad('after "" is empty; name the text printed before the version');
        req.after = after;
    }
    return req;
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
/**
 * The first version-looking thing in a version command's output (`v24.1.0`, `gh version 2.70.0
 * (…)`), or with `after`, the first one after that text; undefined when there is none.
 */
function versionIn(output, after) {
    if (after === undefined)
        return (0, coerce_js_1.default)(output)?.version;
    const at = output.indexOf(after);
    return at < 0 ? undefined : (0, coerce_js_1.default)(output.slice(at + after.length))?.version;
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
    if (!probe.path) {
        const program = req.range === undefined ? req.tool : versionCommand(req).program;
        return fail(program === req.tool ? 'not found on PATH' : `'${program}' not found on PATH`);
    }
    if (!req.range)
        return { tool: req.tool, wanted, found: probe.path, ok: true };
    if (probe.error !== undefined)
        return fail(probe.error);
    const command = versionCommand(req);
    const shown = `'${commandText(command)}'`;
    const version = versionIn(probe.output ?? '', command.after);
    if (!version) {
        const said = (probe.output ?? '').trim().split(/\r?\n/)[0]?.slice(0, 80) || 'nothing';
        const where = command.after === undefined ? '' : ` after '${command.after}'`;
        return fail(`no version${where} in ${shown} (it printed '${said}')`);
    }
    if ((0, satisfies_js_1.default)(version, req.range, { includePrerelease: true })) {
        return { tool: req.tool, wanted, found: version, ok: true };
    }
    return fail(version, `found ${version} in ${shown}`);
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
