import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { MethodSection } from "./method-section";

/** An outside link, or a file or API address (the same in every language). */
const anchor = (href: string) => {
  const Anchor = (chunks: React.ReactNode) => (
    <a className="underline" href={href}>
      {chunks}
    </a>
  );
  return Anchor;
};

/** How to propose a correction, and the licence and downloads of the data. */
export function CorrectionsSection() {
  const t = useTranslations("methodology.corrections");
  return (
    <MethodSection id="corrections" className="space-y-2 text-slate-700">
      <p>
        {t.rich("propose", {
          strong: (chunks) => <strong>{chunks}</strong>,
          contribute: (chunks) => (
            <Link className="underline" href="/contribute">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p>
        {t.rich("licence", {
          licence: anchor("https://creativecommons.org/licenses/by/4.0/"),
          csv: anchor("/api/v1/positions.csv"),
          api: anchor("/api/v1/openapi.json"),
        })}
      </p>
    </MethodSection>
  );
}
