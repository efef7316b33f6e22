/**
 * The referral's short code, printed on the sheet and behind its QR code (`/r/<code>`). Pure: the random
 * source is passed in (the data layer gives node:crypto's randomInt), so the format is testable.
 *
 * Crockford's base32 alphabet (no I, L, O, U): a code read aloud or typed from paper is not confused, and
 * typed look-alikes (o → 0, i/l → 1) are folded back. 8 characters = 40 bits: a guessed code hits one
 * of a clinic's referrals with negligible odds, and even a right code opens nothing without signing in
 * as that referral's therapist or clinician.
 */
export const SHORT_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const SHORT_CODE_LENGTH = 8;
const SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A new code "XXXX-XXXX"; `randomIndex(n)` must return a uniform integer in [0, n). */
export function newShortCode(randomIndex: (n: number) => number): string {
  let code = "";
  for (let i = 0; i < SHORT_CODE_LENGTH; i++) code += SHORT_CODE_ALPHABET[randomIndex(SHORT_CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * The stored form of a code as typed or scanned ("abcd efgh", "ABCDEFGH", "abcd-efgO"), or null when it
 * cannot be one. Never throws: the input comes from a URL.
 */
export function normaliseShortCode(input: string): string | null {
  if (input.length > 20) return null;
  const folded = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (folded.length !== SHORT_CODE_LENGTH) return null;
  const code = `${folded.slice(0, 4)}-${folded.slice(4)}`;
  return SHAPE.test(code) ? code : null;
}

/** Where the QR code points: the sign-in-protected opener of the referral. */
export function shortCodePath(code: string): string {
  return `/r/${code}`;
}

/**
 * Where sign-in continues: back to a scanned `/r/<code>`, else home. Only that one shape is honoured, so
 * the login page's `next` parameter cannot send anyone to another site or page (no open redirect).
 */
export function returnPathAfterSignIn(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/r/")) return "/";
  const code = normaliseShortCode(next.slice(3));
  return code ? shortCodePath(code) : "/";
}
