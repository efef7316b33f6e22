/** Labels live in the domain layer (lib/domain/labels/referral.ts); re-exported here for schema-side callers. */
export * from "@/lib/domain/labels/referral";
