-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "hash" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "prevHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_prevHash_key" ON "AuditEvent"("prevHash");

-- INSERT OR REPLACE (and REPLACE INTO) deletes a conflicting row without firing the BEFORE DELETE
-- trigger (recursive_triggers is off), so an existing id or chain link could be overwritten: refuse any
-- insert that would replace a row.
CREATE TRIGGER "AuditEvent_no_replace" BEFORE INSERT ON "AuditEvent"
WHEN EXISTS (SELECT 1 FROM "AuditEvent" WHERE "id" = NEW."id" OR "prevHash" = NEW."prevHash")
BEGIN SELECT RAISE(ABORT, 'AuditEvent is append-only'); END;

-- Every new row is chained (lib/db/audit-chain.ts), only rows from before this migration have no hash.
CREATE TRIGGER "AuditEvent_chained" BEFORE INSERT ON "AuditEvent"
WHEN NEW."hash" IS NULL OR NEW."prevHash" IS NULL
BEGIN SELECT RAISE(ABORT, 'AuditEvent rows must be hash-chained'); END;
