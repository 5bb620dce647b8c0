/**
 * The engine's layout, checked on its import graph (parsed with the TypeScript compiler API):
 * no import cycles, a pure core without I/O, and the layer boundaries of ARCHITECTURE.md §4.
 * ESLint (eslint.config.js) holds the same boundaries file by file while editing; this test also
 * sees type-only imports in cycles and I/O reached through other files.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles, moduleSpecifiers, runtimeClosure, type ImportGraph } from './architecture/import-graph.js';

const sourceDir = fileURLToPath(new URL('../src', import.meta.url));
const graph = buildImportGraph(sourceDir, { name: '@3factor/engine', sourceDir });

/** The engine's pure core (style.md §1, §4): SQL building, compiling, permissions, schema, the protocol state machine. */
const PURE_CORE = [/^sql\//, /^compile\//, /^permissions\//, /^schema\//, /^introspection\/parse-catalog\.ts$/, /^realtime\/protocol\//, /^transforms\//];
const isPureCore = (file: string): boolean => PURE_CORE.some((pattern) => pattern.test(file));

/** Packages that talk to the network or a database. */
const IO_MODULES = new Set(['pg', 'ws', 'node:http', 'http', 'node:https', 'https', 'node:net', 'net']);

/** Every `file -> imported file` edge from a file under one of `from` to a file under one of `to` (folder prefixes). */
function edgesBetween(g: ImportGraph, from: string[], to: string[]): string[] {
  const under = (file: string, folders: string[]): boolean => folders.some((folder) => file.startsWith(folder));
  const found: string[] = [];
  for (const file of g.files.filter((f) => under(f, from))) {
    for (const edge of g.imports.get(file) ?? []) {
      if (edge.file !== undefined && under(edge.file, to)) found.push(`${file} -> ${edge.file}`);
    }
  }
  return [...new Set(found)].sort();
}

describe('import graph', () => {
  it('tells type-only imports from run-time ones', () => {
    const text = [
      "import type { A } from './a.js';",
      "import { type B, type C } from './b.js';",
      "import { type D, e } from './d.js';",
      "export type { F } from './f.js';",
      "export { g } from './g.js';",
      "const h = await import('./h.js');",
      "let i: import('./i.js').I;",
    ].join('\n');
    expect(moduleSpecifiers('probe.ts', text)).toEqual([
      { specifier: './a.js', typeOnly: true },
      { specifier: './b.js', typeOnly: true },
      { specifier: './d.js', typeOnly: false },
      { specifier: './f.js', typeOnly: true },
      { specifier: './g.js', typeOnly: false },
      { specifier: './h.js', typeOnly: false },
      { specifier: './i.js', typeOnly: true },
    ]);
  });

  it('finds strongly connected files, not just pairs', () => {
    const g: ImportGraph = {
      root: '/',
      files: ['a.ts', 'b.ts', 'c.ts', 'd.ts'],
      imports: new Map([
        ['a.ts', [{ specifier: './b.js', file: 'b.ts', typeOnly: false }]],
        ['b.ts', [{ specifier: './c.js', file: 'c.ts', typeOnly: true }]],
        [
          'c.ts',
          [
            { specifier: './a.js', file: 'a.ts', typeOnly: false },
            { specifier: './d.js', file: 'd.ts', typeOnly: false },
          ],
        ],
        ['d.ts', []],
      ]),
    };
    expect(findCycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(findCycles(g, (edge) => !edge.typeOnly)).toEqual([]);
  });

  it('resolves every relative import of the engine to one of its files', () => {
    expect(graph.files.length).toBeGreaterThan(100);
    const unresolved = [...graph.imports].flatMap(([file, edges]) => edges.filter((edge) => edge.external?.startsWith('.')).map((edge) => `${file}: ${edge.specifier}`));
    expect(unresolved).toEqual([]);
    // A known edge, so the rules below do not pass on an empty graph.
    expect(graph.imports.get('realtime/protocol/graphql-transport-ws.ts')?.map((e) => e.file)).toContain('realtime/protocol/connection.ts');
  });
});

/**
 * The engine's layers, lowest first (ARCHITECTURE.md §4): a file imports only from its own layer
 * or lower ones. The first pattern that matches a file gives its layer.
 */
const LAYERS: { name: string; files: RegExp[] }[] = [
  { name: 'foundations', files: [/^sql\//, /^platform\//, /^transforms\//, /^config\.ts$/, /^limits\/limits-config\.ts$/] },
  { name: 'model', files: [/^introspection\//, /^metadata\/(?!api\/)/, /^auth\//, /^graphql\/types\.ts$/] },
  { name: 'pure core', files: [/^schema\//, /^permissions\//, /^compile\//] },
  { name: 'running plans', files: [/^execute\//, /^limits\//] },
  { name: 'schema cache', files: [/^schema-cache\//] },
  { name: 'services', files: [/^graphql\//, /^events\/(?!api\/)/, /^scheduled\/(?!api\/)/, /^actions\/(?!api\/)/] },
  { name: 'front ends', files: [/^http\//, /^explain\//, /^rest\//, /^pgdump\//, /^realtime\//, /^metadata\/api\//, /^events\/api\//, /^scheduled\/api\//, /^actions\/api\//] },
  { name: 'assembly', files: [/^engine\.ts$/, /^main\.ts$/, /^index\.ts$/] },
];

function layerOf(file: string): number {
  return LAYERS.findIndex((layer) => layer.files.some((pattern) => pattern.test(file)));
}

describe('engine architecture', () => {
  it('puts every file in a layer, and imports only downwards or sideways', () => {
    expect(graph.files.filter((file) => layerOf(file) < 0)).toEqual([]);
    const upwards: string[] = [];
    for (const [file, edges] of graph.imports) {
      for (const edge of edges) {
        if (edge.file !== undefined && layerOf(edge.file) > layerOf(file)) {
          upwards.push(`${file} (${LAYERS[layerOf(file)]!.name}) -> ${edge.file} (${LAYERS[layerOf(edge.file)]!.name})`);
        }
      }
    }
    expect(upwards).toEqual([]);
  });

  it('has no import cycles, counting type-only imports', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('keeps I/O out of the pure core, directly and through the files it imports', () => {
    const direct: string[] = [];
    for (const file of graph.files.filter(isPureCore)) {
      for (const edge of graph.imports.get(file) ?? []) {
        if (edge.external !== undefined && IO_MODULES.has(edge.external)) direct.push(`${file} imports ${edge.specifier}`);
      }
    }
    expect(direct).toEqual([]);

    const transitive: string[] = [];
    for (const file of graph.files.filter(isPureCore)) {
      for (const reached of runtimeClosure(graph, file)) {
        for (const edge of graph.imports.get(reached) ?? []) {
          if (!edge.typeOnly && edge.external !== undefined && IO_MODULES.has(edge.external)) {
            transitive.push(`${file} reaches ${edge.specifier} through ${reached}`);
          }
        }
      }
    }
    expect(transitive).toEqual([]);
  });

  it('keeps graphql/ (HTTP queries and mutations) independent of realtime/', () => {
    expect(edgesBetween(graph, ['graphql/'], ['realtime/'])).toEqual([]);
  });

  it('lets realtime/ reach schemas and plans only through the schema cache', () => {
    expect(edgesBetween(graph, ['realtime/'], ['schema/', 'compile/'])).toEqual([]);
    const intoCacheInternals = edgesBetween(graph, ['realtime/'], ['schema-cache/']).filter((edge) => !edge.endsWith(' -> schema-cache/index.ts'));
    expect(intoCacheInternals).toEqual([]);
  });
});
