import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, print, type DefinitionNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { repoRoot } from '@3factor/dev/paths.js';

/** One GraphQL operation of the order app or the analytics app, as the app sends it. */
export interface AppOperation {
  /** The constant holding it, e.g. ORDER_LIVE. */
  name: string;
  file: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The document printed with each fragment once (what Apollo Client sends). */
  text: string;
}

// The analytics app's load generator is a client of the engine too (plain template strings there).
const APP_SOURCES = ['src/order-app/src', 'src/analytics-app/src', 'src/analytics-app/load-generator'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

/**
 * Every `gql` template (or template string starting with an operation) of the two apps
 * whose document holds an operation, with its
 * `${FRAGMENT}` interpolations resolved the way the app resolves them (by constant name).
 */
export function appOperations(): AppOperation[] {
  const templates: { name: string; file: string; text: string }[] = [];
  for (const base of APP_SOURCES) {
    for (const file of sourceFiles(join(repoRoot, base))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/const\s+(\w+)\b[^=]*=\s*(?:gql`([^`]*)`|`(\s*(?:query|mutation|subscription)\b[^`]*)`)/g)) {
        templates.push({ name: m[1]!, file: relative(repoRoot, file), text: (m[2] ?? m[3])! });
      }
    }
  }
  // Fragments are interpolated by the name of the constant that holds them.
  const byName = new Map(templates.map((t) => [t.name, t.text]));
  const resolve = (text: string): string =>
    text.replace(/\$\{(\w+)\}/g, (_, name: string) => {
      const t = byName.get(name);
      if (t === undefined) throw new Error(`gql interpolation \${${name}} not found`);
      return resolve(t);
    });
  const operations: AppOperation[] = [];
  for (const { name, file, text } of templates) {
    const parsed = parse(resolve(text));
    const seen = new Set<string>();
    const definitions: DefinitionNode[] = parsed.definitions.filter((d) => {
      if (d.kind !== Kind.FRAGMENT_DEFINITION) return true;
      if (seen.has(d.name.value)) return false;
      seen.add(d.name.value);
      return true;
    });
    const operation = definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (!operation) continue;
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions };
    operations.push({ name, file, document, operation, text: print(document) });
  }
  return operations;
}
