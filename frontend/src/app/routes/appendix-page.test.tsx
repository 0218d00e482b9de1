import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { mockApi, ok } from '../../testing/fetch-mock';
import { cycle2016, defaultRoutes } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import type { Appendix } from '../../lib/api-types';

const appendix: Appendix = {
  cycle: cycle2016,
  parts: [
    {
      kind: 'central',
      title: 'Fackförvaltningar',
      sections: [
        {
          board: { id: 4, name: 'Fastighetsnämnden', administration: 'Fastighetskontoret' },
          heading: 'Fastighetskontoret',
          missing: true,
          general: [],
          reports: [],
        },
        {
          board: { id: 14, name: 'Trafiknämnden', administration: 'Trafikkontoret' },
          heading: 'Trafikkontoret',
          missing: false,
          general: [{ kind: 'text', label: null, text: 'Nämnden arbetar vidare.' }],
          reports: [
            {
              report: { key: 'delad', title: 'Från delad till enad stad' },
              measures: [
                {
                  measure: { id: 31, number: '6.3.1', title: 'Utveckla modell för SVA', responsibility: 'Trafiknämnden.' },
                  parts: [
                    { kind: 'svar', label: 'Svar', text: 'Under 2017 tas modellen fram.\n\nDen prövas 2018.' },
                    { kind: 'pagaende', label: 'Pågående arbete', text: 'En förstudie pågår.' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: 'district',
      title: 'Stadsdelsförvaltningar',
      sections: [{ board: { id: 20, name: 'Bromma stadsdelsnämnd', administration: 'Bromma stadsdelsförvaltning' }, heading: 'Bromma', missing: true, general: [], reports: [] }],
    },
  ],
};

describe('Sammanställd bilaga (/omgangar/:id/bilaga)', () => {
  it('shows the parts, a section per förvaltning, the labelled parts and "Skrivning saknas."', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/cycles/1/appendix': ok(appendix) });
    renderApp('/stockholms-stad/omgangar/1/bilaga');
    expect(await screen.findByRole('heading', { level: 2, name: 'Fackförvaltningar' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Stadsdelsförvaltningar' })).toBeInTheDocument();
    const trafik = screen.getByRole('region', { name: 'Trafikkontoret' });
    expect(within(trafik).getByRole('heading', { level: 4, name: 'Rapport: Från delad till enad stad' })).toBeInTheDocument();
    expect(within(trafik).getByRole('heading', { level: 5, name: '6.3.1 Åtgärd: Utveckla modell för SVA' })).toBeInTheDocument();
    expect(within(trafik).getByText('Under 2017 tas modellen fram.').textContent).toBe('Svar: Under 2017 tas modellen fram.');
    expect(within(trafik).getByText('Den prövas 2018.')).toBeInTheDocument();
    expect(within(trafik).getByText('En förstudie pågår.').textContent).toBe('Pågående arbete: En förstudie pågår.');
    expect(within(screen.getByRole('region', { name: 'Fastighetskontoret' })).getByText('Skrivning saknas.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Bromma' })).getByText('Skrivning saknas.')).toBeInTheDocument();
  });

  it('passes the chosen förvaltning to the API and to the Word download', async () => {
    const api = mockApi({ ...defaultRoutes(), 'GET /api/cycles/1/appendix': ok({ ...appendix, parts: [appendix.parts[0]] }) });
    renderApp('/stockholms-stad/omgangar/1/bilaga?namnd=14&rapport=delad');
    await screen.findByRole('heading', { level: 2, name: 'Fackförvaltningar' });
    const asked = api.requested('/api/cycles/1/appendix').at(-1)!;
    expect(asked.searchParams.get('board')).toBe('14');
    expect(asked.searchParams.get('report')).toBe('delad');
    expect(screen.getByRole('link', { name: 'Ladda ner som Word (.docx)' })).toHaveAttribute('href', '/api/cycles/1/appendix.docx?board=14&report=delad');
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeInTheDocument();
  });
});
