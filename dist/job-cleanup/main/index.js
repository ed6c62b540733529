import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 496:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(282);
const utils = __nccwpck_require__(365);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 225:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 695:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(225);
const utils = __nccwpck_require__(365);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 282:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(843);
const parse = __nccwpck_require__(695);
const utils = __nccwpck_require__(365);
const constants = __nccwpck_require__(225);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 843:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(365);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(225);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 365:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(225);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 494:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cleanupMain = cleanupMain;
exports.cleanupPost = cleanupPost;
exports.nothingThere = nothingThere;
exports.clean = clean;
/**
 * job-cleanup's shell: reads the inputs, runs the engine (engine.ts: gather, plan, remove), prunes
 * Docker, and reports; every name from the file system or Docker is printed through `oneLine`. Main records the start (and cleans with `when: now`
 * or `both`); post cleans with `when: post` or `both`.
 */
const node_os_1 = __importDefault(__nccwpck_require__(161));
const node_path_1 = __importDefault(__nccwpck_require__(760));
const inputs_ts_1 = __nccwpck_require__(518);
const runner_ts_1 = __nccwpck_require__(445);
const state_ts_1 = __nccwpck_require__(54);
const summary_ts_1 = __nccwpck_require__(543);
const disk_ts_1 = __nccwpck_require__(793);
const docker_ts_1 = __nccwpck_require__(16);
const engine_ts_1 = __nccwpck_require__(742);
const gather_ts_1 = __nccwpck_require__(143);
const glob_ts_1 = __nccwpck_require__(886);
const inputs_ts_2 = __nccwpck_require__(45);
const report_ts_1 = __nccwpck_require__(766);
const slot = (0, state_ts_1.stateSlot)('job-cleanup');
/** Annotations beyond these go to the log and the summary only. */
const MAX_ANNOTATIONS = 50;
const MAX_PROBLEMS = 200;
async function cleanupMain() {
    const inputs = (0, inputs_ts_2.readCleanupInputs)((0, inputs_ts_1.createReader)((0, inputs_ts_1.fromEnv)()));
    slot.save({
        when: inputs.when,
        startedAt: Date.now(),
        freeAtStart: (0, disk_ts_1.freeBytes)(process.env.GITHUB_WORKSPACE || node_os_1.default.tmpdir()),
    });
    if (inputs.when === 'post') {
        (0, runner_ts_1.info)('job-cleanup cleans up in its post step, at the end of the job.');
        return;
    }
    const report = await clean(inputs, 'main');
    const t = (0, report_ts_1.totals)(report);
    (0, runner_ts_1.setOutput)('removed-count', t.removedCount);
    (0, runner_ts_1.setOutput)('freed-bytes', t.freedBytes);
    (0, runner_ts_1.setOutput)('disk-free-bytes', report.disk[0]?.after ?? '');
    finish(report, inputs);
}
async function cleanupPost() {
    const saved = slot.load();
    if (!saved) {
        (0, runner_ts_1.info)("job-cleanup's main step did not finish (or did not run): nothing to clean up.");
        return;
    }
    if (saved.when === 'now') {
        (0, runner_ts_1.info)('job-cleanup cleaned up in its main step (when: now).');
        return;
    }
    const inputs = (0, inputs_ts_2.readCleanupInputs)((0, inputs_ts_1.createReader)((0, inputs_ts_1.fromEnv)()));
    finish(await clean(inputs, 'post', saved), inputs);
}
function finish(report, inputs) {
    (0, runner_ts_1.appendSummary)((0, report_ts_1.cleanupSummary)(report));
    const t = (0, report_ts_1.totals)(report);
    (0, runner_ts_1.info)(report.dryRun
        ? `Dry run: ${(0, report_ts_1.plural)(report.removed.length, 'entry', 'entries')} would be removed; nothing was.`
        : `Removed ${(0, report_ts_1.plural)(t.removedCount, 'entry', 'entries')}, freed ${(0, summary_ts_1.formatBytes)(t.freedBytes)}.`);
    if (t.troubles > 0 && inputs.failOnError) {
        (0, runner_ts_1.error)(`job-cleanup met ${t.troubles} problem(s): ${report.refused.length} refused, ${report.problemCount} not removable, ${t.troubles - report.refused.length - report.problemCount} docker failure(s).`, { title: 'job-cleanup failed (fail-on-error)' });
        process.exitCode = 1;
    }
}
/** Annotations beyond MAX_ANNOTATIONS go to the log only. */
function annotate(messages, title, level = runner_ts_1.warning) {
    messages.forEach((message, i) => {
        if (i < MAX_ANNOTATIONS)
            level(message, { title });
        else
            (0, runner_ts_1.info)(message);
    });
}
const lineOf = (paths, text) => {
    const i = paths.indexOf(text);
    return i < 0 ? paths.length : i;
};
/**
 * Why a `paths` line removed nothing: one sentence, every outside text escaped
 * (docs/decisions/cleanup-paths-home.md).
 */
function nothingThere(text, paths, workspace, home) {
    if (!paths.includes(text))
        return `Nothing to remove at ${(0, runner_ts_1.oneLine)(text)}: it was gone.`;
    const spec = (0, glob_ts_1.parsePathSpec)(text, workspace, home);
    return spec.glob
        ? `paths line ${(0, runner_ts_1.oneLine)(text)} matched nothing (under ${(0, runner_ts_1.oneLine)(spec.glob.base)}).`
        : `paths line ${(0, runner_ts_1.oneLine)(text)} names nothing: ${(0, runner_ts_1.oneLine)(spec.absolute)} is not there.`;
}
async function clean(inputs, stage, saved) {
    const foldCase = process.platform === 'darwin' || process.platform === 'win32';
    const { roots, guards, skippedRoots } = (0, gather_ts_1.ground)(foldCase);
    for (const s of skippedRoots)
        (0, runner_ts_1.info)(`Not cleaning under ${s.label}: ${(0, runner_ts_1.oneLine)(s.reason)}.`);
    let grouped = false;
    const workspace = process.env.GITHUB_WORKSPACE || undefined;
    const home = process.env.HOME || node_os_1.default.homedir();
    const result = await (0, engine_ts_1.runCleanup)({
        roots,
        guards,
        tempPatterns: inputs.tempPatterns,
        paths: inputs.paths,
        home,
        cleanWorkspace: inputs.cleanWorkspace,
        workspace,
        maxAgeHours: inputs.maxAgeHours,
        dryRun: inputs.dryRun,
        dockerPrune: false,
        foldCase,
        maxProblems: MAX_PROBLEMS,
    }, {
        planned(decided, refused) {
            annotate(refused.map((r) => `Refused to remove ${(0, runner_ts_1.oneLine)(r.path)}: ${(0, runner_ts_1.oneLine)(r.reason)}.`), 'job-cleanup refused a path');
            if (decided.fresh.length) {
                (0, runner_ts_1.info)(`Kept ${(0, report_ts_1.plural)(decided.fresh.length, 'temp entry', 'temp entries')} younger than ${inputs.maxAgeHours} h: ${decided.fresh.map((f) => (0, runner_ts_1.oneLine)(node_path_1.default.basename(f.path))).join(', ')}.`);
            }
            if (decided.remove.length) {
                (0, runner_ts_1.startGroup)(inputs.dryRun ? 'Would remove' : 'Removing');
                grouped = true;
            }
        },
        removed(entry) {
            const verb = inputs.dryRun ? 'Would remove' : entry.complete ? 'Removed' : 'Partly removed';
            (0, runner_ts_1.info)(`${verb} ${(0, report_ts_1.describe)(entry)}`);
        },
    }).finally(() => {
        if (grouped)
            (0, runner_ts_1.endGroup)();
    });
    if (result.workerSweeps) {
        (0, runner_ts_1.debug)(`Worker threads shared ${(0, report_ts_1.plural)(result.workerSweeps, 'large removal', 'large removals')}.`);
    }
    annotate(result.problems.map((p) => `Could not remove ${(0, runner_ts_1.oneLine)(p.path)}: ${p.code} ${(0, runner_ts_1.oneLine)(p.message)}`), 'job-cleanup skipped a path');
    if (result.problemCount > result.problems.length) {
        (0, runner_ts_1.info)(`…and ${result.problemCount - result.problems.length} more entries could not be removed.`);
    }
    annotate(
    // In the order of the `paths` lines.
    [...result.nothing]
        .sort((a, b) => lineOf(inputs.paths, a) - lineOf(inputs.paths, b))
        .map((text) => nothingThere(text, inputs.paths, workspace, home)), 'job-cleanup found nothing to remove', runner_ts_1.notice);
    annotate(result.capped.map((c) => `paths line ${(0, runner_ts_1.oneLine)(c.text)} matched ${c.left} more entries than one run takes (${c.limit}); they were left in place: run again to remove them.`), 'job-cleanup left matches in place');
    const docker = inputs.dockerPrune ? await prune(inputs) : undefined;
    return {
        stage,
        dryRun: inputs.dryRun,
        maxAgeHours: inputs.maxAgeHours,
        removed: result.removed,
        refused: result.refused,
        fresh: result.fresh,
        nothing: result.nothing,
        capped: result.capped,
        problems: result.problems,
        problemCount: result.problemCount,
        skippedRoots,
        docker,
        disk: result.disk,
        freeAtStart: saved?.freeAtStart,
        startedAt: saved?.startedAt,
        now: Date.now(),
    };
}
async function prune(inputs) {
    const docker = await (0, docker_ts_1.pruneDocker)(inputs.maxAgeHours, inputs.dryRun);
    if (docker.unavailable)
        (0, runner_ts_1.info)(`docker-prune: ${(0, runner_ts_1.oneLine)(docker.unavailable)}; nothing pruned.`);
    for (const s of docker.steps) {
        if (inputs.dryRun)
            (0, runner_ts_1.info)(`docker-prune would run: ${s.command}`);
        else if (s.ok)
            (0, runner_ts_1.info)(`${s.command}: reclaimed ${(0, runner_ts_1.oneLine)(s.reclaimed ?? '0B')}`);
        else {
            (0, runner_ts_1.warning)(`${s.command} failed: ${(0, runner_ts_1.oneLine)(s.error ?? '')}`, {
                title: 'job-cleanup: docker prune failed',
            });
        }
    }
    return docker;
}


/***/ }),

