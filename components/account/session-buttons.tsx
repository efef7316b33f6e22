"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { endOtherOwnSessionsAction, endOwnSessionAction } from "@/lib/actions/end-own-sessions";

type Command = { kind: "one"; sessionId: string; device: string } | { kind: "others" };

function useEndSessions() {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const mutation = useMutation({
    mutationFn: (command: Command): Promise<ActionResult<unknown>> =>
      command.kind === "one" ? endOwnSessionAction({ sessionId: command.sessionId }) : endOtherOwnSessionsAction(),
    onSuccess: (result, command) => {
      if (!result.ok) return setMessage({ ok: false, text: result.error });
      setMessage({ ok: true, text: command.kind === "one" ? `${command.device} is signed out.` : "Every other device is signed out." });
      router.refresh();
    },
    onError: () => setMessage({ ok: false, text: "That did not work. Try again." }),
  });
  return { message, mutation };
}

const Message = ({ message }: { message: { ok: boolean; text: string } | null }) =>
  message && (
    <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-green-900" : "text-sm text-red-800"}>
      {message.text}
    </p>
  );

/** "Sign out" for one other device. */
export function EndSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  const { message, mutation } = useEndSessions();
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate({ kind: "one", sessionId, device })}
        className="rounded-md border border-slate-500 px-3 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-60"
        aria-label={`Sign out ${device}`}
      >
        Sign out
      </button>
      <Message message={message} />
    </div>
  );
}

/** "Sign out everywhere else", after a confirmation. */
export function EndOtherSessionsButton() {
  const { message, mutation } = useEndSessions();
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={mutation.isPending}
        onClick={() => window.confirm("Sign out every other device?") && mutation.mutate({ kind: "others" })}
        className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        Sign out everywhere else
      </button>
      <Message message={message} />
    </div>
  );
}
