"use client";

import type { ReactNode } from "react";
import type { TextFinding } from "@/lib/domain/referral/text-findings";
import type { ChecklistRule } from "./form-model";

const severityWords = { defer: "defers referral", local: "avoid the area", modify: "change technique" } as const;

interface RedFlagBoxProps {
  rule: ChecklistRule;
  checked: boolean;
  /** What the screen found in the text for this rule, or null. */
  found: TextFinding | null;
  onToggle: (on: boolean) => void;
  /** The reason field, when a finding from the text is unticked. */
  children?: ReactNode;
}

/** One red-flag box: its finding, what the text said about it, and its defer warning when it applies. */
export function RedFlagBox({ rule, checked, found, onToggle, children }: RedFlagBoxProps) {
  const id = `safety-${rule.code}`;
  const warn = checked && rule.severity === "defer";
  const described = [found ? `${id}-found` : null, warn ? `${id}-warning` : null].filter(Boolean).join(" ") || undefined;
  return (
    <li>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          name="intake.safetyFindings"
          value={rule.code}
          className="mt-0.5 h-5 w-5"
          checked={checked}
          aria-describedby={described}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          <span className="font-medium">{rule.label}</span>
          <span className="block text-slate-700">
            {rule.finding} ({severityWords[rule.severity]})
          </span>
        </label>
      </div>
      {found && (
        <p id={`${id}-found`} className="ml-7 mt-1 text-sm text-slate-800" data-testid={`found-${rule.code}`}>
          <span className="font-medium">Found in the text:</span> {found.words.map((w) => `'${w}'`).join(", ")} ({found.fields.join(", ")})
          {checked ? "" : " — unticked"}
        </p>
      )}
      {warn && (
        <p
          id={`${id}-warning`}
          role="alert"
          className="ml-7 mt-1 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950"
        >
          <strong>Defer:</strong> {rule.guidance}
        </p>
      )}
      {children}
    </li>
  );
}
