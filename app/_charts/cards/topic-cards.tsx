import { STANCE_LABEL, STANCES } from "@/db/enums";
import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";
import { withPosition } from "@/server/shared/bloc-cohesion";
import { type TopicFigure } from "@/server/services/topic-figure";
import { CardFrame } from "./card-frame";

// A topic's map and chart as 1200×630 pictures (next/og): the preview image of its page and the
// PNG downloads. The map comes in as an SVG without text (topic-map.tsx): satori draws the words.

const MAP_W = 760;
const MAP_H = (MAP_W * 500) / 960;

export function TopicMapCard({ figure, mapUrl }: { figure: TopicFigure; mapUrl: string }) {
  return (
    <CardFrame
      title={figure.topic.title}
      subtitle={`As of ${figure.asOf}: ${withPosition(figure.counts)} of ${figure.governments.length} governments have a recorded position`}
      legend={false}
    >
      <div style={{ display: "flex", width: "100%", alignItems: "center" }}>
        <img src={mapUrl} width={MAP_W} height={MAP_H} alt="" />
        <div style={{ display: "flex", flexDirection: "column", marginLeft: 28, fontSize: 22 }}>
          {STANCES.map((s) => (
            <div key={s} style={{ display: "flex", alignItems: "center", marginBottom: 10 }}>
              <div
                style={{
                  display: "flex",
                  width: 22,
                  height: 22,
                  background: STANCE_STYLE[s].background,
                  border: "1px solid #94a3b8",
                  marginRight: 10,
                }}
              />
              <span style={{ fontWeight: 700, width: 48 }}>{figure.counts[s]}</span>
              <span>{STANCE_LABEL[s]}</span>
            </div>
          ))}
          <div style={{ display: "flex", alignItems: "center", marginBottom: 10 }}>
            <div
              style={{
                display: "flex",
                width: 22,
                height: 22,
                background: NO_POSITION_STYLE.background,
                border: "1px solid #94a3b8",
                marginRight: 10,
              }}
            />
            <span style={{ fontWeight: 700, width: 48 }}>
              {figure.governments.length - withPosition(figure.counts)}
            </span>
            <span>No recorded position</span>
          </div>
        </div>
      </div>
    </CardFrame>
  );
}

export function TopicChartCard({ figure }: { figure: TopicFigure }) {
  const totals = figure.columns.map((c) => STANCES.reduce((sum, s) => sum + c.counts[s], 0));
  const max = Math.max(1, ...totals);
  return (
    <CardFrame
      title={figure.topic.title}
      subtitle={`Governments with a recorded position, by stance, at each year-end and event up to ${figure.asOf}`}
    >
      <div style={{ display: "flex", width: "100%", alignItems: "flex-end", borderBottom: "2px solid #94a3b8" }}>
        {figure.columns.map((c, i) => (
          <div
            key={c.date}
            style={{
              display: "flex",
              flexDirection: "column",
              alignItems: "center",
              flex: 1,
              height: "100%",
              justifyContent: "flex-end",
              margin: "0 6px",
            }}
          >
            <span style={{ fontSize: 18, color: "#334155" }}>{totals[i]}</span>
            <div
              style={{
                display: "flex",
                flexDirection: "column-reverse",
                width: "70%",
                maxWidth: 110,
                height: `${((totals[i] ?? 0) / max) * 78}%`,
              }}
            >
              {STANCES.filter((s) => c.counts[s] > 0).map((s) => (
                <div
                  key={s}
                  style={{
                    display: "flex",
                    flexGrow: c.counts[s],
                    flexBasis: 0,
                    background: STANCE_STYLE[s].background,
                    border: "1px solid #64748b",
                  }}
                />
              ))}
            </div>
            <span style={{ fontSize: 15, color: c.event ? "#1e3a8a" : "#334155", marginTop: 6, height: 20 }}>
              {c.label}
            </span>
          </div>
        ))}
      </div>
    </CardFrame>
  );
}
