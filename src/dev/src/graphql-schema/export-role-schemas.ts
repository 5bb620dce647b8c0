import { startEngineProcess } from './engine-process.js';
import { ROLE_SCHEMA_FILES, type RoleSchemaFile } from './role-schema-files.js';
import { introspectRole, sdlOf } from './role-sdl.js';

export interface RoleSchema extends RoleSchemaFile {
  sdl: string;
}

/** Every role's SDL as the engine serves it for the project's metadata over `databaseUrl`. */
export async function exportRoleSchemas(databaseUrl: string, files: readonly RoleSchemaFile[] = ROLE_SCHEMA_FILES): Promise<RoleSchema[]> {
  const engine = await startEngineProcess(databaseUrl);
  try {
    const schemas: RoleSchema[] = [];
    for (const file of files) schemas.push({ ...file, sdl: sdlOf(await introspectRole(engine.graphqlUrl, engine.adminSecret, file.role)) });
    return schemas;
  } finally {
    await engine.stop();
  }
}
