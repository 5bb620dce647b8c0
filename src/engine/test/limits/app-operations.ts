import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { repoRoot } from '@3factor/dev/paths.js';

/** One GraphQL operation of the order app, the analytics app or its load generator, as the client sends it. */
export interface AppOperation {
  /** The operation's name (e.g. OrderLive), or the constant holding an anonymous one. */
  name: string;
  file: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The document printed with each fragment it uses (what Apollo Client sends). */
  text: string;
}

/**
 * The apps' documents as GraphQL Code Generator compiled them (`src/<app>/src/gql/graphql.ts`): each
 * `<Name>Document` is the operation with the fragments it spreads, one JSON AST per line.
 */
const GENERATED = ['src/order-app/src/gql/graphql.ts', 'src/analytics-app/src/gql/graphql.ts'];
// The load generator is a client of the engine too, with plain template strings.
const TEMPLATE_SOURCES = ['src/analytics-app/load-generator'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

function operationOf(name: string, file: string, document: DocumentNode): AppOperation | undefined {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return undefined;
  return { name: operation.name?.value ?? name, file, document, operation, text: print(document) };
}

function generatedOperations(file: string): AppOperation[] {
  const operations: AppOperation[] = [];
  for (const m of readFileSync(join(repoRoot, file), 'utf8').matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    const found = operationOf(m[1]!, file, JSON.parse(m[2]!) as DocumentNode);
    if (found) operations.push(found);
  }
  return operations;
}

/** Template strings that start with an operation (`const X = \`query ...\``). */
function templateOperations(base: string): AppOperation[] {
  const operations: AppOperation[] = [];
  for (const file of sourceFiles(join(repoRoot, base))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/const\s+(\w+)\b[^=]*=\s*`(\s*(?:query|mutation|subscription)\b[^`]*)`/g)) {
      const found = operationOf(m[1]!, relative(repoRoot, file), parse(m[2]!));
      if (found) operations.push(found);
    }
  }
  return operations;
}

/** Every operation the project's clients send. */
export function appOperations(): AppOperation[] {
  return [...GENERATED.flatMap(generatedOperations), ...TEMPLATE_SOURCES.flatMap(templateOperations)];
}
