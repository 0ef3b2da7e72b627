import { ResolutionFeedback } from '@/components/feedback/resolution-feedback';
import { TicketActions } from '@/components/ticket/ticket-actions';
import { CopyButton } from '@/components/ui/copy-button';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { learnEnglishSectionUrl, routes } from '@/lib/routes';
import { sectionTicket } from '@/lib/ticket/units';
import { SectionEnglishOriginal } from './english-original';
import { TeamNotes } from './team-note';
import { getSite } from '@/lib/site/site';

type HeadingProps = React.ComponentProps<'h2'> & { level: 1 | 2 | 3 | 4; article: ArticleSlug; 'data-alias'?: string };

/**
 * A section heading with its anchor id and a visible « copy link » control (absolute URL + #id); below
 * it, the section's ticket actions, its English original on Learn (same anchor) and, folded, its text.
 */
export function Heading({ level, article, id, children, 'data-alias': alias, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  const unit = id && level > 1 ? sectionTicket(article, id) : undefined;
  return (
    <>
      <Tag id={id} {...rest} className="group anchor-target flex flex-wrap items-baseline gap-x-2">
        {alias ? <span id={alias} className="anchor-alias" aria-hidden="true" /> : null}
        <span>{children}</span>
        {id ? (
          <CopyButton
            value={routes.section(article, id)}
            label="Copier le lien vers cette section"
            copiedMessage="Lien de la section copié"
            className="not-prose translate-y-[-0.1em]"
          >
            Lien
          </CopyButton>
        ) : null}
      </Tag>
      {unit && id ? (
        <TicketActions
          unit={unit}
          englishUrl={englishSectionUrl(getSite().article(article).meta.learnUrl, id)}
          className="-mt-2 mb-4"
        />
      ) : null}
      {unit && id ? <SectionEnglishOriginal article={article} id={id} title={unit.title} /> : null}
      {id && level > 1 ? <TeamNotes href={routes.section(article, id)} /> : null}
      {unit && id ? (
        <ResolutionFeedback target={routes.section(article, id)} origin="article" className="-mt-3" />
      ) : null}
    </>
  );
}

/** The English original of a section on Learn, when the article's Learn address is known. */
function englishSectionUrl(learnUrl: string | undefined, id: string): string | undefined {
  return learnUrl ? learnEnglishSectionUrl(learnUrl, id) : undefined;
}
