/** Labels live in the domain layer (lib/domain/labels/intake.ts); re-exported here for schema-side callers. */
export * from "@/lib/domain/labels/intake";
