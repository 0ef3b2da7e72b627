import { expect, type Page } from '@playwright/test';

/** The log analyser as an agent uses it: paste a log, analyse, read the findings, open one. */
export class AnalysePage {
  constructor(readonly page: Page) {}

  async goto() {
    const response = await this.page.goto('/analyse');
    expect(response?.status()).toBe(200);
  }

  textarea() {
    return this.page.getByRole('main').getByRole('textbox', { name: 'Texte à analyser' });
  }

  findings() {
    return this.page.getByTestId('analysis-finding');
  }

  async analyse(text: string) {
    await this.textarea().fill(text);
    await this.page.getByRole('button', { name: 'Analyser', exact: true }).click();
    await expect(this.page.getByText(/lignes lues en/)).toBeVisible({ timeout: 15_000 });
  }

  async findingHrefs(): Promise<string[]> {
    return this.findings().evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }
}

/** Pastes `text` into the focused element as a real paste event carries it (clipboardData). */
export async function pasteInto(page: Page, selector: string, text: string) {
  await page.locator(selector).evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
