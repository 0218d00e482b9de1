/**
 * What can be wrong with an uploaded file or one of its rows. Each problem has a stable code, its
 * parameters and a Swedish text (the file's users read Swedish; the UI says the code in Swedish or
 * English from `code` + `params`). The lists feed the DTOs' enums, so the frontend's texts are
 * checked for completeness by its compiler.
 */
export const IMPORT_FILE_PROBLEMS = [
  'no_file',
  'not_a_spreadsheet',
  'not_utf8',
  'no_sheet',
  'missing_columns',
  'unknown_columns',
  'duplicate_columns',
  'no_rows',
  'too_many_rows',
] as const;
export type ImportFileProblem = (typeof IMPORT_FILE_PROBLEMS)[number];

export const IMPORT_ROW_PROBLEMS = [
  'formula',
  'cell_error',
  'date_as_text',
  'bad_date',
  'date_not_year',
  'not_a_whole_number',
  'unknown_statement',
  'missing_version',
  'stale_version',
  'key_mismatch',
  'missing_board',
  'unknown_board',
  'measure_incomplete',
  'unknown_report',
  'unknown_measure',
  'not_your_board',
  'statement_locked',
  'bad_years',
  'year_outside_period',
  'too_many_years',
  'unknown_status',
  'too_long',
  'empty_text',
  'duplicate_row',
  'unknown_measure_id',
  'missing_key',
  'missing_title',
  'bad_number',
  'unknown_recommendation',
  'board_in_both',
] as const;
export type ImportRowProblem = (typeof IMPORT_ROW_PROBLEMS)[number];

export type ProblemParams = Record<string, string | number>;

const list = (v: string | number | undefined) => String(v ?? '');

const FILE_TEXT: Record<ImportFileProblem, (p: ProblemParams) => string> = {
  no_file: () => 'Ingen fil skickades. Välj en .xlsx- eller .csv-fil i fältet ”file”.',
  not_a_spreadsheet: (p) => `Filen ${list(p.file)} är inte ett kalkylark: ladda upp en .xlsx-fil eller en CSV-fil i UTF-8.`,
  not_utf8: (p) => `CSV-filen ${list(p.file)} är inte i UTF-8. Spara den som ”CSV UTF-8” och försök igen.`,
  no_sheet: (p) => `Arbetsboken har inget blad som heter ${list(p.sheet)}. Använd bladet från exporten.`,
  missing_columns: (p) => `Kolumner saknas: ${list(p.columns)}. Använd rubrikraden från exporten.`,
  unknown_columns: (p) => `Okända kolumner: ${list(p.columns)}. Ta bort dem eller använd rubrikraden från exporten.`,
  duplicate_columns: (p) => `Kolumnen finns flera gånger: ${list(p.columns)}.`,
  no_rows: () => 'Filen har inga rader under rubrikraden.',
  too_many_rows: (p) => `Filen har fler än ${list(p.max)} rader. Dela upp den i flera filer.`,
};

const ROW_TEXT: Record<ImportRowProblem, (p: ProblemParams) => string> = {
  formula: (p) => `Cellen innehåller en formel (=${list(p.formula)}). Skriv in värdet i stället för formeln.`,
  cell_error: (p) => `Cellen innehåller ett fel (${list(p.value)}).`,
  date_as_text: (p) => `Datumet ”${list(p.value)}” är skrivet som text. Skriv det som ett datum eller lämna cellen tom.`,
  bad_date: (p) => `”${list(p.value)}” är inte ett datum (ÅÅÅÅ-MM-DD).`,
  date_not_year: () => 'Cellen är ett datum; skriv årtal, till exempel 2017, 2018.',
  not_a_whole_number: (p) => `”${list(p.value)}” är inte ett heltal.`,
  unknown_statement: (p) => `Det finns ingen skrivning med id ${list(p.id)} i omgången.`,
  missing_version: () => 'Version saknas. Den behövs när id är ifyllt; ta den från exporten.',
  stale_version: (p) => `Skrivningen har ändrats sedan exporten (version ${list(p.version)} i filen, ${list(p.current)} nu). Exportera på nytt och gör ändringen där.`,
  key_mismatch: (p) => `Värdet stämmer inte med skrivningen med det id:t (${list(p.expected)}). Id, nämnd och åtgärd går inte att byta.`,
  missing_board: () => 'Nämnd saknas.',
  unknown_board: (p) => `Nämnden ”${list(p.name)}” finns inte.`,
  measure_incomplete: () => 'Fyll i både Delrapport och Åtgärd, eller lämna båda tomma för nämndens allmänna skrivning.',
  unknown_report: (p) => `Delrapporten ”${list(p.report)}” finns inte i omgångens uppdrag.`,
  unknown_measure: (p) => `Åtgärd ${list(p.number)} finns inte i delrapporten ${list(p.report)}.`,
  not_your_board: (p) => `Du kan bara importera skrivningar för dina egna nämnder; ${list(p.board)} är inte en av dem.`,
  statement_locked: (p) => `Skrivningen är ${list(p.state)} och låst; den kan inte ändras genom import.`,
  bad_years: (p) => `”${list(p.value)}” är inte en lista med årtal, till exempel 2017, 2018.`,
  year_outside_period: (p) => `År ${list(p.year)} ligger utanför omgångens planeringsperiod ${list(p.from)}–${list(p.to)}.`,
  too_many_years: (p) => `Högst ${list(p.max)} planerade år.`,
  unknown_status: (p) => `Statusen ”${list(p.value)}” finns inte. Välj Ej påbörjad, Pågående, Genomförd eller Avvaktar, eller lämna tomt.`,
  too_long: (p) => `Texten är ${list(p.length)} tecken; högst ${list(p.max)} tecken.`,
  empty_text: () => 'Texten är tom. En ny skrivning behöver en text.',
  duplicate_row: (p) => `Raden gäller samma ${p.what === 'measure' ? 'åtgärd' : 'skrivning'} som rad ${list(p.row)}.`,
  unknown_measure_id: (p) => `Det finns ingen åtgärd med id ${list(p.id)} i omgångens uppdrag.`,
  missing_key: () => 'Fyll i Delrapport och Åtgärd för en ny åtgärd.',
  missing_title: () => 'Titel saknas.',
  bad_number: (p) => `”${list(p.value)}” är inte ett åtgärdsnummer som 6.3.4 eller 1.4. Skriv det som text om Excel gör om det till ett tal.`,
  unknown_recommendation: (p) => `Rekommendation ${list(p.number)} finns inte i delrapporten ${list(p.report)}.`,
  board_in_both: (p) => `${list(p.board)} står både som huvudansvarig och som delansvarig.`,
};

export const fileProblemText = (code: ImportFileProblem, params: ProblemParams): string => FILE_TEXT[code](params);
export const rowProblemText = (code: ImportRowProblem, params: ProblemParams): string => ROW_TEXT[code](params);

/** A problem in one row: the column (its heading; null for the row as a whole), the code, its parameters and the Swedish text. */
export interface RowProblem {
  column: string | null;
  code: ImportRowProblem;
  params: ProblemParams;
  message: string;
}

export const rowProblem = (column: string | null, code: ImportRowProblem, params: ProblemParams = {}): RowProblem => ({
  column,
  code,
  params,
  message: rowProblemText(code, params),
});
