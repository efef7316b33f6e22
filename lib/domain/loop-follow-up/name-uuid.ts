import { createHash } from "node:crypto";

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of a namespace and a name), so that the same referral,
 * session or score always gets the same `urn:uuid:` in an exported FHIR Bundle — a receiver that imports
 * the loop twice sees the same resources, not copies. Deterministic; no clock, no randomness.
 */
const MASSAGERX_NAMESPACE = "6f1d3c1e-8a4b-5e7f-9c2d-4b8a1e6f3d20";

export function nameUuid(name: string): string {
  const namespace = Buffer.from(MASSAGERX_NAMESPACE.replace(/-/g, ""), "hex");
  const bytes = createHash("sha1").update(namespace).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
