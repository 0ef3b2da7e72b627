/** Types of lib/error-page.mjs (plain JavaScript: scripts/server.mjs and scripts/export.mjs run it as is). */
export declare const ERROR_PAGES: Readonly<Record<number, { title: string; text: string }>>;
export declare function errorPage(status: number): string;
export declare function hasBadPercentEncoding(target: string): boolean;
