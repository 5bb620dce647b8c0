import type { EngineConfig } from '../config.js';
import type { AuthSettings } from './authenticate.js';
import { parseJwtConfig } from './jwt-config.js';

export async function authSettingsFromConfig(config: Pick<EngineConfig, 'adminSecret' | 'jwtSecret' | 'unauthorizedRole' | 'metricsSecret'>): Promise<AuthSettings> {
  return {
    adminSecret: config.adminSecret,
    jwt: config.jwtSecret ? await parseJwtConfig(config.jwtSecret) : undefined,
    unauthorizedRole: config.unauthorizedRole,
    ...(config.metricsSecret !== undefined ? { metricsSecret: config.metricsSecret } : {}),
  };
}
