import { getServerSession } from "next-auth";
import type { AuthorizedUser } from "@/lib/auth/authorize";

/**
 * Makes the following calls carry the cookie of an already signed-in session (from signInAs), e.g. to
 * switch between two browsers of the same user. The session row itself is what gets checked.
 */
export function actAs(session: AuthorizedUser) {
  jest.mocked(getServerSession).mockResolvedValue({
    sessionId: session.sessionId,
    user: { id: session.id, name: session.name, email: session.email, role: session.role },
    expires: new Date(Date.now() + 3600_000).toISOString(),
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
