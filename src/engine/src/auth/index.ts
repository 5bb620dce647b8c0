export { AuthError } from './auth-error.js';
export { authenticate, authorizeMetrics, type AuthSettings } from './authenticate.js';
export { usesBackendOnlyPermissions } from './backend-only.js';
export { parseJwtConfig, DEFAULT_CLAIMS_NAMESPACE, type JwtConfig } from './jwt-config.js';
export type { RequestHeaders } from './headers.js';
export { authSettingsFromConfig } from './settings.js';
export { ADMIN_ROLE, adminSession, type Session } from './session.js';
