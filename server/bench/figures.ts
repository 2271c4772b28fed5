import { type DigestFigures } from "./email-digests";
import { type FreshnessFigures } from "./freshness";
import { type LoadFigures } from "./page-load";
import { type PageViewFigures } from "./page-views";
import { type PageWeight } from "./page-weight";
import { type PictureFigures } from "./preview-images";
import { type SoakFigures } from "./soak";
import { type WriteCost } from "./write-cost";

// What one `npm run bench` run measured, as the report (write-report.ts) reads it.

/** One page from the page cache beside a bare node:http server sending the same bytes; and uncached. */
export type PageFigures = {
  path: string;
  kb: number;
  bare: LoadFigures;
  cached: LoadFigures;
  halfRate: LoadFigures;
  bareHalfRate: LoadFigures;
  uncached?: LoadFigures;
};

/** Everything measured against running app servers on one dataset. */
export type ServerFigures = {
  api: number;
  apiKb: number;
  apiGzipKb: number;
  pages: PageFigures[];
  weights: PageWeight[];
  views: PageViewFigures[];
  pictures: PictureFigures[];
  javascript: { path: string; kb: number }[];
  /** Each language's cached matrix as browsers ask for it (gzip): requests per second. */
  languages: { path: string; rps: number }[];
};

/** One database driver: the reference dataset, then the synthetic one, and the as-of query on it. */
export type SearchFigure = { q: string; total: number; ms: number };

export type DriverFigures = {
  driver: "PGlite" | "PostgreSQL";
  /** The database's own version, e.g. "17.5". */
  version: string;
  /** Approved positions in the synthetic dataset. */
  count: number;
  query: number;
  service: number;
  /** Search at the same scale: each query's median time and how many positions it found. */
  search: SearchFigure[];
  plan: string;
  reference: ServerFigures;
  synthetic: ServerFigures;
  freshness: FreshnessFigures | null;
};

export type Machine = { cores: number; cpu: string; memoryGb: number; node: string; os: string; commit: string | null };

export type BenchRun = {
  /** When the run ended, ISO 8601. */
  date: string;
  machine: Machine;
  /** autocannon's settings for every page measurement. */
  load: { connections: number; seconds: number };
  /** Topics in the synthetic dataset. */
  topics: number;
  writes: WriteCost;
  digests: DigestFigures;
  drivers: DriverFigures[];
};

export type SoakRun = {
  date: string;
  machine: Machine;
  seconds: number;
  writesPerSecond: number;
  drivers: (SoakFigures & { driver: DriverFigures["driver"]; version: string })[];
};
