import { openSearch, sealSearch } from "@/lib/data/referral-search-token";
import { referralListInputSchema, referralSearchTextSchema } from "@/lib/schemas/referral-list";

// The list's search sits in the URL only as a sealed token: opaque, bound to the user, expiring.
process.env.NEXTAUTH_SECRET = "unit-test-secret-for-sealed-searches-0123456789";

describe("sealed referral search", () => {
  test("opens for the same user only, shows no trace of the name, and expires", () => {
    const token = sealSearch("user-a", "Zoë Ñúñez", 1_000);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    // The token is random ciphertext, so any two letters may turn up in it by chance: check instead that the
    // name itself is not in it, neither as bytes nor base64-encoded at any of the three byte alignments.
    const name = Buffer.from("Zoë Ñúñez");
    expect(Buffer.from(token, "base64url").includes(name)).toBe(false);
    for (const pad of ["", "x", "xy"]) {
      const encoded = Buffer.concat([Buffer.from(pad), name]).toString("base64url");
      expect(token).not.toContain(encoded.slice(4, -4));
    }
    expect(openSearch("user-a", token, 2_000)).toBe("Zoë Ñúñez");
    expect(openSearch("user-b", token, 2_000)).toBeNull();
    expect(openSearch("user-a", token, 1_000 + 12 * 3600 * 1000 + 1)).toBeNull();
    // Each seal is different (random IV): a token says nothing about whether two searches were equal.
    expect(sealSearch("user-a", "Zoë Ñúñez", 1_000)).not.toBe(token);
  });

  test("a tampered, truncated or foreign token is no search, never an error", () => {
    const token = sealSearch("user-a", "Lopez");
    const flipped = `${token.slice(0, 20)}${token[20] === "A" ? "B" : "A"}${token.slice(21)}`;
    for (const bad of [flipped, token.slice(0, -4), "", "x".repeat(50), "not a token!", `${token}==`])
      expect(openSearch("user-a", bad)).toBeNull();
  });
});

describe("referral list input", () => {
  test("a search is one line of at least 3 characters, at most 100", () => {
    expect(referralSearchTextSchema.parse("  zoe \n\t nunez ")).toBe("zoe nunez");
    expect(referralSearchTextSchema.parse("")).toBe("");
    expect(referralSearchTextSchema.safeParse("li").error?.issues[0]?.message).toBe("Type at least 3 characters to search");
    expect(referralSearchTextSchema.safeParse("x".repeat(101)).success).toBe(false);
  });

  test("status from the URL: '' and 'all' mean none; page size bounded", () => {
    expect(referralListInputSchema.parse({ status: "all" })).toEqual({ query: "", pageSize: 20 });
    expect(referralListInputSchema.parse({ status: "sent", before: "1.a", pageSize: "10" })).toMatchObject({
      status: "sent",
      before: "1.a",
      pageSize: 10,
    });
    expect(referralListInputSchema.safeParse({ status: "deleted" }).success).toBe(false);
    expect(referralListInputSchema.safeParse({ pageSize: 5000 }).success).toBe(false);
  });
});