/***/ 793:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.freeBytes = freeBytes;
exports.freeSpace = freeSpace;
/** Free space of the file systems holding the roots (`statfs`: blocks available to this user). */
const node_fs_1 = __nccwpck_require__(24);
function freeBytes(path) {
    try {
        const s = (0, node_fs_1.statfsSync)(path);
        return s.bavail * s.bsize;
    }
    catch {
        return undefined;
    }
}
/** One reading per file system (roots on the same device share one). */
function freeSpace(paths) {
    const seen = new Set();
    const out = [];
    for (const path of paths) {
        let dev;
        try {
            dev = (0, node_fs_1.statSync)(path).dev;
        }
        catch {
            continue;
        }
        if (seen.has(dev))
            continue;
        seen.add(dev);
        const free = freeBytes(path);
        if (free !== undefined)
            out.push({ path, free });
    }
    return out;
}


/***/ }),

/***/ 16:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.execDocker = exports.PRUNE_TIMEOUT_MS = exports.PROBE_TIMEOUT_MS = void 0;
exports.untilFilter = untilFilter;
exports.probeCommand = probeCommand;
exports.pruneCommands = pruneCommands;
exports.explainProbe = explainProbe;
exports.reclaimed = reclaimed;
exports.pruneDocker = pruneDocker;
/**
 * `docker-prune`: when a Docker daemon answers, prune stopped containers, dangling images and build
 * cache older than the age limit; when none answers, say so. The command lines and the reading of
 * docker's answers are pure; `pruneDocker` runs them.
 */
const exec_ts_1 = __nccwpck_require__(526);
exports.PROBE_TIMEOUT_MS = 10_000;
exports.PRUNE_TIMEOUT_MS = 15 * 60_000;
/** docker's `until` filter takes Go durations: whole hours as `24h`, anything else in seconds. */
function untilFilter(maxAgeHours) {
    return Number.isInteger(maxAgeHours) ? `${maxAgeHours}h` : `${Math.round(maxAgeHours * 3600)}s`;
}
function probeCommand() {
    return ['info', '--format', '{{.ServerVersion}}'];
}
/** The prune commands, each limited to what is older than the age limit. */
function pruneCommands(maxAgeHours) {
    const until = `until=${untilFilter(maxAgeHours)}`;
    return [
        { what: 'stopped containers', args: ['container', 'prune', '--force', '--filter', until] },
        { what: 'dangling images', args: ['image', 'prune', '--force', '--filter', until] },
        { what: 'build cache', args: ['builder', 'prune', '--force', '--filter', until] },
    ];
}
/** Why no daemon answered, in one line. */
function explainProbe(run) {
    if (run.code === 'ENOENT')
        return 'the docker CLI is not installed';
    if (run.timedOut)
        return `no Docker daemon answered within ${exports.PROBE_TIMEOUT_MS / 1000}s`;
    const said = firstLine(run.stderr) || firstLine(run.stdout);
    return `no Docker daemon answered${said ? ` (${said})` : ''}`;
}
/** docker's own "Total reclaimed space: 1.2GB" line, if it printed one. */
function reclaimed(stdout) {
    return /Total reclaimed space:\s*(\S+)/i.exec(stdout)?.[1];
}
function firstLine(text) {
    return (text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find(Boolean) ?? '');
}
const execDocker = (args, timeoutMs) => (0, exec_ts_1.runProgram)('docker', args, { timeoutMs, killSignal: 'SIGKILL' });
exports.execDocker = execDocker;
/** Probes the daemon, then prunes (or, in a dry run, only says what it would run). */
async function pruneDocker(maxAgeHours, dryRun, exec = exports.execDocker) {
    const probe = await exec(probeCommand(), exports.PROBE_TIMEOUT_MS);
    if (!probe.ok)
        return { unavailable: explainProbe(probe), steps: [] };
    const report = { server: firstLine(probe.stdout), steps: [] };
    for (const { what, args } of pruneCommands(maxAgeHours)) {
        const command = `docker ${args.join(' ')}`;
        if (dryRun) {
            report.steps.push({ what, command, ok: true });
            continue;
        }
        const run = await exec(args, exports.PRUNE_TIMEOUT_MS);
        report.steps.push({
            what,
            command,
            ok: run.ok,
            reclaimed: reclaimed(run.stdout),
            error: run.ok
                ? undefined
                : run.timedOut
                    ? `timed out after ${exports.PRUNE_TIMEOUT_MS / 60_000} min`
                    : firstLine(run.stderr) || `exit code ${run.code}`,
        });
    }
    return report;
}


/***/ }),

/***/ 742:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runCleanup = runCleanup;
exports.sweepTemp = sweepTemp;
/**
 * job-cleanup's engine: gathers, plans and removes, prunes Docker, and returns what it did. It
 * prints nothing and writes no runner file command: the action's steps (cleanup.ts) print what it
 * reports, and the runner's job hooks call `sweepTemp` outside any workflow step.
 */
const node_fs_1 = __nccwpck_require__(24);
const node_os_1 = __importDefault(__nccwpck_require__(161));
const node_path_1 = __importDefault(__nccwpck_require__(760));
const disk_ts_1 = __nccwpck_require__(793);
const docker_ts_1 = __nccwpck_require__(16);
const gather_ts_1 = __nccwpck_require__(143);
const mounts_ts_1 = __nccwpck_require__(502);
const plan_ts_1 = __nccwpck_require__(863);
const remove_ts_1 = __nccwpck_require__(736);
async function runCleanup(request, progress = {}) {
    const { roots, dryRun } = request;
    const maxProblems = request.maxProblems ?? 200;
    const rootPaths = roots.flatMap((r) => [r.real, r.path]);
    const mounts = (0, mounts_ts_1.mountsInside)(request.mounts ?? (0, mounts_ts_1.readMounts)(), rootPaths);
    const found = (0, gather_ts_1.gather)(request, roots, request.workspace, {
        mounts,
        matchLimit: request.matchLimit,
        home: request.home,
    });
    const decided = (0, plan_ts_1.plan)({
        roots,
        guards: request.guards,
        candidates: found.candidates,
        facts: found.facts,
        now: Date.now(),
        maxAgeMs: request.maxAgeHours * 3_600_000,
        foldCase: request.foldCase,
        mounts,
    });
    const remover = new remove_ts_1.Remover({ dryRun, maxProblems, mounts: (0, mounts_ts_1.mountIds)(mounts) });
    // Worker threads take a while to boot: start them while the rest is prepared.
    if (decided.remove.some((r) => r.kind === 'dir'))
        remover.warm();
    const refused = [
        ...found.refused,
        ...decided.refused.map(({ path: p, reason }) => ({ path: p, reason })),
    ];
    progress.planned?.(decided, refused);
    const filesystems = roots.map((r) => r.real);
    const before = (0, disk_ts_1.freeSpace)(filesystems);
    const removed = [];
    const problems = [];
    let problemCount = 0;
    try {
        for (const r of decided.remove) {
            const o = await remover.remove(r.path, r.rootReal);
            const entry = {
                path: r.path,
                kind: r.kind,
                source: r.candidate.source,
                bytes: o.bytes,
                entries: o.entries,
                complete: o.removed,
            };
            removed.push(entry);
            progress.removed?.(entry);
            problems.push(...o.problems.slice(0, Math.max(0, maxProblems - problems.length)));
            problemCount += o.problemCount;
        }
    }
    finally {
        await remover.close();
    }
    const docker = request.dockerPrune ? await (0, docker_ts_1.pruneDocker)(request.maxAgeHours, dryRun) : undefined;
    const after = (0, disk_ts_1.freeSpace)(filesystems);
    return {
        dryRun,
        removed,
        refused,
        fresh: decided.fresh.map((f) => ({ path: f.path, ageMs: f.ageMs })),
        nothing: [...new Set([...found.nothing, ...decided.missing.map((m) => m.from ?? m.path)])],
        capped: found.capped,
        problems,
        problemCount,
        mounts,
        docker,
        disk: before.map((b) => ({
            path: b.path,
            before: b.free,
            after: after.find((a) => a.path === b.path)?.free ?? b.free,
        })),
        workerSweeps: remover.workerSweeps,
    };
}
/**
 * The entry for the runner's job hooks: sweeps entries matching `patterns` older than
 * `maxAgeHours` directly under each temp root (and, with `dockerPrune`, Docker), with every guard
 * and check the action has, printing nothing. Roots that are not folders, or that are guarded
 * (`/`, HOME, the runner's own folders), are not swept: they come back in `skippedRoots`.
 */
async function sweepTemp(options) {
    const foldCase = process.platform === 'darwin' || process.platform === 'win32';
    const { guards } = (0, gather_ts_1.ground)(foldCase, options.env ?? process.env);
    const skippedRoots = [];
    const roots = [];
    for (const given of options.roots ?? [node_os_1.default.tmpdir()]) {
        let real;
        try {
            real = node_fs_1.realpathSync.native(given);
        }
        catch { }
        if (real && (0, gather_ts_1.factOf)(real)?.kind === 'dir') {
            roots.push({ name: 'temp', path: node_path_1.default.resolve(given), real });
        }
        else
            skippedRoots.push({ label: given, reason: `${given} is not a folder` });
    }
    const vetted = (0, plan_ts_1.vetRoots)(roots, guards, foldCase);
    for (const d of vetted.dropped)
        skippedRoots.push({ label: d.root.path, reason: d.reason });
    const result = await runCleanup({
        roots: vetted.roots,
        guards,
        tempPatterns: options.patterns,
        paths: [],
        cleanWorkspace: false,
        maxAgeHours: options.maxAgeHours,
        dryRun: options.dryRun,
        dockerPrune: options.dockerPrune ?? false,
        foldCase,
    }, options.progress);
    return { ...result, skippedRoots };
}


/***/ }),

/***/ 143:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.factOf = factOf;
exports.ground = ground;
exports.gather = gather;
/**
 * What the planner looks at, read from the machine: the roots (realpath), the guards (also under
 * their realpath), the candidates from `temp-patterns`, `paths` and `clean-workspace`, and the
 * `lstat` facts about each candidate and the folders between it and its root.
 */
