import Bowser from "bowser";

/**
 * A short name for the device a session was signed in from ("Chrome on Linux, desktop"), from its
 * User-Agent header, for "Your sessions". Parsed by bowser; an unknown or empty header says so.
 */
export function deviceLabel(userAgent: string): string {
  if (!userAgent.trim()) return "Unknown device";
  const parser = Bowser.getParser(userAgent);
  const browser = parser.getBrowserName() || "Unknown browser";
  const os = parser.getOSName();
  const platform = parser.getPlatformType();
  return `${browser}${os ? ` on ${os}` : ""}${platform ? `, ${platform}` : ""}`;
}
