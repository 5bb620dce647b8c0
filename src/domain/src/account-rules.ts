// The rules for an account, as the auth function enforces them and as the sign-up form states
// them up front: one set, so the form never accepts what the server refuses, or the reverse.

/** Usernames as the users table allows them (its CHECK); input is trimmed first. */
export const USERNAME_PATTERN = /^[a-z0-9_.-]{3,40}$/;
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export const USERNAME_RULE_TEXT = '3 to 40 characters: lowercase letters, digits, dot, dash or underscore.';
export const PASSWORD_RULE_TEXT = `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters; spaces at either end do not count.`;

/** Long enough for a new account: eight spaces are not a password. */
export function isPasswordLongEnough(password: string): boolean {
  return password.trim().length >= MIN_PASSWORD_LENGTH;
}
