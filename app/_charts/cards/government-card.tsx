import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { CardFrame, shorten } from "./card-frame";
import { stripSegments } from "../strip-segments";
import { spanFrom } from "../time-span";

// A government's preview image: its stance on each topic over time, one strip per topic.

type Props = {
  name: string;
  topics: readonly { slug: string; title: string }[];
  entries: readonly TimelineEntry[];
  asOf: string;
  at: string;
};

export function GovernmentCard({ name, topics, entries, asOf, at }: Props) {
  const span = spanFrom(entries[0]?.statedOn, at);
  const shown = topics.slice(0, 10);
  const held = new Set(entries.map((e) => e.topic)).size;
  return (
    <CardFrame
      title={name}
      subtitle={`Stance on Internet governance, topic by topic, as of ${asOf}: ${held} of ${topics.length} topics with a recorded position`}
    >
      <div style={{ display: "flex", flexDirection: "column", width: "100%", justifyContent: "space-between" }}>
        {shown.map((topic) => (
          <div key={topic.slug} style={{ display: "flex", alignItems: "center", fontSize: 17 }}>
            <span style={{ width: 430, color: "#334155" }}>{shorten(topic.title, 44)}</span>
            <div style={{ display: "flex", flex: 1, height: 22, border: "1px solid #cbd5e1" }}>
              {stripSegments(
                entries.filter((e) => e.topic === topic.slug),
                span,
              ).map((s, i) => (
                <div
                  key={i}
                  style={{
                    display: "flex",
                    flexGrow: s.share,
                    flexBasis: 0,
                    background: s.stance ? STANCE_STYLE[s.stance].background : NO_POSITION_STYLE.background,
                  }}
                />
              ))}
            </div>
          </div>
        ))}
        <div
          style={{ display: "flex", justifyContent: "space-between", marginLeft: 430, fontSize: 15, color: "#64748b" }}
        >
          <span>{span.from.slice(0, 4)}</span>
          <span>{asOf}</span>
        </div>
      </div>
    </CardFrame>
  );
}
