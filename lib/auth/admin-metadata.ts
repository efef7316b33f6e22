import "server-only";
import type { Metadata } from "next";
import { getCurrentUser, hasFullAccess } from "./current-user";

/** The title of app/not-found.tsx, which every 404 shows. */
export const NOT_FOUND_TITLE = "Not found";

/**
 * generateMetadata for an admin page. Next streams a page's metadata separately from the page, so a static
 * `metadata = { title: "Users" }` reached a clinician's browser even though the page itself answered 404,
 * which told them the admin page exists [issue 19, failure 8]. Anyone but a signed-in admin gets the
 * not-found page's title, the same as for a path that does not exist.
 */
export function adminPageMetadata(title: string): () => Promise<Metadata> {
  return async () => {
    const user = await getCurrentUser();
    return { title: !!user && user.role === "ADMIN" && hasFullAccess(user) ? title : NOT_FOUND_TITLE };
  };
}
