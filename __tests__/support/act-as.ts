import type { AuthorizedUser } from "@/lib/auth/authorize";
import { sendSessionCookie } from "./session-cookie";

/**
 * Makes the following calls carry the cookie of an already signed-in session (from signInAs), e.g. to
 * switch between two browsers of the same user. The session row itself is what gets checked.
 * Synchronous, so starting an action right after it gives that action this session even when other
 * calls switch to another session before it runs (concurrent-writes.test.ts).
 */
export function actAs(session: AuthorizedUser): void {
  sendSessionCookie(session);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
