/**
 * The portal's content as a small document tree that leaves the portal: pasted into a ticket (plain text
 * and HTML, together on the clipboard), copied as Markdown, or served as `/articles/<slug>.md`. The tree
 * is built on the server from the articles' Markdown tree and the table data (`./tree-blocks.ts`, `./units.ts`);
 * these renderers are pure and small, so the browser renders a ticket with the origin the agent uses.
 */
import { absoluteUrl } from '@/lib/routes';

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong' | 'emphasis'; children: Inline[] }
  /** `href` is absolute (Learn, other sites) or a site path (`/articles/…#…`), made absolute on render. */
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block =
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; id?: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'code'; lang?: string; value: string }
  /** A callout (« Remarque », « Important »…), a quote (no label) or an English original (`lang: 'en'`). */
  | { type: 'note'; label?: string; lang?: 'en'; children: Block[] }
  | { type: 'table'; header: string[]; rows: Block[][][] };

/** Where links that name a site path point: the origin the agent uses, or none (paths stay relative). */
export type RenderOptions = { origin?: string };

function href(link: string, options: RenderOptions): string {
  return options.origin === undefined ? link : absoluteUrl(link, options.origin);
}

// ---------------------------------------------------------------------------------------------------
// Plain text: what a ticket tool without rich text shows. Lists keep their numbers, commands stay
// verbatim on lines of their own, links keep their target in parentheses.

export function inlineText(inlines: readonly Inline[], options: RenderOptions = {}): string {
  return inlines
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'code':
          return node.value;
        case 'strong':
        case 'emphasis':
          return inlineText(node.children, options);
        case 'break':
          return '\n';
        case 'link': {
          const label = inlineText(node.children, options);
          const target = href(node.href, options);
          return label.trim() === target || label.trim() === node.href ? target : `${label} (${target})`;
        }
      }
    })
    .join('');
}

function indent(text: string, prefix: string, first: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line ? prefix + line : line))
    .join('\n');
}

/** A list as lines: `1. ` (from the list's start) or `- `, the item's following lines indented under its text. */
function listOf(block: Extract<Block, { type: 'list' }>, render: (item: Block[]) => string): string {
  return block.items
    .map((item, i) => {
      const marker = block.ordered ? `${block.start + i}. ` : '- ';
      return indent(render(item), ' '.repeat(marker.length), marker);
    })
    .join('\n');
}

export function blocksToText(blocks: readonly Block[], options: RenderOptions = {}): string {
  return blocks
    .map((block) => blockText(block, options))
    .filter(Boolean)
    .join('\n\n');
}

function blockText(block: Block, options: RenderOptions): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(block.children, options).trim();
    case 'code':
      return block.value.replace(/\n+$/, '');
    case 'list':
      return listOf(block, (item) => blocksToText(item, options));
    case 'note': {
      const body = blocksToText(block.children, options);
      return block.label ? `${block.label} : ${body}` : body;
    }
    case 'table':
      return block.rows
        .map((row) =>
          row
            .map((cell, i) => {
              const value = blocksToText(cell, options);
              return value ? `${block.header[i] ?? ''} : ${value}` : '';
            })
            .filter(Boolean)
            .join('\n'),
        )
        .join('\n\n');
  }
}

// ---------------------------------------------------------------------------------------------------
// Markdown (CommonMark + GFM tables). Headings carry their anchor as `{#id}`.

