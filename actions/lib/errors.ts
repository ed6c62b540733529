/** The user's mistake in the step's `with:` block: reported as is, without a stack. */
export class InputError extends Error {
  readonly input: string;
  constructor(input: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.input = input;
  }
}

/** A fault at run time that the action explains rather than a bug. */
export class RuntimeFault extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RuntimeFault';
  }
}

/**
 * Credentials this process holds (tokens, an App's private key, installation tokens). A message
 * from outside that echoes one is redacted before it reaches the log, an output or the summary.
 * See docs/decisions/api-origin.md.
 */
const secrets = new Set<string>();
/** Shorter values would redact ordinary words; no real credential is this short. */
const SHORTEST = 6;

export function addSecret(value: string | undefined): void {
  if (!value || value.length < SHORTEST) return;
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
  for (const f of forms) if (f.length >= SHORTEST) secrets.add(f);
}

export function redact(text: string): string {
  if (secrets.size === 0) return text;
  let out = text;
  // Longest first, so a whole key is replaced before its lines are.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join('***');
  }
  return out;
}

/** An error's message (redacted), or the thrown value as text. */
export function messageOf(error: unknown): string {
  return redact(error instanceof Error ? error.message : String(error));
}

/** Ends `text` as a sentence (a full stop unless it ends with one), so reasons can be joined. */
export function sentence(text: string): string {
  const t = String(text).trim();
  if (!t) return t;
  return /[.!?]["')\]]*$/.test(t) ? t : `${t}.`;
}