const node_fs_1 = __nccwpck_require__(24);
const node_os_1 = __importDefault(__nccwpck_require__(161));
const node_path_1 = __importDefault(__nccwpck_require__(760));
const glob_ts_1 = __nccwpck_require__(886);
const layout_ts_1 = __nccwpck_require__(986);
const plan_ts_1 = __nccwpck_require__(863);
function factOf(p) {
    try {
        const s = (0, node_fs_1.lstatSync)(p);
        const kind = s.isSymbolicLink()
            ? 'link'
            : s.isDirectory()
                ? 'dir'
                : s.isFile()
                    ? 'file'
                    : 'other';
        return { kind, mtimeMs: s.mtimeMs };
    }
    catch {
        return undefined;
    }
}
function list(dir) {
    try {
        return (0, node_fs_1.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return undefined;
    }
}
function real(p) {
    try {
        return node_fs_1.realpathSync.native(p);
    }
    catch {
        return undefined;
    }
}
/** The roots, resolved and vetted; the guards, each also under its realpath. */
function ground(foldCase, env = process.env) {
    const lay = (0, layout_ts_1.layout)(env, {
        home: node_os_1.default.homedir(),
        tmpdir: node_os_1.default.tmpdir(),
        execPath: process.execPath,
        script: process.argv[1],
    });
    const skippedRoots = [];
    const resolved = [];
    for (const r of lay.roots) {
        const at = real(r.path);
        if (at && factOf(at)?.kind === 'dir')
            resolved.push({ ...r, real: at });
        else
            skippedRoots.push({ label: plan_ts_1.ROOT_LABEL[r.name], reason: `${r.path} is not a folder` });
    }
    const guards = [];
    for (const g of lay.guards) {
        guards.push(g);
        const at = real(g.path);
        const except = g.except && (real(g.except) ?? g.except);
        if (at && (at !== g.path || except !== g.except))
            guards.push({ ...g, path: at, except });
    }
    const vetted = (0, plan_ts_1.vetRoots)(resolved, guards, foldCase);
    for (const d of vetted.dropped) {
        skippedRoots.push({ label: plan_ts_1.ROOT_LABEL[d.root.name], reason: d.reason });
    }
    return { roots: vetted.roots, guards, skippedRoots };
}
function gather(inputs, roots, workspace, options = {}) {
    const out = { candidates: [], facts: new Map(), refused: [], nothing: [], capped: [] };
    const mounts = new Set(options.mounts ?? []);
    const byName = (name) => roots.find((r) => r.name === name);
    const learn = (p) => {
        for (const at of (0, plan_ts_1.factsNeeded)(p, roots)) {
            if (out.facts.has(at))
                continue;
            const fact = factOf(at);
            if (fact)
                out.facts.set(at, fact);
        }
    };
    const temps = roots.filter((r) => r.name === 'temp');
    const matches = (0, glob_ts_1.nameMatcher)(inputs.tempPatterns);
    for (const temp of inputs.tempPatterns.length ? temps : []) {
        for (const e of list(temp.real) ?? []) {
            if (matches(e.name)) {
                out.candidates.push({ path: node_path_1.default.join(temp.real, e.name), source: 'temp', aged: true });
            }
        }
    }
    for (const text of inputs.paths) {
        const spec = (0, glob_ts_1.parsePathSpec)(text, workspace, options.home);
        if (!spec.glob) {
            out.candidates.push({ path: spec.absolute, source: 'paths', aged: false, from: text });
            continue;
        }
        learn(spec.glob.base);
        const base = (0, plan_ts_1.globBase)(spec.glob.base, roots, out.facts);
        if (!base.ok) {
            if (base.why === 'missing')
                out.nothing.push(text);
            else
                out.refused.push({ path: spec.absolute, reason: base.reason });
            continue;
        }
        const limit = options.matchLimit ?? glob_ts_1.MATCH_LIMIT;
        const { found, left } = (0, glob_ts_1.expand)(base.real, spec.glob.pattern, (dir) => list(dir)?.map((e) => ({
            name: e.name,
            dir: e.isDirectory() && !mounts.has(node_path_1.default.join(dir, e.name)),
        })), limit);
        if (!found.length)
            out.nothing.push(text);
        if (left)
            out.capped.push({ text, left, limit });
        for (const f of found) {
            out.candidates.push({ path: f, source: 'paths', aged: false, from: text });
        }
    }
    if (inputs.cleanWorkspace) {
        const ws = byName('workspace');
        if (!ws) {
            out.refused.push({
                path: workspace ?? 'GITHUB_WORKSPACE',
                reason: 'clean-workspace: GITHUB_WORKSPACE is not set or not a usable folder',
            });
        }
        else {
            for (const e of list(ws.real) ?? []) {
                out.candidates.push({ path: node_path_1.default.join(ws.real, e.name), source: 'workspace', aged: false });
            }
        }
    }
    for (const c of out.candidates)
        learn(c.path);
    return out;
}


/***/ }),

/***/ 886:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MATCH_LIMIT = void 0;
exports.nameMatcher = nameMatcher;
exports.parsePathSpec = parsePathSpec;
exports.expand = expand;
/**
 * Globs: `temp-patterns` on entry names, `paths` on paths. Pure: the walk below a glob's fixed
 * base reads folders through a `list` function, and only descends into real folders (an entry
 * `list` reports as a folder is one by `lstat`, never a link to one).
 */
const node_path_1 = __importDefault(__nccwpck_require__(760));
const picomatch_1 = __importDefault(__nccwpck_require__(496));
/** A name matches when some pattern does and no `!` pattern does. */
function nameMatcher(patterns) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    if (!include.length)
        return () => false;
    const yes = (0, picomatch_1.default)(include, { dot: true });
    const no = exclude.length ? (0, picomatch_1.default)(exclude, { dot: true }) : () => false;
    return (name) => yes(name) && !no(name);
}
/**
 * A `paths` line made absolute: `~` and `~/…` are `home` (as a shell reads them; `~name` is refused
 * by inputs.ts), other relative lines resolve against the workspace
 * (docs/decisions/cleanup-paths-home.md).
 */
function parsePathSpec(text, workspace, home) {
    const tilde = home !== undefined && (text === '~' || text.startsWith('~/'));
    const written = tilde ? home + text.slice(1) : text;
    const absolute = node_path_1.default.isAbsolute(written) || !workspace
        ? node_path_1.default.resolve(written)
        : node_path_1.default.resolve(workspace, written);
    const scan = picomatch_1.default.scan(absolute);
    if (!scan.isGlob)
        return { text, absolute };
    return { text, absolute, glob: { base: node_path_1.default.resolve(scan.base || '/'), pattern: scan.glob } };
}
/**
 * Matches a `paths` glob may add in one run; beyond it they are counted, not listed, and reported
 * (docs/decisions/cleanup-caps-and-bytes.md).
 */
exports.MATCH_LIMIT = 100_000;
/**
 * The paths below `base` that `pattern` matches, outermost first: a matching folder is not
 * entered (its content goes with it). `list` returns undefined for a folder it cannot read.
 * Past `limit` matches the walk goes on counting, so `left` says exactly how many were not listed.
 */
function expand(base, pattern, list, limit = exports.MATCH_LIMIT) {
    const matches = (0, picomatch_1.default)(pattern, { dot: true });
    const deep = pattern.includes('**');
    const depth = pattern.split('/').filter(Boolean).length;
    const out = { found: [], left: 0 };
    const walk = (dir, rel, level) => {
        for (const entry of list(dir) ?? []) {
            const relative = rel ? `${rel}/${entry.name}` : entry.name;
            const full = node_path_1.default.join(dir, entry.name);
            if (matches(relative)) {
                if (out.found.length < limit)
                    out.found.push(full);
                else
                    out.left++;
            }
            else if (entry.dir && (deep || level + 1 < depth))
                walk(full, relative, level + 1);
        }
    };
    walk(base, '', 0);
    return out;
}


/***/ }),

/***/ 45:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_AGE_HOURS = exports.WHEN = void 0;
exports.readCleanupInputs = readCleanupInputs;
/** job-cleanup's inputs, parsed once, before anything is looked at or removed. */
const errors_ts_1 = __nccwpck_require__(188);
exports.WHEN = ['post', 'now', 'both'];
/** Ten years: anything larger is a typo, not an age. */
exports.MAX_AGE_HOURS = 87_600;
function readCleanupInputs(read) {
    const tempPatterns = read.lines('temp-patterns');
    for (const pattern of tempPatterns) {
        const name = pattern.startsWith('!') ? pattern.slice(1) : pattern;
        if (!name || /[\\/]/.test(name)) {
            throw new errors_ts_1.InputError('temp-patterns', `Input 'temp-patterns' accepts globs on entry names directly under the temp directory, one per line (a leading '!' excludes); got '${pattern}'.`);
        }
    }
    const paths = read.lines('paths');
    for (const p of paths) {
        if (p.includes('\0')) {
            throw new errors_ts_1.InputError('paths', `Input 'paths' accepts paths or globs; got one with a NUL byte.`);
        }
        // `~` and `~/…` are HOME (glob.ts); another user's home is never guessed.
        if (/^~[^/]/.test(p)) {
            throw new errors_ts_1.InputError('paths', `Input 'paths' accepts '~' and '~/…' for HOME, not another user's '~name'; got '${p}' (write './${p}' for a name that starts with '~').`);
        }
    }
    return {
        when: read.choice('when', exports.WHEN, 'post'),
        tempPatterns,
        maxAgeHours: read.number('max-age-hours', 24, { min: 0, max: exports.MAX_AGE_HOURS }),
        paths,
        cleanWorkspace: read.bool('clean-workspace', false),
        dockerPrune: read.bool('docker-prune', false),
        dryRun: read.bool('dry-run', false),
        failOnError: read.bool('fail-on-error', false),
    };
}


/***/ }),

/***/ 986:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runnerRootFromNode = runnerRootFromNode;
exports.layout = layout;
/**
 * Where the runner keeps what must survive, derived from its environment: pure (the caller adds
 * the realpath of each guard beside it).
 *
 * A self-hosted runner's layout: `<root>/bin`, `<root>/externals/node24/bin/node` (the node that
 * runs this action), `<root>/_work` (the work folder) holding `_actions`, `_tool`, `_temp` and
 * `<repo>/<repo>` (GITHUB_WORKSPACE; RUNNER_WORKSPACE is `<repo>`).
 */
