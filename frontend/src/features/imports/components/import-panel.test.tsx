import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { ImportBatch, ImportRow } from '../../../lib/api-types';
import { mockApi, ok } from '../../../testing/fetch-mock';
import { adminMe, cycle2017, defaultRoutes, editorMe, todoFixture } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

/** An XMLHttpRequest the test drives: it records the upload and answers when told to. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  withCredentials = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader() {
    return null;
  }
  send(body: FormData) {
    this.body = body;
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    act(() => this.onload?.());
  }
}

const row = (over: Partial<ImportRow>): ImportRow => ({
  row: 2,
  outcome: 'unchanged',
  statementId: 201,
  board: { id: 1, name: 'Trafiknämnden' },
  measure: { id: 11, report: 'samverkan', number: '1.1.1' },
  changes: [],
  values: { text: 'x', plannedYears: [2017], status: null, position: null },
  measureValues: null,
  errors: [],
  ...over,
});

function batch(rows: ImportRow[], state: ImportBatch['state'] = 'preview'): ImportBatch {
  const count = (o: ImportRow['outcome']) => rows.filter((r) => r.outcome === o).length;
  return {
    id: 9,
    cycle: { id: cycle2017.id, name: cycle2017.name, year: cycle2017.year },
    kind: 'statements',
    fileName: 'export.xlsx',
    state,
    createdAt: '2017-09-01T08:00:00.000Z',
    expiresAt: '2017-09-02T08:00:00.000Z',
    appliedAt: state === 'applied' ? '2017-09-01T08:05:00.000Z' : null,
    summary: { rows: rows.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), error: count('error') },
    rows,
  };
}

const original = globalThis.XMLHttpRequest;
beforeEach(() => {
  FakeXhr.last = null;
  globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
});
afterEach(() => {
  globalThis.XMLHttpRequest = original;
});

/** The upload, once the mutation has started it. */
async function sent(): Promise<FakeXhr> {
  await waitFor(() => expect(FakeXhr.last?.body).toBeTruthy());
  return FakeXhr.last!;
}

