-- Issue 17: keyset pagination reads newest first by (timestamp, id). Each list's filter gets an index
-- in exactly that order (the old ones lacked the id tie-breaker), so a page is one short index range.
-- DropIndex
DROP INDEX "AuditEvent_at_idx";

-- DropIndex
DROP INDEX "AuditEvent_userId_at_idx";

-- DropIndex
DROP INDEX "AuditEvent_action_at_idx";

-- DropIndex
DROP INDEX "Referral_clinicianId_createdAt_idx";

-- DropIndex
DROP INDEX "Referral_createdAt_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_at_id_idx" ON "AuditEvent"("at", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_userId_at_id_idx" ON "AuditEvent"("userId", "at", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_id_idx" ON "AuditEvent"("action", "at", "id");

-- CreateIndex
CREATE INDEX "Referral_clinicianId_createdAt_id_idx" ON "Referral"("clinicianId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Referral_clinicianId_status_createdAt_id_idx" ON "Referral"("clinicianId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Referral_createdAt_id_idx" ON "Referral"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Referral_status_createdAt_id_idx" ON "Referral"("status", "createdAt", "id");
