import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./helpers";

// Issue 17: the audit CSV is streamed in keyset batches (app/(app)/_lib/csv-download.ts) and gzipped by
// the server on the way out. A real browser download of it must be an ordinary CSV file (a route that
// compressed its own body would be compressed twice: Next drops a route's Content-Encoding), and a client
// that takes gzip gets one gzip-encoded body.
test.beforeEach(async ({ page }) => signIn(page, ADMIN));

test("the admin's audit CSV downloads from the page as a plain CSV, newest and oldest first", async ({ page }) => {
  await page.goto("/admin/audit");
  const rowsOf = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    const path = await download.path();
    const text = await readFile(path, "utf8");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("id,at_utc,user_id,user_email,action,resource_type,resource_id,outcome,ip,detail");
    return { name: download.suggestedFilename(), times: lines.slice(1).map((l) => l.split(",")[1] ?? "") };
  };
  const newest = await rowsOf("Download CSV (newest first)");
  const oldest = await rowsOf("Download CSV (oldest first)");
  expect(newest.name).toMatch(/^massagerx-audit-\d{4}-\d{2}-\d{2}-newest-first\.csv$/);
  expect(oldest.name).toMatch(/-oldest-first\.csv$/);
  // The admin's own sign-in is in the trail, so neither file is empty; the orders are opposite.
  expect(newest.times.length).toBeGreaterThan(0);
  expect([...newest.times].sort().reverse()).toEqual(newest.times);
  expect([...oldest.times].sort()).toEqual(oldest.times);
});

test("a client that takes gzip gets the CSV gzip-encoded, one that does not gets it plain", async ({ page }) => {
  const gzipped = await page.request.get("/admin/audit/export", { headers: { "accept-encoding": "gzip" } });
  expect(gzipped.status()).toBe(200);
  expect(gzipped.headers()["content-encoding"]).toBe("gzip");
  const plain = await page.request.get("/admin/audit/export", { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  // Playwright unzips the first; both are the same CSV up to the rows written in between.
  const firstLine = (body: string) => body.split("\r\n")[0];
  expect(firstLine(await gzipped.text())).toBe(firstLine(await plain.text()));
  expect((await gzipped.text()).split("\r\n").length).toBeGreaterThan(2);
});
