import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { STANCE_SCORE, STANCES } from "@/db/enums";
import { type Poles } from "@/server/shared/stance-meaning";
import { NO_POSITION_STYLE, STANCE_STYLE, type StanceStyle } from "./stance-style";

type Props = {
  compact?: boolean;
  wrap?: boolean;
  /** Where one topic is shown: what its two ends mean there, said under the scale's two ends. */
  poles?: Poles;
};

/**
 * The five-point stance scale with its colours, symbols and scores; `compact` fits one line on a
 * desktop (and scrolls sideways on a phone, unless `wrap`: then it takes more lines, as in an embed).
 */
export function StanceLegend({ compact = false, wrap = false, poles }: Props) {
  const t = useTranslations();
  const scale = (
    <ul
      className={`flex ${compact ? (wrap ? "flex-wrap gap-1" : "max-w-full flex-nowrap gap-1 overflow-x-auto sm:flex-wrap") : "flex-wrap gap-2"}`}
      aria-label={t("legend.scale")}
    >
      {STANCES.map((stance) => (
        <LegendItem
          key={stance}
          label={t(`stance.${stance}`)}
          detail={
            compact
              ? undefined
              : t("legend.score", { score: `${STANCE_SCORE[stance] > 0 ? "+" : ""}${STANCE_SCORE[stance]}` })
          }
          style={STANCE_STYLE[stance]}
          compact={compact}
        />
      ))}
      <LegendItem label={t("legend.noPosition")} style={NO_POSITION_STYLE} compact={compact} />
    </ul>
  );
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {poles ? (
        // As wide as the scale: the poles' text takes the scale's width and adds none of its own.
        <div className="grid max-w-full min-w-0 gap-1">
          {scale}
          <PoleEnds poles={poles} />
        </div>
      ) : (
        scale
      )}
      <Link href="/methodology" className="text-sm underline">
        {t("legend.howCoded")}
      </Link>
    </div>
  );
}

function PoleEnds({ poles }: { poles: Poles }) {
  const t = useTranslations("legend");
  return (
    <dl className="grid w-0 min-w-full gap-x-4 gap-y-1 text-xs text-slate-700 sm:grid-cols-2">
      <div>
        <dt className="font-semibold">{t("multistakeholderEnd")}</dt>
        <dd>{poles.multistakeholderPole}</dd>
      </div>
      <div className="sm:text-end">
        <dt className="font-semibold">{t("intergovernmentalEnd")}</dt>
        <dd>{poles.intergovernmentalPole}</dd>
      </div>
    </dl>
  );
}

function LegendItem({
  label,
  detail,
  style,
  compact,
}: {
  label: string;
  detail?: string;
  style: StanceStyle;
  compact: boolean;
}) {
  return (
    <li
      className={`flex shrink-0 items-center gap-1.5 rounded-md border border-slate-200 bg-white text-xs ${compact ? "py-0.5 ps-0.5 pe-2" : "py-1 ps-1 pe-3 sm:text-sm"}`}
    >
      <span
        aria-hidden="true"
        className={`inline-flex items-center justify-center rounded font-mono text-xs font-semibold ${compact ? "h-5 w-7" : "h-6 w-8 sm:h-7 sm:w-9"}`}
        style={{ backgroundColor: style.background, color: style.text, boxShadow: `inset 0 0 0 1px ${style.border}` }}
      >
        {style.symbol}
      </span>
      <span>
        {label}
        {detail && <span className="ms-1 hidden text-slate-500 sm:inline">({detail})</span>}
      </span>
    </li>
  );
}
