"use client";

import { lazy, Suspense, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useInEmbed } from "./embed-context";
import { type EmbedView } from "./embed-panel";

// The Embed button. Its panel (the <iframe> code, app/_components/embed-panel.tsx) loads when it first opens:
// most readers never open it, so its code stays out of the pages' first JavaScript.

const EmbedPanel = lazy(() => import("./embed-panel"));

type Props = {
  /** What the frame shows, for its title. */
  title: string;
  /** The embeds a reader can choose between (a topic's map or chart); the first is chosen at first. */
  views: EmbedView[];
};

export function EmbedButton({ title, views }: Props) {
  const inEmbed = useInEmbed();
  const t = useTranslations("embed");
  const [open, setOpen] = useState(false);
  const panel = useId();
  if (inEmbed) return null;
  return (
    <div className="relative">
      <button
        type="button"
        className="btn-secondary"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
      >
        {t("button")}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedPanel id={panel} title={title} views={views} />
        </Suspense>
      )}
    </div>
  );
}
