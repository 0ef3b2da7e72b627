import { llmsTxt } from '@/lib/ticket/llms-txt';

// The llms.txt convention (llmstxt.org): the portal's contents for AI assistants, built at build time.
export const dynamic = 'force-static';

export function GET() {
  return new Response(llmsTxt(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
