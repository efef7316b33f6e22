"use client";

/**
 * A generic message for any unexpected error. The error's message and stack stay on the server (in
 * production Next sends only a digest); showing them could leak SQL, paths or patient data.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="mt-2 text-slate-700">
        The page could not be shown. Nothing you saved before this is lost. Try again; if it keeps happening, tell your administrator
        {error.digest ? " and give them this reference:" : "."}
      </p>
      {error.digest && <p className="mt-2 font-mono text-sm text-slate-800">{error.digest}</p>}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Try again
      </button>
    </main>
  );
}
