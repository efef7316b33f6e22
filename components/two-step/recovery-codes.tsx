/**
 * Recovery codes, shown once right after they were made (only their hashes are stored, so they can never
 * be shown again). Each lets the person sign in once without the phone.
 */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-codes-title" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      <h2 id="recovery-codes-title" className="text-lg font-semibold text-amber-950">
        Save your recovery codes now
      </h2>
      <p className="text-sm text-amber-950">
        If you lose your phone, each of these codes signs you in once instead of the app&apos;s code. This is the only time they are shown:
        print them or keep them in a password manager, not on the phone.
      </p>
      <ol aria-label="Recovery codes" className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </section>
  );
}
