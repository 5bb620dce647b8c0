import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: the types of every GraphQL document in src/, generated into src/gql/
 * (committed) from the engine's schema as the dashboard's role, analyst, sees it, and as
 * anonymous sees it for signing in (graphql/*.graphql, exported from the engine by
 * `npm run graphql-schema -w src/dev`).
 */
const config: CodegenConfig = {
  schema: ['graphql/analyst.graphql', 'graphql/anonymous.graphql'],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Not `useFragment`: Apollo Client has a hook of that name, and this only unmasks types.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        // A nullable field is always in the result (as null), never left out.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: {
          uuid: 'string',
          timestamptz: 'string',
          // JSON numbers, or strings with HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES.
          bigint: 'number | string',
          numeric: 'number | string',
          order_status: '@3factor/domain#OrderStatus',
          payment_status: '@3factor/domain#PaymentStatus',
          user_role: 'string',
          jsonb: 'unknown',
        },
      },
    },
  },
};

export default config;
