import { GET as exportCsv } from "@/app/(app)/referrals/export/route";
import ReferralsPage from "@/app/(app)/referrals/page";
import { listReferralsAction } from "@/lib/actions/list-referrals";
import { sealReferralSearchAction } from "@/lib/actions/seal-referral-search";
import { listReferrals, REFERRAL_EXPORT_BATCH, type ReferralListFilter } from "@/lib/data/referral-list";
import { sealSearch } from "@/lib/data/referral-search-token";
import { db } from "@/lib/db/client";
import { positionFrom } from "@/lib/domain/listing/keyset";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";
import { renderPageHtml } from "../support/render-page";
import { navigationErrorOf, signInAs, signOutForTest } from "../support/sign-in-as";

// Issue 17 (and 14's list items): the referral lists on SQLite and PostgreSQL — scoped, keyset pages
// that keep their place, indexed accent- and case-insensitive search, the sealed search in the URL, and
// the clinician's own CSV export.
jest.setTimeout(120_000);

type User = Awaited<ReturnType<typeof createTestUser>>;
let a: User;
let b: User;
let admin: User;
const onPostgres = (process.env.DATABASE_URL ?? "").startsWith("postgres");
const list = (viewer: User, filter: Partial<ReferralListFilter> = {}, pageSize = 20, before?: string, after?: string) =>
  listReferrals(viewer, { query: "", ...filter }, positionFrom(before, after), pageSize);
const ids = (page: { items: { id: string }[] }) => page.items.map((r) => r.id);

beforeAll(async () => {
  await seedEvidenceForTest();
  a = await createTestUser({ name: "Dr A" });
  b = await createTestUser({ name: "Dr B" });
  admin = await createTestUser({ role: "ADMIN", name: "Admin" });
});

