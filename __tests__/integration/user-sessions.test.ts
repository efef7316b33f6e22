import { NextRequest } from "next/server";
import { GET as authRoute } from "@/app/api/auth/[...nextauth]/route";
import SessionsPage from "@/app/(app)/account/sessions/page";
import { getCurrentUser } from "@/lib/auth/current-user";
import { endOtherOwnSessionsAction, endOwnSessionAction } from "@/lib/actions/end-own-sessions";
import { listReferralsAction } from "@/lib/actions/list-referrals";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { listOwnSessions } from "@/lib/data/user-sessions";
import { db } from "@/lib/db/client";
import { actAs } from "../support/act-as";
import { createTestUser, seedEvidenceForTest, TEST_PASSWORD } from "../support/db-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";
import { renderPageHtml } from "../support/render-page";
import { issueSessionCookie } from "../support/session-cookie";
import { signInAs } from "../support/sign-in-as";

// Issue 19: "Your sessions", "keep me signed in" (server-enforced lifetimes), and audit detail (which
// referrals a list showed; an idle timeout dated when it took effect).
jest.setTimeout(60_000);

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const limits = { idleSeconds: 1800, lifetimeSeconds: 12 * 3600, rememberedLifetimeSeconds: 7 * 24 * 3600 };

async function signInFrom(email: string, userAgent: string, ip: string, remember = false) {
  const session = await authorizeCredentials({ email, password: TEST_PASSWORD, remember: remember ? "true" : "false" }, ip, userAgent);
  if (!session) throw new Error("sign-in refused");
  await issueSessionCookie(session);
  return session;
}

describe("Your sessions", () => {
  test("lists the user's own valid sessions with device, times and address, this one first; nobody else's", async () => {
    const user = await createTestUser({ name: "Pat Sessions" });
    const other = await createTestUser();
    const laptop = await signInFrom(user.email, CHROME, "10.19.2.1");
    const phone = await signInFrom(user.email, IPHONE, "10.19.2.2", true);
    const ended = await signInFrom(user.email, CHROME, "10.19.2.3");
    await db.authSession.update({ where: { id: ended.sessionId }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    await signInFrom(other.email, CHROME, "10.19.2.9");

    const list = await listOwnSessions({ id: user.id, sessionId: laptop.sessionId }, limits);
    expect(list.map((s) => [s.id, s.device, s.ip, s.current, s.persistent])).toEqual([
      [laptop.sessionId, "Chrome on Linux, desktop", "10.19.2.1", true, false],
      [phone.sessionId, "Safari on iOS, mobile", "10.19.2.2", false, true],
    ]);

    actAs(laptop);
    const html = renderPageHtml(await SessionsPage());
    expect(html).toContain("Safari on iOS, mobile");
    expect(html).toContain("This device");
    expect(html).not.toContain("10.19.2.9");
  });

  test("sign out one other device, then everywhere else; never another user's session", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const here = await signInFrom(user.email, CHROME, "10.19.3.1");
    const phone = await signInFrom(user.email, IPHONE, "10.19.3.2");
    const tablet = await signInFrom(user.email, IPHONE, "10.19.3.3");
    const theirs = await signInFrom(other.email, CHROME, "10.19.3.4");

    actAs(here);
    expect(await endOwnSessionAction({ sessionId: theirs.sessionId })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already ended/),
    });
    expect((await db.authSession.findUniqueOrThrow({ where: { id: theirs.sessionId } })).revokedAt).toBeNull();
    expect(await endOwnSessionAction({ sessionId: here.sessionId })).toMatchObject({ ok: false });

    expect(await endOwnSessionAction({ sessionId: phone.sessionId })).toEqual({ ok: true, data: null });
    actAs(phone);
    expect(await getCurrentUser()).toBeNull();

    actAs(here);
    expect(await endOtherOwnSessionsAction()).toEqual({ ok: true, data: { ended: 1 } });
    actAs(tablet);
    expect(await getCurrentUser()).toBeNull();
    actAs(here);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    actAs(theirs);
    expect(await getCurrentUser()).toMatchObject({ id: other.id });
    expect(
      await db.auditEvent.count({ where: { userId: user.id, action: { in: ["auth.session-end", "auth.sessions-end-others"] } } }),
    ).toBe(2);
  });
});

const sessionEndpoint = () =>
  authRoute(new NextRequest("http://localhost:3000/api/auth/session"), { params: Promise.resolve({ nextauth: ["session"] }) });

