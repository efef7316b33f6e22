import http from "node:http";
import type { AddressInfo } from "node:net";
import { clientIpFrom, normalizeIp, PEER_ADDRESS_HEADER, trustedProxyHops } from "@/lib/auth/request-ip";
import { installPeerAddressStamp } from "@/lib/security/peer-address";

// Issue 19, failure 1: X-Forwarded-For chosen by the client escaped the per-IP lockout and wrote
// arbitrary text into the audit trail.
const from = (headers: Record<string, string>) => (name: string) => headers[name];

describe("client address (property 8 and 22)", () => {
  test("without TRUST_PROXY, forwarding headers are ignored: the socket address is used", () => {
    const headers = { [PEER_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1, 198.51.100.2", "x-real-ip": "198.51.100.3" };
    expect(clientIpFrom(from(headers), 0)).toBe("203.0.113.7");
    // A fresh forged value on every request still counts against one address.
    const seen = new Set(Array.from({ length: 50 }, (_, i) => clientIpFrom(from({ ...headers, "x-forwarded-for": `10.0.0.${i}` }), 0)));
    expect([...seen]).toEqual(["203.0.113.7"]);
  });

  test("TRUST_PROXY=N takes the entry exactly N hops back from the socket", () => {
    const headers = { [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" };
    // One proxy (10.0.0.2, the socket) appended the address it received from: 10.0.0.1.
    expect(clientIpFrom(from(headers), 1)).toBe("10.0.0.1");
    expect(clientIpFrom(from(headers), 2)).toBe("203.0.113.9");
    // The client-written left-most entry is only reached when that many proxies are configured.
    expect(clientIpFrom(from(headers), 3)).toBe("6.6.6.6");
    expect(clientIpFrom(from(headers), 9)).toBe("6.6.6.6");
  });

  test("only a valid IP address is stored: script, formula and junk values become 'unknown'", () => {
    for (const junk of ["<script>alert(1)</script>", "=1+1", "999.1.1.1", "localhost", "1.2.3.4 evil", "a".repeat(500)]) {
      expect(clientIpFrom(from({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": junk }), 1)).toBe("unknown");
      expect(clientIpFrom(from({ [PEER_ADDRESS_HEADER]: junk }), 0)).toBe("unknown");
    }
    expect(clientIpFrom(from({}), 0)).toBe("unknown");
    // Behind a proxy, a request with no forwarding header came straight to the socket: that is the client.
    expect(clientIpFrom(from({ [PEER_ADDRESS_HEADER]: "10.0.0.2" }), 1)).toBe("10.0.0.2");
  });

  test("addresses are normalised: IPv4-mapped IPv6, ports, brackets, letter case", () => {
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("10.1.2.3:5123")).toBe("10.1.2.3");
    expect(normalizeIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("::1")).toBe("::1");
  });

  test("TRUST_PROXY accepts a hop count; anything else trusts no proxy", () => {
    expect(trustedProxyHops("1")).toBe(1);
    expect(trustedProxyHops("2")).toBe(2);
    for (const v of [undefined, "", "0", "true", "yes", "-1", "1.5", "99"]) expect(trustedProxyHops(v)).toBe(0);
  });

  test("the peer stamp overwrites a client-sent copy of its header with the socket address", async () => {
    installPeerAddressStamp();
    const server = http.createServer((req, res) => res.end(String(req.headers[PEER_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const body = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [PEER_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" },
      }).then((r) => r.text());
      expect(normalizeIp(body)).toBe("127.0.0.1");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
