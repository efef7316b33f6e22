/**
 * The Content-Security-Policy of every page [ASVS 3.4.3]. Scripts run only with this response's nonce
 * (Next adds it to its own scripts) and what those load ('strict-dynamic'), so an injected <script>
 * or inline handler does not run. Inline styles stay allowed: React style props and Tailwind need
 * them, and a style cannot run code. No framing by anyone (clickjacking), no plugins, no <base> tricks,
 * forms post only here.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // React in development rebuilds server stacks with eval; production needs no eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
