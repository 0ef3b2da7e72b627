import { securityHeaders } from './lib/security-headers.mjs';

// `npm run export` builds with PORTAIL_STATIC_EXPORT=1: the same pages, written to out/ as files for nginx or a
// CDN (scripts/export.mjs). Headers then come from that server (deploy/nginx-config.mjs, same source).
const staticExport = process.env.PORTAIL_STATIC_EXPORT === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
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
