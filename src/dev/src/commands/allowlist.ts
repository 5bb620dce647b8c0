import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import { sentDocuments } from '../allowlist/app-documents.js';
import { allowListYaml, collectionQueries, queryCollectionsYaml } from '../allowlist/collection.js';
import { metadataDir, repoRoot } from '../paths.js';

/**
 * `npm run allowlist`: writes hasura/metadata/query_collections.yaml and allow_list.yaml from
 * the documents the apps send (allowlist/app-documents.ts), so the production allow-list
 * (HASURA_GRAPHQL_ENABLE_ALLOWLIST=true) lets every one of them through. `npm run codegen` runs
 * it after regenerating the apps' documents. `--check` writes nothing and fails when a file is
 * stale (test/allowlist/collection.test.ts does the same).
 */
const USAGE = `usage: npm run allowlist [-- --check]

Writes hasura/metadata/query_collections.yaml and allow_list.yaml from the GraphQL documents the
apps send as non-admin roles (their codegen output in src/*/src/gql/ and the load generator's).

  --check      write nothing; exit 1 if a file is stale
  -h, --help   this text`;

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const queries = collectionQueries(await sentDocuments(repoRoot));
  const files = new Map([
    ['query_collections.yaml', queryCollectionsYaml(queries)],
    ['allow_list.yaml', allowListYaml()],
  ]);
  let stale = 0;
  for (const [name, text] of files) {
    const path = join(metadataDir, name);
    const current = readFileSync(path, 'utf8');
    if (current === text || isDeepStrictEqual(parse(current), parse(text))) continue;
    stale++;
    if (args.includes('--check')) console.error(`hasura/metadata/${name} is stale`);
    else writeFileSync(path, text);
  }
  console.log(`${queries.length} operations in the allow-list${stale && !args.includes('--check') ? ` (${stale} file(s) written)` : ''}`);
  return args.includes('--check') && stale > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
