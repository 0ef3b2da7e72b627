/**
 * The one way the portal writes to the clipboard. Rich editors get `text/html` (lists and links kept)
 * and everything else `text/plain`, in a single copy. On a plain-http intranet host the page is not a
 * secure context: `navigator.clipboard` does not exist there, so the copy goes through a hidden
 * textarea and `execCommand('copy')`, whose `copy` event still lets us set both formats.
 */
export type ClipboardPayload = { text: string; html?: string };

/** What the copy needs from the browser; tests pass their own. */
export type ClipboardEnvironment = {
  clipboard?: Pick<Clipboard, 'write' | 'writeText'>;
  secure: boolean;
  ClipboardItem?: typeof ClipboardItem;
  execCopy: (payload: ClipboardPayload) => boolean;
};

export type CopyResult = 'copied' | 'failed';

export const COPY_FAILED_MESSAGE =
  'La copie a échoué : le navigateur l’a refusée. Sélectionnez le texte et copiez-le à la main (Ctrl+C).';

/**
 * Copies a payload. A payload still loading (the page's Markdown, fetched on click) is handed to the
 * Clipboard API as a promise, so the click's permission to copy is not lost while it loads.
 */
export async function copyToClipboard(
  payload: ClipboardPayload | Promise<ClipboardPayload>,
  env: ClipboardEnvironment = browserEnvironment(),
): Promise<CopyResult> {
  if (payload instanceof Promise) {
    if (env.clipboard && env.secure && env.ClipboardItem) {
      try {
        const text = payload.then((loaded) => new Blob([loaded.text], { type: 'text/plain' }));
        await env.clipboard.write([new env.ClipboardItem({ 'text/plain': text })]);
        return 'copied';
      } catch {
        // Fall through to the legacy path with the loaded text.
      }
    }
    try {
      return copyToClipboard(await payload, { ...env, clipboard: undefined });
    } catch {
      return 'failed';
    }
  }
  if (env.clipboard && env.secure) {
    try {
      if (payload.html !== undefined && env.ClipboardItem) {
        await env.clipboard.write([
          new env.ClipboardItem({
            'text/plain': new Blob([payload.text], { type: 'text/plain' }),
            'text/html': new Blob([payload.html], { type: 'text/html' }),
          }),
        ]);
      } else {
        await env.clipboard.writeText(payload.text);
      }
      return 'copied';
    } catch {
      // Permission refused or document not focused: the legacy path may still work.
    }
  }
  try {
    return env.execCopy(payload) ? 'copied' : 'failed';
  } catch {
    return 'failed';
  }
}

function browserEnvironment(): ClipboardEnvironment {
  return {
    clipboard: typeof navigator !== 'undefined' ? navigator.clipboard : undefined,
    secure: typeof window !== 'undefined' && window.isSecureContext,
    ClipboardItem: typeof ClipboardItem !== 'undefined' ? ClipboardItem : undefined,
    execCopy: legacyCopy,
  };
}

/** `execCommand('copy')` on a hidden textarea; the `copy` event carries the HTML version as well. */
function legacyCopy(payload: ClipboardPayload): boolean {
  const area = document.createElement('textarea');
  area.value = payload.text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  Object.assign(area.style, { position: 'fixed', top: '0', left: '0', opacity: '0', pointerEvents: 'none' });
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', payload.text);
    if (payload.html !== undefined) event.clipboardData.setData('text/html', payload.html);
    event.preventDefault();
  };
  const focused = document.activeElement as HTMLElement | null;
  document.body.append(area);
  area.select();
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
    area.remove();
    focused?.focus({ preventScroll: true });
  }
}