const node_path_1 = __importDefault(__nccwpck_require__(760));
const FILE_COMMANDS = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_EVENT_PATH',
];
/** `<root>/externals/node24/bin/node` → `<root>`. */
function runnerRootFromNode(execPath) {
    const m = /^(.*)[\\/]externals[\\/]node\d*[\\/]bin[\\/]node(?:\.exe)?$/i.exec(execPath);
    return m?.[1] ? node_path_1.default.resolve(m[1]) : undefined;
}
/** The nearest folder named `name` holding `p` (or `p` itself). */
function folderNamed(p, name) {
    for (let at = p;; at = node_path_1.default.dirname(at)) {
        if (node_path_1.default.basename(at) === name)
            return at;
        if (node_path_1.default.dirname(at) === at)
            return undefined;
    }
}
function layout(env, sys) {
    const set = (v) => (v ? node_path_1.default.resolve(v) : undefined);
    const workspace = set(env.GITHUB_WORKSPACE);
    const runnerTemp = set(env.RUNNER_TEMP);
    const tmp = node_path_1.default.resolve(sys.tmpdir);
    const guards = [];
    const add = (p, label, mode, extra = {}) => {
        if (p)
            guards.push({ path: p, label, mode, ...extra });
    };
    const roots = [];
    if (workspace)
        roots.push({ name: 'workspace', path: workspace });
    if (runnerTemp)
        roots.push({ name: 'runner-temp', path: runnerTemp });
    roots.push({ name: 'temp', path: tmp });
    for (const r of roots)
        add(node_path_1.default.parse(r.path).root, 'the file system root', 'keep', { anchor: true });
    for (const home of new Set([set(env.HOME), set(sys.home)])) {
        add(home, 'HOME', 'keep', { anchor: true });
    }
    add(workspace, 'GITHUB_WORKSPACE', 'keep');
    add(runnerTemp, 'RUNNER_TEMP', 'keep');
    add(tmp, 'the temp directory', 'keep');
    // The work folder and the runner root, from whichever variable reveals them.
    const runnerWorkspace = set(env.RUNNER_WORKSPACE);
    const actionPath = set(env.GITHUB_ACTION_PATH);
    const toolCache = set(env.RUNNER_TOOL_CACHE);
    const actionsFolder = actionPath && folderNamed(actionPath, '_actions');
    const works = new Set();
    if (runnerWorkspace)
        works.add(node_path_1.default.dirname(runnerWorkspace));
    if (actionsFolder)
        works.add(node_path_1.default.dirname(actionsFolder));
    if (toolCache && node_path_1.default.basename(toolCache) === '_tool')
        works.add(node_path_1.default.dirname(toolCache));
    add(runnerWorkspace, 'RUNNER_WORKSPACE', 'keep');
    for (const w of works)
        add(w, "the runner's work folder", 'keep');
    const runnerRoots = new Set();
    const fromNode = runnerRootFromNode(sys.execPath);
    if (fromNode)
        runnerRoots.add(fromNode);
    for (const w of works)
        if (node_path_1.default.basename(w) === '_work')
            runnerRoots.add(node_path_1.default.dirname(w));
    for (const root of runnerRoots) {
        const work = [...works].find((w) => w.startsWith(root + node_path_1.default.sep));
        add(root, 'the runner root', 'seal', work ? { except: work } : {});
    }
    add(actionsFolder, "the runner's _actions folder", 'seal');
    add(actionPath, 'this action (GITHUB_ACTION_PATH)', 'seal');
    add(toolCache, 'the tool cache (RUNNER_TOOL_CACHE)', 'seal');
    add(set(env.AGENT_TOOLSDIRECTORY), 'the tool cache (AGENT_TOOLSDIRECTORY)', 'seal');
    if (sys.script) {
        // dist/job-cleanup/<main|post>/index.js: the post step needs the bundle after main.
        add(node_path_1.default.dirname(node_path_1.default.dirname(node_path_1.default.resolve(sys.script))), "this action's code", 'seal');
    }
    for (const name of FILE_COMMANDS) {
        add(set(env[name]), `the runner's own file ${name}`, 'keep');
    }
    return { roots, guards };
}


/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unescapeMountPath = unescapeMountPath;
exports.parseMountinfo = parseMountinfo;
exports.parseMountList = parseMountList;
exports.readMounts = readMounts;
exports.mountsInside = mountsInside;
exports.mountIds = mountIds;
/**
 * Mount points, from the mount table (never from device numbers alone: a bind mount of a folder on
 * the same file system keeps its device number). Linux: `/proc/self/mountinfo`; macOS (and the
 * BSDs): the `mount` command's list (what `getmntinfo` returns). The parsers are pure; `readMounts`
 * and `mountIds` read the machine. See docs/decisions/cleanup-mounts.md.
 */
const node_fs_1 = __nccwpck_require__(24);
const paths_ts_1 = __nccwpck_require__(826);
/** The kernel's octal escapes in mountinfo (`\040` space, `\011` tab, `\012` LF, `\134` `\`). */
function unescapeMountPath(field) {
    if (!field.includes('\\'))
        return field;
    const src = Buffer.from(field, 'utf8');
    const out = [];
    const octal = (c) => c !== undefined && c >= 0x30 && c <= 0x37;
    for (let i = 0; i < src.length; i++) {
        const c = src[i];
        if (c === 0x5c && octal(src[i + 1]) && octal(src[i + 2]) && octal(src[i + 3])) {
            out.push(Number.parseInt(src.subarray(i + 1, i + 4).toString('latin1'), 8) & 0xff);
            i += 3;
        }
        else
            out.push(c);
    }
    return Buffer.from(out).toString('utf8');
}
/** Mount points in `/proc/self/mountinfo` text: the fifth field of each line. */
function parseMountinfo(text) {
    const out = [];
    for (const line of text.split('\n')) {
        const fields = line.split(' ');
        const point = fields[4];
        if (fields.length >= 5 && point?.startsWith('/'))
            out.push(unescapeMountPath(point));
    }
    return out;
}
/** Mount points in the `mount` command's output on macOS/BSD: `<what> on <point> (<options>)`. */
function parseMountList(text) {
    const out = [];
    for (const line of text.split('\n')) {
        const m = /^.*? on (\/.*?)(?: \([^()]*\))?$/.exec(line.trimEnd());
        if (m?.[1])
            out.push(m[1]);
    }
    return out;
}
/** Every mount point the machine reports; empty where no table can be read (Windows). */
function readMounts(platform = process.platform) {
    try {
        if (platform === 'linux')
            return parseMountinfo((0, node_fs_1.readFileSync)('/proc/self/mountinfo', 'utf8'));
        if (platform === 'darwin' || platform.endsWith('bsd')) {
            // Loaded here: only macOS and the BSDs need a child process.
            const { execFileSync } = process.getBuiltinModule('node:child_process');
            return parseMountList(execFileSync('/sbin/mount', [], { encoding: 'utf8', timeout: 10_000, stdio: 'pipe' }));
        }
    }
    catch {
        // No table: device numbers still keep other file systems out.
    }
    return [];
}
/** The mount points strictly inside one of `roots` (a root's own mount, and those above, are allowed). */
function mountsInside(points, roots) {
    return [...new Set(points.filter((p) => roots.some((r) => (0, paths_ts_1.isInside)(p, r))))];
}
/** `dev:ino` of what is mounted at each point (its top-most mount), for the removal walk. */
function mountIds(points) {
    const ids = new Set();
    for (const p of points) {
        try {
            const s = (0, node_fs_1.lstatSync)(p);
            ids.add(`${s.dev}:${s.ino}`);
        }
        catch {
            // Gone, or hidden below another mount: nothing to recognise there.
        }
    }
    return [...ids];
}


/***/ }),

/***/ 826:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalise = normalise;
exports.isInside = isInside;
exports.isWithin = isWithin;
exports.between = between;
exports.rebase = rebase;
/**
 * Lexical path arithmetic, no I/O: nothing here ever asks the file system what a path points to,
 * so a symlink can never change the answer.
 */
const node_path_1 = __importDefault(__nccwpck_require__(760));
/** Absolute, `.` and `..` folded, duplicate and trailing separators dropped (lexically). */
function normalise(p) {
    return node_path_1.default.resolve(p);
}
function withSep(dir) {
    return dir.endsWith(node_path_1.default.sep) ? dir : dir + node_path_1.default.sep;
}
/** `child` lies strictly below `parent` (both normalised). */
function isInside(child, parent, foldCase = false) {
    const c = foldCase ? child.toLowerCase() : child;
    const p = foldCase ? parent.toLowerCase() : parent;
    return c !== p && c.startsWith(withSep(p));
}
/** `child` is `parent` or lies below it. */
function isWithin(child, parent, foldCase = false) {
    return ((foldCase ? child.toLowerCase() === parent.toLowerCase() : child === parent) ||
        isInside(child, parent, foldCase));
}
/**
 * The folders strictly between `parent` and `child`, top down: for `/r` and `/r/a/b/c`,
 * `/r/a` and `/r/a/b`. `child` must lie inside `parent`.
 */
function between(parent, child) {
    const rest = child.slice(withSep(parent).length).split(node_path_1.default.sep).filter(Boolean);
    const out = [];
    let at = parent;
    for (const segment of rest.slice(0, -1)) {
        at = node_path_1.default.join(at, segment);
        out.push(at);
    }
    return out;
}
/** `p` moved from below `from` to below `to` (`p` must be within `from`). */
function rebase(p, from, to) {
    return p === from ? to : node_path_1.default.join(to, p.slice(withSep(from).length));
}


/***/ }),

/***/ 863:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SHARED_TMP = exports.ROOT_LABEL = void 0;
exports.outside = outside;
exports.listed = listed;
exports.locate = locate;
exports.factsNeeded = factsNeeded;
exports.reach = reach;
exports.globBase = globBase;
exports.guarded = guarded;
exports.vetRoots = vetRoots;
exports.mounted = mounted;
exports.plan = plan;
/**
 * The removal planner: pure. Given the roots removal is allowed under, the guarded paths, `lstat`
 * facts about the candidates and their parent folders, and the age rule, it decides for each
 * candidate: remove, refuse (with the reason), keep as too fresh, or nothing there.
 *
 * Candidates are compared lexically after normalisation; only the roots were resolved (realpath)
 * by the caller. A candidate is never resolved through a symlink: if a folder between its root and
 * the candidate is a link, the candidate lies elsewhere and is refused.
 */
const paths_ts_1 = __nccwpck_require__(826);
exports.ROOT_LABEL = {
    workspace: 'GITHUB_WORKSPACE',
    'runner-temp': 'RUNNER_TEMP',
    temp: 'the temp directory',
};
/**
 * The machine-wide temp folder (and its realpath on macOS). It is a root only as the temp
 * directory (TMPDIR, else /tmp): docs/decisions/cleanup-tmp-root.md.
 */
