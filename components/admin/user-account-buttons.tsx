"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { endUserSessionsAction } from "@/lib/actions/end-user-sessions";
import { setUserActiveAction } from "@/lib/actions/set-user-active";

type Command = { kind: "active"; active: boolean } | { kind: "end-sessions" };

/** Disable / enable and "End all sessions" for one account. Each asks for confirmation first. */
export function UserAccountButtons({ userId, active, isSelf }: { userId: string; active: boolean; isSelf: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const mutation = useMutation({
    mutationFn: (command: Command): Promise<ActionResult<null>> =>
      command.kind === "active" ? setUserActiveAction({ userId, active: command.active }) : endUserSessionsAction({ userId }),
    onSuccess: (result, command) => {
      if (!result.ok) {
        setMessage({ ok: false, text: result.error });
        return;
      }
      const text =
        command.kind === "end-sessions"
          ? "All sessions ended."
          : command.active
            ? "Account enabled."
            : "Account disabled; its sessions ended.";
      setMessage({ ok: true, text });
      router.refresh();
    },
    onError: () => setMessage({ ok: false, text: "That did not work. Try again." }),
  });
  const run = (command: Command, question: string) => {
    if (window.confirm(question)) mutation.mutate(command);
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {!(isSelf && active) && (
          <button
            type="button"
            disabled={mutation.isPending}
            onClick={() =>
              run(
                { kind: "active", active: !active },
                active ? "Disable this account? It is signed out everywhere." : "Enable this account?",
              )
            }
            className={
              active
                ? "rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
                : "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
            }
          >
            {active ? "Disable account" : "Enable account"}
          </button>
        )}
        <button
          type="button"
          disabled={mutation.isPending}
          onClick={() => run({ kind: "end-sessions" }, isSelf ? "End all your other sessions?" : "End all sessions of this account?")}
          className="rounded-md border border-slate-500 px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-60"
        >
          End all sessions
        </button>
      </div>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-green-900" : "text-sm text-red-800"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
