-- Closed loop (issue 16): therapist directory, sending to a therapist, sessions, outcome scores, adverse events, outbox
-- AlterTable
ALTER TABLE "Referral" ADD COLUMN "shortCode" TEXT;

-- CreateTable
CREATE TABLE "Therapist" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "practice" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "licence" TEXT NOT NULL DEFAULT '',
    "training" TEXT NOT NULL DEFAULT '[]',
    "languages" TEXT NOT NULL DEFAULT '[]',
    "acceptingNewPatients" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "userId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Therapist_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TherapistInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "therapistId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    CONSTRAINT "TherapistInvitation_therapistId_fkey" FOREIGN KEY ("therapistId") REFERENCES "Therapist" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReferralDispatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "referralId" TEXT NOT NULL,
    "therapistId" TEXT NOT NULL,
    "sentById" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'sent',
    "statusChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "matchReason" TEXT,
    "declineReason" TEXT,
    "dischargeNote" TEXT,
    "completedAt" DATETIME,
    CONSTRAINT "ReferralDispatch_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReferralDispatch_therapistId_fkey" FOREIGN KEY ("therapistId") REFERENCES "Therapist" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DispatchEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dispatchId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "DispatchEvent_dispatchId_fkey" FOREIGN KEY ("dispatchId") REFERENCES "ReferralDispatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TherapySession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dispatchId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "sessionDate" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "techniques" TEXT NOT NULL DEFAULT '[]',
    "areas" TEXT NOT NULL DEFAULT '[]',
    "pressure" TEXT NOT NULL,
    "tolerance" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TherapySession_dispatchId_fkey" FOREIGN KEY ("dispatchId") REFERENCES "ReferralDispatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutcomeScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dispatchId" TEXT NOT NULL,
    "sessionId" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "timepoint" TEXT NOT NULL,
    "recordedOn" TEXT NOT NULL,
    "pain" INTEGER NOT NULL,
    "pegPain" INTEGER NOT NULL,
    "pegEnjoyment" INTEGER NOT NULL,
    "pegActivity" INTEGER NOT NULL,
    "pgic" INTEGER,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OutcomeScore_dispatchId_fkey" FOREIGN KEY ("dispatchId") REFERENCES "ReferralDispatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OutcomeScore_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TherapySession" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdverseEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dispatchId" TEXT NOT NULL,
    "sessionId" TEXT,
    "clinicianId" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" DATETIME,
    CONSTRAINT "AdverseEvent_dispatchId_fkey" FOREIGN KEY ("dispatchId") REFERENCES "ReferralDispatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdverseEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TherapySession" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "transport" TEXT NOT NULL,
    "sentAt" DATETIME,
    "error" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Therapist_email_key" ON "Therapist"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Therapist_userId_key" ON "Therapist"("userId");

-- CreateIndex
CREATE INDEX "Therapist_active_name_idx" ON "Therapist"("active", "name");

-- CreateIndex
CREATE UNIQUE INDEX "TherapistInvitation_tokenHash_key" ON "TherapistInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "TherapistInvitation_therapistId_createdAt_idx" ON "TherapistInvitation"("therapistId", "createdAt");

-- CreateIndex
CREATE INDEX "ReferralDispatch_referralId_sentAt_idx" ON "ReferralDispatch"("referralId", "sentAt");

-- CreateIndex
CREATE INDEX "ReferralDispatch_therapistId_status_sentAt_idx" ON "ReferralDispatch"("therapistId", "status", "sentAt");

-- CreateIndex
CREATE INDEX "ReferralDispatch_sentById_status_sentAt_idx" ON "ReferralDispatch"("sentById", "status", "sentAt");

-- CreateIndex
CREATE INDEX "DispatchEvent_dispatchId_at_idx" ON "DispatchEvent"("dispatchId", "at");

-- CreateIndex
CREATE INDEX "TherapySession_dispatchId_sessionDate_idx" ON "TherapySession"("dispatchId", "sessionDate");

-- CreateIndex
CREATE UNIQUE INDEX "TherapySession_dispatchId_idempotencyKey_key" ON "TherapySession"("dispatchId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "OutcomeScore_dispatchId_recordedOn_idx" ON "OutcomeScore"("dispatchId", "recordedOn");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeScore_dispatchId_idempotencyKey_key" ON "OutcomeScore"("dispatchId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "AdverseEvent_sessionId_key" ON "AdverseEvent"("sessionId");

-- CreateIndex
CREATE INDEX "AdverseEvent_clinicianId_acknowledgedAt_idx" ON "AdverseEvent"("clinicianId", "acknowledgedAt");

-- CreateIndex
CREATE INDEX "AdverseEvent_dispatchId_createdAt_idx" ON "AdverseEvent"("dispatchId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_id_idx" ON "OutboxMessage"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_shortCode_key" ON "Referral"("shortCode");

