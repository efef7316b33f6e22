import type { Styles } from "@react-pdf/renderer";
import { PDF_FONT_FAMILY } from "./pdf-font";

/** The referral PDF's styles (referral-pdf.tsx). */
// Plain objects, not StyleSheet.create: nothing from react-pdf runs at import time.
export const pdfStyles = {
  page: { paddingTop: 42, paddingBottom: 56, paddingHorizontal: 42, fontFamily: PDF_FONT_FAMILY, fontSize: 10, color: "#0f172a" },
  // lineHeight on the body, not the Page: on the Page it stops the fixed footer's render text from drawing.
  // react-pdf turns a unitless lineHeight into points with the font size of the same style (18 when it
  // has none: lines were 24 pt apart), so each style that sets a size sets its line height too.
  body: { fontSize: 10, lineHeight: 1.35 },
  header: { flexDirection: "row", justifyContent: "space-between", borderBottomWidth: 2, borderBottomColor: "#1e293b", paddingBottom: 6 },
  title: { fontSize: 16, lineHeight: 1.25, fontWeight: 700 },
  muted: { color: "#334155" },
  right: { textAlign: "right" },
  bold: { fontWeight: 700 },
  section: { marginTop: 10 },
  heading: { fontSize: 11.5, lineHeight: 1.3, fontWeight: 700, borderBottomWidth: 0.5, borderBottomColor: "#94a3b8", marginBottom: 3 },
  prescription: { fontSize: 12, lineHeight: 1.3, fontWeight: 700 },
  bullet: { flexDirection: "row", marginBottom: 1 },
  bulletMark: { width: 10 },
  bulletText: { flex: 1 },
  signature: { flexDirection: "row", marginTop: 28, gap: 24 },
  signatureLine: { flex: 1, borderTopWidth: 1, borderTopColor: "#1e293b", paddingTop: 2 },
  disclaimer: { marginTop: 12, borderWidth: 0.5, borderColor: "#64748b", padding: 6, fontSize: 8.5, lineHeight: 1.3 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 42,
    right: 42,
    fontSize: 8,
    color: "#334155",
    flexDirection: "row",
    justifyContent: "space-between",
  },
  link: { color: "#1e40af" },
  warning: { marginTop: 8, borderWidth: 1.5, borderColor: "#b91c1c", padding: 6, color: "#7f1d1d" },
  statusBanner: {
    marginBottom: 8,
    borderWidth: 3,
    borderColor: "#991b1b",
    padding: 6,
    fontSize: 18,
    lineHeight: 1.2,
    fontWeight: 700,
    color: "#991b1b",
    textAlign: "center",
  },
  amendmentBanner: {
    marginBottom: 8,
    borderWidth: 3,
    borderColor: "#6b21a8",
    padding: 6,
    fontSize: 14,
    lineHeight: 1.25,
    fontWeight: 700,
    color: "#581c87",
    textAlign: "center",
  },
  // Above the body on every page (the page's top padding is 42 pt; two lines of 8 pt fit in it).
  pageTag: { position: "absolute", top: 14, left: 42, right: 42, fontSize: 8, lineHeight: 1.2, fontWeight: 700, color: "#581c87" },
  watermark: {
    position: "absolute",
    top: 330,
    left: 0,
    right: 0,
    textAlign: "center",
    fontSize: 40,
    fontWeight: 700,
    color: "#991b1b",
    opacity: 0.2,
  },
} satisfies Styles;
