import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed options of one command, plus its positional arguments. */
export interface Parsed<T> {
  values: T;
  positionals: string[];
}

/**
 * Parses a command's arguments strictly: an unknown option or a missing value is a usage error
 * with one line naming the option, never a stack trace.
 */
export function parseCommandArgs<T>(command: string, args: string[], options: Options): Parsed<T> {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as T, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new UsageError(`${command}: ${message.replace(/\. To specify.*$/, '')}`);
  }
}

/** Checks that `value` is one of `allowed`; the error names the option. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}