describe("keep me signed in", () => {
  test("an ordinary session ends after 12 hours; a kept one lasts up to 7 days (both checked on the server)", async () => {
    const user = await createTestUser();
    const ordinary = await signInFrom(user.email, CHROME, "10.19.4.1");
    const kept = await signInFrom(user.email, CHROME, "10.19.4.2", true);
    expect([ordinary.persistent, kept.persistent]).toEqual([false, true]);
    const thirteenHoursAgo = new Date(Date.now() - 13 * 3600_000);
    for (const s of [ordinary, kept]) await db.authSession.update({ where: { id: s.sessionId }, data: { createdAt: thirteenHoursAgo } });
    actAs(ordinary);
    expect(await getCurrentUser()).toBeNull();
    actAs(kept);
    expect(await getCurrentUser()).toMatchObject({ id: user.id, persistent: true });
    await db.authSession.update({ where: { id: kept.sessionId }, data: { createdAt: new Date(Date.now() - 8 * 24 * 3600_000) } });
    expect(await getCurrentUser()).toBeNull();
  });

  test("the session endpoint re-sends an ordinary session's cookie without an expiry date, and a kept one's with it", async () => {
    const user = await createTestUser();
    const call = async () => {
      const res = await sessionEndpoint();
      return res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token=")) ?? "";
    };
    actAs(await signInFrom(user.email, CHROME, "10.19.5.1"));
    const ordinaryCookie = await call();
    actAs(await signInFrom(user.email, CHROME, "10.19.5.2", true));
    const keptCookie = await call();
    expect(ordinaryCookie).not.toBe("");
    expect(ordinaryCookie).not.toMatch(/Expires=|Max-Age=/i);
    expect(keptCookie).toMatch(/Expires=/i);
  });
});

test("next-auth's session endpoint says nothing about an account whose session still owes its second factor", async () => {
  const user = await createTestUser({ name: "Owes A Code" });
  const session = await signInFrom(user.email, CHROME, "10.19.6.1");
  await db.authSession.update({ where: { id: session.sessionId }, data: { secondFactorPending: true } });
  actAs(session);
  const body = JSON.stringify(await (await sessionEndpoint()).json());
  expect(body).not.toContain(user.email);
  expect(body).not.toContain("Owes A Code");
  expect(body).not.toContain(user.id);
});

describe("audit detail", () => {
  beforeAll(() => seedEvidenceForTest());

  test("referral.list and search record the ids of the referrals shown", async () => {
    const clinician = await createTestUser();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await createReferralFixture(db, clinician.id, { intake: { patientName: `Lopez ${i}` } })).id);
    await signInAs(clinician);
    const result = await listReferralsAction({ query: "", pageSize: 20 });
    if (!result.ok) throw new Error(result.error);
    const shown = result.data.items.map((item) => item.id);
    expect([...shown].sort()).toEqual([...ids].sort());
    const event = await db.auditEvent.findFirstOrThrow({
      where: { userId: clinician.id, action: "referral.list" },
      orderBy: { id: "desc" },
    });
    expect(event.detail).toContain(`ids=${shown.join(",")}`);
    expect(event.detail).not.toContain("Lopez");

    const searched = await listReferralsAction({ query: "Lopez 1", pageSize: 20 });
    if (!searched.ok) throw new Error(searched.error);
    const searchEvent = await db.auditEvent.findFirstOrThrow({
      where: { userId: clinician.id, action: "referral.list" },
      orderBy: { id: "desc" },
    });
    expect(searchEvent.detail).toContain(`ids=${searched.data.items.map((item) => item.id).join(",")}`);
    expect(searchEvent.detail).toContain("search=yes");
    expect(searchEvent.detail).not.toContain("Lopez");
  });

  test("an idle timeout is recorded at the time it took effect, not when the next request noticed it", async () => {
    const user = await createTestUser();
    const session = await signInAs(user);
    const lastSeen = new Date(Date.now() - 3 * 3600_000);
    await db.authSession.update({ where: { id: session.sessionId }, data: { lastSeenAt: lastSeen } });
    expect(await getCurrentUser()).toBeNull();
    const tookEffect = new Date(lastSeen.getTime() + 30 * 60_000);
    const event = await db.auditEvent.findFirstOrThrow({ where: { resourceId: session.sessionId, action: "auth.idle-timeout" } });
    expect(event.at.getTime()).toBe(tookEffect.getTime());
    expect(event.detail).toMatch(/^noticed=\d{4}-/);
    expect((await db.authSession.findUniqueOrThrow({ where: { id: session.sessionId } })).revokedAt?.getTime()).toBe(tookEffect.getTime());
  });
});
