/**
 * Several municipalities in one install (issue 12): the start page lists them with their latest
 * cycle, the organisation is the first segment of every address, the header's selector switches
 * between them by keyboard, old addresses lead to Stockholms stad and an unknown one is named.
 */
import { describe, expect, it } from '@jest/globals';
import type { Cycle, Organisation, TrendPoint } from '../src/lib/api-types';
import { createFormatters } from '../src/lib/format';
import { api, APP_URL, expectNoAxeViolations, focusedDescription, ofStockholm, screenshot, stockholm } from './support/browser';
import { browserSession } from './support/session';

const fmt = createFormatters('sv');
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const newestOf = <T extends { year: number; id: number }>(list: T[]): T | undefined =>
  [...list].sort((a, b) => b.year - a.year || b.id - a.id)[0];

const session = browserSession();

/** Tabs until `description` has focus (at most `max` presses); fails with what was reached. */
async function tabTo(description: string, max = 30): Promise<void> {
  const reached: string[] = [];
  for (let i = 0; i < max; i++) {
    await session.page.keyboard.press('Tab');
    const focused = await focusedDescription(session.page);
    if (focused === description) return;
    reached.push(focused);
  }
  throw new Error(`Tab never reached ${description}; reached: ${reached.join(', ')}`);
}

describe('the start page', () => {
  it('lists every municipality with its latest cycle’s share delivered and its open remisser, as the API counts them', async () => {
    const organisations = await api<Organisation[]>('/organisations');
    expect(organisations.map((o) => o.slug)).toEqual(expect.arrayContaining(['stockholms-stad', 'malmo-stad', 'tyreso-kommun']));
    const trendAsked: URL[] = [];
    session.page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/coverage/trend') trendAsked.push(url);
    });
    await session.open('/');
    await session.page.getByRole('heading', { level: 1, name: 'Kommunerna' }).waitFor();
    const table = session.page.getByRole('table', { name: 'Senaste uppföljningsomgången per kommun' });
    await table.waitFor();
    await session.page.waitForLoadState('networkidle');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(organisations.length);
    // One request for every municipality's trend, however many there are.
    expect(trendAsked.map((url) => url.search)).toEqual(['']);

    const expected: string[][] = [];
    const shown: string[][] = [];
    for (const [index, organisation] of organisations.entries()) {
      const row = rows.nth(index);
      const link = row.getByRole('link', { name: organisation.name, exact: true });
      expect(await link.getAttribute('href')).toBe(`/${organisation.slug}`);
      const trend = await api<TrendPoint[]>(`/coverage/trend?organisation=${organisation.slug}`);
      // Open remisser: sent, not closed (one page of 1,000 holds the demo data's).
      const open = (await api<{ status: string }[]>(`/remisser?organisation=${organisation.slug}&status=sent&limit=1000`)).length;
      const latest = [...trend].sort((a, b) => b.cycle.year - a.cycle.year || b.cycle.id - a.cycle.id)[0];
      const cells = (await row.locator('td').allTextContents()).map(normalise);
      // The cycle's cell also says "pågår (sista dag …)" for a cycle not closed: compared by its start.
      shown.push([cells[0].slice(0, latest ? `${latest.cycle.name} (${latest.cycle.year})`.length : undefined), ...cells.slice(1)]);
      expected.push(
        latest
          ? [
              `${latest.cycle.name} (${latest.cycle.year})`,
              normalise(fmt.number(latest.expected)),
              normalise(fmt.number(latest.delivered)),
              normalise(fmt.percent(latest.expected === 0 ? null : latest.rate)),
              normalise(fmt.number(open)),
            ]
          : ['Ingen omgång ännu', '–', '–', '–', normalise(fmt.number(open))],
      );
    }
    expect(shown).toEqual(expected);
    // Stockholm's 2016 figures are on the comparison, unchanged.
    await session.page.getByRole('table', { name: 'Jämförelse per år' }).waitFor();
    await screenshot(session.page, 'startsida');
    await expectNoAxeViolations(session.page, '/');
  });

  it('leads from a municipality to its Översikt', async () => {
    await session.open('/');
    await session.page.getByRole('link', { name: 'Stockholms stad', exact: true }).click();
    await session.page.waitForURL(`${APP_URL}/stockholms-stad`);
    await session.page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(await session.page.title()).toBe('Översikt – Stockholms stad – Åtgärdskollen');
  });
});

