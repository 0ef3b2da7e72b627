/** Types of lib/security-headers.mjs (plain JavaScript: next.config.mjs imports it before TypeScript runs). */
export declare function contentSecurityPolicy(dev: boolean): string;
export declare function securityHeaders(dev: boolean): { key: string; value: string }[];
