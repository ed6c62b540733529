export const id = 460;
export const ids = [460];
export const modules = {

/***/ 8460:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.realClock = void 0;
/**
 * The time the rescue runs on, as a parameter: the real clock in the action, a virtual one in tests,
 * so limits are proven without waiting for them.
 */
const deadline_ts_1 = __webpack_require__(827);
exports.realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => (0, deadline_ts_1.sleep)(ms, signal),
    deadline(seconds, within) {
        const cut = within ? Math.min(seconds, within.remaining() / 1000) : seconds;
        return (0, deadline_ts_1.deadline)(Math.round(cut * 1000) / 1000);
    },
};


/***/ })

};
