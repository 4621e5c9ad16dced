// Every CLI failure ends as ONE line on stderr and a non-zero exit: operators read it, scripts grep it,
// and a stack trace would leak internals without helping either.
import { revealInvisible } from '@concord/core/text';

/** An expected failure whose message is written for the user as is. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

const maxLength = 400;

/**
 * Collapses any error into one printable line (no newlines, no stack, bounded length). A message may quote a
 * stored or imported text, so escape sequences a terminal would obey and characters that reorder or hide what is
 * shown are written as `⟦U+001B⟧`.
 */
export function errorLine(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const line = revealInvisible(raw.replace(/\s+/g, ' ').trim(), { singleLine: true }) || 'unknown error';
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}