exports.SHARED_TMP = ['/tmp', '/private/tmp'];
/** Why `path` is outside every root; says so when it is in /tmp and /tmp is not a root. */
function outside(path, roots) {
    const reason = `outside ${listed(roots.map((r) => exports.ROOT_LABEL[r.name])) || 'every allowed root'}`;
    const tmp = exports.SHARED_TMP.find((t) => (0, paths_ts_1.isInside)(path, t));
    const forms = roots.flatMap((r) => [r.path, r.real]);
    if (!tmp || exports.SHARED_TMP.some((t) => forms.includes(t)))
        return reason;
    const temp = roots.find((r) => r.name === 'temp');
    return `${reason}; ${tmp} is not the temp directory here${temp ? ` (${temp.path} is)` : ''}`;
}
/** `a`, `a and b`, `a, b and c`. */
function listed(items) {
    return items.length < 2
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** The deepest root holding `path` (lexically, by its configured path or its realpath). */
function locate(path, roots) {
    const p = (0, paths_ts_1.normalise)(path);
    let best;
    for (const root of roots) {
        for (const base of [root.real, root.path]) {
            if (p === base)
                return { equal: root };
            if ((0, paths_ts_1.isInside)(p, base) && (!best || base.length > best.base.length))
                best = { root, base };
        }
    }
    return best && { root: best.root, real: (0, paths_ts_1.rebase)(p, best.base, best.root.real) };
}
/** Every path whose `lstat` the planner needs for `path`: the folders below its root, and itself. */
function factsNeeded(path, roots) {
    const at = locate(path, roots);
    if (!at || 'equal' in at)
        return [];
    return [...(0, paths_ts_1.between)(at.root.real, at.real), at.real];
}
/** Where `path` really is, if it is inside a root without passing through a link. */
function reach(path, roots, facts) {
    const at = locate(path, roots);
    if (!at)
        return { ok: false, why: 'outside', reason: outside((0, paths_ts_1.normalise)(path), roots) };
    if ('equal' in at) {
        return { ok: false, why: 'root', reason: `is ${exports.ROOT_LABEL[at.equal.name]} itself` };
    }
    for (const folder of (0, paths_ts_1.between)(at.root.real, at.real)) {
        const fact = facts.get(folder);
        if (fact?.kind === 'link') {
            return { ok: false, why: 'link', reason: `reached through the symlink ${folder}` };
        }
        if (fact?.kind !== 'dir')
            return { ok: false, why: 'missing', reason: `${folder} is missing` };
    }
    const fact = facts.get(at.real);
    if (!fact)
        return { ok: false, why: 'missing', reason: 'not there' };
    return { ok: true, root: at.root, real: at.real, fact };
}
/**
 * Where a glob's fixed base really is, if it is a root or a real folder inside one reached
 * without passing through a link: the walk below it starts there.
 */
function globBase(path, roots, facts) {
    const at = locate(path, roots);
    if (at && 'equal' in at) {
        return { ok: true, root: at.equal, real: at.equal.real, fact: { kind: 'dir', mtimeMs: 0 } };
    }
    const where = reach(path, roots, facts);
    if (where.ok && where.fact.kind === 'link') {
        return { ok: false, why: 'link', reason: `reached through the symlink ${where.real}` };
    }
    if (where.ok && where.fact.kind !== 'dir') {
        return { ok: false, why: 'missing', reason: `${where.real} is not a folder` };
    }
    return where;
}
/** Why `path` must survive the guards, or undefined when none objects. */
function guarded(path, guards, foldCase = false) {
    const same = (a, b) => (foldCase ? a.toLowerCase() === b.toLowerCase() : a === b);
    for (const g of guards)
        if (same(g.path, path))
            return `is ${g.label}`;
    for (const g of guards) {
        if ((0, paths_ts_1.isInside)(g.path, path, foldCase))
            return `holds ${g.label} (${g.path})`;
    }
    for (const g of guards) {
        if (g.mode === 'seal' &&
            (0, paths_ts_1.isInside)(path, g.path, foldCase) &&
            !(g.except !== undefined && (0, paths_ts_1.isInside)(path, g.except, foldCase))) {
            return `is inside ${g.label} (${g.path})`;
        }
    }
    return undefined;
}
/** The roots that are safe to remove under; the others with why they are not used. */
function vetRoots(roots, guards, foldCase = false) {
    const kept = [];
    const dropped = [];
    for (const root of roots) {
        let reason;
        for (const form of [root.path, root.real]) {
            for (const g of guards) {
                if (g.anchor && (0, paths_ts_1.isWithin)(g.path, form, foldCase)) {
                    reason = `${form} is or holds ${g.label}`;
                }
                else if (g.mode === 'seal' &&
                    (0, paths_ts_1.isWithin)(form, g.path, foldCase) &&
                    !(g.except !== undefined && (0, paths_ts_1.isInside)(form, g.except, foldCase))) {
                    reason = `${form} is inside ${g.label}`;
                }
                if (reason)
                    break;
            }
            if (reason)
                break;
        }
        if (reason)
            dropped.push({ root, reason });
        else
            kept.push(root);
    }
    return { roots: kept, dropped };
}
/** Why `real` (below `root`) may not be removed for a mount point, or undefined. */
function mounted(real, root, mounts) {
    if (mounts.has(real))
        return 'is a mount point (another file system or a bind mount): not emptied';
    const via = (0, paths_ts_1.between)(root, real).find((folder) => mounts.has(folder));
    return via && `lies on another file system, mounted at ${via}`;
}
/** The plan: what goes, what is refused and why, what is too fresh, what is not there. */
function plan(input) {
    const { roots, facts, now, maxAgeMs, foldCase = false } = input;
    const mounts = new Set((input.mounts ?? []).map(paths_ts_1.normalise));
    const rootGuards = roots.flatMap((r) => [r.path, r.real].map((p) => ({ path: p, label: exports.ROOT_LABEL[r.name], mode: 'keep' })));
    const guards = [...input.guards, ...rootGuards];
    const out = { remove: [], refused: [], fresh: [], missing: [] };
    const seen = new Set();
    for (const candidate of input.candidates) {
        const lexical = (0, paths_ts_1.normalise)(candidate.path);
        const where = reach(lexical, roots, facts);
        if (!where.ok) {
            if (where.why === 'missing')
                out.missing.push(candidate);
            else
                out.refused.push({ path: lexical, reason: where.reason, candidate });
            continue;
        }
        const why = guarded(where.real, guards, foldCase) ??
            guarded(lexical, guards, foldCase) ??
            mounted(where.real, where.root.real, mounts);
        if (why) {
            out.refused.push({ path: where.real, reason: why, candidate });
            continue;
        }
        if (candidate.aged) {
            const ageMs = now - where.fact.mtimeMs;
            if (!(ageMs >= maxAgeMs)) {
                out.fresh.push({ path: where.real, ageMs, candidate });
                continue;
            }
        }
        if (seen.has(where.real))
            continue;
        seen.add(where.real);
        out.remove.push({
            path: where.real,
            kind: where.fact.kind,
            root: where.root.name,
            rootReal: where.root.real,
            candidate,
        });
    }
    // A removal inside another removal goes with it: keep the outermost only.
    const folders = new Set(out.remove.filter((r) => r.kind === 'dir').map((r) => r.path));
    out.remove = out.remove.filter((r) => !(0, paths_ts_1.between)(r.rootReal, r.path).some((folder) => folders.has(folder)));
    return out;
}


/***/ }),

/***/ 736:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Remover = exports.systemIo = void 0;
exports.fdMode = fdMode;
/**
 * Removes the planned entries, each reached from its removal root one name at a time (never by
 * its full path), through folders held open (or entered) and checked: see sweep.ts and
 * docs/decisions/cleanup-race-safe-removal.md.
 *
 * A large folder is split into subtrees that worker threads and this thread sweep side by side
 * (each thread takes the next chunk from a shared counter); the folders it was split at are held
 * open meanwhile and removed last, deepest first. Worker threads need descriptor paths (Linux's
 * /proc/self/fd); elsewhere this thread sweeps alone, walking with chdir.
 */
const node_fs_1 = __nccwpck_require__(24);
const node_os_1 = __nccwpck_require__(161);
const node_path_1 = __nccwpck_require__(760);
const errors_ts_1 = __nccwpck_require__(188);
const sweep_ts_1 = __nccwpck_require__(278);
/** The machine's file system. */
exports.systemIo = {
    lstat: (p) => (0, node_fs_1.lstatSync)(p),
    open: (p, flags) => (0, node_fs_1.openSync)(p, flags),
    fstat: (fd) => (0, node_fs_1.fstatSync)(fd),
    close: (fd) => (0, node_fs_1.closeSync)(fd),
    readdir: (p) => (0, node_fs_1.readdirSync)(p),
    rmdir: (p) => (0, node_fs_1.rmdirSync)(p),
    unlink: (p) => (0, node_fs_1.unlinkSync)(p),
    chdir: (p) => process.chdir(p),
    entries: (p) => (0, node_fs_1.readdirSync)(p, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() })),
    cwd: () => process.cwd(),
};
/** Split a folder into subtrees only when they are this many (or this many files at least). */
const SPLIT_FOLDERS = 8;
const SPLIT_FILES = 4096;
/** Stop splitting a folder once this many subtrees and files are known. */
const SPLIT_TARGET = 512;
/** Folders held open while split (each is a descriptor). */
const SPLIT_HELD = 256;
const WORKER_SOURCE = `'use strict';
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const sweep = (${sweep_ts_1.sweep.toString()});
parentPort.on('message', ({ task, next }) => parentPort.postMessage(sweep(task, next)));
`;
const DIR_FLAGS = node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_DIRECTORY;
let fdModeWorks;
/**
 * Linux's /proc/self/fd/<n>/<name> reaches `name` in the open folder <n>: checked once (on every
 * call with another `io`).
 */
