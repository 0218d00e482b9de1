export interface Formatters {
  number: (value: number) => string;
  /** rate 0..1 → "75 %" (sv) / "75%" (en); null (nothing expected) → "–" */
  percent: (rate: number | null) => string;
  date: (iso: string) => string;
  /** A moment, in Stockholm time: "3 mars 2026 09:14". */
  dateTime: (iso: string) => string;
  list: (items: string[]) => string;
}

const LOCALE_TAGS = { sv: 'sv-SE', en: 'en-GB' } as const;

export function createFormatters(locale: keyof typeof LOCALE_TAGS): Formatters {
  const tag = LOCALE_TAGS[locale];
  const numberFormat = new Intl.NumberFormat(tag);
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const listFormat = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  return {
    number: (value) => numberFormat.format(value),
    percent: (rate) => (rate === null ? '–' : percentFormat.format(rate)),
    date: (iso) => {
      // A bare date is a calendar day; formatting it in UTC keeps it from shifting a day.
      const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(tag, {
        dateStyle: 'long',
        timeZone: dateOnly ? 'UTC' : 'Europe/Stockholm',
      }).format(date);
    },
    dateTime: (iso) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(date);
    },
    list: (items) => listFormat.format(items),
  };
}
