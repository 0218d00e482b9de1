import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, ok, type MockReply } from '../../testing/fetch-mock';
import { defaultRoutes, editorMe, trafik } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import type { RemissAnswer, RemissDetail, RemissListItem } from '../../lib/api-types';

const base: RemissListItem = {
  id: 5,
  organisation: { slug: 'stockholms-stad', name: 'Stockholms stad' },
  caseNumber: 'KS 2025/216',
  title: 'Motion om teknikcollege',
  kind: 'motion',
  sender: { name: 'Kommunstyrelsen', external: false, board: { id: 9, name: 'Kommunstyrelsen' } },
  decidedOn: null,
  answerBy: '2099-04-01',
  status: 'sent',
  counts: { recipients: 2, answered: 1, late: 0, missing: 1 },
};

const remiss = (trafikAnswer: RemissDetail['recipients'][number]['answer'] = null): RemissDetail => ({
  ...base,
  counts: trafikAnswer?.state === 'submitted' ? { recipients: 2, answered: 2, late: 0, missing: 0 } : base.counts,
  paragraph: null,
  links: [],
  handlingOfficer: null,
  version: 3,
  positions: [
    { position: 'supports', count: trafikAnswer?.state === 'submitted' ? 2 : 1 },
  ],
  recipients: [
    {
      id: 11,
      name: 'Södermalm stadsdelsnämnd',
      kind: 'board',
      board: { id: 14, name: 'Södermalm stadsdelsnämnd' },
      externalBody: null,
      viaGroup: null,
      late: false,
      answer: { id: 21, position: 'supports', answeredOn: '2025-03-20', late: false, summary: 'Förvaltningen ser positivt på motionen.', signedBy: ['Alexandra Wynn'], state: 'submitted', version: 1 },
    },
    { id: 12, name: 'Trafiknämnden', kind: 'board', board: { id: trafik.id, name: trafik.name }, externalBody: null, viaGroup: null, late: false, answer: trafikAnswer },
  ],
});

const answer = (overrides: Partial<RemissAnswer> = {}): RemissAnswer => ({
  id: 22,
  position: 'supports',
  answeredOn: null,
  late: false,
  summary: 'Trafikkontoret tillstyrker.',
  signedBy: [],
  state: 'draft',
  version: 1,
  remiss: { id: 5, caseNumber: 'KS 2025/216', title: 'Motion om teknikcollege', answerBy: '2099-04-01' },
  recipient: { id: 12, name: 'Trafiknämnden', kind: 'board', board: { id: trafik.id, name: trafik.name } },
  parts: [],
  decidedHow: null,
  submittedAt: null,
  updatedAt: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

describe('Remiss (/remisser/:id)', () => {
  it('shows the recipients with their status, the positions as a chart with its table, and each answer', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/remisser/5': ok(remiss()) });
    renderApp('/stockholms-stad/remisser/5');
    expect(await screen.findByRole('heading', { level: 1, name: 'Motion om teknikcollege' })).toBeInTheDocument();
    expect(screen.getByText('1 av 2 remissinstanser har svarat; 0 är sena.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Remissinstanser och deras svar' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Södermalm stadsdelsnämnd', 'Trafiknämnden']);
    expect(within(rows[0]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Nämnd', 'Har svarat', 'Tillstyrker', '20 mars 2025', 'Läs svaret från Södermalm stadsdelsnämnd']);
    // Not signed in: nobody is offered to answer.
    expect(within(rows[1]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Nämnd', 'Inte svarat', '–', '–', '–']);
    const positions = screen.getByRole('table', { name: 'Ståndpunkter' });
    expect(within(positions).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Tillstyrker1']);
    expect(screen.getByRole('article', { name: 'Södermalm stadsdelsnämnd' })).toHaveTextContent('Förvaltningen ser positivt på motionen.');
    expect(screen.getByRole('link', { name: 'Remissammanställning' })).toHaveAttribute('href', '/stockholms-stad/remisser/5/sammanstallning');
  });

  it("an editor of a recipient board answers in the app: draft saved, then submitted, and the remiss's counts move", async () => {
    let current = remiss();
    const user = userEvent.setup();
    const api = mockApi({
      ...defaultRoutes(),
      'GET /api/auth/me': ok(editorMe),
      'GET /api/remisser/5': () => ok(current),
      'POST /api/remisser/5/recipients/12/answer': (): MockReply => {
        current = remiss({ id: 22, position: 'supports', answeredOn: null, late: false, summary: 'Trafikkontoret tillstyrker.', signedBy: [], state: 'draft', version: 1 });
        return { status: 201, body: answer() };
      },
      'GET /api/remiss-answers/22': ok(answer()),
      'PUT /api/remiss-answers/22': ok(answer({ version: 2 })),
      'POST /api/remiss-answers/22/submit': () => {
        current = remiss({ id: 22, position: 'supports', answeredOn: '2026-03-02', late: false, summary: 'Trafikkontoret tillstyrker.', signedBy: [], state: 'submitted', version: 3 });
        return ok(answer({ state: 'submitted', version: 3, answeredOn: '2026-03-02' }));
      },
    });
    renderApp('/stockholms-stad/remisser/5');
    await user.click(await screen.findByRole('link', { name: 'Besvara för Trafiknämnden' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Svar från Trafiknämnden' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Tillstyrker' }));
    await user.type(screen.getByRole('textbox', { name: 'Sammanfattning' }), 'Trafikkontoret tillstyrker.');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText('Utkastet är sparat.')).toBeInTheDocument();
    expect(api.written('/api/remisser/5/recipients/12/answer')[0].body).toEqual({ position: 'supports', answeredOn: null, summary: 'Trafikkontoret tillstyrker.', signatories: [] });
    await user.click(screen.getByRole('button', { name: 'Lämna in svaret' }));
    expect(await screen.findByText('Svaret är inlämnat.')).toBeInTheDocument();
    // The second save updates the draft with the version read, then submits that version.
    expect(api.written('/api/remiss-answers/22')[0].body).toMatchObject({ version: 1 });
    expect(api.written('/api/remiss-answers/22/submit')[0].body).toEqual({ version: 2 });
    await user.click(screen.getByRole('link', { name: 'Tillbaka till remissen' }));
    expect(await screen.findByText('2 av 2 remissinstanser har svarat; 0 är sena.')).toBeInTheDocument();
  });

  it('Remisser lists the cases with answered x of y; an unknown id is not found without asking the API', async () => {
    const overdue = [
      {
        organisation: base.organisation,
        remiss: { id: 5, caseNumber: 'KS 2025/216', title: base.title, answerBy: '2025-04-01' },
        recipient: { key: 'board:3', name: 'Farsta stadsdelsnämnd', kind: 'board', board: { id: 3, name: 'Farsta stadsdelsnämnd' }, externalBody: null },
        daysOverdue: 30,
      },
    ];
    const api = mockApi({ ...defaultRoutes(), 'GET /api/remisser': ok([base]), 'GET /api/remisser/overdue': ok(overdue) });
    renderApp('/stockholms-stad/remisser');
    const table = await screen.findByRole('table', { name: 'Remisser med sista svarsdatum och svar' });
    expect(within(table).getAllByRole('row')[1].textContent).toContain('1 av 2');
    const late = await screen.findByRole('table', { name: 'Remissinstanser som inte har svarat efter sista svarsdatum' });
    expect(within(late).getAllByRole('row')[1].textContent).toBe('Farsta stadsdelsnämndKS 2025/2161 april 202530');
    renderApp('/stockholms-stad/remisser/abc');
    expect(api.requested('/api/remisser/abc')).toHaveLength(0);
  });
});
