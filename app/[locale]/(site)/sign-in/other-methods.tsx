import { useTranslations } from "next-intl";
import { type SignInMethods } from "@/server/auth/providers";
import { oauthSignInAction } from "./actions";
import { EmailLinkForm } from "./email-link-form";

const OAUTH = [
  { id: "github", name: "GitHub" },
  { id: "google", name: "Google" },
] as const;

/** GitHub, Google and email-link sign-in: only the ones this site has configured; nothing when none is. */
export function OtherSignInMethods({ methods, callbackUrl }: { methods: SignInMethods; callbackUrl: string }) {
  const t = useTranslations("signIn");
  const oauth = OAUTH.filter((p) => methods[p.id]);
  if (oauth.length === 0 && !methods.email) return null;
  return (
    <section aria-labelledby="other-methods" className="space-y-3 border-t border-slate-200 pt-6">
      <h2 id="other-methods" className="font-semibold">
        {t("otherWays")}
      </h2>
      {oauth.map((p) => (
        <form key={p.id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={p.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="btn-secondary w-full py-2">
            {t("oauth", { provider: p.name })}
          </button>
        </form>
      ))}
      {methods.email && <EmailLinkForm callbackUrl={callbackUrl} />}
    </section>
  );
}
