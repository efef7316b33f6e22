import "server-only";
import { Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import type { ReferralCodeMark } from "@/lib/data/short-code";
import { QR_QUIET_ZONE } from "./referral-code-block";

const box = {
  flexDirection: "row",
  alignItems: "center",
  gap: 10,
  marginTop: 10,
  borderWidth: 0.5,
  borderColor: "#64748b",
  padding: 4,
} as const;

/** The PDF's copy of ReferralCodeBlock: the same code, address and QR drawing. */
export function ReferralCodePdf({ mark }: { mark: ReferralCodeMark | null }) {
  if (!mark) return null;
  const side = mark.qr.size + 2 * QR_QUIET_ZONE;
  return (
    <View style={box} wrap={false}>
      <Svg width={72} height={72} viewBox={`${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${side} ${side}`}>
        <Rect x={-QR_QUIET_ZONE} y={-QR_QUIET_ZONE} width={side} height={side} fill="#ffffff" />
        <Path d={mark.qr.path} fill="#000000" />
      </Svg>
      <View style={{ flex: 1 }}>
        <Text style={{ fontWeight: 700, fontSize: 11 }}>Referral code {mark.code}</Text>
        <Text>Therapist: scan the code or go to {mark.url} and sign in to open this referral.</Text>
        <Text style={{ color: "#334155" }}>It opens only for the therapist it was sent to and the referring clinician.</Text>
      </View>
    </View>
  );
}
