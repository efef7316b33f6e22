-- Issue 16: a referral is with at most one therapist at a time. Every dispatch that is not declined
-- (sent, accepted, in_progress, or completed) blocks a second one, so two sends that arrive together
-- record one (lib/data/referral-dispatch.ts maps the refusal to "already with a therapist"). A declined
-- dispatch does not count: the clinician may send the referral to someone else.
-- Prisma's schema language has no partial indexes, so this index lives outside schema.prisma: drop its
-- line from any future `prisma migrate diff` output that proposes removing it.
CREATE UNIQUE INDEX "ReferralDispatch_one_live_per_referral" ON "ReferralDispatch"("referralId") WHERE "status" <> 'declined';
