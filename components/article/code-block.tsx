import { CopyCodeButton } from '@/components/ui/copy-code-button';

/** A highlighted code block (Shiki, at build time) with a copy button. */
export function CodeBlock(props: React.ComponentProps<'pre'>) {
  return (
    <div data-code-block className="relative">
      <pre {...props} />
      <CopyCodeButton />
    </div>
  );
}
