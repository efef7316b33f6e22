"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { createContext, useContext, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { endOtherOwnSessionsAction, endOwnSessionAction } from "@/lib/actions/end-own-sessions";

type Command = { kind: "one"; sessionId: string; device: string } | { kind: "others" };
type Notice = { ok: boolean; text: string } | null;

/**
 * What the last "Sign out" did, shown above the table. It lives here, not beside the button, because a
 * successful sign-out refreshes the page and the button's row (or the "everywhere else" button, once no
 * other device is left) disappears with its message before anyone could read or hear it.
 */
const NoticeContext = createContext<(notice: Notice) => void>(() => {});

export function SessionNotices({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <NoticeContext.Provider value={setNotice}>
      {/* Always in the page, so the text that appears in it is announced. */}
      <p role="status" className="text-sm text-green-900">
        {notice?.ok ? notice.text : null}
      </p>
      {notice && !notice.ok && (
        <p role="alert" className="text-sm text-red-800">
          {notice.text}
        </p>
      )}
      {children}
    </NoticeContext.Provider>
  );
}

function useEndSessions() {
  const router = useRouter();
  const setNotice = useContext(NoticeContext);
  return useMutation({
    mutationFn: (command: Command): Promise<ActionResult<unknown>> =>
      command.kind === "one" ? endOwnSessionAction({ sessionId: command.sessionId }) : endOtherOwnSessionsAction(),
    onMutate: () => setNotice(null),
    onSuccess: (result, command) => {
      if (!result.ok) return setNotice({ ok: false, text: result.error });
      setNotice({ ok: true, text: command.kind === "one" ? `${command.device} is signed out.` : "Every other device is signed out." });
      router.refresh();
    },
    onError: () => setNotice({ ok: false, text: "That did not work. Try again." }),
  });
}

/** "Sign out" for one other device. */
export function EndSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  const mutation = useEndSessions();
  return (
    <button
      type="button"
      disabled={mutation.isPending}
      onClick={() => mutation.mutate({ kind: "one", sessionId, device })}
      className="rounded-md border border-slate-500 px-3 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-60"
      aria-label={`Sign out ${device}`}
    >
      Sign out
    </button>
  );
}

/** "Sign out everywhere else", after a confirmation. */
export function EndOtherSessionsButton() {
  const mutation = useEndSessions();
  return (
    <button
      type="button"
      disabled={mutation.isPending}
      onClick={() => window.confirm("Sign out every other device?") && mutation.mutate({ kind: "others" })}
      className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
    >
      Sign out everywhere else
    </button>
  );
}
