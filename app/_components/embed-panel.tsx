"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { DEFAULT_LOCALE, type Locale } from "@/server/i18n/locales";
import { CopyButton } from "./copy-button";

// The Embed button's panel (loaded when it first opens): the <iframe> code that shows this view on another site,
// made from the view as it is then, and a button to copy it.

export type EmbedView = { label: string; src: string; height: number };

/** An embed's address in the page's language: embeds take it from `?lang=` (English needs none). */
export function embedIn(locale: Locale, src: string): string {
  if (locale === DEFAULT_LOCALE) return src;
  const url = new URL(src, "http://embed");
  url.searchParams.set("lang", locale);
  return `${url.pathname}${url.search}`;
}

/** The <iframe> code for an embed at this origin. */
export function iframeCode(src: string, title: string, height: number, origin: string): string {
  const url = new URL(src, origin).toString();
  const escape = (value: string) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  return `<iframe src="${escape(url)}" title="${escape(title)}" width="100%" height="${height}" style="border:0;max-width:1200px" loading="lazy"></iframe>`;
}

export default function EmbedPanel({ id, title, views }: { id: string; title: string; views: EmbedView[] }) {
  const t = useTranslations("embed");
  const locale = useLocale();
  const [chosen, setChosen] = useState(0);
  const view = views[chosen] ?? views[0];
  const code = view ? iframeCode(embedIn(locale, view.src), title, view.height, window.location.origin) : "";
  return (
    <div
      id={id}
      role="group"
      aria-label={t("panel")}
      className="absolute end-0 z-20 mt-2 w-[min(32rem,calc(100vw-2rem))] space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg"
    >
      <p className="text-slate-700">{t("explain")}</p>
      {views.length > 1 && (
        <label className="flex items-center gap-2">
          <span className="font-medium">{t("show")}</span>
          <select className="field" value={chosen} onChange={(e) => void setChosen(Number(e.target.value))}>
            {views.map((v, i) => (
              <option key={v.label} value={i}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <textarea
        readOnly
        aria-label={t("code")}
        className="field h-28 w-full font-mono text-xs"
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton key={code} text={code} label={t("copy")} className="btn-primary" />
    </div>
  );
}
