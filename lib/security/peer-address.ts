import http from "node:http";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/request-ip";

/**
 * Next.js gives route handlers, pages and actions the request headers but not the socket, and it only
 * fills `X-Forwarded-For` from the socket when the client did not send one (so a client can choose it).
 * This stamps the TCP peer's address on every request the process's HTTP server receives, overwriting
 * any header of the same name a client sent, so lib/auth/request-ip.ts can tell the real peer.
 * Installed once at server start (instrumentation.ts); it wraps `emit` of http.Server, which the Next
 * server inherits, before any request is handed to Next.
 */
let installed = false;

export function installPeerAddressStamp(): void {
  if (installed) return;
  installed = true;
  const original = http.Server.prototype.emit;
  http.Server.prototype.emit = function emit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") stampPeerAddress(args[0] as http.IncomingMessage);
    return Reflect.apply(original, this, [event, ...args]) as boolean;
  } as typeof original;
}

export function stampPeerAddress(request: http.IncomingMessage): void {
  request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
}
