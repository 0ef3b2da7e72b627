import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/**
 * One Shiki highlighter for the whole build, with only the languages the articles use and the
 * JavaScript regex engine (no WebAssembly to bundle). Highlighting happens at build time: pages ship
 * coloured HTML and no highlighter.
 */
let highlighter: Promise<HighlighterCore> | undefined;

export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

export function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
    langs: [
      import('shiki/langs/powershell.mjs'),
      import('shiki/langs/shellsession.mjs'),
      import('shiki/langs/bat.mjs'),
    ],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}
