/** Types of deploy/nginx-config.mjs, imported by the unit tests and the static export's e2e specs. */
export declare const NGINX_PATH: string;
export declare const BROTLI_STATIC_MODULE: string;
export declare const MIME_TYPES: string;
export declare const CACHE_HASHED: string;
export declare const CACHE_SHORT: string;
export declare const CACHE_NONE: string;
export declare const DEFAULT_API_UPSTREAM: string;
export declare function quote(value: string): string;
export declare function siteConfig(options: { root: string; listen: string[]; brotli: boolean; api?: string }): string;
export declare function standaloneConfig(options: {
  root: string;
  port: number;
  host?: string;
  runtimeDir: string;
  brotli?: boolean;
  workers?: string;
  api?: string;
  user?: { name: string; group: string };
}): string;
export declare function workerUser(
  uid?: number,
  name?: string,
  gid?: number,
): { name: string; group: string } | undefined;
