import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials } from "./authorize";
import { authSettings, sessionLimits } from "./auth-settings";
import { resolveAuthSecret } from "./auth-secret";
import { clientIpFrom } from "./request-ip";
import { secureCookiesEnabled } from "./session-token";
import { revokeSession, validateSession } from "@/lib/data/auth-sessions";

/**
 * The codes a failed sign-in can end with, as next-auth puts them in `?error=`. Nothing else ever
 * reaches that URL: an unexpected error (the database down) is logged here and becomes UNAVAILABLE,
 * never its message, which would carry query text [issue 19, failure 5].
 */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", unavailable: "SignInUnavailable" } as const;

/** Thrown by the jwt callback for a cookie whose server-side session is over; next-auth then clears it. */
class SessionEnded extends Error {}

/**
 * next-auth with email + password and JWT sessions. The JWT only carries ids; whether the session is
 * still valid (not signed out, not idle, not past its lifetime, user active, token version current) is
 * decided from the AuthSession row on every request by lib/auth/current-user.ts, which reads the cookie
 * itself (lib/auth/session-token.ts): next-auth writes and clears it at sign-in and sign-out. next-auth's
 * own `/api/auth/session` endpoint checks the same row (the jwt callback below), so a signed-out, idle or
 * expired cookie gets an empty session there too and the cookie is cleared, not renewed.
 */
export function buildAuthOptions(): NextAuthOptions {
  const { absoluteLifetimeSeconds, rememberedLifetimeSeconds } = authSettings();
  return {
    secret: resolveAuthSecret(),
    // The token outlives no session: each one's own lifetime is enforced from its row (validateSession).
    session: { strategy: "jwt", maxAge: Math.max(absoluteLifetimeSeconds, rememberedLifetimeSeconds) },
    useSecureCookies: secureCookiesEnabled(),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const headers = req.headers ?? {};
          const header = (name: string) => {
            const value = headers[name];
            return Array.isArray(value) ? value[0] : (value as string | undefined);
          };
          const ip = clientIpFrom(header);
          try {
            return await authorizeCredentials(credentials, ip, header("user-agent") ?? "");
          } catch (error) {
            console.error("Sign-in could not be checked:", error instanceof Error ? error.name : "unknown error");
            throw new Error(SIGN_IN_ERRORS.unavailable);
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sid = user.sessionId;
          token.persist = user.persistent;
          token.pending = user.secondFactorPending;
          return token;
        }
        // Every other call is next-auth's session endpoint reading an existing cookie.
        const valid = typeof token.sid === "string" && token.sid ? await validateSession(token.sid, sessionLimits()) : null;
        if (!valid) throw new SessionEnded("session ended");
        token.pending = valid.secondFactorPending;
        // From the row, not the old cookie: whether the re-sent cookie may outlive the browser.
        token.persist = valid.persistent;
        return token;
      },
      async session({ session, token }) {
        // A session still owing its second factor is nobody yet: nothing about the account is said.
        if (token.pending) return { expires: session.expires };
        return {
          ...session,
          user: { id: token.uid ?? "", name: token.name ?? "", email: token.email ?? "", role: token.role ?? "" },
          sessionId: token.sid ?? "",
        };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await revokeSession(token.sid, token.uid ?? null, "auth.sign-out");
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session on the session endpoint is the expected answer to an old cookie, not an error.
        if (code === "JWT_SESSION_ERROR") return;
        console.error(`[next-auth] ${code}`, metadata instanceof Error ? metadata.name : "");
      },
      warn(code) {
        console.warn(`[next-auth] ${code}`);
      },
      debug() {},
    },
  };
}

let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}
