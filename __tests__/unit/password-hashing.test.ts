import { hashPassword, verifyPassword } from "@/lib/auth/password";

// Property 6 [ASVS 11.4.2]: argon2id with m >= 19 MiB, t >= 2, read back from the stored (PHC) hash.
function parsePhc(encoded: string) {
  const match = /^\$(argon2(?:id|i|d))\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(encoded);
  if (!match) throw new Error(`not a PHC argon2 string: ${encoded}`);
  const [, algorithm, version, m, t, p, salt, hash] = match;
  return { algorithm, version: Number(version), m: Number(m), t: Number(t), p: Number(p), salt: salt ?? "", hash: hash ?? "" };
}

describe("password hashing (property 6)", () => {
  test("hashes are argon2id v1.3 with at least 19 MiB memory and 2 iterations, salted", async () => {
    const encoded = await hashPassword("correct horse battery staple");
    const params = parsePhc(encoded);
    expect(params.algorithm).toBe("argon2id");
    expect(params.version).toBe(19);
    expect(params.m).toBeGreaterThanOrEqual(19 * 1024);
    expect(params.t).toBeGreaterThanOrEqual(2);
    expect(params.p).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(params.salt, "base64").length).toBeGreaterThanOrEqual(16);
    expect(encoded).not.toContain("correct horse");
  });

  test("the same password hashes differently each time (random salt) and still verifies", async () => {
    const [a, b] = await Promise.all([hashPassword("same password!"), hashPassword("same password!")]);
    expect(a).not.toBe(b);
    await expect(verifyPassword(a, "same password!")).resolves.toBe(true);
    await expect(verifyPassword(a, "same password?")).resolves.toBe(false);
  });

  test("a malformed stored hash is a failed check, not a crash", async () => {
    await expect(verifyPassword("plaintext-in-the-db", "plaintext-in-the-db")).resolves.toBe(false);
  });
});
