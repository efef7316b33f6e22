-- Issue 14: an amendment records the referral it replaces and why. IntakeDraft holds the intake form's autosave. (No semicolon in comments: the PostgreSQL adapter splits scripts on it.)
-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "amendReason" TEXT,
ADD COLUMN     "amendsId" TEXT;

-- CreateTable
CREATE TABLE "IntakeDraft" (
    "id" TEXT NOT NULL,
    "clinicianId" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntakeDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IntakeDraft_clinicianId_updatedAt_idx" ON "IntakeDraft"("clinicianId", "updatedAt");

-- CreateIndex
CREATE INDEX "Referral_amendsId_idx" ON "Referral"("amendsId");

