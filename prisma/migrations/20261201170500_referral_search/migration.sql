-- Issue 17: indexed, accent- and case-insensitive referral search (lib/data/referral-search-sql.ts).
-- An FTS5 table with the trigram tokenizer holds each referral's patient name and condition name,
-- remove_diacritics 2 folds accents and the tokenizer folds case, so "zoe nunez" finds "Zoë Ñúñez", and a
-- phrase query matches any substring of 3 characters or more from the index, never by scanning Referral.
--
-- Its rowid comes from ReferralSearchKey, not from Referral's own rowid: VACUUM may renumber the rowids
-- of a table without an INTEGER PRIMARY KEY (Referral's key is a text cuid), which would silently point
-- the index at the wrong referrals. These objects live outside schema.prisma: drop their lines from any
-- future `prisma migrate diff` output that proposes removing them.
CREATE TABLE "ReferralSearchKey" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "referralId" TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE "ReferralSearch" USING fts5("patientName", "conditionName", tokenize = 'trigram remove_diacritics 2');

INSERT INTO "ReferralSearchKey" ("referralId") SELECT "id" FROM "Referral" ORDER BY "createdAt", "id";
INSERT INTO "ReferralSearch" ("rowid", "patientName", "conditionName")
    SELECT k."rowid", r."patientName", r."conditionName" FROM "Referral" r JOIN "ReferralSearchKey" k ON k."referralId" = r."id";

CREATE TRIGGER "Referral_search_insert" AFTER INSERT ON "Referral"
BEGIN
    INSERT INTO "ReferralSearchKey" ("referralId") VALUES (new."id");
    INSERT INTO "ReferralSearch" ("rowid", "patientName", "conditionName")
        VALUES ((SELECT "rowid" FROM "ReferralSearchKey" WHERE "referralId" = new."id"), new."patientName", new."conditionName");
END;

CREATE TRIGGER "Referral_search_update" AFTER UPDATE OF "patientName", "conditionName" ON "Referral"
BEGIN
    UPDATE "ReferralSearch" SET "patientName" = new."patientName", "conditionName" = new."conditionName"
        WHERE "rowid" = (SELECT "rowid" FROM "ReferralSearchKey" WHERE "referralId" = new."id");
END;

CREATE TRIGGER "Referral_search_delete" AFTER DELETE ON "Referral"
BEGIN
    DELETE FROM "ReferralSearch" WHERE "rowid" = (SELECT "rowid" FROM "ReferralSearchKey" WHERE "referralId" = old."id");
    DELETE FROM "ReferralSearchKey" WHERE "referralId" = old."id";
END;
