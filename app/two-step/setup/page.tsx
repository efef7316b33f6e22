import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { SignOutLink } from "@/components/two-step/sign-out-link";
import { Providers } from "@/components/providers";
import { TwoStepSetupForm } from "@/components/two-step/lazy-forms";
import { CHANGE_PASSWORD_PATH, requireSessionUser } from "@/lib/auth/current-user";
import { totpUri } from "@/lib/auth/two-step-codes";
import { pendingTotpSecret } from "@/lib/data/two-step";

export const metadata = { title: "Set up two-step sign-in" };
export const dynamic = "force-dynamic";

/**
 * Enrolment: a QR code for the authenticator app (and the same key to type in), then a first code to
 * confirm it. Outside the (app) group, because that layout sends users whom the clinic's policy
 * requires to enrol here, and they reach nothing else until they have.
 */
export default async function TwoStepSetupPage() {
  const user = await requireSessionUser();
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (user.twoStepEnabled) redirect("/account");
  const secret = await pendingTotpSecret(user.id);
  if (!secret) redirect("/account");
  const qr = await QRCode.toDataURL(totpUri(secret, user.email), { errorCorrectionLevel: "M", margin: 2, width: 220 });
  const groupedKey = secret.match(/.{1,4}/g)?.join(" ") ?? secret;

  return (
    <Providers>
      <main id="main" className="mx-auto max-w-xl space-y-6 px-4 py-10">
        <h1 className="text-2xl font-semibold text-brand-800">Set up two-step sign-in</h1>
        {user.mustEnrolTwoStep && (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            Your clinic requires two-step sign-in for your account. Set it up to continue.
          </p>
        )}
        <ol className="list-decimal space-y-4 pl-5 text-slate-800">
          <li>Install an authenticator app on your phone (for example Microsoft Authenticator, Google Authenticator or 1Password).</li>
          <li className="space-y-2">
            <p>In the app, add an account and scan this code:</p>
            {/* A data: URL made on the server, so the secret never goes to another site (next/image cannot optimise it). */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={qr}
              width={220}
              height={220}
              alt="QR code to add MassageRx to your authenticator app. The same key is written below."
            />
            <p className="text-sm">
              Cannot scan? Choose “enter a key” in the app and type:{" "}
              <code aria-label="Setup key" className="rounded bg-slate-100 px-2 py-1 font-mono text-base tracking-wider">
                {groupedKey}
              </code>{" "}
              (time-based, 6 digits).
            </p>
          </li>
          <li>Enter the 6-digit code the app now shows, and your password.</li>
        </ol>
        <TwoStepSetupForm next="/" />
        {user.mustEnrolTwoStep && <SignOutLink />}
      </main>
    </Providers>
  );
}
