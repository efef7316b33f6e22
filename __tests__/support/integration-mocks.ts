/**
 * The only stand-ins in integration tests are Next's request context (no HTTP request exists in jest):
 * the request's cookies and headers, and cache revalidation. Sessions themselves are real rows created
 * by the real sign-in code and carried in real encrypted session cookies (see signInAs), and every
 * query hits a real database.
 */
jest.mock("next/headers", () => ({
  headers: jest.fn(async () => new Headers({ "x-massagerx-peer-address": "127.0.0.1" })),
  cookies: jest.fn(async () => ({ get: () => undefined, getAll: () => [] })),
}));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: <T>(fn: T) => fn }));

// Real databases, argon2 and PDF rendering: on a loaded machine (CI shares its cores) a hook or a test
// takes longer than jest's 5 s default. A file that needs more still sets its own jest.setTimeout.
jest.setTimeout(30_000);

// Close the pool after each file so jest exits promptly (PostgreSQL keeps sockets open).
afterAll(async () => {
  const { bulkReader, db } = await import("@/lib/db/client");
  await db.$disconnect();
  await bulkReader.close();
});
