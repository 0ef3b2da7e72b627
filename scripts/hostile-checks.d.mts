/** Types of scripts/hostile-checks.mjs, imported by its unit test. */
export declare function decodeEntities(text: string): string;
export declare function urlScheme(raw: string): string | undefined;
export declare function isDangerousUrl(raw: string): boolean;
export declare function flightChunks(html: string): string[];
export declare function dangerousUrlsInFlight(text: string): string[];
export declare function dangerousUrlsInHtml(html: string): string[];
export declare function dangerousUrlsInMarkdown(markdown: string): string[];
export declare function dangerousUrlsInJson(value: unknown): string[];
export declare function liveMarkup(html: string): string[];
export declare function visibleText(html: string): string;
export declare function linesNamed(output: string, relative: string): number[];
export declare function namesFile(output: string, relative: string): boolean;
