import { useTranslations } from "next-intl";
import { type Stance } from "@/db/enums";
import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";

/** A stance as colour, symbol and label together (colour is never the only signal). */
export function StanceBadge({ stance, compact = false }: { stance: Stance | null; compact?: boolean }) {
  const t = useTranslations();
  const style = stance ? STANCE_STYLE[stance] : NO_POSITION_STYLE;
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded px-1.5 py-0.5 text-xs font-semibold"
      style={{ backgroundColor: style.background, color: style.text, boxShadow: `inset 0 0 0 1px ${style.border}` }}
    >
      <span className="font-mono">{style.symbol}</span>
      {!compact && <span>{stance ? t(`stance.${stance}`) : t("legend.noPosition")}</span>}
    </span>
  );
}
