-- Issue 14: an amendment records the referral it replaces and why; IntakeDraft holds the intake form's autosave.
-- AlterTable
ALTER TABLE "Referral" ADD COLUMN "amendReason" TEXT;
ALTER TABLE "Referral" ADD COLUMN "amendsId" TEXT;

-- CreateTable
CREATE TABLE "IntakeDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clinicianId" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "IntakeDraft_clinicianId_updatedAt_idx" ON "IntakeDraft"("clinicianId", "updatedAt");

-- CreateIndex
CREATE INDEX "Referral_amendsId_idx" ON "Referral"("amendsId");

