import { z } from 'zod';
import { isPasswordLongEnough, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from '@3factor/domain';

// The rules are shared with the sign-up form (@3factor/domain/account-rules.ts), which states
// them up front; usernames are trimmed and lowercased first.
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, USERNAME_PATTERN };

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
  // Spaces at either end do not count: eight spaces are not a password.
  if (purpose === 'signup' && !isPasswordLongEnough(password)) {
    return { ok: false, message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` };
  }
  return { ok: true, credentials: { username, password } };
}