function fdMode(io = exports.systemIo, platform = process.platform) {
    const system = io === exports.systemIo && platform === process.platform;
    if (system && fdModeWorks !== undefined)
        return fdModeWorks;
    let works = false;
    if (platform === 'linux' && node_fs_1.constants.O_NOFOLLOW && node_fs_1.constants.O_DIRECTORY) {
        let fd;
        try {
            fd = io.open('/', DIR_FLAGS);
            const held = io.fstat(fd);
            const seen = io.lstat(`/proc/self/fd/${fd}/.`);
            works = held.dev === seen.dev && held.ino === seen.ino;
        }
        catch {
            // No /proc: the chdir walk does it.
        }
        finally {
            if (fd !== undefined)
                io.close(fd);
        }
    }
    if (system)
        fdModeWorks = works;
    return works;
}
class Pool {
    workers = new Set();
    size;
    constructor(size) {
        this.size = size;
    }
    /** Starts the workers (they take a while to boot): early, so they are ready when needed. */
    start() {
        // Loaded here: most cleanups never need a thread.
        const { Worker } = process.getBuiltinModule('node:worker_threads');
        while (this.workers.size < this.size) {
            const worker = new Worker(WORKER_SOURCE, { eval: true });
            worker.unref();
            // A worker that dies is dropped; what it had not done, the final pass does.
            const gone = () => this.workers.delete(worker);
            worker.on('error', gone);
            worker.on('exit', gone);
            this.workers.add(worker);
        }
    }
    /** Every worker sweeps `task` with this thread; resolves with what each of them did. */
    run(task, next) {
        this.start();
        return [...this.workers].map((worker) => new Promise((resolve) => {
            const settle = (result) => {
                worker.off('message', settle);
                worker.off('exit', lost);
                resolve(result);
            };
            const lost = () => settle(undefined);
            worker.on('message', settle);
            worker.on('exit', lost);
            worker.postMessage({ task, next });
        }));
    }
    async close() {
        const all = [...this.workers];
        this.workers.clear();
        await Promise.all(all.map((w) => w.terminate()));
    }
}
const EMPTY = { bytes: 0, entries: 0, problems: [], problemCount: 0 };
const CHANGED = 'replaced or moved while it was being removed: left alone';
const MOUNTED = 'a mount point (another file system or a bind mount): not entered';
function problem(path, code, message) {
    return { bytes: 0, entries: 0, problems: [{ path, code, message }], problemCount: 1 };
}
function merge(into, r, maxProblems) {
    into.bytes += r.bytes;
    into.entries += r.entries;
    into.problemCount += r.problemCount;
    into.problems.push(...r.problems.slice(0, Math.max(0, maxProblems - into.problems.length)));
}
const codeOf = (e) => e.code ?? 'ERROR';
/** An fs error without the path it names (a descriptor path means nothing to a reader). */
function said(e) {
    const text = (0, errors_ts_1.messageOf)(e);
    const m = /^[A-Z0-9]+: ([^,]+), (\w+)/.exec(text);
    return m ? `${m[2]}: ${m[1]}` : text;
}
const proc = (fd, name) => name === undefined ? `/proc/self/fd/${fd}` : `/proc/self/fd/${fd}/${name}`;
/** Opens the folder `name` of the held folder `dir` without following a link; checks it. */
function openBelow(io, dir, name, seen) {
    let fd;
    try {
        fd = io.open(proc(dir, name), DIR_FLAGS | node_fs_1.constants.O_NOFOLLOW);
    }
    catch {
        return undefined;
    }
    const s = io.fstat(fd);
    if (s.dev !== seen.dev || s.ino !== seen.ino) {
        io.close(fd);
        return undefined;
    }
    return fd;
}
class Remover {
    options;
    threads;
    maxProblems;
    mounts;
    mode;
    io;
    workers;
    /** Sweeps worker threads took part in (and finished). */
    workerSweeps = 0;
    constructor(options) {
        this.options = options;
        this.io = options.io ?? exports.systemIo;
        this.mode = options.mode ?? (fdMode(this.io) ? 'fd' : 'cwd');
        const threads = this.mode === 'fd' ? (options.threads ?? Math.min(4, (0, node_os_1.availableParallelism)())) : 1;
        this.threads = Math.max(1, threads);
        this.maxProblems = options.maxProblems ?? 200;
        this.mounts = new Set(options.mounts ?? []);
    }
    get pool() {
        this.workers ??= new Pool(this.threads - 1);
        return this.workers;
    }
    /** Boots the worker threads now, when a large removal is likely to follow. */
    warm() {
        if (this.threads > 1 && !this.options.dryRun)
            this.pool.start();
    }
    /**
     * Removes `path` (with its content), reached from `root` (a removal root's realpath, which
     * `path` lies strictly below) one name at a time: a folder between them that is a link, on
     * another file system or a mount point stops it.
     */
    async remove(path, root) {
        const outcome = {
            path,
            removed: false,
            bytes: 0,
            entries: 0,
            problems: [],
            problemCount: 0,
        };
        const names = path.startsWith(root + node_path_1.sep) ? path.slice(root.length + 1).split(node_path_1.sep) : [];
        if (!root || !names.length || names.some((n) => !n || n === '.' || n === '..')) {
            merge(outcome, problem(path, 'EINVAL', `not below the removal root ${root}`), this.maxProblems);
            return outcome;
        }
        const add = (r) => merge(outcome, r, this.maxProblems);
        if (this.mode === 'fd')
            await this.removeByFd(root, names, path, add);
        else
            this.removeByCwd(root, names, path, add);
        outcome.removed = outcome.problemCount === 0;
        return outcome;
    }
    task(chunks, dev, mode = this.mode) {
        return {
            chunks,
            dryRun: this.options.dryRun,
            dev,
            mounts: [...this.mounts],
            sep: node_path_1.sep,
            maxProblems: this.maxProblems,
            mode,
        };
    }
    /** The entry's verdict before its removal: what stops it, or undefined. */
    vet(s, dev) {
        if (s.isDirectory() && (s.dev !== dev || this.mounts.has(`${s.dev}:${s.ino}`)))
            return MOUNTED;
        return undefined;
    }
    async removeByFd(root, names, path, add) {
        const io = this.io;
        const held = [];
        try {
            let dir;
            try {
                dir = io.open(root, DIR_FLAGS);
            }
            catch (error) {
                add(problem(root, codeOf(error), said(error)));
                return;
            }
            held.push(dir);
            const dev = io.fstat(dir).dev;
            let shown = root;
            for (const name of names.slice(0, -1)) {
                shown += node_path_1.sep + name;
                let s;
                try {
                    s = io.lstat(proc(dir, name));
                }
                catch (error) {
                    if (codeOf(error) !== 'ENOENT')
                        add(problem(shown, codeOf(error), said(error)));
                    return; // a folder on the way is gone: so is the entry
                }
                if (!s.isDirectory())
                    return add(problem(shown, 'ECHANGED', `no longer a folder: ${CHANGED}`));
                const why = this.vet(s, dev);
                if (why)
                    return add(problem(shown, 'EXDEV', why));
                const fd = openBelow(io, dir, name, s);
                if (fd === undefined)
                    return add(problem(shown, 'ECHANGED', CHANGED));
                held.push(fd);
                dir = fd;
            }
            const name = names[names.length - 1];
            let s;
            try {
                s = io.lstat(proc(dir, name));
            }
            catch (error) {
                if (codeOf(error) !== 'ENOENT')
                    add(problem(path, codeOf(error), said(error)));
                return;
            }
            // The entry itself is vetted by the split or the sweep (the same rule).
            const item = { dir, name, shown: path };
            if (!s.isDirectory() || this.options.dryRun || this.threads < 2) {
                add((0, sweep_ts_1.sweep)(this.task([[item]], dev), undefined, io));
            }
            else {
                await this.split(item, s, dev, add);
            }
        }
        finally {
            for (const fd of held)
                io.close(fd);
        }
    }
    /** Lists the folder a few levels down into subtrees; sweeps them in parallel when many. */
    async split(top, stats, dev, add) {
        const io = this.io;
        const folders = [];
        const items = [];
        // Where problems were reported: a folder left because of them is not reported again.
        const reported = [];
        const note = (r) => {
            reported.push(...r.problems.map((p) => p.path));
            if (r.problemCount > r.problems.length)
                reported.push('');
            add(r);
        };
        try {
            let frontier = [{ item: top, stats }];
            for (let level = 0; frontier.length && level < 4; level++) {
                if (level > 0 && items.length + frontier.length >= SPLIT_TARGET)
                    break;
                if (folders.length + frontier.length > SPLIT_HELD)
                    break;
                const next = [];
                for (const { item, stats: s } of frontier) {
                    // A folder that changed, or is a mount point, is left to the sweep (it reports it).
                    const fd = this.vet(s, dev) ? undefined : openBelow(io, item.dir, item.name, s);
                    let entries;
                    if (fd !== undefined) {
                        try {
                            entries = io.entries(proc(fd));
                        }
                        catch {
                            io.close(fd);
                        }
                    }
                    if (fd === undefined || !entries) {
                        items.push(item);
                        continue;
                    }
                    folders.push({ fd, parent: item.dir, name: item.name, shown: item.shown, stats: s });
                    for (const e of entries) {
                        const child = { dir: fd, name: e.name, shown: item.shown + node_path_1.sep + e.name };
                        if (!e.dir) {
                            items.push(child);
                            continue;
                        }
                        let cs;
                        try {
                            cs = io.lstat(proc(fd, e.name));
                        }
                        catch {
                            items.push(child);
                            continue;
                        }
                        if (cs.isDirectory())
                            next.push({ item: child, stats: cs });
                        else
                            items.push(child);
                    }
                }
                frontier = next;
            }
            items.push(...frontier.map((f) => f.item));
            const parallel = frontier.length >= SPLIT_FOLDERS || items.length >= SPLIT_FILES;
            if (!parallel) {
                note((0, sweep_ts_1.sweep)(this.task([items], dev), undefined, io));
            }
            else {
                const per = Math.max(1, Math.floor(items.length / (this.threads * 64)));
                const chunks = [];
                for (let i = 0; i < items.length; i += per)
                    chunks.push(items.slice(i, i + per));
                const task = this.task(chunks, dev);
                const next = new Int32Array(new SharedArrayBuffer(4));
                const theirs = this.pool.run(task, next);
                note((0, sweep_ts_1.sweep)(task, next, io));
                const results = await Promise.all(theirs);
                if (results.some(Boolean))
                    this.workerSweeps++;
                for (const r of results)
                    note(r ?? EMPTY);
            }
            this.removeSplit(folders, dev, reported, note);
        }
        finally {
            for (const f of folders)
                io.close(f.fd);
        }
    }
    /** The folders split at, deepest first; a leftover (a dead worker's chunk) is swept here. */
    removeSplit(folders, dev, reported, note) {
        const io = this.io;
        for (const f of [...folders].reverse()) {
            try {
                io.rmdir(proc(f.parent, f.name));
                const bytes = f.stats.blocks > 0 ? f.stats.blocks * 512 : f.stats.size;
                note({ bytes, entries: 1, problems: [], problemCount: 0 });
            }
            catch (error) {
                const code = codeOf(error);
                if (code === 'ENOENT')
                    continue;
                let left = [];
                try {
                    left = io.readdir(proc(f.fd));
                }
                catch { }
                if (left.length && reported.some((p) => p === '' || p.startsWith(f.shown + node_path_1.sep)))
                    continue;
                // Emptied, then swapped for a link or a file: that is not the folder chosen.
                if (!left.length && code === 'ENOTDIR')
                    note(problem(f.shown, 'ECHANGED', CHANGED));
                else if (!left.length)
                    note(problem(f.shown, code, said(error)));
                // A dead worker's chunk: sweep what is left (the same checks apply).
                else
                    note((0, sweep_ts_1.sweep)(this.task([[{ dir: f.parent, name: f.name, shown: f.shown }]], dev), undefined, io));
            }
        }
    }
    removeByCwd(root, names, path, add) {
        const io = this.io;
        let original;
        try {
            original = io.cwd();
            io.chdir(root);
            const dev = io.lstat('.').dev;
            let shown = root;
            for (const name of names.slice(0, -1)) {
                shown += node_path_1.sep + name;
                let s;
                try {
                    s = io.lstat(name);
                }
                catch (error) {
                    if (codeOf(error) !== 'ENOENT')
                        add(problem(shown, codeOf(error), said(error)));
                    return;
                }
                if (!s.isDirectory())
                    return add(problem(shown, 'ECHANGED', `no longer a folder: ${CHANGED}`));
                const why = this.vet(s, dev);
                if (why)
                    return add(problem(shown, 'EXDEV', why));
                try {
                    io.chdir(name);
                }
                catch (error) {
                    const code = codeOf(error);
                    const moved = code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP';
                    return add(problem(shown, moved ? 'ECHANGED' : code, moved ? CHANGED : said(error)));
                }
                const here = io.lstat('.');
                if (here.dev !== s.dev || here.ino !== s.ino) {
                    return add(problem(shown, 'ECHANGED', CHANGED));
                }
            }
            // The sweep looks at the entry itself (lstat, then the same mount and device rule).
            const name = names[names.length - 1];
            add((0, sweep_ts_1.sweep)(this.task([[{ dir: -1, name, shown: path }]], dev, 'cwd'), undefined, io));
        }
        catch (error) {
            add(problem(path, codeOf(error), said(error)));
        }
        finally {
            try {
                if (original !== undefined)
                    io.chdir(original);
            }
            catch {
                // The folder we started in is gone: stay where we are, removal is over.
            }
        }
    }
    async close() {
        await this.workers?.close();
    }
}
exports.Remover = Remover;


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.totals = totals;
exports.plural = plural;
exports.describe = describe;
exports.cleanupSummary = cleanupSummary;
/** What a cleanup did, and its step summary: pure. */
/**
 * Every name from the file system, a `paths` line or Docker is untrusted: `oneLine` in log lines,
 * `mdText`/`mdCode` in the summary (docs/decisions/untrusted-text.md).
 */
