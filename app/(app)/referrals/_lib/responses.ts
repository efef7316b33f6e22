/**
 * JSON error responses of the referral download routes. A 404 says nothing about the referral, so an
 * id that exists but belongs to someone else is indistinguishable from one that does not.
 */
const noStore = { "Content-Type": "application/json", "Cache-Control": "no-store" };

export function unauthorizedResponse(): Response {
  return new Response(JSON.stringify({ error: "Sign in to continue" }), { status: 401, headers: noStore });
}

export function notFoundResponse(): Response {
  return new Response(JSON.stringify({ error: "Not found" }), { status: 404, headers: noStore });
}
