import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { TLocale, TMessages } from '../../../shared/i18n';
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

/**
 * A namespace of the catalogue (shared/messages/) in the language chosen; a switch re-renders.
 * A screen's namespace is imported only by the screens that speak it, so it loads with their chunk.
 */
export function useMessages<T>(messages: TMessages<T>): T {
  return messages[useLanguage().lang];
}
