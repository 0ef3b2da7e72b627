import { securityHeaders } from './lib/security-headers.mjs';

// `npm run export` builds with PORTAIL_STATIC_EXPORT=1: the same pages, written to out/ as files for nginx or a
// CDN (scripts/export.mjs). Headers then come from that server (deploy/nginx-config.mjs, same source).
const staticExport = process.env.PORTAIL_STATIC_EXPORT === '1';
// `npm test` type-checks the whole tree first (npm run typecheck, the stricter check: tests and scripts too), then
// builds twice (next start's build and the export): it sets PORTAIL_TYPES_CHECKED=1 so that neither build runs
// TypeScript again. `npm start` and `npm run build` alone keep Next's own check.
const typesChecked = process.env.PORTAIL_TYPES_CHECKED === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typescript: { ignoreBuildErrors: typesChecked },
  // Content is read from content/ at build time (lib/content-files.ts); tracing keeps it next to the server output.
  outputFileTracingIncludes: { '/*': ['./content/**/*'] },
  ...(staticExport
    ? { output: 'export' }
    : {
        // `/articles/<slug>.md` (URL contract): the Markdown of an article, from its static route handler
        // (the export writes those files at that path itself: scripts/export.mjs).
        async rewrites() {
          return {
            beforeFiles: [{ source: '/articles/:slug.md', destination: '/donnees/articles/:slug.md' }],
            afterFiles: [],
            fallback: [],
          };
        },
        async headers() {
          return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV !== 'production') }];
        },
      }),
};

export default nextConfig;
