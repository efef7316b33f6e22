import type { ReactNode } from "react";
import { FormNotices } from "../ui/form-notices";

/** A titled card around one of the therapist's forms, with its alert (error) and status (saved) lines. */
export function TherapistFormCard({
  id,
  title,
  error,
  success,
  children,
}: {
  id: string;
  title: string;
  error?: string;
  success?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h3>
      <FormNotices error={error} success={success} />
      {children}
    </section>
  );
}

/** What a failed request (network, server error) says: nothing was lost, and a retry records once. */
export const RETRY_MESSAGE = "Not saved: the connection failed. Your entries are still here; submit again (it will not be recorded twice).";
