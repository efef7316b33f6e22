import type { ReferralCodeMark } from "@/lib/data/short-code";

/** The QR code's white margin, in modules (ISO/IEC 18004 asks for 4). */
export const QR_QUIET_ZONE = 4;

/**
 * The referral's short code and its QR code on the printed sheet: scanned or typed, `/r/<code>` opens the
 * referral after sign-in, and only for the therapist it was sent to or the referring clinician.
 */
export function ReferralCodeBlock({ mark }: { mark: ReferralCodeMark | null }) {
  if (!mark) return null;
  const side = mark.qr.size + 2 * QR_QUIET_ZONE;
  return (
    <section aria-labelledby="sheet-code" className="sheet-section mt-4 flex items-center gap-4 border border-slate-400 p-2">
      <svg
        role="img"
        aria-label={`QR code for ${mark.url}`}
        viewBox={`${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${side} ${side}`}
        width={112}
        height={112}
        shapeRendering="crispEdges"
        data-testid="referral-qr"
      >
        <rect x={-QR_QUIET_ZONE} y={-QR_QUIET_ZONE} width={side} height={side} fill="#fff" />
        <path d={mark.qr.path} fill="#000" />
      </svg>
      <div className="text-sm text-slate-900">
        <h3 id="sheet-code" className="font-semibold">
          Referral code <span className="font-mono text-base tracking-wider">{mark.code}</span>
        </h3>
        <p>
          Therapist: scan the code or go to <span className="break-all font-mono">{mark.url}</span> and sign in to open this referral.
        </p>
        <p className="text-slate-700">It opens only for the therapist it was sent to and the referring clinician.</p>
      </div>
    </section>
  );
}
