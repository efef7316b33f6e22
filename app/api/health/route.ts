import { databaseIsUp } from "@/lib/data/health";

export const dynamic = "force-dynamic";

/** Load-balancer health check: no details, just whether this instance can reach its database. */
export async function GET() {
  const up = await databaseIsUp();
  return Response.json({ status: up ? "ok" : "unavailable" }, { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
