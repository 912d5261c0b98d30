/**
 * An error about one input (binary, undecodable, unreadable, too large). The
 * CLI prints its message on one line, names the input and goes on with the
 * next one; it is never shown with a stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A mistake in how rinse was called (unknown rule id, bad option value): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A config file that cannot be used; `problems` holds one "FILE: PATH: problem" line each. */
export class ConfigError extends UsageError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}
