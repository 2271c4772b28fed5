import { STANCE_LABEL, STANCES } from "@/db/enums";
import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";

// The frame of every picture made with next/og (satori): preview images for links and the PNG
// downloads. 1200×630, a title and its date, the picture, the stance legend and the credit.
// Satori lays out flexbox only: every element with more than one child says `display: flex`.

const LEGEND = [
  ...STANCES.map((s) => ({ label: STANCE_LABEL[s], colour: STANCE_STYLE[s].background })),
  { label: "No recorded position", colour: NO_POSITION_STYLE.background },
];

type Props = {
  title: string;
  subtitle: string;
  children: React.ReactNode;
  /** Off where the picture has its own key. */ legend?: boolean;
};

export function CardFrame({ title, subtitle, children, legend = true }: Props) {
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        background: "#ffffff",
        padding: "32px 48px 24px",
        color: "#0f172a",
      }}
    >
      <div style={{ display: "flex", fontSize: 42, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: "flex", fontSize: 24, color: "#475569", marginTop: 6 }}>{subtitle}</div>
      <div style={{ display: "flex", flex: 1, marginTop: 18, marginBottom: 14 }}>{children}</div>
      {legend && (
        <div style={{ display: "flex", flexWrap: "wrap", fontSize: 17, color: "#334155" }}>
          {LEGEND.map(({ label, colour }) => (
            <div key={label} style={{ display: "flex", alignItems: "center", marginRight: 20 }}>
              <div
                style={{
                  display: "flex",
                  width: 18,
                  height: 18,
                  background: colour,
                  border: "1px solid #94a3b8",
                  marginRight: 6,
                }}
              />
              {label}
            </div>
          ))}
        </div>
      )}
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 17, color: "#64748b", marginTop: 8 }}>
        <span>Stance Atlas · where governments stand on Internet governance</span>
        <span>CC BY 4.0</span>
      </div>
    </div>
  );
}

/** A bar split by stance, each part as wide as its count (the no-position part, if given, last). */
export function StackedBar({
  counts,
  none = 0,
  height = 26,
}: {
  counts: Record<string, number>;
  none?: number;
  height?: number;
}) {
  const parts = [
    ...STANCES.map((s) => ({ key: s, n: counts[s] ?? 0, colour: STANCE_STYLE[s].background })),
    { key: "none", n: none, colour: NO_POSITION_STYLE.background },
  ].filter((p) => p.n > 0);
  return (
    <div style={{ display: "flex", width: "100%", height, border: "1px solid #cbd5e1" }}>
      {parts.map((p) => (
        <div key={p.key} style={{ display: "flex", flexGrow: p.n, flexBasis: 0, background: p.colour }} />
      ))}
    </div>
  );
}

/** A title cut to fit a card's row. */
export const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
