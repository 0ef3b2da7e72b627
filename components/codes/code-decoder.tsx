'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { decodeErrorCode } from '@/lib/error-code';
import { findRowsForValue, type CodeRowRef } from '@/lib/tables/code-lookup';
import { decoderHref } from '@/lib/tables/decoder-params';
import { routes } from '@/lib/routes';
import { cn } from '@/lib/utils';
import { buttonClasses } from '@/components/ui/button';
import { inputClasses } from '@/components/ui/input';

type CodeDecoderProps = { initialCode: string; refs: CodeRowRef[] };

/**
 * Decodes a code as the agent types (same pure decoder as search). Server-rendered with the URL's
 * `?code=`, so a pasted link shows the result at once; Enter writes the code into the URL.
 */
export function CodeDecoder({ initialCode, refs }: CodeDecoderProps) {
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const result = code.trim() ? decodeErrorCode(code) : undefined;
  const matches = result?.ok ? findRowsForValue(refs, result.value.unsigned) : [];

  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <form
        action={routes.codes()}
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          router.replace(decoderHref(code), { scroll: false });
        }}
      >
        <label htmlFor="code-decoder" className="block font-medium">
          Code à décoder
        </label>
        <p id="code-decoder-aide" className="text-sm text-slate-600 dark:text-slate-400">
          Hexadécimal (0x87D1FDE8, 87d1fde8), décimal signé (-2016281112) ou non signé (2278686184), ID d’événement.
        </p>
        <div className="mt-2 flex gap-2">
          <input
            id="code-decoder"
            name="code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            aria-describedby="code-decoder-aide code-decoder-resultat"
            autoComplete="off"
            spellCheck={false}
            maxLength={64}
            className={cn(inputClasses({ size: 'compact', font: 'mono' }), 'max-w-sm')}
          />
          <button type="submit" className={buttonClasses({ variant: 'primary', size: 'sm' })}>
            Décoder
          </button>
        </div>
      </form>

      <div id="code-decoder-resultat" aria-live="polite" className="mt-4 text-sm" data-testid="decoder-result">
        {!result ? null : !result.ok ? (
          <p className="text-red-700 dark:text-red-300" data-testid="decoder-error">
            {result.error}
          </p>
        ) : (
          <>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="text-slate-600 dark:text-slate-400">Hexadécimal</dt>
              <dd className="font-mono" data-testid="decoder-hex">
                {result.value.hex.toUpperCase().replace('0X', '0x')}
              </dd>
              <dt className="text-slate-600 dark:text-slate-400">Décimal signé</dt>
              <dd className="font-mono">{result.value.signed}</dd>
              <dt className="text-slate-600 dark:text-slate-400">Décimal non signé</dt>
              <dd className="font-mono">{result.value.unsigned}</dd>
              <dt className="text-slate-600 dark:text-slate-400">Sévérité</dt>
              <dd>{result.value.hresult.severity === 1 ? '1 (échec)' : '0 (succès ou information)'}</dd>
              <dt className="text-slate-600 dark:text-slate-400">Facility</dt>
              <dd className="font-mono">
                {result.value.hresult.facility}
                {result.value.hresult.facilityName ? ` (${result.value.hresult.facilityName})` : ''}
              </dd>
              <dt className="text-slate-600 dark:text-slate-400">Code</dt>
              <dd className="font-mono">
                {result.value.hresult.code} (0x{result.value.hresult.code.toString(16).toUpperCase().padStart(4, '0')})
              </dd>
              {result.value.hresult.win32 !== undefined ? (
                <>
                  <dt className="text-slate-600 dark:text-slate-400">Erreur Win32</dt>
                  <dd className="font-mono">{result.value.hresult.win32}</dd>
                </>
              ) : null}
            </dl>
            {matches.length ? (
              <div className="mt-3">
                <p className="font-medium">Dans nos tables :</p>
                <ul className="mt-1 list-disc pl-5">
                  {matches.map(({ ref, href }) => (
                    <li key={href}>
                      <Link
                        href={href}
                        className="text-blue-700 underline dark:text-blue-300"
                        data-testid="decoder-match"
                      >
                        {ref.tableTitle} — {ref.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="mt-3" data-testid="decoder-unknown">
                Ce code n’est pas dans nos tables.{' '}
                <Link href={routes.search(code.trim())} className="text-blue-700 underline dark:text-blue-300">
                  Le chercher dans les articles
                </Link>
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
