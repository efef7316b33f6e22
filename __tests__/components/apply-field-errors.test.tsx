/**
 * Issue 15 item 6: one helper maps server field errors onto every form (intake, account/admin forms,
 * evidence editors). Each form only says which server paths are its fields.
 */
import { render, screen } from "@testing-library/react";
import { useEffect } from "react";
import { useForm, type FieldValues, type UseFormSetError } from "react-hook-form";
import { intakeFieldTarget } from "@/components/intake/form-model";
import { applyFieldErrors, knownFields, showActionFailure } from "@/components/ui/apply-field-errors";
import { serverFieldTarget } from "@/components/evidence/admin/form-fields";

type Call = [string, { type: string; message: string }, { shouldFocus?: boolean } | undefined];
function recorder() {
  const calls: Call[] = [];
  const setError: UseFormSetError<FieldValues> = (name, error, options) => {
    calls.push([name, { type: String(error.type), message: error.message ?? "" }, options]);
  };
  return { calls, setError };
}

test("known fields only: an unknown server path is the form's message, never a field", () => {
  const { calls, setError } = recorder();
  const result = applyFieldErrors(setError, { password: ["Too short"], isAdmin: ["Nope"], email: [] }, knownFields(["password", "email"]));
  expect(calls).toEqual([["password", { type: "server", message: "Too short" }, { shouldFocus: true }]]);
  expect(result).toEqual({ applied: true, orphans: ["Nope"] });
});

test("only the first field takes the focus", () => {
  const { calls, setError } = recorder();
  applyFieldErrors(setError, { a: ["A"], b: ["B"] }, knownFields(["a", "b"]));
  expect(calls.map((c) => c[2])).toEqual([{ shouldFocus: true }, { shouldFocus: false }]);
});

test("intake: a prefix maps an intake-only action, `only` keeps one branch, form-level keys are orphans", () => {
  const suggest = recorder();
  expect(
    applyFieldErrors(
      suggest.setError,
      { complaint: ["Describe the complaint"], form: ["Too many requests"] },
      intakeFieldTarget({ prefix: "intake." }),
    ),
  ).toEqual({
    applied: true,
    orphans: ["Too many requests"],
  });
  expect(suggest.calls.map((c) => c[0])).toEqual(["intake.complaint"]);

  const manual = recorder();
  applyFieldErrors(
    manual.setError,
    { "intake.dateOfBirth": ["Enter a date"], conditionSlug: ["Choose a condition"] },
    intakeFieldTarget({ only: "intake." }),
  );
  expect(manual.calls.map((c) => c[0])).toEqual(["intake.dateOfBirth"]);

  const save = recorder();
  const saved = applyFieldErrors(
    save.setError,
    { "finalDose.weeks": ["Choose the weeks"], idempotencyKey: ["Reload the form"] },
    intakeFieldTarget(),
  );
  expect(save.calls.map((c) => c[0])).toEqual(["finalDose.weeks"]);
  expect(saved.orphans).toEqual(["Reload the form"]);
});

test("evidence editors: a list item's error lands on its list field as 'Line n'", () => {
  const { calls, setError } = recorder();
  applyFieldErrors(setError, { "entity.icd10.2.code": ["Not an ICD-10-CM code"] }, (key, message) => serverFieldTarget(key, message));
  expect(calls).toEqual([["entity.icd10", { type: "server", message: "Line 3: Not an ICD-10-CM code" }, { shouldFocus: true }]]);
});

function PasswordForm({ failure }: { failure: { error: string; fieldErrors?: Record<string, string[]> } }) {
  const { register, setError, formState } = useForm<{ password: string }>({ defaultValues: { password: "typed" } });
  useEffect(() => showActionFailure(setError, failure, ["password"]), [failure, setError]);
  return (
    <form>
      <label htmlFor="pw">Password</label>
      <input id="pw" {...register("password")} aria-describedby="pw-error" />
      <p id="pw-error">{formState.errors.password?.message}</p>
      <p role="alert">{formState.errors.root?.message}</p>
    </form>
  );
}

test("on a real form: a field's message sits on it and the typed value stays; no field → the form's message", async () => {
  const { unmount } = render(
    <PasswordForm failure={{ error: "Check the fields", fieldErrors: { password: ["Use at least 12 characters"] } }} />,
  );
  expect(await screen.findByText("Use at least 12 characters")).toBeInTheDocument();
  expect(screen.getByLabelText("Password")).toHaveValue("typed");
  expect(screen.getByRole("alert")).toBeEmptyDOMElement();
  unmount();
  render(<PasswordForm failure={{ error: "The account could not be saved", fieldErrors: { role: ["Unknown role"] } }} />);
  expect(await screen.findByRole("alert")).toHaveTextContent("The account could not be saved");
});