describe("listReferrals", () => {
  test("scoped to the owner; admins read everyone's; newest first; search and status filters", async () => {
    const older = await createReferralFixture(db, a.id, {
      intake: { patientName: "Olga Older" },
      createdAt: new Date("2026-01-01T00:00:00Z"),
    });
    const newer = await createReferralFixture(db, a.id, {
      slug: "chronic-neck-pain",
      intake: { patientName: "Nina Newer" },
      status: "draft",
    });
    const bs = await createReferralFixture(db, b.id, { intake: { patientName: "Bob Bee" } });

    const listA = await list(a);
    expect(ids(listA)).toEqual([newer.id, older.id]);
    expect(listA.count).toEqual({ exact: true, value: 2 });
    expect(ids(await list(b))).toEqual([bs.id]);
    expect(ids(await list(admin))).toEqual(expect.arrayContaining([older.id, newer.id, bs.id]));
    expect((await list(admin)).items.find((r) => r.id === bs.id)?.clinicianName).toBe("Dr B");

    expect(ids(await list(a, { query: "nina" }))).toEqual([newer.id]);
    expect(ids(await list(a, { query: "NECK" }))).toEqual([newer.id]);
    expect(ids(await list(a, { query: "knee osteo" }))).toEqual([older.id]);
    expect((await list(b, { query: "Olga" })).count).toEqual({ exact: true, value: 0 });
    expect(ids(await list(a, { status: "draft" }))).toEqual([newer.id]);
    expect(ids(await list(a, { status: "draft", query: "olga" }))).toEqual([]);
    expect(listA.items[1]?.doseLine).toBe("60-minute sessions, once a week, for 8 weeks (8 sessions)");
  });

  test("search ignores accents and case on both databases: 'zoe nunez' finds 'Zoë Ñúñez'", async () => {
    const c = await createTestUser();
    const zoe = await createReferralFixture(db, c.id, { intake: { patientName: "Zoë Ñúñez" } });
    const francois = await createReferralFixture(db, c.id, { intake: { patientName: "François Müller-Lefèvre" } });
    await createReferralFixture(db, c.id, { intake: { patientName: "Zoe Smith" } });
    for (const query of ["zoe nunez", "ZOË ÑÚÑEZ", "Zoe Nuñez", "núñ", "unez"])
      expect([query, ids(await list(c, { query }))]).toEqual([query, [zoe.id]]);
    for (const query of ["francois", "MULLER", "lefevre", "çois müller"])
      expect([query, ids(await list(c, { query }))]).toEqual([query, [francois.id]]);
    expect((await list(c, { query: "zoe" })).count).toEqual({ exact: true, value: 2 });
    // Characters that mean something to LIKE or FTS5 are matched literally.
    for (const query of ["%%%", "___", '"zo', "nu*", "a OR b", "\\\\"]) expect([query, ids(await list(c, { query }))]).toEqual([query, []]);
    // The name and the condition are separate texts: a match may not span the two.
    expect(ids(await list(c, { query: "nunez knee" }))).toEqual([]);
  });

  test("the search index follows renames and deletions", async () => {
    const c = await createTestUser();
    const r = await createReferralFixture(db, c.id, { intake: { patientName: "Renata Before" } });
    await db.referral.update({ where: { id: r.id }, data: { patientName: "Renata Áfter" } });
    expect(ids(await list(c, { query: "before" }))).toEqual([]);
    expect(ids(await list(c, { query: "renata after" }))).toEqual([r.id]);
    await db.referral.delete({ where: { id: r.id } });
    expect(ids(await list(c, { query: "renata" }))).toEqual([]);
    const again = await createReferralFixture(db, c.id, { intake: { patientName: "Renata Again" } });
    expect(ids(await list(c, { query: "renata" }))).toEqual([again.id]);
  });

  test("the search is answered from its index (trigram GIN on PostgreSQL, FTS5 on SQLite)", async () => {
    if (onPostgres) {
      const plan = await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
          `EXPLAIN SELECT 1 FROM "Referral" r WHERE massagerx_search_text(r."patientName", r."conditionName") LIKE ('%' || massagerx_fold('nunez') || '%')`,
        );
      });
      expect(plan.map((p) => p["QUERY PLAN"]).join("\n")).toContain("Referral_search_trgm_idx");
    } else {
      const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN SELECT "rowid" FROM "ReferralSearch" WHERE "ReferralSearch" MATCH '"nunez"'`,
      );
      expect(plan.map((p) => p.detail).join("\n")).toMatch(/VIRTUAL TABLE INDEX/);
    }
  });

  test("newer / older keyset pages: every referral once, ties in time broken by id, position kept when referrals arrive", async () => {
    const c = await createTestUser();
    const instant = new Date("2026-02-01T09:00:00.000Z");
    for (let i = 0; i < 7; i++) await createReferralFixture(db, c.id, { intake: { patientName: `Same Instant ${i}` }, createdAt: instant });
    for (let i = 0; i < 6; i++)
      await createReferralFixture(db, c.id, {
        intake: { patientName: `Page Patient ${i}` },
        createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
      });
    const first = await list(c, {}, 10);
    expect(first.newer).toBeNull();
    const second = await list(c, {}, 10, first.older ?? "");
    expect(second.older).toBeNull();
    const walked = [...ids(first), ...ids(second)];
    const expected = await db.referral.findMany({
      where: { clinicianId: c.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
      take: 50,
    });
    expect(walked).toEqual(expected.map((r) => r.id));
    expect(second.items.map((r) => r.patientName)).toEqual(["Page Patient 2", "Page Patient 1", "Page Patient 0"]);

    await createReferralFixture(db, c.id, { intake: { patientName: "Arrived Later" } });
    expect(ids(await list(c, {}, 10, first.older ?? ""))).toEqual(ids(second));
    // "Newer" from the second page is the first page as it was; one more "newer" reaches the new referral.
    const back = await list(c, {}, 10, undefined, second.newer ?? "");
    expect(ids(back)).toEqual(ids(first));
    const top = await list(c, {}, 10, undefined, back.newer ?? "");
    expect(top.items[0]?.patientName).toBe("Arrived Later");
    expect(top.newer).toBeNull();
  });
});

describe("listReferralsAction and the sealed search", () => {
  test("signed-in only, validated, the search kept as a token for the URL, audited without the search text", async () => {
    signOutForTest();
    expect(await navigationErrorOf(() => listReferralsAction({}))).toBe("redirect:/login");
    await signInAs(b);
    const typed = await listReferralsAction({ query: "Bob", status: "all", pageSize: 20 });
    if (!typed.ok) throw new Error(typed.error);
    expect(typed.data.items.length).toBeGreaterThan(0);
    expect(typed.data.items.every((r) => r.patientName === "Bob Bee")).toBe(true);
    expect(typed.data.searchToken).not.toContain("Bob");

    const sealed = await sealReferralSearchAction({ query: "  bob  " });
    if (!sealed.ok || !sealed.data.searchToken) throw new Error("not sealed");
    const fromUrl = await listReferralsAction({ searchToken: sealed.data.searchToken });
    expect(fromUrl).toMatchObject({ ok: true, data: { query: "bob", searchExpired: false } });
    expect(fromUrl.ok && ids(fromUrl.data)).toEqual(ids(typed.data));

    // Another account's token is no search: the list is unfiltered (theirs) and says the search expired.
    const foreign = await listReferralsAction({ searchToken: sealSearch(a.id, "Olga") });
    expect(foreign).toMatchObject({ ok: true, data: { query: "", searchExpired: true } });

    expect(await sealReferralSearchAction({ query: "bo" })).toEqual({
      ok: false,
      error: "Check the search",
      fieldErrors: { query: ["Type at least 3 characters to search"] },
    });
    expect(await listReferralsAction({ pageSize: 5000 })).toMatchObject({ ok: false });
    const events = await db.auditEvent.findMany({ where: { userId: b.id, action: "referral.list" }, take: 20 });
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((e) => /bob/i.test(e.detail ?? ""))).toBe(false);
  });
});

describe("the /referrals page, rendered from its URL", () => {
  const render = async (params: Record<string, string>) => renderPageHtml(await ReferralsPage({ searchParams: Promise.resolve(params) }));

  test("the sealed search, status and cursor of the URL pick the rows; links carry only tokens and cursors", async () => {
    const c = await createTestUser();
    await createReferralFixture(db, c.id, { intake: { patientName: "Zoë Ñúñez" } });
    for (let i = 0; i < 22; i++)
      await createReferralFixture(db, c.id, {
        intake: { patientName: `Other Patient ${i}` },
        createdAt: new Date(Date.UTC(2025, 5, 1 + i)),
      });
    await signInAs(c);
    const all = await render({});
    expect(all).toContain("23 referrals");
    expect(all).toMatch(/href="\/referrals\?before=\d+\.[A-Za-z0-9_-]+"/);
    expect(all).not.toContain(">Newer<");

    const token = sealSearch(c.id, "zoe nunez");
    const found = await render({ s: token });
    expect(found).toContain("Zoë Ñúñez");
    expect(found).not.toContain("Other Patient");
    expect(found).toContain("1 referral match");
    expect(found).toContain('value="zoe nunez"');
    expect(found).toContain(`href="/referrals/export?s=${token}"`);

    const older = /href="\/referrals\?before=([^"]+)"/.exec(all)?.[1] ?? "";
    const second = await render({ before: older });
    expect(second).toContain(">Newer<");
    expect((second.match(/Other Patient/g) ?? []).length).toBe(3);

    expect(await render({ s: sealSearch(b.id, "zoe") })).toContain("the saved search has expired");
    expect(await render({ status: "nonsense", before: "garbage" })).toContain("23 referrals");
  });
});

describe("CSV export of the clinician's own list", () => {
  test("streams every referral of the clinician's search in batches; others' never; admins and strangers get 404", async () => {
    const c = await createTestUser({ name: "Dr Export" });
    const other = await createTestUser();
    const total = REFERRAL_EXPORT_BATCH + 12;
    for (let i = 0; i < total; i++) {
      await createReferralFixture(db, c.id, {
        intake: { patientName: i % 2 === 0 ? `Émile Export ${i}` : `=HYPERLINK("x") ${i}` },
        createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)),
      });
    }
    await createReferralFixture(db, other.id, { intake: { patientName: "Émile Someone Else" } });
    await signInAs(c);
    const response = await exportCsv(new Request("http://localhost/referrals/export"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="massagerx-referrals-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe("referral_id,created_utc,status,patient_name,date_of_birth,condition,icd10,dose");
    expect(lines).toHaveLength(total + 1);
    // Newest first, each with its stored time (bulk-reader.test.ts checks the driver's times in other zones).
    expect(lines[1]?.split(",")[1]).toBe(new Date(Date.UTC(2025, 0, 1, 0, 0, total - 1)).toISOString());
    expect(lines.at(-1)?.split(",")[1]).toBe(new Date(Date.UTC(2025, 0, 1, 0, 0, 0)).toISOString());
    expect(lines.some((l) => l.includes("Someone Else"))).toBe(false);
    // Formula-looking names are neutralised for spreadsheets.
    expect(lines.filter((l) => l.includes(`"'=HYPERLINK(""x"")`))).toHaveLength(total / 2);

    const token = sealSearch(c.id, "emile");
    const filtered = (await (await exportCsv(new Request(`http://localhost/referrals/export?s=${token}`))).text()).trim().split("\r\n");
    expect(filtered).toHaveLength(total / 2 + 1);
    expect((await exportCsv(new Request(`http://localhost/referrals/export?s=${sealSearch(other.id, "emile")}`))).status).toBe(400);
    const audited = await db.auditEvent.findMany({
      where: { userId: c.id, action: "referral.export" },
      orderBy: { id: "asc" },
      select: { detail: true },
      take: 10,
    });
    expect(audited.map((e) => e.detail)).toEqual([
      "started search=no status=all",
      `finished rows=${total} search=no status=all`,
      "started search=yes status=all",
      `finished rows=${total / 2} search=yes status=all`,
    ]);

    await signInAs(admin);
    expect((await exportCsv(new Request("http://localhost/referrals/export"))).status).toBe(404);
    signOutForTest();
    expect((await exportCsv(new Request("http://localhost/referrals/export"))).status).toBe(404);
  });
});
