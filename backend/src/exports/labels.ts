/**
 * The Swedish words the exported files use for the API's codes (headings are in the sheet specs).
 * Files leave the app, so they cannot be translated by the UI's i18n; they are always Swedish.
 */
export const ROLE_LABEL: Record<string, string> = { lead: 'Huvudansvarig', contributing: 'Delansvarig' };
export const ROLE_SHORT: Record<string, string> = { lead: 'H', contributing: 'D' };
export const BOARD_KIND_LABEL: Record<string, string> = {
  executive: 'Kommunstyrelsen',
  central: 'Facknämnd',
  district: 'Stadsdelsnämnd',
  company: 'Bolag',
};
export const CYCLE_STATUS_LABEL: Record<string, string> = { draft: 'Utkast', open: 'Öppen', closed: 'Stängd' };
export const STATEMENT_STATUS_LABEL: Record<string, string> = {
  'not-started': 'Ej påbörjad',
  'in-progress': 'Pågående',
  done: 'Genomförd',
  waiting: 'Avvaktar',
};
export const STATEMENT_STATE_LABEL: Record<string, string> = {
  draft: 'Utkast',
  submitted: 'Inlämnad',
  returned: 'Återsänd',
  approved: 'Godkänd',
};
export const GAP_KIND_LABEL: Record<string, string> = {
  'no-statement': 'Ingen skrivning alls',
  'measure-not-addressed': 'Åtgärd inte besvarad',
};

export const yesNo = (b: boolean): string => (b ? 'Ja' : 'Nej');

/** A label, or the code itself when a newer code has no word here yet (never an empty cell). */
export const label = (table: Record<string, string>, code: string | null): string | null => (code === null ? null : (table[code] ?? code));
