import bcrypt from 'bcryptjs';

/** bcrypt cost: about 60–100 ms per hash in pure JavaScript. */
export const BCRYPT_COST = 10;

/** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently truncated. */
export const MAX_PASSWORD_BYTES = 72;
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string, cost = BCRYPT_COST): Promise<string> {
  return bcrypt.hash(password, cost);
}

// Compared against when the email is unknown, so a miss costs as much time as a wrong password.
const UNKNOWN_USER_HASH = bcrypt.hashSync('no such account', BCRYPT_COST);

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? UNKNOWN_USER_HASH);
  return ok && hash !== null;
}

/** What is wrong with a password an admin sets, or null. */
export function passwordProblem(password: string, demoPassword: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) return `password must be at most ${MAX_PASSWORD_BYTES} bytes`;
  if (password === demoPassword || password === 'demo') return 'password must not be the demo password';
  return null;
}
