import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createFormatters, type Formatters } from '../lib/format';
import { en } from './en';
import { sv, type Dictionary } from './sv';

export type Locale = 'sv' | 'en';

const dictionaries: Record<Locale, Dictionary> = { sv, en };
const STORAGE_KEY = 'atgardskollen.locale';

interface I18nValue {
  locale: Locale;
  t: Dictionary;
  fmt: Formatters;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'sv' || value === 'en' ? value : null;
  } catch {
    return null; // storage may be blocked; Swedish it is
  }
}

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? storedLocale() ?? 'sv');

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered across visits; still switched for this one
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18nValue>(
    () => ({ locale, t: dictionaries[locale], fmt: createFormatters(locale), setLocale }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
