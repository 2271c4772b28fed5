import { useTranslations } from "next-intl";
import { PageSection } from "@/app/_components/page-section";
import { SECTIONS, type SectionId } from "./sections";

type Props = { id: SectionId; className?: string; children: React.ReactNode };

/** One of the page's sections, under its heading in the page's language. */
export function MethodSection({ id, className, children }: Props) {
  const t = useTranslations("methodology.sections");
  return (
    <PageSection id={id} title={t(`${SECTIONS[id]}.title`)} className={className}>
      {children}
    </PageSection>
  );
}
