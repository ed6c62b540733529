// GitHub's official REST API description (@octokit/openapi) as the judge of the stand-in: every
// JSON response the stand-in serves for a documented operation is checked against the response
// schema of that operation and status. Operations are found by method and path template, so a
// route added to github-routes.ts is checked without further work.
//
// Stricter than the description in one way: an object may not carry a property its schema does
// not list (the description leaves `additionalProperties` open, so a fixture could add fields
// GitHub never sends and no validator would notice). Official examples pass this check; see
// test/unit/github-schema.test.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = Record<string, unknown>;

interface Description {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Json; examples: Record<string, { value: unknown }>; responses: Json };
}

const require = createRequire(import.meta.url);
const DESCRIPTIONS = {
  /** github.com: every operation the actions call, except the enterprise ones. */
  dotcom: '@octokit/openapi/generated/api.github.com.json',
  /** GitHub Enterprise Cloud: adds /enterprises/… operations. */
  ghec: '@octokit/openapi/generated/ghec.json',
} as const;

const loaded = new Map<keyof typeof DESCRIPTIONS, Description>();

export function description(which: keyof typeof DESCRIPTIONS = 'dotcom'): Description {
  let found = loaded.get(which);
  if (!found) {
    found = JSON.parse(readFileSync(require.resolve(DESCRIPTIONS[which]), 'utf8')) as Description;
    loaded.set(which, found);
  }
  return found;
}

/** An official example response, verbatim (`components/examples/<name>`). */
export function officialExample<T = unknown>(name: string): T {
  const example = description().components.examples[name];
  if (!example) throw new Error(`No example named '${name}' in the API description`);
  return structuredClone(example.value) as T;
}

/**
 * Adds `additionalProperties: false` to every object schema that lists properties and says
 * nothing about others, except the members of an `allOf` (there the properties are split across
 * members, and a closed member would reject its siblings' properties).
 */
function closeObjects(node: unknown, inAllOf = false, name = ''): unknown {
  if (Array.isArray(node)) return node.map((n) => closeObjects(n, inAllOf));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'example' || key === 'examples') out[key] = value;
    else if (key === 'schemas' && name === 'components' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value as Json).map(([n, schema]) => [n, closeObjects(schema, false, n)]),
      );
    } else if (key === 'allOf') out[key] = (value as unknown[]).map((v) => closeObjects(v, true));
    else if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value as Json).map(([name, schema]) => [name, closeObjects(schema)]),
      );
    } else out[key] = closeObjects(value);
  }
  // OpenAPI 3.0: `nullable: true` admits null even beside an `enum` that does not list it
  // (GitHub sends `"conclusion": null`); Ajv wants null in the enum, so add it.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) {
    out.enum = [...out.enum, null];
  }
  if (
    !inAllOf &&
    !OPEN.has(name) &&
    out.properties !== undefined &&
    out.additionalProperties === undefined &&
    out.allOf === undefined
  ) {
    out.additionalProperties = false;
  }
  // `nullable` beside no `type` (e.g. `anyOf` of two accounts): Ajv needs it spelt out.
  if (out.nullable === true && out.type === undefined) {
    const { nullable: _, ...rest } = out;
    return { anyOf: [rest, { type: 'null' }] };
  }
  return out;
}

/**
 * Error bodies stay open: GitHub has added `status` to every error body, and the description
 * lists it only in `basic-error`.
 */
const OPEN = new Set(['basic-error', 'validation-error', 'validation-error-simple', 'scim-error']);

interface Operation {
  template: string;
  method: string;
  regex: RegExp;
  /** Literal segments first: `/runs/{id}/jobs` before `/runs/{id}`-like siblings. */
  params: number;
  spec: keyof typeof DESCRIPTIONS;
  responses: Json;
}

function operationsOf(which: keyof typeof DESCRIPTIONS): Operation[] {
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(description(which).paths)) {
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    for (const [method, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      ops.push({
        template,
        method: method.toUpperCase(),
        regex: new RegExp(`^${source}/?$`),
        params: (template.match(/\{/g) ?? []).length,
        spec: which,
        responses: op.responses as Json,
      });
    }
  }
  return ops.sort((a, b) => a.params - b.params);
}

const ajvs = new Map<keyof typeof DESCRIPTIONS, Ajv>();
const compiled = new Map<string, ValidateFunction>();
let operations: Operation[] | undefined;

function ajvFor(which: keyof typeof DESCRIPTIONS): Ajv {
  let ajv = ajvs.get(which);
  if (!ajv) {
    // strict: false — the description carries OpenAPI keywords (example, discriminator…) that
    // are not JSON Schema; `nullable` is OpenAPI 3.0's and Ajv implements it.
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    const { components } = description(which);
    ajv.addSchema({
      $id: 'gh',
      components: closeObjects({ schemas: components.schemas }, false, 'components'),
    });
    ajvs.set(which, ajv);
  }
  return ajv;
}

/** The documented operation for a request, by method and path (without the API prefix). */
export function findOperation(method: string, path: string): Operation | undefined {
  if (!operations) operations = operationsOf('dotcom');
  const m = method.toUpperCase();
  const found = operations.find((o) => o.method === m && o.regex.test(path));
  if (found || !path.startsWith('/enterprises/')) return found;
  return operationsOf('ghec').find((o) => o.method === m && o.regex.test(path));
}

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/')
        ? `gh${value}`
        : rewriteRefs(value);
  }
  return out;
}

function validatorFor(op: Operation, status: number): ValidateFunction | 'no-body' | undefined {
  let response = (op.responses[String(status)] ?? op.responses.default) as Json | undefined;
  if (!response) return undefined;
  const ref = response.$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/responses/', '');
    response = description(op.spec).components.responses[name] as Json;
  }
  const schema = (response.content as Record<string, { schema?: unknown }> | undefined)?.[
    'application/json'
  ]?.schema;
  if (!schema) return 'no-body';
  const key = `${op.spec} ${op.method} ${op.template} ${status}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajvFor(op.spec).compile(rewriteRefs(closeObjects(schema)) as Json);
    compiled.set(key, validate);
  }
  return validate;
}

const basicError = (): ValidateFunction => {
  const key = 'basic-error';
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajvFor('dotcom').compile({ $ref: 'gh#/components/schemas/basic-error' });
    compiled.set(key, validate);
  }
  return validate;
};

/**
 * What is wrong with a response to `method path`, judged by the official description; undefined
 * when nothing is (or when the operation is not documented, e.g. a path GitHub does not have).
 * Error statuses the operation does not list are judged as GitHub's `basic-error`.
 */
export function responseViolation(
  method: string,
  path: string,
  status: number,
  body: unknown,
): string | undefined {
  const op = findOperation(method, path);
  if (!op) return undefined;
  const where = `${op.method} ${op.template} → ${status}`;
  let validate = validatorFor(op, status);
  if (validate === undefined) {
    if (status < 400) return `${where}: status ${status} is not documented for this operation`;
    validate = basicError();
  }
  if (validate === 'no-body') {
    return body === undefined ? undefined : `${where}: documented without a body, but one was sent`;
  }
  if (validate(body)) return undefined;
  const errors = (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message}${describeParams(e.params)}`);
  return `${where} breaks the official schema: ${errors.join('; ')}`;
}

function describeParams(params: Record<string, unknown>): string {
  if ('additionalProperty' in params) return ` ('${String(params.additionalProperty)}')`;
  if ('allowedValues' in params) return ` (${JSON.stringify(params.allowedValues)})`;
  return '';
}
