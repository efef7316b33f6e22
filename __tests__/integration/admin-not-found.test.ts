import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Metadata } from "next";
import { metadata as notFoundMetadata } from "@/app/not-found";
import { createTestUser } from "../support/db-fixtures";
import { navigationErrorOf, signInAs, signOutForTest } from "../support/sign-in-as";

// Issue 19, failure 8: a clinician's 404 on an admin page carried the page's title ("Users · MassageRx"),
// so it told them the admin page exists. Every admin page, found by reading the folder, must give anyone
// but an admin the not-found page's own metadata. (The whole response is compared with an unknown path's
// on a running build in __tests__/e2e/never-500.spec.ts.)
const adminRoot = path.join(__dirname, "..", "..", "app", "(app)", "admin");

function pageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pageFiles(full);
    return name === "page.tsx" ? [full] : [];
  });
}

type PageModule = { metadata?: Metadata; generateMetadata?: () => Promise<Metadata> };
const load = (file: string) => import(file) as Promise<PageModule>;

describe("admin pages reveal nothing to non-admins (failure 8)", () => {
  const files = pageFiles(adminRoot);

  test("the admin folder holds the pages this test expects to see", () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  test("no admin page exports a static title", async () => {
    for (const file of files) expect({ file, metadata: (await load(file)).metadata }).toEqual({ file, metadata: undefined });
  });

  test("as a clinician or signed out, every admin page's metadata is the not-found page's; as an admin its own", async () => {
    const clinician = await createTestUser();
    const admin = await createTestUser({ role: "ADMIN" });
    for (const file of files) {
      const { generateMetadata } = await load(file);
      if (!generateMetadata) throw new Error(`${file} has no generateMetadata`);
      await signInAs(clinician);
      expect(await generateMetadata()).toEqual({ title: notFoundMetadata.title });
      signOutForTest();
      expect(await generateMetadata()).toEqual({ title: notFoundMetadata.title });
      await signInAs(admin);
      expect((await generateMetadata()).title).not.toBe(notFoundMetadata.title);
    }
  });
});

describe("an unknown path is refused from the same place as an admin page (failure 8)", () => {
  // The admin pages call notFound() inside the signed-in shell (app/(app)/layout.tsx). An unknown path
  // used to fall through to the root not-found page, outside that shell, so a clinician could tell the two
  // apart by the header. The catch-all page puts unknown paths in the same shell; the browser check that
  // the two pages are the same is __tests__/e2e/never-500.spec.ts.
  const catchAll = path.join(__dirname, "..", "..", "app", "(app)", "[...missing]", "page.tsx");
  type CatchAll = { default: () => Promise<never>; metadata: Metadata };

  test("signed in: 404 with the not-found title, like an admin page for a clinician; signed out: sign in, like an admin page", async () => {
    const mod = (await import(catchAll)) as CatchAll;
    expect(mod.metadata).toEqual({ title: notFoundMetadata.title });
    const clinician = await createTestUser();
    const adminPage = (await load(path.join(adminRoot, "users", "page.tsx"))) as unknown as { default: () => Promise<unknown> };
    await signInAs(clinician);
    expect(await navigationErrorOf(() => mod.default())).toMatch(/404/);
    expect(await navigationErrorOf(() => adminPage.default())).toMatch(/404/);
    signOutForTest();
    expect(await navigationErrorOf(() => mod.default())).toBe("redirect:/login");
    expect(await navigationErrorOf(() => adminPage.default())).toBe("redirect:/login");
  });
});
