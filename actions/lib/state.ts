/** Typed state handed from an action's main step to its post step, serialized as JSON. */
import { getState, saveState } from './runner.ts';

export interface StateSlot<T> {
  save(value: T): void;
  /** The value main saved, or undefined when main did not save one (or was skipped). */
  load(): T | undefined;
}

export function stateSlot<T>(name: string): StateSlot<T> {
  return {
    save: (value) => saveState(name, JSON.stringify(value)),
    load: () => {
      const raw = getState(name);
      return raw ? (JSON.parse(raw) as T) : undefined;
    },
  };
}
