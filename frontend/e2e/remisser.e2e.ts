/**
 * Remisser in a real browser against the running app with the demo data: the Remiss page of
 * KS 2025/216 (seed 000) shows its six remissinstanser, Södermalm's answer and the positions with
 * their table, and axe finds no WCAG 2.1 AA violations; Farsta's editor answers it in the app and
 * the page's counts move from 1 to 2 of 6. Screenshots go to frontend/test-results/screenshots/.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { RemissDetail, RemissListItem } from '../src/lib/api-types';
import { api, expectNoAxeViolations, screenshot } from './support/browser';
import { browserSession } from './support/session';

const EDITOR = { email: 'redaktor.farsta-stadsdelsnamnd@example.se', password: process.env.DEMO_PASSWORD || 'demo' };
const session = browserSession();
let remiss: RemissDetail;

beforeAll(async () => {
  const list = await api<RemissListItem[]>('/remisser?organisation=stockholms-stad');
  const found = list.find((r) => r.caseNumber === 'KS 2025/216');
  if (!found) throw new Error('The demo data has no KS 2025/216: load the seed before the browser tests.');
  remiss = await api<RemissDetail>(`/remisser/${found.id}`);
});

describe('Remiss', () => {
  it('shows the recipients, the answer and the positions with their table, with no axe violations', async () => {
    await session.open(`/stockholms-stad/remisser/${remiss.id}`);
    const page = session.page;
    await page.getByRole('heading', { level: 1, name: remiss.title }).waitFor();
    await page.getByText(`${remiss.counts.answered} av ${remiss.counts.recipients} remissinstanser har svarat`).waitFor();
    const table = page.getByRole('table', { name: 'Remissinstanser och deras svar' });
    expect(await table.getByRole('rowheader').count()).toBe(remiss.recipients.length);
    await expect(table.getByRole('row', { name: /Södermalm stadsdelsnämnd.*Har svarat.*Tillstyrker/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('table', { name: 'Ståndpunkter' }).getByRole('row').count()).resolves.toBe(2);
    await page.getByRole('article', { name: 'Södermalm stadsdelsnämnd' }).getByText('Läs svaret från Södermalm stadsdelsnämnd').click();
    await page.getByRole('heading', { level: 4, name: 'Jämställdhetsanalys' }).waitFor();
    await screenshot(page, 'remiss');
    await expectNoAxeViolations(page, `/remisser/${remiss.id}`);
  });

  it('the Remisser list and the compilation page pass axe', async () => {
    await session.open('/stockholms-stad/remisser');
    await session.page.getByRole('table', { name: 'Remisser med sista svarsdatum och svar' }).waitFor();
    await screenshot(session.page, 'remisser');
    await expectNoAxeViolations(session.page, '/remisser');
    await session.open(`/stockholms-stad/remisser/${remiss.id}/sammanstallning`);
    await session.page.getByRole('heading', { level: 2, name: 'Har inte svarat' }).waitFor();
    await expectNoAxeViolations(session.page, `/remisser/${remiss.id}/sammanstallning`);
  });

  it("Farsta's editor answers in the app, and the counts move", async () => {
    const page = session.page;
    await session.open('/logga-in');
    await page.getByLabel('E-postadress').fill(EDITOR.email);
    await page.getByLabel('Lösenord').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('banner').getByText(EDITOR.email).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Att besvara' }).click();
    await page.getByRole('link', { name: `${remiss.title} – Farsta stadsdelsnämnd` }).click();
    await page.getByRole('heading', { level: 1, name: 'Svar från Farsta stadsdelsnämnd' }).waitFor();
    await expectNoAxeViolations(page, 'svarsformuläret');
    await page.getByRole('radio', { name: 'Inga synpunkter' }).check();
    await page.getByRole('textbox', { name: 'Sammanfattning' }).fill('Farsta stadsdelsförvaltning har inga synpunkter på motionen.');
    await page.getByRole('button', { name: 'Lämna in svaret' }).click();
    await page.getByText('Svaret är inlämnat.').waitFor();
    await page.getByRole('link', { name: 'Tillbaka till remissen' }).click();
    await page.getByText(`${remiss.counts.answered + 1} av ${remiss.counts.recipients} remissinstanser har svarat`).waitFor();
    const after = await api<RemissDetail>(`/remisser/${remiss.id}`);
    expect(after.recipients.find((r) => r.name === 'Farsta stadsdelsnämnd')?.answer).toMatchObject({ position: 'no-comments', state: 'submitted' });
  });
});
