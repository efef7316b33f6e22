"use client";

/** Replaces the root layout when it fails (for example the database is down): no details, only a way back. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "4rem auto", maxWidth: "36rem", padding: "0 1rem", color: "#0f172a" }}>
        <main id="main">
          <h1>MassageRx is unavailable</h1>
          <p>The service could not answer. Try again in a moment; if it keeps happening, tell your administrator.</p>
          {error.digest && <p style={{ fontFamily: "monospace" }}>Reference: {error.digest}</p>}
          <button
            type="button"
            onClick={reset}
            style={{ padding: "0.5rem 1rem", background: "#0f5b66", color: "white", border: 0, borderRadius: 6 }}
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
