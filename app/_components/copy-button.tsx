"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

/** A button that copies `text` to the clipboard, and says whether it did. */
export function CopyButton({
  text,
  label,
  className = "btn-secondary",
}: {
  text: string;
  label: string;
  className?: string;
}) {
  const t = useTranslations("copy");
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied("yes"),
      () => setCopied("failed"),
    );
  return (
    <div className="flex items-center gap-3">
      <button type="button" className={className} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="text-sm text-slate-600">
        {copied === "yes" ? t("copied") : copied === "failed" ? t("refused") : ""}
      </span>
    </div>
  );
}
