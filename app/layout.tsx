import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "MassageRx", template: "%s · MassageRx" },
  description: "Evidence-based massage therapy referrals for clinicians",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
