// Builds the app and prints its size as a browser downloads it (gzip), per file and in total,
// against the goal of 250 kB. It also refuses a bundle that contains the admin secret: the app
// must only ever speak as the logged-in user.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const GOAL_BYTES = 250 * 1024;
const appRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(appRoot, 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

await build({ root: appRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });

// Source maps are served only to developer tools, so they do not count.
const shipped = filesUnder(outDir).filter((file) => !file.endsWith('.map'));
let rawTotal = 0;
let gzipTotal = 0;
const rows = shipped.map((file) => {
  const content = readFileSync(file);
  const gzip = gzipSync(content, { level: 9 }).length;
  rawTotal += content.length;
  gzipTotal += gzip;
  return { file: relative(outDir, file), raw: content.length, gzip };
});
rows.sort((a, b) => b.gzip - a.gzip);
for (const row of rows) console.log(`${row.file.padEnd(44)} ${kB(row.raw).padStart(10)} ${kB(row.gzip).padStart(10)} gzip`);
console.log(`${'total'.padEnd(44)} ${kB(rawTotal).padStart(10)} ${kB(gzipTotal).padStart(10)} gzip (goal < ${kB(GOAL_BYTES)})`);

const secrets = ['x-hasura-admin-secret', process.env['HASURA_GRAPHQL_ADMIN_SECRET'] ?? 'dev-admin-secret'];
for (const file of shipped) {
  const text = readFileSync(file, 'utf8').toLowerCase();
  const leaked = secrets.find((secret) => secret && text.includes(secret.toLowerCase()));
  if (leaked) {
    console.error(`refusing the build: ${relative(outDir, file)} contains "${leaked}"`);
    process.exit(1);
  }
}
if (gzipTotal > GOAL_BYTES) console.warn(`warning: the bundle is over the ${kB(GOAL_BYTES)} goal`);
