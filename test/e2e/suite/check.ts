// Assertions that work in both extension hosts: Node's `assert` does not exist in the web worker.

export class AssertionError extends Error {}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
}

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new AssertionError(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new AssertionError(`${what}:\n  expected ${show(expected)}\n  got      ${show(actual)}`);
  }
}

export function match(actual: string, pattern: RegExp, what: string): void {
  if (!pattern.test(actual)) throw new AssertionError(`${what}: ${show(actual)} does not match ${pattern}`);
}
