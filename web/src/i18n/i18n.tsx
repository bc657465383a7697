import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { TLocale } from '../../../shared/i18n';
import { currentLanguage, rememberLanguage } from './language';

type TLanguageContext = { lang: TLocale; setLang: (lang: TLocale) => void };

const LanguageContext = createContext<TLanguageContext>({ lang: 'id', setLang: () => {} });

/** Holds the chosen language; switching re-renders every screen in it. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setState] = useState<TLocale>(currentLanguage);
  const setLang = useCallback((next: TLocale) => {
    rememberLanguage(next);
    setState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export const useLanguage = (): TLanguageContext => useContext(LanguageContext);

/** A screen's texts in both languages; English must have every key Indonesian has. */
export type TMessages<T> = { id: T; en: T };

/** Declares a screen's texts beside the screen, so they load with its chunk. */
export const defineMessages = <T,>(id: T, en: NoInfer<T>): TMessages<T> => ({ id, en });

/** The texts of the current language. */
export function useMessages<T>(messages: TMessages<T>): T {
  return messages[useLanguage().lang];
}
