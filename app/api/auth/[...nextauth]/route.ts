import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { applySessionCookieLifetime } from "@/lib/auth/session-cookie-lifetime";

// Options are built on first request, not at import, so `next build` needs no secret.
type RouteContext = { params: Promise<{ nextauth: string[] }> };
async function handler(req: Request, context: RouteContext): Promise<Response> {
  const response = (await NextAuth(req as never, context as never, authOptions())) as Response;
  return applySessionCookieLifetime(response);
}

export { handler as GET, handler as POST };
