import type { AuthSettings } from '../auth/authenticate.js';
import type { EngineConfig } from '../config.js';

/** The engine's settings that Hasura's Config API reports. */
export type ReportedConfig = Pick<EngineConfig, 'inferFunctionPermissions' | 'enableAllowlist' | 'liveQueries' | 'streamingQueries'>;

/**
 * `GET /v1alpha1/config` (admin only), Hasura's `ServerConfig` (Server/API/Config.hs): how
 * requests are authenticated (never the secrets themselves), whether the allow-list is on, and
 * the live and streaming queries' batch size and refetch delay (seconds).
 */
export function serverConfig(config: ReportedConfig, auth: AuthSettings, version: string): Record<string, unknown> {
  const jwt = auth.jwt;
  const claims = jwt
    ? [
        {
          claims_namespace: 'namespace' in jwt.claimsLocation ? jwt.claimsLocation.namespace : jwt.claimsLocation.text,
          claims_format: jwt.claimsFormat,
          claims_map: null,
        },
      ]
    : [];
  return {
    version,
    is_function_permissions_inferred: config.inferFunctionPermissions,
    is_remote_schema_permissions_enabled: false,
    is_admin_secret_set: auth.adminSecret !== undefined,
    is_auth_hook_set: false,
    is_jwt_set: jwt !== undefined,
    jwt: claims,
    is_allow_list_enabled: config.enableAllowlist,
    live_queries: { batch_size: config.liveQueries.batchSize, refetch_delay: config.liveQueries.refetchIntervalMs / 1000 },
    streaming_queries: { batch_size: config.streamingQueries.batchSize, refetch_delay: config.streamingQueries.refetchIntervalMs / 1000 },
    console_assets_dir: null,
    experimental_features: [],
  };
}
