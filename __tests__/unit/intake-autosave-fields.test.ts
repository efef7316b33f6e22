/**
 * "A reload mid-form loses nothing" holds only while the autosave keeps every field of the form: a field
 * added to the intake (or to the referral choice) but not to the autosave's schema would be stripped on the
 * server and silently lost on a reload. These tests fail when the lists drift apart.
 */
import { autosavedForm, NO_CHOICE } from "@/lib/domain/referral/autosaved-form";
import { intakeFormValues } from "@/lib/domain/referral/edit-start";
import { intakeSchema } from "@/lib/schemas/intake";
import { saveIntakeDraftSchema, typedChoiceSchema, typedIntakeSchema } from "@/lib/schemas/intake-autosave";

const sorted = (keys: Iterable<string>) => [...keys].sort();

test("the autosave keeps every intake field, and restores each one into the form", () => {
  const intakeFields = sorted(Object.keys(intakeSchema.in.shape));
  expect(sorted(Object.keys(typedIntakeSchema.shape))).toEqual(intakeFields);
  expect(sorted(Object.keys(intakeFormValues({})))).toEqual(intakeFields);
});

test("the autosave keeps every part of the referral choice, and restores each one", () => {
  expect(sorted(Object.keys(typedChoiceSchema.shape))).toEqual(sorted(Object.keys(NO_CHOICE)));
});

test("what the server keeps of a typed form reads back as typed; older intake-only autosaves still restore", () => {
  const typed = {
    id: null,
    referral: { kind: "amend", id: "cmfinal0001" },
    intake: { patientName: "Ada Lovelace", complaint: "knee OA", painLocations: ["knees"], painIntensity: 6, sex: "female" },
    choice: {
      conditionSlug: "knee-osteoarthritis",
      finalDose: { minutesPerSession: 45, sessionsPerWeek: 2, weeks: 8, totalSessions: 16 },
      overrideReason: "cost-or-access",
      overrideNote: "Insurance covers 45-minute visits only",
      deferOverrideNote: "",
      status: "final",
      amendReason: "Therapist asked for shorter sessions",
    },
  };
  const kept = saveIntakeDraftSchema.parse(typed);
  const restored = autosavedForm(JSON.parse(JSON.stringify({ intake: kept.intake, choice: kept.choice })));
  expect(restored.intake).toMatchObject(typed.intake);
  expect(restored.choice).toEqual(typed.choice);

  expect(autosavedForm({ patientName: "Old Shape", complaint: "neck pain" })).toMatchObject({
    intake: { patientName: "Old Shape", complaint: "neck pain" },
    choice: NO_CHOICE,
  });
});

test("a stored choice that is not one the form can show is dropped, never passed on", () => {
  const { choice } = autosavedForm({
    intake: {},
    choice: {
      conditionSlug: "../admin",
      overrideReason: "because",
      status: "sent",
      finalDose: { weeks: "8", minutesPerSession: Infinity },
    },
  });
  expect(choice).toEqual(NO_CHOICE);
});
