import Link from 'next/link';

/** Links in articles: internal ones stay in the portal; the others get a « leaves the portal » arrow (CSS). */
export function ArticleLink({
  href = '',
  children,
  ...rest
}: React.ComponentProps<'a'> & { 'data-link-kind'?: string }) {
  const kind = rest['data-link-kind'];
  if (kind === 'internal') return <Link href={href}>{children}</Link>;
  if (kind === 'learn' || kind === 'external') {
    return (
      <a href={href} rel="noopener noreferrer" className="external-link">
        {children}
      </a>
    );
  }
  return <a href={href}>{children}</a>;
}
