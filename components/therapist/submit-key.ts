import { useCallback, useState } from "react";

/**
 * One idempotency key per entry being written: generated once when the form opens, kept across a failed
 * or repeated submit (so a retry of the same session records one, lib/data/therapist-referrals.ts), and
 * renewed only after the entry was saved, for the next one. getRandomValues, not randomUUID: the latter
 * exists only on https/localhost origins, and a clinic may serve the demo over plain http on its network.
 */
export function newSubmitKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function useSubmitKey(): { key: string; renew: () => string } {
  const [key, setKey] = useState(newSubmitKey);
  const renew = useCallback(() => {
    const next = newSubmitKey();
    setKey(next);
    return next;
  }, []);
  return { key, renew };
}