describe('the organisation selector', () => {
  it('shows the municipality by name and switches to the same page of another by keyboard, passing axe open and closed', async () => {
    const malmoCycles = await api<Cycle[]>('/cycles?organisation=malmo-stad');
    await session.open(stockholm('/matris'));
    await session.page.getByRole('heading', { level: 1, name: 'Matris' }).waitFor();
    const button = session.page.getByRole('button', { name: 'Kommun: Stockholms stad' });
    await button.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    await tabTo('button:Kommun: Stockholms stad');
    await session.page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const menu = session.page.getByRole('navigation', { name: 'Välj kommun' });
    expect(await menu.getByRole('link', { name: 'Malmö stad' }).getAttribute('href')).toBe('/malmo-stad/matris');
    await screenshot(session.page, 'kommunval-oppet');
    await expectNoAxeViolations(session.page, '/stockholms-stad/matris with the selector open');

    // Esc closes and leaves focus on the button.
    await session.page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedDescription(session.page)).toBe('button:Kommun: Stockholms stad');

    await session.page.keyboard.press('Enter');
    await tabTo('a:Malmö stad', 3);
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(`${APP_URL}/malmo-stad/matris`);
    await session.page.getByRole('button', { name: 'Kommun: Malmö stad' }).waitFor();
    await session.page.getByRole('heading', { level: 1, name: 'Matris' }).waitFor();
    await session.page.waitForLoadState('networkidle');
    // Malmö's own cycles, its newest chosen; none of Stockholm's.
    const newest = newestOf(malmoCycles);
    const select = session.page.getByRole('combobox', { name: 'Uppföljningsomgång' });
    // Waited for, not counted at once: on a busy machine the cycle list can arrive after networkidle.
    const noCycles = session.page.getByText('Det finns inga uppföljningsomgångar ännu.');
    await (newest ? select : noCycles).waitFor();
    const cycleShown = newest
      ? { chosen: await select.inputValue(), options: await select.locator('option').count() }
      : { none: await noCycles.count() };
    expect(cycleShown).toEqual(newest ? { chosen: String(newest.id), options: malmoCycles.length } : { none: 1 });
    expect(await session.page.title()).toBe('Matris – Malmö stad – Åtgärdskollen');
    await expectNoAxeViolations(session.page, '/malmo-stad/matris');
  });

  it('asks every list the browser requests for the municipality of the address', async () => {
    const lists = ['/api/cycles', '/api/boards', '/api/reports', '/api/measures', '/api/coverage/trend'];
    const asked: URL[] = [];
    session.page.on('request', (request) => {
      const url = new URL(request.url());
      if (lists.includes(url.pathname)) asked.push(url);
    });
    for (const page of ['/tyreso-kommun', '/tyreso-kommun/matris', '/tyreso-kommun/luckor', '/tyreso-kommun/trend']) {
      await session.open(page);
      await session.page.getByRole('heading', { level: 1 }).waitFor();
      await session.page.waitForLoadState('networkidle');
    }
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((url) => url.searchParams.get('organisation') !== 'tyreso-kommun').map(String)).toEqual([]);
  });
});

describe('addresses', () => {
  it('leads an old address (a bookmark from before several municipalities) to Stockholms stad, keeping the rest', async () => {
    const cycles = await api<Cycle[]>(ofStockholm('/cycles'));
    const cycle = newestOf(cycles)!;
    await session.open(`/luckor?omgang=${cycle.id}&typ=no-statement`);
    await session.page.waitForURL(`${APP_URL}/stockholms-stad/luckor?omgang=${cycle.id}&typ=no-statement`);
    await session.page.getByRole('heading', { level: 1, name: 'Luckor' }).waitFor();
    expect(await session.page.getByRole('combobox', { name: 'Typ av lucka' }).inputValue()).toBe('no-statement');
  });

  it('names an unknown municipality on a page of its own', async () => {
    await session.open('/gotlands-kommun/matris');
    await session.page.getByRole('heading', { level: 1, name: 'Kommunen finns inte' }).waitFor();
    await session.page.getByText('Det finns ingen kommun med adressen ”gotlands-kommun” i Åtgärdskollen.').waitFor();
    expect(await session.page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    await screenshot(session.page, 'kommun-finns-inte');
    await expectNoAxeViolations(session.page, '/gotlands-kommun/matris');
  });
});
