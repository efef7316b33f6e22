import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/**
 * The blocklist check of NIST SP 800-63B section 3.1.1.2 [ASVS 6.2.4, 6.2.11], done by zxcvbn-ts: its
 * dictionaries of breached passwords (the common pack's ~30,000 most frequent) and English words, names
 * and surnames, plus repeats ("aaaaaaaa"), sequences ("12345678"), keyboard walks ("qwertyui"), dates
 * and years, with l33t substitutions — and the context-specific words of this account and this service.
 * A password is refused when the estimated number of guesses to find it is under 10^8: the strength of
 * 8 characters chosen at random, so length alone is never refused for its composition.
 * Server-only by use (the dictionaries are ~1 MB): the forms check length, the actions check this.
 */
export const MIN_GUESSES = 1e8;

/** Words that make a password guessable for anyone who knows where it is used. */
export const SERVICE_WORDS = ["massagerx", "massage", "massagerx.test", "referral", "clinic"];

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  });
  return estimator;
}

/** The account's own words: its name, its email address and the parts of both. */
export function contextWords(account: { name?: string; email?: string }): string[] {
  const words = new Set<string>(SERVICE_WORDS);
  for (const value of [account.name, account.email]) {
    if (!value) continue;
    const lower = value.trim().toLowerCase();
    if (lower) words.add(lower);
    // "Dana Demo" is typed as "danademo" as often as with its space.
    const joined = lower.replace(/[^\p{L}\p{N}]+/gu, "");
    if (joined.length >= 3) words.add(joined);
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/**
 * Why this password is refused, in the words NIST 800-63B asks for (say why, let the person choose
 * another), or null when it is strong enough.
 */
export function passwordStrengthProblem(password: string, account: { name?: string; email?: string } = {}): string | null {
  const result = zxcvbn().check(password, contextWords(account));
  if (result.guesses >= MIN_GUESSES) return null;
  return reasonFor(result);
}

function reasonFor(result: ZxcvbnResult): string {
  const patterns = result.sequence.map((match) => match.pattern);
  const usesContext = result.sequence.some((match) => match.pattern === "dictionary" && match.dictionaryName === "userInputs");
  if (usesContext) {
    return "This password is easy to guess for anyone who knows this account: it is built from your name, your email address or the name of this service. Choose a different password.";
  }
  if (patterns.some((p) => p === "repeat" || p === "sequence" || p === "spatial")) {
    return 'This password is easy to guess: it uses repeated or sequential characters or a keyboard pattern (like "aaaa", "1234" or "qwerty"). Choose a different password.';
  }
  return "This password is on lists of commonly used, expected or compromised passwords, or is too close to one (a word with a number, year or symbol added). Choose a different password: a few unrelated words make a strong one.";
}
