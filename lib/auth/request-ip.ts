/**
 * The client address for throttling and the audit trail. Behind a load balancer set TRUST_PROXY=1 so the
 * left-most X-Forwarded-For entry is used; otherwise the right-most (the hop that reached us) is.
 */
export function clientIpFrom(getHeader: (name: string) => string | null | undefined): string {
  const forwarded = getHeader("x-forwarded-for");
  if (forwarded) {
    const hops = forwarded.split(",").map((h) => h.trim()).filter(Boolean);
    const pick = process.env.TRUST_PROXY === "1" ? hops[0] : hops[hops.length - 1];
    if (pick) return pick.slice(0, 64);
  }
  return getHeader("x-real-ip")?.slice(0, 64) ?? "unknown";
}
