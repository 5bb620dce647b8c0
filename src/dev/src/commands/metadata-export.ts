/**
 * `npm run metadata:export`: the running engine's metadata (`export_metadata`) written to
 * hasura/metadata/ in the Hasura CLI's layout, like `hasura metadata export`, so changes
 * made through the metadata API or a console can be reviewed and committed.
 */
import { relative } from 'node:path';
import { parseCommandLine, runCommand } from '../cli/command-line.js';
import { isDeepStrictEqual } from 'node:util';
import { exportLayout } from '../metadata/export-layout.js';
import { engineActionsSplitter, loadMetadataDirectory } from '../metadata/load-directory.js';
import { describeFailure, metadataApi } from '../metadata/metadata-api.js';
import { writeMetadataDirectory } from '../metadata/write-directory.js';
import { repoRoot } from '../paths.js';
import { stackConfigFromEnv } from '../stack/config.js';

const USAGE = `usage: npm run metadata:export [-- --dir <folder>] [-- --endpoint <url>]

Writes the running engine's metadata (export_metadata) to hasura/metadata/ in the Hasura CLI's
layout (version.yaml, databases/databases.yaml, one file per table under databases/<source>/tables/,
actions.yaml and one file per other top-level key), like \`hasura metadata export\`. Files whose
text does not change are left alone; table and function files of objects no longer tracked are
removed. The export reads back to the same metadata (npm start applies it again on save).

  --dir <folder>      write there instead (default: DEV_METADATA_DIR or hasura/metadata)
  --endpoint <url>    the engine (default: http://127.0.0.1:$HASURA_GRAPHQL_SERVER_PORT, 8080)
  -h, --help          this text

The admin secret is HASURA_GRAPHQL_ADMIN_SECRET (npm start's default when unset).`;

const OPTIONS = { dir: { type: 'string' }, endpoint: { type: 'string' } } as const;

/** Custom types without their empty lists: absent and empty mean the same to Hasura. */
function customTypes(metadata: Record<string, unknown>): Record<string, unknown> {
  const types = (metadata.custom_types ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(types).filter(([, list]) => !(Array.isArray(list) && list.length === 0)));
}

async function sameActions(dir: string, exported: Record<string, unknown>): Promise<boolean> {
  let current: Record<string, unknown>;
  try {
    current = await loadMetadataDirectory(dir);
  } catch {
    return false;
  }
  return isDeepStrictEqual(current.actions ?? [], exported.actions ?? []) && isDeepStrictEqual(customTypes(current), customTypes(exported));
}

await runCommand('npm run metadata:export', USAGE, async () => {
  const { values } = parseCommandLine(process.argv.slice(2), USAGE, OPTIONS);
  const config = stackConfigFromEnv(process.env, repoRoot);
  const dir = values.dir ?? config.metadataDir;
  const engine = { url: values.endpoint ?? `http://127.0.0.1:${config.ports.engine}`, adminSecret: config.shared.HASURA_GRAPHQL_ADMIN_SECRET };
  const answer = await metadataApi(engine, { type: 'export_metadata', args: {} });
  if (answer.status !== 200) throw new Error(`export_metadata failed: ${describeFailure(answer)}`);
  const exported = answer.body as Record<string, unknown>;
  const files = exportLayout(exported, await engineActionsSplitter());
  // actions.graphql is laid out by hand (one `type Mutation` per action, comments): when the
  // directory already defines the same actions and types, both action files stay as they are.
  if (await sameActions(dir, exported)) {
    files.delete('actions.yaml');
    files.delete('actions.graphql');
  }
  const report = writeMetadataDirectory(dir, files);
  const where = relative(process.cwd(), dir) || '.';
  process.stdout.write(`${where}: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed\n`);
  for (const path of report.written) process.stdout.write(`  wrote   ${path}\n`);
  for (const path of report.removed) process.stdout.write(`  removed ${path}\n`);
  return 0;
});
