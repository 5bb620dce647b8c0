import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One import of a source file: a file of the same tree (`file`) or a package (`external`). */
export interface ImportEdge {
  specifier: string;
  /** Path relative to the tree's root, with `/` separators; set when the import resolves into the tree. */
  file?: string;
  /** Package name (`pg`, `node:http`, `@3factor/hasura-jwt`); set for every other import. */
  external?: string;
  /** `import type`, `export type`, or every named binding marked `type`: erased at run time. */
  typeOnly: boolean;
}

export interface ImportGraph {
  root: string;
  /** Every source file, relative to the root, sorted. */
  files: string[];
  imports: Map<string, ImportEdge[]>;
}

const SOURCE = /\.tsx?$/;

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(path));
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const toPosix = (path: string): string => path.split(sep).join('/');

/** `@scope/name/sub` -> `@scope/name`, `pg/lib/x` -> `pg`, `node:http` stays. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The module specifiers a file names, with whether each import is erased at run time. */
export function moduleSpecifiers(fileName: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const everyNamedIsType =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: clause?.isTypeOnly === true || everyNamedIsType });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const everyNamedIsType = clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || everyNamedIsType });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) found.push({ specifier: expression.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] !== undefined && ts.isStringLiteralLike(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The import graph of the `.ts`/`.tsx` files under `root`. Relative specifiers name the emitted
 * `.js` (NodeNext), so `./x.js` resolves to `./x.ts`; `selfPackage` (the workspace's own name,
 * whose exports map `./*` to `./src/*`) resolves the same way.
 */
export function buildImportGraph(root: string, selfPackage?: { name: string; sourceDir: string }): ImportGraph {
  const absoluteRoot = resolve(root);
  const files = listSources(absoluteRoot)
    .map((path) => toPosix(relative(absoluteRoot, path)))
    .sort();
  const resolveFile = (absolute: string): string | undefined => {
    const stem = absolute.replace(/\.(js|jsx|ts|tsx|mjs)$/, '');
    for (const candidate of [absolute, `${stem}.ts`, `${stem}.tsx`, join(absolute, 'index.ts')]) {
      if (SOURCE.test(candidate) && existsSync(candidate)) return toPosix(relative(absoluteRoot, candidate));
    }
    return undefined;
  };
  const imports = new Map<string, ImportEdge[]>();
  for (const file of files) {
    const path = join(absoluteRoot, file);
    const edges: ImportEdge[] = [];
    for (const { specifier, typeOnly } of moduleSpecifiers(path, readFileSync(path, 'utf8'))) {
      let target: string | undefined;
      if (specifier.startsWith('.')) target = resolveFile(resolve(dirname(path), specifier));
      else if (selfPackage && (specifier === selfPackage.name || specifier.startsWith(`${selfPackage.name}/`))) {
        const subpath = specifier.slice(selfPackage.name.length + 1) || 'index.js';
        target = resolveFile(join(resolve(selfPackage.sourceDir), subpath));
      }
      if (target !== undefined && !target.startsWith('..')) edges.push({ specifier, file: target, typeOnly });
      else edges.push({ specifier, external: specifier.startsWith('.') ? specifier : packageName(specifier), typeOnly });
    }
    imports.set(file, edges);
  }
  return { root: absoluteRoot, files, imports };
}

/**
 * The import cycles: Tarjan's strongly connected components with more than one file, or a
 * file importing itself. Each is sorted, and the list is sorted, so a failure reads the same
 * every run.
 */
export function findCycles(graph: ImportGraph, include: (edge: ImportEdge) => boolean = () => true): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const successors = (file: string): string[] => (graph.imports.get(file) ?? []).filter((e) => e.file !== undefined && include(e)).map((e) => e.file!);

  // Iterative, so a deep import chain cannot overflow the stack.
  for (const start of graph.files) {
    if (index.has(start)) continue;
    const work: { file: string; next: string[] }[] = [];
    const enter = (file: string): void => {
      index.set(file, counter);
      low.set(file, counter);
      counter += 1;
      stack.push(file);
      onStack.add(file);
      work.push({ file, next: successors(file) });
    };
    enter(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const target = frame.next.shift();
      if (target !== undefined) {
        if (!index.has(target)) enter(target);
        else if (onStack.has(target)) low.set(frame.file, Math.min(low.get(frame.file)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.file, Math.min(low.get(parent.file)!, low.get(frame.file)!));
      if (low.get(frame.file) === index.get(frame.file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.file);
        const selfLoop = successors(frame.file).includes(frame.file);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** Every file reachable from `file` through run-time imports (type-only imports are erased). */
export function runtimeClosure(graph: ImportGraph, file: string): Set<string> {
  const seen = new Set<string>([file]);
  const queue = [file];
  while (queue.length > 0) {
    for (const edge of graph.imports.get(queue.shift()!) ?? []) {
      if (edge.typeOnly || edge.file === undefined || seen.has(edge.file)) continue;
      seen.add(edge.file);
      queue.push(edge.file);
    }
  }
  return seen;
}
