-- Intake autosave per form (issue 14): a draft reopened or a referral being amended autosaves too, offered back only in its own form
-- AlterTable
ALTER TABLE "IntakeDraft" ADD COLUMN     "editKind" TEXT,
ADD COLUMN     "referralId" TEXT;

-- CreateIndex
CREATE INDEX "IntakeDraft_clinicianId_referralId_updatedAt_idx" ON "IntakeDraft"("clinicianId", "referralId", "updatedAt");
