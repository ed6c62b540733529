import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A random (version 4) UUID, as `crypto.randomUUID()` makes, for delimiters and stop tokens.
 * Read from the kernel's /dev/urandom where there is one: loading node:crypto costs about 5 ms of
 * every step's start (docs/decisions/bundle-format.md).
 */
export function randomId(urandom = '/dev/urandom'): string {
  const bytes = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync(urandom, 'r');
    if (readSync(fd, bytes, 0, 16, null) !== 16) throw new Error('short read');
  } catch {
    const crypto = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
    return crypto.randomUUID();
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
