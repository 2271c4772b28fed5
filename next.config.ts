import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import {
  baseSecurityHeaders,
  contentSecurityPolicy,
  EMBED_SOURCE,
  embedSecurityHeaders,
  NOT_EMBED_SOURCE,
  NOT_NONCE_PAGES_SOURCE,
  SITE_REFERRER_POLICY_SOURCE,
} from "./server/http/security-headers";

const isReferrerPolicy = ({ key }: { key: string }) => key === "Referrer-Policy";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  generateEtags: false,
  // Rendered reader pages live in memory until the database announces a change they show
  // (server/cache/); Next's own memory cache would hold a second copy.
  cacheHandler: path.join(/*turbopackIgnore: true*/ process.cwd(), "server", "cache", "view-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  // In CI (a fresh clone each run) `npm test` has type-checked every file before it builds, and no build
  // cache outlives the run: the build skips its second type check and writing a cache nobody reads.
  typescript: { ignoreBuildErrors: Boolean(process.env.CI) },
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
  // PGlite loads its WebAssembly and data files at run time; it must not be bundled.
  // rate-limiter-flexible imports drizzle-orm dynamically at run time. resvg (the pictures) is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "rate-limiter-flexible", "@resvg/resvg-js"],
  async headers() {
    // The pages with a nonce get their Content-Security-Policy from proxy.ts; the embeds may be framed;
    // the watchlist feed sets its own Referrer-Policy.
    return [
      { source: NOT_EMBED_SOURCE, headers: baseSecurityHeaders.filter((header) => !isReferrerPolicy(header)) },
      { source: SITE_REFERRER_POLICY_SOURCE, headers: baseSecurityHeaders.filter(isReferrerPolicy) },
      { source: EMBED_SOURCE, headers: embedSecurityHeaders },
      { source: NOT_NONCE_PAGES_SOURCE, headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }] },
    ];
  },
};

// next-intl reads each request's language and messages from server/i18n/request.ts.
// Messages are compiled at build time (next-intl's precompile): browsers get no ICU parser.
export default createNextIntlPlugin({
  requestConfig: "./server/i18n/request.ts",
  experimental: { messages: { path: "./server/i18n/messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig);
