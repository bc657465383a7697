import { type ComponentProps, useEffect, useState } from 'react';
import { inputText, parseInput } from '../form/number-input';
import { useLanguage } from '../i18n/i18n';

type TNumberFieldProps = Omit<ComponentProps<'input'>, 'value' | 'onChange'> & {
  value: number;
  onValue: (value: number) => void;
};

/**
 * A number typed the language's way. The text is kept as typed while it is being edited (so
 * "12," can become "12,5"); only readable numbers reach the model.
 */
export function NumberField({ value, onValue, ...rest }: TNumberFieldProps) {
  const { lang } = useLanguage();
  const [text, setText] = useState(() => inputText(value, lang));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(inputText(value, lang));
  }, [value, lang, focused]);
  const parsed = parseInput(text, lang);
  return (
    <input
      inputMode="decimal"
      autoComplete="off"
      {...rest}
      value={text}
      aria-invalid={rest['aria-invalid'] || parsed.kind === 'invalid'}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onChange={(e) => {
        setText(e.target.value);
        const next = parseInput(e.target.value, lang);
        if (next.kind === 'number') onValue(next.value);
        else if (next.kind === 'empty') onValue(0);
      }}
    />
  );
}
