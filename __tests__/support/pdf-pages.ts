import { execFileSync } from "node:child_process";
import { GET as getPdf } from "@/app/(app)/referrals/[id]/pdf/route";

/**
 * A referral's PDF, from its route as the signed-in user, as each page's text (pdftotext's form feed
 * separates pages), whitespace collapsed. The test must load the real react-pdf (react-pdf-native).
 */
export async function pdfPages(id: string): Promise<string[]> {
  const res = await getPdf(new Request(`http://localhost/referrals/${id}/pdf`), { params: Promise.resolve({ id }) });
  if (res.status !== 200) throw new Error(`PDF of ${id} answered ${res.status}`);
  const text = execFileSync("/usr/bin/pdftotext", ["-enc", "UTF-8", "-", "-"], { input: Buffer.from(await res.arrayBuffer()) }).toString(
    "utf8",
  );
  return text
    .split("\f")
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0);
}
