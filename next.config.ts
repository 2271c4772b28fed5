import path from "node:path";
import type { NextConfig } from "next";

const isDev = process.env.NODE_ENV !== "production";

// A strict Content-Security-Policy: everything from this origin only. Next's inline
// bootstrap scripts need 'unsafe-inline' without nonces (nonces would make every page
// dynamic and uncacheable); the dev server's hot reload also needs 'unsafe-eval'.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Browsers ignore HSTS over plain HTTP, so this only takes effect behind HTTPS.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  generateEtags: false,
  // Rendered reader pages live in memory until the database announces a change they show
  // (server/cache/); Next's own memory cache would hold a second copy.
  cacheHandler: path.join(/*turbopackIgnore: true*/ process.cwd(), "server", "cache", "view-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  // PGlite loads its WebAssembly and data files at run time; it must not be bundled.
  // rate-limiter-flexible imports drizzle-orm dynamically at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "rate-limiter-flexible"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
