import type { ReactNode } from "react";

/**
 * A form's primary submit button: disabled while the submission is pending (so a double click cannot
 * submit twice), saying what is happening meanwhile ("Saving…").
 */
export function SubmitButton({
  pending,
  pendingLabel,
  fullWidth = false,
  children,
}: {
  pending: boolean;
  pendingLabel: string;
  fullWidth?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`${fullWidth ? "w-full " : ""}rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
