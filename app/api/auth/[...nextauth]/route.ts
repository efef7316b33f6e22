import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// Options are built on first request, not at import, so `next build` needs no secret.
type RouteContext = { params: Promise<{ nextauth: string[] }> };
function handler(req: Request, context: RouteContext): Promise<Response> {
  return NextAuth(req as never, context as never, authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
