import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageActor } from "@/server/auth/page-actor";
import { EVIDENCE_KINDS } from "@/db/enums";
import { IMPORT_HEADER } from "@/server/schemas/import-row";
import { ClientMessages } from "@/app/_components/client-messages";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { ImportForm } from "./import-form";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/moderation/import">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "moderation.import" });
  return { title: t("metaTitle") };
}

const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

export default async function ImportPage({ params }: PageProps<"/[locale]/moderation/import">) {
  await pageLocale(params);
  await connection();
  const t = await getTranslations("moderation");
  if (!(await pageActor("moderator", "/moderation/import")))
    return <NotAllowed role="moderator" what={t("notAllowed.import")} />;
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle
        parent={{ href: "/moderation", label: t("title") }}
        current={t("import.current")}
        title={t("import.title")}
      />
      <div className="space-y-2 text-slate-700">
        <p>
          {t.rich("import.header", {
            code,
            header: () => <code className="rounded bg-slate-100 px-1 text-sm">{IMPORT_HEADER.join(",")}</code>,
          })}
        </p>
        <p>{t.rich("import.columns", { code, kinds: EVIDENCE_KINDS.join(", ") })}</p>
      </div>
      <ClientMessages namespaces={["moderation", "forms", "common"]}>
        <ImportForm />
      </ClientMessages>
    </div>
  );
}
