/**
 * Prints one unit (a section, a code row, a wizard step) alone: the page is marked so that the print
 * style sheet (app/globals.css, `html[data-print-unit]`) hides everything but the unit and a caption
 * with its link and source date. The marks are removed once the print dialog closes.
 */
const CAPTION_ATTRIBUTE = 'data-print-caption';
const TARGET_ATTRIBUTE = 'data-print-target';
const PAGE_ATTRIBUTE = 'data-print-unit';

export function clearPrintUnit() {
  document.documentElement.removeAttribute(PAGE_ATTRIBUTE);
  document.querySelectorAll(`[${TARGET_ATTRIBUTE}]`).forEach((element) => element.removeAttribute(TARGET_ATTRIBUTE));
  document.querySelectorAll(`[${CAPTION_ATTRIBUTE}]`).forEach((element) => element.remove());
}

/**
 * On paper a link is only useful with its address: each link of the page content gets its absolute URL
 * in `data-print-href`, which the print style sheet shows after the link's text.
 */
export function annotatePrintLinks() {
  document.querySelectorAll<HTMLAnchorElement>('main a[href]').forEach((link) => {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('#') && link.href !== link.textContent?.trim())
      link.setAttribute('data-print-href', link.href);
  });
}

export function printUnit(target: Element, caption: string) {
  clearPrintUnit();
  annotatePrintLinks();
  const note = document.createElement('div');
  note.setAttribute(CAPTION_ATTRIBUTE, '');
  note.className = 'print-caption';
  note.textContent = caption;
  document.body.prepend(note);
  target.setAttribute(TARGET_ATTRIBUTE, '');
  document.documentElement.setAttribute(PAGE_ATTRIBUTE, '');
  window.addEventListener('afterprint', clearPrintUnit, { once: true });
  window.print();
}
