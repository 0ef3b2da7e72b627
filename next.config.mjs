import { securityHeaders } from './lib/security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Content is read from content/ at build time by lib/content; tracing keeps it next to the server output.
  outputFileTracingIncludes: { '/*': ['./content/**/*'] },
  // `/articles/<slug>.md` (URL contract): the Markdown of an article, from its static route handler.
  async rewrites() {
    return { beforeFiles: [{ source: '/articles/:slug.md', destination: '/donnees/articles/:slug.md' }], afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV !== 'production') }];
  },
};

export default nextConfig;
