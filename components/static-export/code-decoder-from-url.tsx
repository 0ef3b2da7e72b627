'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { CodeDecoder } from '@/components/codes/code-decoder';
import type { CodeRowRef } from '@/lib/tables/code-lookup';
import { parseDecoderCode } from '@/lib/tables/decoder-params';
import { searchParamsOf } from '@/lib/url-params';

/** The code decoder in the static export: the URL's `?code=` is read in the browser (one file for every code). */
export function CodeDecoderFromUrl({ refs }: { refs: CodeRowRef[] }) {
  return (
    <Suspense fallback={<CodeDecoder initialCode="" refs={refs} />}>
      <DecoderWithUrlCode refs={refs} />
    </Suspense>
  );
}

function DecoderWithUrlCode({ refs }: { refs: CodeRowRef[] }) {
  return <CodeDecoder initialCode={parseDecoderCode(searchParamsOf(useSearchParams()))} refs={refs} />;
}
