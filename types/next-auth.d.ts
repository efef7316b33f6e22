import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: string;
    sessionId: string;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: string };
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
    sid?: string;
  }
}
