/**
 * The install record, `runner-hooks.json` in the hooks folder: what the hooks do at each job and
 * what the install changed in `.env`, so that installing again changes nothing and uninstalling
 * puts it all back. Reading it checks its shape: a damaged record is an error, never a guess.
 */
import type { EnvState } from './env-file.ts';
import type { HookOptions } from './options.ts';

export const RECORD_FILE = 'runner-hooks.json';
export const RECORD_VERSION = 1;
/**
 * The fixed temp folder the hooks sweep besides the job's temp directory (which differs from it on
 * macOS). Kept in the record so a test can point it elsewhere; records written before it lack it.
 */
export const SYSTEM_TEMP = '/tmp';

export interface InstallRecord {
  version: typeof RECORD_VERSION;
  runnerDir: string;
  /** The Node the hook scripts run. */
  node: string;
  hook: HookOptions & { systemTemp: string };
  env: EnvState & {
    /** `.env` did not exist before the install. */
    created: boolean;
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';

export function parseRecord(text: string): InstallRecord {
  const r = JSON.parse(text) as Partial<InstallRecord>;
  const env = r?.env;
  const hook = r?.hook;
  const ok =
    r?.version === RECORD_VERSION &&
    isString(r.runnerDir) &&
    isString(r.node) &&
    hook !== undefined &&
    Array.isArray(hook.tempPatterns) &&
    hook.tempPatterns.every(isString) &&
    typeof hook.maxAgeHours === 'number' &&
    typeof hook.dockerPrune === 'boolean' &&
    typeof hook.timeLimitSeconds === 'number' &&
    typeof hook.strict === 'boolean' &&
    (hook.systemTemp === undefined || (isString(hook.systemTemp) && hook.systemTemp !== '')) &&
    env !== undefined &&
    typeof env.created === 'boolean' &&
    typeof env.addedBreak === 'boolean' &&
    Array.isArray(env.records) &&
    env.records.every(
      (e) =>
        isString(e?.name) && isString(e.written) && (e.original === null || isString(e.original)),
    );
  if (!ok) throw new Error(`not a runner-hooks install record (version ${RECORD_VERSION})`);
  const record = r as InstallRecord;
  return { ...record, hook: { ...record.hook, systemTemp: record.hook.systemTemp ?? SYSTEM_TEMP } };
}

export function formatRecord(record: InstallRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
