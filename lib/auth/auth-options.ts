import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials } from "./authorize";
import { authSettings } from "./auth-settings";
import { resolveAuthSecret } from "./auth-secret";
import { clientIpFrom } from "./request-ip";
import { secureCookiesEnabled } from "./session-token";
import { revokeSession } from "@/lib/data/auth-sessions";

/**
 * next-auth with email + password and JWT sessions. The JWT only carries ids; whether the session is
 * still valid (not signed out, not idle, not past its lifetime, user active, token version current) is
 * decided from the AuthSession row on every request by lib/auth/current-user.ts, which reads the cookie
 * itself (lib/auth/session-token.ts): next-auth writes and clears it at sign-in and sign-out.
 */
export function buildAuthOptions(): NextAuthOptions {
  const { absoluteLifetimeSeconds } = authSettings();
  return {
    secret: resolveAuthSecret(),
    session: { strategy: "jwt", maxAge: absoluteLifetimeSeconds },
    useSecureCookies: secureCookiesEnabled(),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const headers = req.headers ?? {};
          const ip = clientIpFrom((name) => {
            const value = headers[name];
            return Array.isArray(value) ? value[0] : (value as string | undefined);
          });
          return authorizeCredentials(credentials, ip);
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sid = user.sessionId;
        }
        return token;
      },
      async session({ session, token }) {
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
  };
}

let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}
