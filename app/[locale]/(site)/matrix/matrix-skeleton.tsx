import { useTranslations } from "next-intl";

/** The matrix's loading state, the same size as what replaces it (no layout shift). */
export function MatrixSkeleton() {
  const t = useTranslations("matrix");
  return (
    <div className="space-y-4" aria-busy="true">
      <span className="sr-only">{t("loadingMatrix")}</span>
      <div className="h-24 animate-pulse rounded-lg bg-slate-200" />
      <div className="h-16 animate-pulse rounded-lg bg-slate-200" />
      <div className="h-[75vh] animate-pulse rounded-lg bg-slate-200" />
    </div>
  );
}
