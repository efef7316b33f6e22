import { evidenceContentSchema } from "@/lib/schemas/evidence";

test("empty evidence document validates", () => {
  expect(evidenceContentSchema.safeParse({ conditions: [], studies: [], recommendations: [], safetyRules: [] }).success).toBe(true);
});
