-- CreateTable
CREATE TABLE "TwoStepTotp" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "secret" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "lastTimeStep" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TwoStepTotp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TwoStepRecoveryCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TwoStepRecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SecuritySetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

-- AlterTable (added columns with defaults: no table rebuild needed)
ALTER TABLE "AuthSession" ADD COLUMN "secondFactorPending" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "AuthSession" ADD COLUMN "persistent" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "AuthSession" ADD COLUMN "userAgent" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "TwoStepRecoveryCode_codeHash_key" ON "TwoStepRecoveryCode"("codeHash");

-- CreateIndex
CREATE INDEX "TwoStepRecoveryCode_userId_idx" ON "TwoStepRecoveryCode"("userId");

