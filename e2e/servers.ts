/**
 * The two servers the end-to-end tests run against: next start (the production build) and nginx serving the
 * static export (out/). The static specs compare one with the other, so both addresses live here.
 */
export const NEXT_PORT = Number(process.env.E2E_PORT ?? 3100);
export const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? NEXT_PORT + 50);
export const NEXT_URL = `http://localhost:${NEXT_PORT}`;
export const STATIC_URL = `http://localhost:${STATIC_PORT}`;
