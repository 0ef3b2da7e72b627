/**
 * Whether this build is the static export (`npm run export`, next.config.mjs). Pages that read the URL's
 * query on the server (search, wizard steps, the code decoder) render a client island instead, which reads
 * the same query in the browser: a static file cannot vary with `?q=`.
 */
export const STATIC_EXPORT = process.env.PORTAIL_STATIC_EXPORT === '1';
