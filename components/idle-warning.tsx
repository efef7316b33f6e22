"use client";

import { useMutation } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { touchSessionAction } from "@/lib/actions/touch-session";
import { signOutAndGo } from "./auth-client";

/** Shared by every tab of this browser: activity in one tab keeps the others from signing out. */
export const LAST_ACTIVITY_KEY = "massagerx:last-activity";
export const IDLE_SIGN_OUT_URL = "/login?reason=idle";

interface Props {
  /** The server's idle timeout (AUTH_IDLE_TIMEOUT_SECONDS). */
  idleTimeoutSeconds: number;
  /**
   * How much earlier than the server the browser gives up: the server records activity at most every
   * few seconds to a minute, so its clock may have started slightly before ours.
   */
  marginSeconds: number;
  /** Warn this fraction of the timeout before the end, but never more than 2 minutes before. */
  warnFraction?: number;
}

function readShared(): number {
  try {
    return Number(window.localStorage.getItem(LAST_ACTIVITY_KEY)) || 0;
  } catch {
    return 0;
  }
}

function writeShared(at: number) {
  try {
    window.localStorage.setItem(LAST_ACTIVITY_KEY, String(at));
  } catch {
    // Private mode without storage: each tab simply keeps its own clock.
  }
}

const formatRemaining = (ms: number) => {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
};

/**
 * Warns before the automatic idle sign-out (HIPAA automatic logoff; ASVS 7.3.1) and offers "Stay signed
 * in". Only server requests count as activity, as they do on the server: typing in a form does not.
 */
export function IdleWarning({ idleTimeoutSeconds, marginSeconds, warnFraction = 0.25 }: Props) {
  const pathname = usePathname();
  const [lastActivity, setLastActivity] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const signingOut = useRef(false);
  const stayButton = useRef<HTMLButtonElement>(null);

  const markActivity = useCallback(() => {
    const at = Date.now();
    setLastActivity(at);
    setNow(at);
    writeShared(at);
  }, []);

  // A navigation is a server request, which the server counts as activity; the next tick picks it up.
  useEffect(() => writeShared(Date.now()), [pathname]);

  useEffect(() => {
    const tick = window.setInterval(() => {
      setNow(Date.now());
      setLastActivity((mine) => Math.max(mine, readShared()));
    }, 1000);
    return () => window.clearInterval(tick);
  }, []);

  const endSession = useCallback(() => {
    if (signingOut.current) return;
    signingOut.current = true;
    // Revokes the server session too, so a cookie left in this browser is dead.
    void signOutAndGo(IDLE_SIGN_OUT_URL);
  }, []);

  const stay = useMutation({
    mutationFn: () => touchSessionAction(),
    onSuccess: (result) => (result.ok ? markActivity() : endSession()),
  });

  const lifetimeMs = Math.max(1, idleTimeoutSeconds - marginSeconds) * 1000;
  const warnBeforeMs = Math.min(120_000, idleTimeoutSeconds * 1000 * warnFraction);
  const remaining = lastActivity + lifetimeMs - now;
  const warning = remaining <= warnBeforeMs;

  useEffect(() => {
    if (remaining <= 0) endSession();
  }, [remaining, endSession]);

  useEffect(() => {
    if (warning) stayButton.current?.focus();
  }, [warning]);

  if (!warning) return null;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/50 p-4">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-warning-title"
        aria-describedby="idle-warning-text"
        className="max-w-sm rounded-lg bg-white p-6 shadow-xl"
      >
        <h2 id="idle-warning-title" className="text-lg font-semibold text-slate-900">
          Are you still there?
        </h2>
        <p id="idle-warning-text" className="mt-2 text-slate-800">
          To protect patient information you will be signed out in{" "}
          <span className="font-mono font-semibold" data-testid="idle-countdown">
            {formatRemaining(remaining)}
          </span>{" "}
          unless you stay signed in. Unsaved changes on this page may be lost.
        </p>
        {stay.isError && (
          <p role="alert" className="mt-2 text-sm text-red-800">
            Could not reach the server. Try again.
          </p>
        )}
        <div className="mt-4 flex gap-2">
          <button
            ref={stayButton}
            type="button"
            disabled={stay.isPending}
            onClick={() => stay.mutate()}
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {stay.isPending ? "One moment…" : "Stay signed in"}
          </button>
          <button
            type="button"
            onClick={endSession}
            className="rounded-md border border-slate-500 px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100"
          >
            Sign out now
          </button>
        </div>
      </div>
    </div>
  );
}
