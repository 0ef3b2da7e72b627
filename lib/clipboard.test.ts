import { describe, expect, it, vi } from 'vitest';
import { copyToClipboard, type ClipboardEnvironment } from './clipboard';

class FakeItem {
  constructor(readonly items: Record<string, Blob>) {}
}

function env(overrides: Partial<ClipboardEnvironment>): ClipboardEnvironment {
  return { secure: true, execCopy: vi.fn(() => true), ...overrides };
}

describe('copyToClipboard', () => {
  it('puts text/plain and text/html on the clipboard together in a secure context', async () => {
    const write = vi.fn(async () => {});
    const e = env({
      clipboard: { write, writeText: vi.fn() },
      ClipboardItem: FakeItem as unknown as typeof ClipboardItem,
    });
    expect(await copyToClipboard({ text: 'a', html: '<p>a</p>' }, e)).toBe('copied');
    const [[items]] = write.mock.calls as unknown as [[FakeItem[]]];
    expect(Object.keys(items[0]!.items).sort()).toEqual(['text/html', 'text/plain']);
    expect(await items[0]!.items['text/html']!.text()).toBe('<p>a</p>');
    expect(e.execCopy).not.toHaveBeenCalled();
  });

  it('writes plain text alone when there is no HTML', async () => {
    const writeText = vi.fn(async () => {});
    expect(await copyToClipboard({ text: 'lien' }, env({ clipboard: { write: vi.fn(), writeText } }))).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('lien');
  });

  it('falls back to execCommand on plain http (no Clipboard API) and when the API refuses', async () => {
    const http = env({ clipboard: undefined, secure: false });
    expect(await copyToClipboard({ text: 'a', html: '<p>a</p>' }, http)).toBe('copied');
    expect(http.execCopy).toHaveBeenCalledWith({ text: 'a', html: '<p>a</p>' });
    const refused = env({
      clipboard: { write: vi.fn(), writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
    });
    expect(await copyToClipboard({ text: 'a' }, refused)).toBe('copied');
    expect(refused.execCopy).toHaveBeenCalled();
  });

  it('hands a payload still loading to the Clipboard API as a promise, or copies it once loaded over http', async () => {
    const write = vi.fn(async (items: FakeItem[]) => {
      expect(await (await (items[0]!.items['text/plain'] as unknown as Promise<Blob>)).text()).toBe('# Article');
    });
    const e = env({
      clipboard: { write: write as never, writeText: vi.fn() },
      ClipboardItem: FakeItem as unknown as typeof ClipboardItem,
    });
    expect(await copyToClipboard(Promise.resolve({ text: '# Article' }), e)).toBe('copied');
    expect(write).toHaveBeenCalledOnce();
    const http = env({ secure: false });
    expect(await copyToClipboard(Promise.resolve({ text: '# Article' }), http)).toBe('copied');
    expect(http.execCopy).toHaveBeenCalledWith({ text: '# Article' });
    expect(await copyToClipboard(Promise.reject(new Error('404')), env({ secure: false }))).toBe('failed');
  });

  it('reports a failure when nothing works', async () => {
    expect(await copyToClipboard({ text: 'a' }, env({ secure: false, execCopy: () => false }))).toBe('failed');
    expect(
      await copyToClipboard(
        { text: 'a' },
        env({
          secure: false,
          execCopy: () => {
            throw new Error('x');
          },
        }),
      ),
    ).toBe('failed');
  });
});
