"use client";

import { signOutAndGo } from "../auth-client";

/** "Not now": the only way out of a page the person must complete before anything else. */
export function SignOutLink() {
  return (
    <button type="button" className="text-sm text-slate-700 underline" onClick={() => void signOutAndGo("/login")}>
      Not now: sign out
    </button>
  );
}