const runner_ts_1 = __nccwpck_require__(445);
const summary_ts_1 = __nccwpck_require__(543);
function totals(r) {
    const dockerFailures = r.docker?.steps.filter((s) => !s.ok).length ?? 0;
    return {
        removedCount: r.dryRun ? 0 : r.removed.filter((e) => e.complete).length,
        freedBytes: r.dryRun ? 0 : r.removed.reduce((sum, e) => sum + e.bytes, 0),
        troubles: r.refused.length + r.problemCount + dockerFailures,
    };
}
const SOURCE = {
    temp: 'temp-patterns',
    paths: 'paths',
    workspace: 'clean-workspace',
};
const ROWS = 100;
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
function capped(items, row) {
    const rows = items.slice(0, ROWS).map(row);
    return { rows, more: items.length > ROWS ? `…and ${items.length - ROWS} more.` : undefined };
}
/** One log line's worth: the path escaped by `oneLine`. */
function describe(e) {
    const what = e.kind === 'dir' ? `folder, ${plural(e.entries, 'entry', 'entries')}` : e.kind;
    return `${(0, runner_ts_1.oneLine)(e.path)} (${what}, ${(0, summary_ts_1.formatBytes)(e.bytes)})`;
}
function cleanupSummary(r) {
    const t = totals(r);
    const wouldBytes = r.removed.reduce((sum, e) => sum + e.bytes, 0);
    const headline = r.dryRun
        ? `**Dry run:** would remove ${bold(plural(r.removed.length, 'entry', 'entries'))}, freeing **${(0, summary_ts_1.formatBytes)(wouldBytes)}**. Nothing was removed.`
        : `Removed ${bold(plural(t.removedCount, 'entry', 'entries'))}, freed **${(0, summary_ts_1.formatBytes)(t.freedBytes)}**.`;
    const removed = capped(r.removed, (e) => [
        (0, summary_ts_1.mdCode)(e.path),
        e.kind === 'dir' ? `folder (${plural(e.entries, 'entry', 'entries')})` : e.kind,
        SOURCE[e.source],
        (0, summary_ts_1.formatBytes)(e.bytes),
        e.complete ? (r.dryRun ? 'would go' : 'removed') : 'partly removed',
    ]);
    const refused = capped(r.refused, (e) => [(0, summary_ts_1.mdCode)(e.path), (0, summary_ts_1.mdText)(e.reason)]);
    const problems = capped(r.problems, (p) => [(0, summary_ts_1.mdCode)(p.path), (0, summary_ts_1.mdText)(p.code), (0, summary_ts_1.mdText)(p.message)]);
    const disk = r.disk.length > 0 &&
        (0, summary_ts_1.table)(r.freeAtStart === undefined
            ? ['file system of', 'free before', 'free after']
            : ['file system of', 'free at job start', 'free before', 'free after'], r.disk.map((d, i) => [
            (0, summary_ts_1.mdCode)(d.path),
            ...(r.freeAtStart === undefined ? [] : [i === 0 ? (0, summary_ts_1.formatBytes)(r.freeAtStart) : '']),
            (0, summary_ts_1.formatBytes)(d.before),
            (0, summary_ts_1.formatBytes)(d.after),
        ]));
    const freshNames = r.fresh.slice(0, 20).map((f) => (0, summary_ts_1.mdCode)(f.path));
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)(`job-cleanup (${r.stage}${r.dryRun ? ', dry run' : ''})`), headline +
        (r.startedAt === undefined
            ? ''
            : ` The job ran ${(0, summary_ts_1.formatDuration)(r.now - r.startedAt)} since the main step.`), disk, r.removed.length > 0 && (0, summary_ts_1.heading)(r.dryRun ? 'Would remove' : 'Removed', 4), r.removed.length > 0 && (0, summary_ts_1.table)(['path', 'what', 'from', 'size', ''], removed.rows), removed.more, r.refused.length > 0 && (0, summary_ts_1.heading)('Refused (left alone)', 4), r.refused.length > 0 && (0, summary_ts_1.table)(['path', 'why'], refused.rows), refused.more, r.problemCount > 0 && (0, summary_ts_1.heading)('Could not remove (skipped)', 4), r.problemCount > 0 && (0, summary_ts_1.table)(['path', 'error', 'detail'], problems.rows), r.problemCount > r.problems.length &&
        `${r.problemCount} in all; the first ${r.problems.length} are listed.`, r.fresh.length > 0 &&
        `Kept ${plural(r.fresh.length, 'temp entry', 'temp entries')} younger than ${r.maxAgeHours} h: ${freshNames.join(', ')}${r.fresh.length > 20 ? ` and ${r.fresh.length - 20} more` : ''}.`, r.nothing.length > 0 && `Nothing there for ${r.nothing.map((n) => (0, summary_ts_1.mdCode)(n)).join(', ')}.`, r.capped.length > 0 &&
        r.capped
            .map((c) => `**Left in place:** ${(0, summary_ts_1.mdCode)(c.text)} matched ${c.left} more entries than one run takes (${c.limit}); run again to remove them.`)
            .join('\n\n'), r.skippedRoots.length > 0 &&
        r.skippedRoots
            .map((s) => `Not cleaning under ${(0, summary_ts_1.mdText)(s.label)}: ${(0, summary_ts_1.mdText)(s.reason)}.`)
            .join('\n\n'), r.docker && dockerSection(r.docker, r.dryRun));
}
function bold(text) {
    const [n, ...rest] = text.split(' ');
    return `**${n}** ${rest.join(' ')}`;
}
function dockerSection(d, dryRun) {
    if (d.unavailable)
        return `**Docker:** ${(0, summary_ts_1.mdText)(d.unavailable)}; nothing pruned.`;
    return (0, summary_ts_1.blocks)((0, summary_ts_1.heading)(`Docker${d.server ? ` ${(0, summary_ts_1.mdText)(d.server)}` : ''}${dryRun ? ' (would run)' : ''}`, 4), (0, summary_ts_1.table)(['pruned', 'command', 'result'], d.steps.map((s) => [
        s.what,
        (0, summary_ts_1.mdCode)(s.command),
        dryRun
            ? 'not run'
            : s.ok
                ? `reclaimed ${(0, summary_ts_1.mdText)(s.reclaimed ?? '0B')}`
                : `failed: ${(0, summary_ts_1.mdText)(s.error ?? '')}`,
    ]))).trimEnd();
}


/***/ }),

