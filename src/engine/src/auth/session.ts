/**
 * Who is asking. Session variable names are lower-cased (`x-hasura-user-id`), values are
 * strings, exactly as Hasura passes them to permissions and to `hasura.user`.
 */
export interface Session {
  role: string;
  /** Includes `x-hasura-role`. */
  variables: Record<string, string>;
  /** True when authenticated with the admin secret (even when posing as another role). */
  isAdmin: boolean;
}

export const ADMIN_ROLE = 'admin';

export function adminSession(): Session {
  return { role: ADMIN_ROLE, variables: { 'x-hasura-role': ADMIN_ROLE }, isAdmin: true };
}
