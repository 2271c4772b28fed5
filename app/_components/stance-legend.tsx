import { STANCE_LABEL, STANCE_SCORE, STANCES } from "@/db/enums";
import { NO_POSITION_STYLE, STANCE_STYLE, type StanceStyle } from "./stance-style";

/** The five-point stance scale with its colours, symbols and scores. */
export function StanceLegend() {
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Stance scale">
      {STANCES.map((stance) => (
        <LegendItem
          key={stance}
          label={STANCE_LABEL[stance]}
          detail={`score ${STANCE_SCORE[stance] > 0 ? "+" : ""}${STANCE_SCORE[stance]}`}
          style={STANCE_STYLE[stance]}
        />
      ))}
      <LegendItem label="No recorded position" style={NO_POSITION_STYLE} />
    </ul>
  );
}

function LegendItem({ label, detail, style }: { label: string; detail?: string; style: StanceStyle }) {
  return (
    <li className="flex items-center gap-2 rounded-md border border-slate-200 bg-white py-1 pr-3 pl-1 text-xs sm:text-sm">
      <span
        aria-hidden="true"
        className="inline-flex h-6 w-8 items-center sm:h-7 sm:w-9 justify-center rounded font-mono text-xs font-semibold"
        style={{ backgroundColor: style.background, color: style.text, boxShadow: `inset 0 0 0 1px ${style.border}` }}
      >
        {style.symbol}
      </span>
      <span>
        {label}
        {detail && <span className="ml-1 hidden text-slate-500 sm:inline">({detail})</span>}
      </span>
    </li>
  );
}
