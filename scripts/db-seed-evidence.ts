/** `npm run db:seed-evidence`: seeds or updates the evidence base only. Idempotent. */
import { createPrismaClient } from "@/lib/db/create-client";
import { seedEvidenceOnly } from "@/prisma/seed";

async function main() {
  const db = createPrismaClient();
  const result = await seedEvidenceOnly(db);
  console.log(
    result.created
      ? `Evidence seeded as version ${result.versionNumber}.`
      : `Evidence already seeded (version ${result.versionNumber}); nothing changed.`,
  );
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