/***/ 278:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The sweep: removes entries the planner approved, with whatever is inside them, without ever
 * looking a whole path up again. See docs/decisions/cleanup-race-safe-removal.md.
 *
 * Every entry is named relative to a folder the sweep holds, never by its full path:
 * - `fd` mode (Linux): the folder is an open descriptor, opened with O_NOFOLLOW | O_DIRECTORY from
 *   its own (held) parent and checked (device and inode) against the `lstat` that chose it. An entry
 *   is reached as `/proc/self/fd/<folder>/<name>`: the kernel jumps straight to the open folder, as
 *   `openat`/`unlinkat` would, whatever was renamed or swapped above it meanwhile.
 * - `cwd` mode (elsewhere): the folder is the current directory. The walk `chdir`s into a child by
 *   its single name, then checks `lstat('.')` against what it chose (a symlink swapped in shows
 *   another inode), and comes back with `chdir('..')`, checking it is the folder it left. When a
 *   check fails the walk no longer knows where it stands: it stops at once, deleting nothing more.
 * `unlink` and `rmdir` of a name never follow a link, so a link (to a file or a folder) goes as a
 * link. A folder on another device, or one the mount table names (a bind mount keeps the device
 * number), is not entered and is reported.
 *
 * Bytes freed are allocated sizes (`st_blocks` x 512; the length where the platform has no
 * blocks) of what goes: a symlink frees its blocks only (a short link's target is kept in its inode:
 * none), a file still linked elsewhere (a pnpm store) frees nothing; the last link of a file frees
 * it. In a dry run the same walk removes nothing and counts a file once all its links are seen.
 *
 * `sweep` is self-contained (it uses only its arguments and Node's built-ins) because it also runs
 * in worker threads from its source text: keep it free of imports and outer names.
 *
 * Every file-system call goes through `io` (default: node:fs and process.chdir), one call per step,
 * so that a test can change the tree between any two steps (swap a folder for a symlink at step N)
 * and see each check hold. Worker threads always use node:fs.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sweep = sweep;
/** With `next`, chunks are claimed through a shared counter (several threads share the task). */
function sweep(task, next, given) {
    const nodeFs = process.getBuiltinModule('node:fs');
    const { O_RDONLY, O_DIRECTORY, O_NOFOLLOW } = nodeFs.constants;
    const io = given ?? {
        lstat: (p) => nodeFs.lstatSync(p),
        open: (p, flags) => nodeFs.openSync(p, flags),
        fstat: (fd) => nodeFs.fstatSync(fd),
        close: (fd) => nodeFs.closeSync(fd),
        readdir: (p) => nodeFs.readdirSync(p),
        rmdir: (p) => nodeFs.rmdirSync(p),
        unlink: (p) => nodeFs.unlinkSync(p),
        chdir: (p) => process.chdir(p),
    };
    const { dryRun, dev, sep, maxProblems, mode } = task;
    const mounts = new Set(task.mounts);
    const out = { bytes: 0, entries: 0, problems: [], problemCount: 0 };
    const CHANGED = 'replaced or moved while it was being removed: left alone';
    const MOUNTED = 'a mount point (another file system or a bind mount): not entered';
    const report = (p, code, message) => {
        out.problemCount++;
        if (out.problems.length < maxProblems)
            out.problems.push({ path: p, code, message });
        return false;
    };
    const codeOf = (e) => e.code;
    // `EPERM: operation not permitted, unlink '/proc/self/fd/9/x'` → `unlink: operation not permitted`
    const said = (e) => {
        const text = String(e?.message ?? e);
        const m = /^[A-Z0-9]+: ([^,]+), (\w+)/.exec(text);
        return m ? `${m[2]}: ${m[1]}` : text;
    };
    const fail = (p, e) => codeOf(e) === 'ENOENT' || report(p, codeOf(e) ?? 'ERROR', said(e));
    const size = (s) => s.blocks > 0 ? s.blocks * 512 : s.isSymbolicLink() ? 0 : Number(s.size) || 0;
    const links = new Map();
    const freed = (s) => {
        if (s.isDirectory() || s.nlink <= 1)
            return size(s);
        if (!dryRun)
            return 0; // other links stay; the last one, when it goes, has nlink 1
        const key = `${s.dev}:${s.ino}`;
        const seen = (links.get(key) ?? 0) + 1;
        links.set(key, seen);
        return seen === s.nlink ? size(s) : 0;
    };
    const at = (dir, name) => (mode === 'fd' ? `/proc/self/fd/${dir}/${name}` : name);
    /** cwd mode: the walk lost track of where it stands; nothing more is touched. */
    class Lost extends Error {
    }
    let lost = false;
    const lose = (shown) => {
        lost = true;
        return new Lost(shown);
    };
    /** cwd mode: the folders entered, outermost first (the current directory last). */
    const stack = [];
    /**
     * Opens (fd) or enters (cwd) the folder `name` chosen by `s`: its descriptor (-1 in cwd mode),
     * `null` when it is gone meanwhile, undefined when it cannot be (reported).
     */
    const enter = (dir, name, s, shown) => {
        if (mode === 'fd') {
            let fd;
            try {
                fd = io.open(at(dir, name), O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
            }
            catch (e) {
                const code = codeOf(e);
                if (code === 'ENOENT')
                    return null;
                if (code === 'ELOOP' || code === 'ENOTDIR')
                    report(shown, 'ECHANGED', CHANGED);
                else
                    fail(shown, e);
                return undefined;
            }
            const f = io.fstat(fd);
            if (f.dev !== s.dev || f.ino !== s.ino) {
                io.close(fd);
                report(shown, 'ECHANGED', CHANGED);
                return undefined;
            }
            return fd;
        }
        const here = io.lstat('.');
        try {
            io.chdir(name);
        }
        catch (e) {
            if (codeOf(e) === 'ENOENT')
                return null;
            fail(shown, e);
            return undefined;
        }
        const f = io.lstat('.');
        if (f.dev !== s.dev || f.ino !== s.ino)
            throw lose(shown);
        stack.push(here);
        return -1;
    };
    const leave = (held, shown) => {
        if (mode === 'fd') {
            io.close(held);
            return;
        }
        const parent = stack.pop();
        if (lost)
            return; // unwinding: where '..' leads is unknown
        io.chdir('..');
        const f = io.lstat('.');
        if (f.dev !== parent.dev || f.ino !== parent.ino)
            throw lose(shown);
    };
    const empty = (held, shown) => {
        let names;
        try {
            names = io.readdir(mode === 'fd' ? `/proc/self/fd/${held}` : '.');
        }
        catch (e) {
            return fail(shown, e);
        }
        let ok = true;
        for (const name of names)
            ok = one(held, name, shown + sep + name) && ok;
        return ok;
    };
    const folder = (dir, name, shown, s) => {
        if (s.dev !== dev || mounts.has(`${s.dev}:${s.ino}`))
            return report(shown, 'EXDEV', MOUNTED);
        for (let attempt = 0;; attempt++) {
            const held = enter(dir, name, s, shown);
            // Gone since it was chosen (removed or moved away by someone else): nothing left to do.
            if (held === null)
                return true;
            if (held === undefined)
                return false;
            let ok;
            try {
                ok = empty(held, shown);
            }
            finally {
                leave(held, shown);
            }
            if (!ok)
                return false;
            if (dryRun)
                break;
            try {
                io.rmdir(at(dir, name));
                break;
            }
            catch (e) {
                // Something new appeared inside meanwhile: sweep it again (twice at most).
                if (codeOf(e) === 'ENOTEMPTY' && attempt < 2)
                    continue;
                // Emptied, then swapped for a link or a file: that is not the folder chosen.
                if (codeOf(e) === 'ENOTDIR')
                    return report(shown, 'ECHANGED', CHANGED);
                return fail(shown, e);
            }
        }
        out.bytes += size(s);
        out.entries++;
        return true;
    };
    const one = (dir, name, shown) => {
        let s;
        try {
            s = io.lstat(at(dir, name));
        }
        catch (e) {
            return fail(shown, e);
        }
        if (s.isDirectory())
            return folder(dir, name, shown, s);
        if (!dryRun) {
            try {
                io.unlink(at(dir, name));
            }
            catch (e) {
                return fail(shown, e);
            }
        }
        out.bytes += freed(s);
        out.entries++;
        return true;
    };
    const all = (items) => {
        for (const item of items)
            one(item.dir, item.name, item.shown);
    };
    try {
        if (next) {
            for (let i = Atomics.add(next, 0, 1); i < task.chunks.length; i = Atomics.add(next, 0, 1)) {
                all(task.chunks[i] ?? []);
            }
        }
        else {
            for (const chunk of task.chunks)
                all(chunk);
        }
    }
    catch (e) {
        if (!(e instanceof Lost))
            throw e;
        report(e.message, 'ECHANGED', `${CHANGED}; removal stopped there`);
    }
    return out;
}


/***/ }),

/***/ 188:
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

/***/ 526:
/***/ ((__unused_webpack_module, exports) => {


/** Runs a program with a time limit and captures what it printed; never rejects. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runProgram = runProgram;
function runProgram(file, args, options) {
    // Loaded here: most steps never start a program.
    const { execFile } = process.getBuiltinModule('node:child_process');
    return new Promise((resolve) => {
        execFile(file, args, {
            cwd: options.cwd,
            timeout: options.timeoutMs,
            killSignal: options.killSignal ?? 'SIGTERM',
            maxBuffer: 16 * 1024 * 1024,
            encoding: 'utf8',
            shell: false,
            windowsVerbatimArguments: options.verbatim ?? false,
            windowsHide: true,
        }, (error, stdout, stderr) => {
            const e = error;
            resolve({
                ok: !e,
                code: e ? (e.code ?? undefined) : 0,
                signal: e?.signal ?? undefined,
                message: e?.message,
                stdout: String(stdout ?? ''),
                stderr: String(stderr ?? ''),
                timedOut: Boolean(e?.killed),
            });
        });
    });
}


/***/ }),

/***/ 518:
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
const errors_ts_1 = __nccwpck_require__(188);
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

/***/ 580:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.randomId = randomId;
const node_fs_1 = __nccwpck_require__(24);
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

/***/ 106:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
/**
 * The one try/catch every entry point shares: an input mistake is reported as such, a bug with
 * its stack in the debug log; then the process exits explicitly, so a dangling socket or timer
 * can never hold the job open.
 */
const errors_ts_1 = __nccwpck_require__(188);
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
const node_fs_1 = __nccwpck_require__(24);
const node_os_1 = __nccwpck_require__(161);
const node_path_1 = __nccwpck_require__(760);
const random_id_ts_1 = __nccwpck_require__(580);
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

/***/ 54:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stateSlot = stateSlot;
/** Typed state handed from an action's main step to its post step, serialized as JSON. */
const runner_ts_1 = __nccwpck_require__(445);
function stateSlot(name) {
    return {
        save: (value) => (0, runner_ts_1.saveState)(name, JSON.stringify(value)),
        load: () => {
            const raw = (0, runner_ts_1.getState)(name);
            return raw ? JSON.parse(raw) : undefined;
        },
    };
}


/***/ }),

/***/ 543:
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

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
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
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
const run_ts_1 = __nccwpck_require__(106);
const cleanup_ts_1 = __nccwpck_require__(494);
(0, run_ts_1.run)(cleanup_ts_1.cleanupMain);

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
