/**
 * Typed input parsing. Every parser names the input and what it accepts when a value is invalid,
 * so each action parses its inputs once, up front, before it does anything.
 */
import { InputError } from './errors.ts';
import { type Env, getInput } from './runner.ts';

/** Where raw input values come from: the runner's INPUT_* variables, or a plain record in tests. */
export type InputSource = (name: string) => string;

export const fromEnv =
  (env: Env = process.env): InputSource =>
  (name) =>
    getInput(name, env);

export const fromRecord =
  (values: Record<string, string | undefined>): InputSource =>
  (name) =>
    (values[name] ?? '').trim();

function invalid(name: string, accepts: string, value: string): InputError {
  return new InputError(name, `Input '${name}' accepts ${accepts}; got '${value}'.`);
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function createReader(source: InputSource) {
  const text = (name: string, fallback = ''): string => source(name) || fallback;

  return {
    text,

    required(name: string, accepts: string): string {
      const value = source(name);
      if (!value) throw new InputError(name, `Input '${name}' is required: ${accepts}.`);
      return value;
    },

    /** YAML 1.2 core-schema booleans, as the runner's own getBooleanInput accepts. */
    bool(name: string, fallback: boolean): boolean {
      const value = source(name);
      if (!value) return fallback;
      if (TRUE.includes(value)) return true;
      if (FALSE.includes(value)) return false;
      throw invalid(name, "'true' or 'false'", value);
    },

    int(name: string, fallback: number, { min = -Infinity, max = Infinity } = {}): number {
      const value = source(name);
      if (!value) return fallback;
      const n = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw invalid(name, wholeRange(min, max), value);
      }
      return n;
    },

    number(name: string, fallback: number, { min = -Infinity, max = Infinity } = {}): number {
      const value = source(name);
      if (!value) return fallback;
      const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
      if (!Number.isFinite(n) || n < min || n > max) {
        throw invalid(name, numberRange(min, max), value);
      }
      return n;
    },

    choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
      const value = source(name);
      if (!value) return fallback;
      const found = choices.find((c) => c.toLowerCase() === value.toLowerCase());
      if (!found) throw invalid(name, `one of ${choices.map((c) => `'${c}'`).join(', ')}`, value);
      return found;
    },

    /** Comma- or newline-separated items, trimmed, empty items dropped. */
    list(name: string): string[] {
      return splitList(source(name));
    },

    /** One item per line, trimmed, blank lines and `#` comments dropped. */
    lines(name: string): string[] {
      return splitLines(source(name));
    },
  };
}

export type InputReader = ReturnType<typeof createReader>;

export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

function wholeRange(min: number, max: number): string {
  if (Number.isFinite(min) && Number.isFinite(max)) return `a whole number from ${min} to ${max}`;
  if (Number.isFinite(min)) return `a whole number >= ${min}`;
  if (Number.isFinite(max)) return `a whole number <= ${max}`;
  return 'a whole number';
}

function numberRange(min: number, max: number): string {
  if (Number.isFinite(min) && Number.isFinite(max)) return `a number from ${min} to ${max}`;
  if (Number.isFinite(min)) return `a number >= ${min}`;
  if (Number.isFinite(max)) return `a number <= ${max}`;
  return 'a number';
}
