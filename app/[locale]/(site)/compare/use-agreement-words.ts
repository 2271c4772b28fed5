import { useFormatter, useTranslations } from "next-intl";

/** How a comparison's numbers read in the page's language: a share ("67 %"), a pair ("Russia – Brazil"), a distance. */
export function useAgreementWords(name: (iso3: string) => string) {
  const t = useTranslations("agreement");
  const format = useFormatter();
  return {
    share: (share: number | null) =>
      share === null ? t("noShared") : t("share", { share: Math.round(share * 100) / 100 }),
    pair: (p: { a: string; b: string }) => t("pair", { a: name(p.a), b: name(p.b) }),
    distance: (distance: number | null) =>
      distance === null ? "–" : format.number(distance, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  };
}