/** Escapes what Markdown would read as syntax; underscores inside words (`validateCreateSensorResult`) stay. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*[\]<])/g, '\\$1')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (match) => match.replace('_', '\\_'))
    .replace(/^(\s*)([#+>-]|\d+\.)(\s)/gm, '$1\\$2$3');
}

function codeSpan(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

export function inlineMarkdown(inlines: readonly Inline[], options: RenderOptions = {}): string {
  return inlines
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeMarkdown(node.value);
        case 'code':
          return codeSpan(node.value);
        case 'strong':
          return `**${inlineMarkdown(node.children, options)}**`;
        case 'emphasis':
          return `*${inlineMarkdown(node.children, options)}*`;
        case 'break':
          return '  \n';
        case 'link': {
          const target = href(node.href, options);
          return `[${inlineMarkdown(node.children, options)}](${/[\s()<>]/.test(target) ? `<${target}>` : target})`;
        }
      }
    })
    .join('');
}

export function blocksToMarkdown(blocks: readonly Block[], options: RenderOptions = {}): string {
  return blocks
    .map((block) => blockMarkdown(block, options))
    .filter(Boolean)
    .join('\n\n');
}

function blockMarkdown(block: Block, options: RenderOptions): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.depth)} ${inlineMarkdown(block.children, options).trim()}${block.id ? ` {#${block.id}}` : ''}`;
    case 'paragraph':
      return inlineMarkdown(block.children, options).trim();
    case 'code': {
      const longest = Math.max(2, ...(block.value.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}${block.lang ?? ''}\n${block.value.replace(/\n+$/, '')}\n${fence}`;
    }
    case 'list':
      return listOf(block, (item) => blocksToMarkdown(item, options));
    case 'note': {
      const label = block.label ? `**${escapeMarkdown(block.label)}**\n\n` : '';
      return indent(label + blocksToMarkdown(block.children, options), '> ', '> ').replace(/^$/gm, '>');
    }
    case 'table': {
      const cell = (blocks: readonly Block[]) => tableCellMarkdown(blocks, options);
      const lines = [
        `| ${block.header.map((h) => escapeMarkdown(h).replace(/\|/g, '\\|')).join(' | ')} |`,
        `| ${block.header.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ];
      return lines.join('\n');
    }
  }
}

/** A GFM table cell holds one line: paragraphs and list items are joined with `<br>`. */
function tableCellMarkdown(blocks: readonly Block[], options: RenderOptions): string {
  const parts: string[] = [];
  const walk = (items: readonly Block[]) => {
    for (const block of items) {
      if (block.type === 'list') {
        block.items.forEach((item, i) => {
          const marker = block.ordered ? `${block.start + i}. ` : '• ';
          const [first, ...rest] = item;
          if (first)
            parts.push(
              marker +
                (first.type === 'paragraph'
                  ? inlineMarkdown(first.children, options).trim()
                  : blockMarkdown(first, options)),
            );
          walk(rest);
        });
      } else if (block.type === 'code') {
        parts.push(codeSpan(block.value.replace(/\n/g, ' ')));
      } else {
        parts.push(blockMarkdown(block, options).replace(/\n+/g, ' '));
      }
    }
  };
  walk(blocks);
  return parts.join('<br>').replace(/\|/g, '\\|');
}

// ---------------------------------------------------------------------------------------------------
// HTML, for the rich editors of ticket tools (lists and links survive the paste).

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function inlineHtml(inlines: readonly Inline[], options: RenderOptions = {}): string {
  return inlines
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.value);
        case 'code':
          return `<code>${escapeHtml(node.value)}</code>`;
        case 'strong':
          return `<strong>${inlineHtml(node.children, options)}</strong>`;
        case 'emphasis':
          return `<em>${inlineHtml(node.children, options)}</em>`;
        case 'break':
          return '<br>';
        case 'link':
          return `<a href="${escapeHtml(href(node.href, options))}">${inlineHtml(node.children, options)}</a>`;
      }
    })
    .join('');
}

export function blocksToHtml(blocks: readonly Block[], options: RenderOptions = {}): string {
  return blocks.map((block) => blockHtml(block, options)).join('\n');
}

function blockHtml(block: Block, options: RenderOptions): string {
  switch (block.type) {
    case 'heading': {
      // Headings inside a pasted unit stay modest: the ticket has its own structure.
      const level = Math.min(6, block.depth + 1);
      return `<h${level}>${inlineHtml(block.children, options)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inlineHtml(block.children, options)}</p>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.value.replace(/\n+$/, ''))}</code></pre>`;
    case 'list': {
      const items = block.items.map((item) => `<li>${blocksToHtml(item, options)}</li>`).join('');
      return block.ordered
        ? `<ol${block.start !== 1 ? ` start="${block.start}"` : ''}>${items}</ol>`
        : `<ul>${items}</ul>`;
    }
    case 'note': {
      const label = block.label ? `<p><strong>${escapeHtml(block.label)}</strong></p>` : '';
      return `<blockquote${block.lang ? ` lang="${block.lang}"` : ''}>${label}${blocksToHtml(block.children, options)}</blockquote>`;
    }
    case 'table': {
      const head = `<thead><tr>${block.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
      const body = block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${blocksToHtml(cell, options)}</td>`).join('')}</tr>`)
        .join('');
      return `<table>${head}<tbody>${body}</tbody></table>`;
    }
  }
}
