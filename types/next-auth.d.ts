import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: string;
    sessionId: string;
    persistent: boolean;
    secondFactorPending: boolean;
  }
  interface Session {
    /** Absent while the session still owes its second factor. */
    user?: { id: string; name: string; email: string; role: string };
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
    sid?: string;
    /** "Keep me signed in": the cookie may outlive the browser (app/api/auth route). */
    persist?: boolean;
    /** The second factor is still owed. */
    pending?: boolean;
  }
}
