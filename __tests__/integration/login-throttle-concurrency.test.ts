import { db } from "@/lib/db/client";
import { recordFailure } from "@/lib/data/login-throttle";

// Several app instances record failed sign-ins for one account at the same moment (a guessing attack
// spread over the load balancer). Every failure must be counted, or parallel guessing buys extra tries.
test("concurrent failed sign-ins on one key are all counted", async () => {
  const key = `account:concurrent-${Date.now()}@clinic.test`;
  const attempts = 12;
  const results = await Promise.allSettled(Array.from({ length: attempts }, () => recordFailure(key, 1000)));
  expect(results.filter((r) => r.status === "rejected")).toEqual([]);
  const row = await db.loginThrottle.findUniqueOrThrow({ where: { key } });
  expect(row.failures).toBe(attempts);
}, 60_000);
