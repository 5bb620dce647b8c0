import { z } from 'zod';

/** Usernames as the users table allows them; input is trimmed and lowercased first. */
export const USERNAME_PATTERN = /^[a-z0-9_.-]{3,40}$/;
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

const credentialsSchema = z.object({
  username: z.string({ error: 'username must be a string' }).transform((u) => u.trim().toLowerCase()),
  password: z.string({ error: 'password must be a string' }),
});

export interface Credentials {
  username: string;
  password: string;
}

export type CredentialsCheck = { ok: true; credentials: Credentials } | { ok: false; message: string };

export function readCredentials(body: unknown, purpose: 'login' | 'signup'): CredentialsCheck {
  const parsed = credentialsSchema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, message: `expected {"username": string, "password": string}: ${parsed.error.issues.map((i) => i.message).join('; ')}` };
  }
  const { username, password } = parsed.data;
  if (!USERNAME_PATTERN.test(username)) {
    return { ok: false, message: 'username must be 3 to 40 characters: letters, digits, dot, dash or underscore' };
  }
  if (password.length === 0) return { ok: false, message: 'password must not be empty' };
  if (password.length > MAX_PASSWORD_LENGTH) return { ok: false, message: `password must be at most ${MAX_PASSWORD_LENGTH} characters` };
  if (purpose === 'signup' && password.length < MIN_PASSWORD_LENGTH) {
    return { ok: false, message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` };
  }
  return { ok: true, credentials: { username, password } };
}
