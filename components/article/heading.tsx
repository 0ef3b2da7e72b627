import { CopyButton } from '@/components/ui/copy-button';

type HeadingProps = React.ComponentProps<'h2'> & { level: 1 | 2 | 3 | 4; path: string; 'data-alias'?: string };

/** A section heading with its anchor id and a visible « copy link » control (absolute URL + #id). */
export function Heading({ level, path, id, children, 'data-alias': alias, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} {...rest} className="group anchor-target flex flex-wrap items-baseline gap-x-2">
      {alias ? <span id={alias} className="anchor-alias" aria-hidden="true" /> : null}
      <span>{children}</span>
      {id ? (
        <CopyButton value={`${path}#${id}`} label="Copier le lien vers cette section" copiedMessage="Lien de la section copié" className="not-prose translate-y-[-0.1em]">
          Lien
        </CopyButton>
      ) : null}
    </Tag>
  );
}
