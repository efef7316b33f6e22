import Link from "next/link";
import { NOT_FOUND_TITLE } from "@/lib/auth/admin-metadata";

export const metadata = { title: NOT_FOUND_TITLE };

/**
 * Also what a user sees for a record that is not theirs: "not found" reveals nothing about it. Rendered
 * inside the signed-in shell (which holds the page's <main>) for unknown paths and refused pages alike.
 */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="mt-2 text-slate-700">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand-800 underline">
        Go to the home page
      </Link>
    </div>
  );
}
