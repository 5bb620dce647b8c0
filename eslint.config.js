// @ts-check
/**
 * ESLint for the whole monorepo (`npm run lint`, a step of `npm test`). Besides
 * typescript-eslint's recommended rules it holds the layout: no import cycles, no relative
 * import across a workspace, and the layer boundaries of ARCHITECTURE.md. The engine's
 * architecture test (src/engine/test/architecture.test.ts) checks the same layers on the
 * import graph, including type-only imports and transitive I/O, which ESLint cannot see.
 */
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const engine = './src/engine/src';

/** Modules that do I/O; the engine's pure core (style.md §1, §4) never imports them. */
const ioModules = ['pg', 'ws', 'node:http', 'http', 'node:https', 'https', 'node:net', 'net'].map((name) => ({
  name,
  message: 'The pure core does no I/O: take what it needs as a parameter, or move the I/O to execute/, http/ or an adapter.',
}));

/** The engine's layers (ARCHITECTURE.md §4), as import-x/no-restricted-paths zones. */
const engineZones = [
  {
    target: `${engine}/graphql`,
    from: `${engine}/realtime`,
    message: 'graphql/ (queries and mutations over HTTP) does not depend on the realtime part.',
  },
  {
    target: `${engine}/realtime`,
    from: `${engine}/schema`,
    message: 'realtime/ reaches schemas through the schema cache (schema-cache/index.js).',
  },
  {
    target: `${engine}/realtime`,
    from: `${engine}/compile`,
    message: 'realtime/ plans through the schema cache (schema-cache/index.js), never the compiler directly.',
  },
  {
    target: `${engine}/realtime`,
    from: `${engine}/schema-cache`,
    except: ['./index.ts'],
    message: 'realtime/ uses the schema cache through its index (schema-cache/index.js), not its internals.',
  },
];

const appsNeverImportFunctions = {
  target: ['./src/order-app', './src/analytics-app'],
  from: './src/backend/src',
  message: 'The apps talk to the functions through the engine; shared code belongs in @3factor/domain.',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '**/.serverless/**',
      '**/test-results/**',
      // Generated GraphQL document types (graphql-codegen's client preset).
      '**/src/gql/**',
      '**/__generated__/**',
      '**/*.generated.ts',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['src/*/tsconfig.json', 'src/analytics-app/tsconfig.*.json', 'test/tsconfig.json', 'bench/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      // Another workspace is reached by its package name and exports (`@3factor/dev/paths.js`),
      // never by `../../dev/src/...`: the path would skip the package's declared surface.
      'import-x/no-relative-packages': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [appsNeverImportFunctions, ...engineZones] }],

      // A `let` read by a closure before its one assignment (a timer, a request) cannot be a
      // `const`: reading it would throw in the temporal dead zone.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Tuned: `_`-prefixed names are deliberately unused (callbacks' positional arguments).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests cast freely to reach into responses and internals; the sources stay strict.
    files: ['**/test/**', '**/e2e/**', 'test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: [
      'src/engine/src/sql/**',
      'src/engine/src/compile/**',
      'src/engine/src/permissions/**',
      'src/engine/src/schema/**',
      'src/engine/src/introspection/parse-catalog.ts',
      'src/engine/src/realtime/protocol/**',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: ioModules }] },
  },
  {
    files: ['src/order-app/**/*.{ts,tsx}', 'src/analytics-app/**/*.{ts,tsx}'],
    ignores: ['src/*/e2e/**', 'src/*/test/**', 'src/*/vite.config.ts', 'src/*/scripts/**', 'src/analytics-app/load-generator/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
