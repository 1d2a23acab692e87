/**
 * Finds network access in a JavaScript bundle by reading its syntax tree, not its text: a URL in a
 * hover link or the word "fetch" in our own data is a string literal and never matches, while a
 * `require("https")`, a `fetch(...)` call or a `new WebSocket(...)` always does.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Node } from 'acorn';
import { simple } from 'acorn-walk';

/** Node modules and packages that open connections or start processes. */
export const NETWORK_MODULES = new Set(['http', 'https', 'http2', 'net', 'tls', 'dns', 'dgram', 'child_process', 'cluster', 'undici', 'ws', 'node-fetch', 'axios']);
/** Globals that reach the network from a browser or Node. */
export const NETWORK_GLOBALS = new Set(['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource', 'sendBeacon', 'createTelemetryLogger']);
const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self', 'global', 'navigator']);

export interface NetworkUse {
  what: string;
  /** 1-based line in the bundle. */
  line: number;
}

interface Located {
  loc?: { start: { line: number } } | null;
}

const moduleName = (value: unknown): string | undefined =>
  typeof value === 'string' && NETWORK_MODULES.has(value.replace(/^node:/, '').split('/')[0]!) ? value : undefined;

/** Every network API the code uses. Throws only when the text is not JavaScript at all. */
export function scanForNetwork(code: string): NetworkUse[] {
  const found: NetworkUse[] = [];
  const report = (what: string, node: Node) => found.push({ what, line: (node as Located).loc?.start.line ?? 0 });
  const tree = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true, locations: true });
  const literal = (node: Node | undefined): unknown => (node?.type === 'Literal' ? (node as unknown as { value: unknown }).value : undefined);
  simple(tree, {
    CallExpression(node) {
      const callee = node.callee;
      const name = moduleName(literal(node.arguments[0] as Node | undefined));
      if (callee.type === 'Identifier' && callee.name === 'require' && name) report(`require("${name}")`, node);
    },
    ImportExpression(node) {
      const name = moduleName(literal(node.source as Node));
      if (name) report(`import("${name}")`, node);
    },
    ImportDeclaration(node) {
      const name = moduleName(node.source.value);
      if (name) report(`import from "${name}"`, node);
    },
    Identifier(node) {
      // Only references reach this visitor: property keys and member names are not walked as expressions.
      if (NETWORK_GLOBALS.has(node.name)) report(node.name, node);
    },
    MemberExpression(node) {
      const property = node.computed ? literal(node.property as Node) : node.property.type === 'Identifier' ? node.property.name : undefined;
      if (typeof property !== 'string' || !NETWORK_GLOBALS.has(property)) return;
      const object = node.object;
      const fromGlobal = object.type === 'Identifier' && GLOBAL_OBJECTS.has(object.name);
      if (fromGlobal || property === 'createTelemetryLogger' || property === 'sendBeacon') report(`.${property}`, node);
    },
  });
  return found;
}

/** Every JavaScript bundle the build writes under dist/, except test bundles. */
export function bundlesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'e2e' || name === 'test' ? [] : bundlesIn(path);
      return /\.(?:c|m)?js$/.test(name) ? [path] : [];
    });
}
