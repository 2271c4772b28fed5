import { type TopicFigure } from "@/server/services/topic-figure";
import { withPosition } from "@/server/shared/bloc-cohesion";
import { TODAY_LABEL } from "@/server/shared/timeline";
import { type FigureKind } from "@/server/schemas/figures";
import { localizeHref } from "@/server/i18n/locales";
import { PICTURE_FONT } from "@/server/pictures/fonts";
import { flowOf, Words } from "./cards/card-flow";
import { legendLayout, StanceLegend } from "./cards/card-frame";
import { type CardLanguage } from "./cards/card-language";
import { CHART_HEIGHT, CHART_WIDTH, StanceChartSvg } from "./stance-chart-svg";
import { TopicMap } from "./topic-map";
import { MAP_HEIGHT, MAP_WIDTH } from "./world-shapes";

// A topic's map or chart as a file to download, in the language asked for: the figure with its title, date,
// legend and credit, in one SVG. Its text names the fonts the PNGs are drawn with (server/pictures/fonts.ts),
// falling back to the reader's own.

const HEADER = 76;
const FOOTER = 64;

type Props = { lang: CardLanguage; figure: TopicFigure; kind: FigureKind; origin: string };

export function TopicFigureFile({ lang, figure, kind, origin }: Props) {
  const { t, day, period, words, locale } = lang;
  const width = MAP_WIDTH;
  const flow = flowOf(locale, width);
  const height = kind === "map" ? MAP_HEIGHT : (width * CHART_HEIGHT) / CHART_WIDTH;
  const total = HEADER + height + FOOTER;
  const date = day(figure.at);
  const title = figure.topic.title;
  const subtitle =
    kind === "map"
      ? t("pictures.mapSubtitle", { date, count: withPosition(figure.counts), total: figure.governments.length })
      : t("pictures.chartSubtitle", { date });
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={total}
      viewBox={`0 0 ${width} ${total}`}
      fontFamily={PICTURE_FONT}
      xmlLang={locale}
    >
      <rect width={width} height={total} fill="#ffffff" />
      <Words flow={flow} x={16} y={34} size={22} bold width={width - 32}>
        {title}
      </Words>
      <Words flow={flow} x={16} y={60} size={14} width={width - 32} fill="#475569">
        {subtitle}
      </Words>
      {kind === "map" ? (
        <TopicMap
          governments={figure.governments}
          stances={new Map(figure.stances)}
          contested={new Set(figure.contested)}
          label={t("pictures.mapLabel", { topic: title, date })}
          shapeTitle={lang.shapeTitle}
          y={HEADER}
        />
      ) : (
        <StanceChartSvg
          columns={figure.columns.map((c) => (c.label === TODAY_LABEL ? { ...c, label: t("charts.today") } : c))}
          events={figure.events}
          label={t("pictures.chartLabel", { topic: title })}
          x={0}
          y={HEADER}
          width={width}
          locale={locale}
          eventTitle={(column, event) =>
            event
              ? t("charts.chart.eventTitle", {
                  name: event.name,
                  dates: period(event.startDate ?? event.endDate, event.endDate),
                })
              : t("charts.chart.stopTitle", { label: column.label, date: day(column.date) })
          }
        />
      )}
      <StanceLegend
        flow={flow}
        layout={legendLayout(words, { x: 16, width: width - 32, size: 12 })}
        y={HEADER + height + 12}
      />
      <Words flow={flow} x={16} y={total - 12} size={11} width={width - 32} fill="#64748b">
        {t("pictures.fileCredit", { url: `${origin}${localizeHref(locale, `/topics/${figure.topic.slug}`)}` })}
      </Words>
    </svg>
  );
}
