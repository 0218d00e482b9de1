import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { apiError, mockApi, never, ok, sequence } from '../../testing/fetch-mock';
import { defaultRoutes, trend } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

describe('Trend (/trend)', () => {
  it('shows a loading state', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/coverage/trend': never });
    renderApp('/stockholms-stad/trend');
    expect(await screen.findByText('Hämtar trenden …')).toBeInTheDocument();
  });

  it('draws only finished cycles and names an open one as ongoing with its share so far, never as a fall', async () => {
    mockApi(defaultRoutes());
    renderApp('/stockholms-stad/trend');
    // 2016 is closed (83,3 %); 2017 is open (50 % so far): not "from 83,3 % to 50 %".
    const chart = await screen.findByRole('img', { name: /Bara en avslutad omgång hittills: 83,3\s% inlämnade/ });
    expect(chart.getAttribute('aria-label')).toMatch(/Underlag för budget 2018 med inriktning 2019-2020 pågår \(sista dag 29 september 2017\): 50\s% inlämnade hittills – inget slutligt resultat\./);
    expect(chart.getAttribute('aria-label')).not.toMatch(/gick från/);
    expect(JSON.parse(chart.getAttribute('data-labels')!)).toEqual(['2016']);
    expect(JSON.parse(chart.getAttribute('data-series')!)[0].data).toEqual([5 / 6]);

    const table = screen.getByRole('table', { name: 'Andel inlämnade per omgång' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['2016', 'avslutad', '6', '5', '1', '83,3\u00a0%'],
      ['2017', 'pågår (sista dag 29 september 2017)', '6', '3', '3', '50\u00a0%'],
    ]);
    expect(screen.getByRole('button', { name: 'Dölj tabellen' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('compares finished cycles, oldest first', async () => {
    const closed = trend.map((point) => ({ ...point, cycle: { ...point.cycle, status: 'closed' as const } }));
    mockApi({ ...defaultRoutes(), 'GET /api/coverage/trend': ok(closed) });
    renderApp('/stockholms-stad/trend');
    const chart = await screen.findByRole('img', { name: /Andelen inlämnade gick från 83,3\s% .* till 50\s%/ });
    expect(JSON.parse(chart.getAttribute('data-labels')!)).toEqual(['2016', '2017']);
    expect(JSON.parse(chart.getAttribute('data-series')!)[0].data).toEqual([5 / 6, 0.5]);
  });

  it('describes a single cycle', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/coverage/trend': ok([trend[1]]) });
    renderApp('/stockholms-stad/trend');
    expect(await screen.findByText(/^Bara en avslutad omgång hittills: 83,3\s% inlämnade/)).toBeInTheDocument();
  });

  it('says no cycle has finished when the only one is open', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/coverage/trend': ok([trend[0]]) });
    renderApp('/stockholms-stad/trend');
    expect(await screen.findByText(/^Ingen omgång är avslutad ännu\. .* pågår \(sista dag 29 september 2017\): 50\s% inlämnade hittills/)).toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/coverage/trend': ok([]) });
    renderApp('/stockholms-stad/trend');
    expect(await screen.findByText('Det finns inga omgångar att visa ännu.')).toBeInTheDocument();
  });

  it('shows an error and retries', async () => {
    mockApi({ ...defaultRoutes(), 'GET /api/coverage/trend': sequence(apiError(500, 'INTERNAL_ERROR', 'Oväntat fel'), ok(trend)) });
    const { user } = renderApp('/stockholms-stad/trend');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta trenden.');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('table', { name: 'Andel inlämnade per omgång' })).toBeInTheDocument();
  });
});
