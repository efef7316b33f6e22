-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_prevHash_key" ON "AuditEvent"("prevHash");

-- Every new row is chained (lib/db/audit-chain.ts), only rows from before this migration have no hash.
-- (PostgreSQL has no INSERT OR REPLACE, and ON CONFLICT DO UPDATE fires the UPDATE trigger, which refuses.)
-- Prisma's JS migration runner splits at every semicolon, so the body's are written \073 (see init).
CREATE FUNCTION "audit_event_chained"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF NEW."hash" IS NULL OR NEW."prevHash" IS NULL THEN RAISE EXCEPTION ''AuditEvent rows must be hash-chained''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "AuditEvent_chained" BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_chained"();
