import type { ComponentProps } from 'react';

/**
 * A name kept on one line but shown whole: it wraps to the lines it needs where an input would cut
 * a 150-letter indicator name at its width. Enter adds no line break; a pasted one becomes a space
 * as the name's schema cleans it.
 */
export function NameField({ className, ...rest }: Omit<ComponentProps<'textarea'>, 'onKeyDown' | 'rows'>) {
  return (
    <textarea
      {...rest}
      rows={1}
      className={className ? `name-field ${className}` : 'name-field'}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}
