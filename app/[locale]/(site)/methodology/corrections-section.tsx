import Link from "@/app/_components/link";
import { PageSection } from "@/app/_components/page-section";
import { section } from "./sections";

/** How to propose a correction, and the licence and downloads of the data. */
export function CorrectionsSection() {
  return (
    <PageSection {...section("corrections")} className="space-y-2 text-slate-700">
      <p>
        Every cell&apos;s detail has <strong>Propose an edit</strong>; anyone with an account can also{" "}
        <Link className="underline" href="/contribute">
          contribute a position
        </Link>{" "}
        with its source. A moderator reviews each proposal; every version is kept and can be seen on the position&apos;s
        page. A moderator&apos;s correction of a dataset position is never overwritten by a later version of the dataset
        or of the method.
      </p>
      <p>
        Data is published under{" "}
        <a className="underline" href="https://creativecommons.org/licenses/by/4.0/">
          CC BY 4.0
        </a>
        : credit Stance Atlas and the original sources. Download it all as{" "}
        <a className="underline" href="/api/v1/positions.csv">
          CSV
        </a>{" "}
        (the import format) or through the{" "}
        <a className="underline" href="/api/v1/openapi.json">
          API
        </a>
        .
      </p>
    </PageSection>
  );
}