async function chooseAndUpload(user: ReturnType<typeof renderApp>['user'], name = 'export.xlsx', size = 2000) {
  const panel = await screen.findByRole('region', { name: `Importera skrivningar från Excel: ${cycle2017.name}` });
  const file = new File([new Uint8Array(size)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  await user.upload(within(panel).getByLabelText('Fil att importera'), file);
  await user.click(within(panel).getByRole('button', { name: 'Förhandsgranska' }));
  return panel;
}

describe('Import from a spreadsheet on Att redovisa', () => {
  it('shows upload progress, the preview with filters by outcome, and saves after a confirmation that states the numbers', async () => {
    const preview = batch([
      row({ row: 2, outcome: 'update', changes: ['text'] }),
      row({ row: 3, outcome: 'update', statementId: 202, changes: ['plannedYears', 'status'], measure: { id: 21, report: 'samverkan', number: '2.3.1' } }),
      row({ row: 4, outcome: 'unchanged', statementId: 203, board: { id: 2, name: 'Kulturnämnden' } }),
    ]);
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/auth/me': ok(editorMe),
      'GET /api/me/todo': ok(todoFixture()),
      'POST /api/imports/9/apply': ok(batch(preview.rows, 'applied')),
    });
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const panel = await chooseAndUpload(user);
    const xhr = await sent();
    expect([xhr.method, xhr.url]).toEqual(['POST', `/api/cycles/${cycle2017.id}/imports`]);
    expect((xhr.body!.get('file') as File).name).toBe('export.xlsx');

    xhr.progress(500, 2000);
    const bar = within(panel).getByRole('progressbar', { name: 'Uppladdning' });
    expect(bar).toHaveAttribute('value', '0.25');
    xhr.answer(201, preview);

    expect(await within(panel).findByRole('status')).toHaveTextContent('3 rader: 0 nya, 2 ändrade, 1 oförändrad, 0 med fel.');
    const table = within(panel).getByRole('table', { name: 'Rader i filen: alla (3)' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    await user.click(within(panel).getByRole('radio', { name: 'Ändras (2)' }));
    const changed = within(panel).getByRole('table', { name: 'Rader i filen: ändras (2)' });
    expect(within(changed).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      '2ÄndrasTrafiknämndensamverkan 1.1.1Text',
      '3ÄndrasTrafiknämndensamverkan 2.3.1Planerade år, Status',
    ]);

    await user.click(within(panel).getByRole('button', { name: 'Spara 2 ändringar' }));
    const dialog = await screen.findByRole('dialog', { name: 'Spara importen?' });
    expect(dialog).toHaveAccessibleDescription(`2 skrivningar ändras och 0 nya skapas i ${cycle2017.name}; 1 rad är oförändrad. Varje ändring loggas och syns i skrivningens historik.`);
    expect(api.written('/api/imports/9/apply')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Spara 2 ändringar' }));
    await within(panel).findByRole('heading', { name: 'Sparat från export.xlsx' });
    expect(api.written('/api/imports/9/apply')).toHaveLength(1);
    expect(within(panel).getAllByRole('link', { name: 'Historik' }).map((a) => a.getAttribute('href'))).toEqual(['/stockholms-stad/skrivningar/201/historik', '/stockholms-stad/skrivningar/202/historik']);
  });

  it('lists each row error with its column in the UI language, and offers no save while any row has one', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/auth/me': ok(editorMe), 'GET /api/me/todo': ok(todoFixture()) });
    const { user } = renderApp('/stockholms-stad/att-redovisa', { locale: 'en' });
    const panel = await screen.findByRole('region', { name: `Import statements from Excel: ${cycle2017.name}` });
    await user.upload(within(panel).getByLabelText('File to import'), new File(['x'], 'x.xlsx'));
    await user.click(within(panel).getByRole('button', { name: 'Preview' }));
    (await sent()).answer(
      201,
      batch([
        row({
          outcome: 'error',
          values: null,
          errors: [{ column: 'Planerade år', code: 'year_outside_period', params: { year: 2031, from: 2017, to: 2021 }, message: 'År 2031 ligger utanför …' }],
        }),
      ]),
    );
    const cell = await within(panel).findByText("The year 2031 is outside the cycle's planning period 2017–2021.");
    expect(cell.closest('li')).toHaveTextContent('Planerade år: The year 2031');
    expect(within(panel).getByText(/One row has errors/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /^Save/ })).toBeNull();
  });

  it('says what is wrong with the file (its problem and the size limit), and refuses a file over the limit before sending it', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/auth/me': ok(editorMe), 'GET /api/me/todo': ok(todoFixture()) });
    const { user } = renderApp('/stockholms-stad/att-redovisa');
    const panel = await chooseAndUpload(user);
    (await sent()).answer(422, {
      statusCode: 422,
      code: 'import_file_invalid',
      message: 'The file cannot be imported: missing_columns',
      problem: { code: 'missing_columns', params: { columns: 'Version, Text' }, message: '…' },
    });
    const alert = await within(panel).findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Filen går inte att importera.Kolumner saknas: Version, Text. Använd rubrikraden från exporten.'));

    FakeXhr.last = null;
    await chooseAndUpload(user, 'stor.xlsx', 11 * 1024 * 1024);
    await waitFor(() => expect(within(panel).getByRole('alert')).toHaveTextContent('Filen är större än 10 MB, importens gräns.'));
    expect(FakeXhr.last).toBeNull();
  });
});

describe('Import on Administration', () => {
  it('lets an admin choose the cycle and the catalogue instead of the statements, and sends kind=catalogue', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/auth/me': ok(adminMe) });
    const { user } = renderApp('/stockholms-stad/admin');
    const cycles = await screen.findByRole('combobox', { name: 'Omgång att importera till' });
    const names = (el: HTMLElement) => within(el).getAllByRole('option').map((o) => o.textContent);
    const statementCycles = names(cycles);
    const kinds = await screen.findByRole('group', { name: 'Vad importeras' });
    expect(within(kinds).getByRole('radio', { name: 'Skrivningar (bladet Skrivningar)' })).toBeChecked();
    await user.click(within(kinds).getByRole('radio', { name: 'Katalogen: åtgärder och ansvar (bladet Katalog)' }));
    // The catalogue is the commission's: a closed cycle names it too.
    expect(names(screen.getByRole('combobox', { name: 'Omgång att importera till' })).length).toBeGreaterThan(statementCycles.length);
    const panel = screen.getByRole('region', { name: /^Importera katalogen \(åtgärder och ansvar\) från Excel: / });
    expect(panel).toHaveTextContent('ändra i bladet Katalog');
    await user.upload(within(panel).getByLabelText('Fil att importera'), new File(['x'], 'katalog.xlsx'));
    await user.click(within(panel).getByRole('button', { name: 'Förhandsgranska' }));
    expect((await sent()).url).toMatch(/^\/api\/cycles\/\d+\/imports\?kind=catalogue$/);
  });
});
