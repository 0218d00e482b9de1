import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { importRemiss } from '../src/remisser/remiss-import.js';
import { RemissParseError } from '../src/remisser/parser/types.js';
import { insertMalmoCopy, MALMO_ANSWER, MALMO_COMPANIES, MALMO_RECIPIENTS, remissSeed, SEED_FILES } from './utils/remiss-fixture.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

interface Recipient {
  id: number;
  name: string;
  kind: string;
  board: { id: number; name: string } | null;
  externalBody: { id: number; name: string } | null;
  viaGroup: string | null;
  late: boolean;
  answer: { position: string | null; answeredOn: string | null; signedBy: string[]; state: string; late: boolean } | null;
}

/**
 * Seeds 000–003, loaded by the app's seed into their organisations, with figures derived by reading
 * the documents and the seeded board structure (seed/reference-data.ts): Stockholm has 14 districts
 * until 2019 and 13 from 2020-01-01 (Hägersten-Liljeholmen and Älvsjö merged into Hägersten-Älvsjö).
 */
describe('remiss documents imported into their organisations', () => {
  let t: TestApp;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);
  const byCase = async (org: string, caseNumber: string | null, title?: string) => {
    const list = await get(`/api/remisser?organisation=${org}`).expect(200);
    const row = list.body.find((r: { caseNumber: string | null; title: string }) => (caseNumber ? r.caseNumber === caseNumber : r.title === title));
    expect(row).toBeDefined();
    return (await get(`/api/remisser/${row.id}`).expect(200)).body;
  };
  const counts = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*) FROM remiss)::int AS remisser, (SELECT count(*) FROM remiss_recipient)::int AS recipients,
                (SELECT count(*) FROM remiss_answer)::int AS answers, (SELECT count(*) FROM external_body)::int AS bodies,
                (SELECT coalesce(sum(version), 0) FROM remiss)::int AS versions, (SELECT count(*) FROM audit_event)::int AS audit`,
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
  });
  afterAll(() => t.close());

  it('000: KS 2025/216 has Södermalm and the five bodies "även remitterats till", and Södermalm\'s answer', async () => {
    const r = await byCase('stockholms-stad', 'KS 2025/216');
    // Read: "förutom till Södermalms stadsdelsnämnd, även remitterats till stadsledningskontoret,
    // arbetsmarknadsnämnden, utbildningsnämnden, Farsta stadsdelsnämnd samt Hägersten-Älvsjö stadsdelsnämnd" = 6.
    expect(r.recipients.map((x: Recipient) => x.name).sort()).toEqual(
      ['Arbetsmarknadsnämnden', 'Farsta stadsdelsnämnd', 'Hägersten-Älvsjö stadsdelsnämnd', 'Kommunstyrelsen', 'Södermalm stadsdelsnämnd', 'Utbildningsnämnden'].sort(),
    );
    // stadsledningskontoret is Kommunstyrelsen's administration; Hägersten-Älvsjö (from 2020) is a board at the answer's date.
    expect(r.recipients.every((x: Recipient) => x.board !== null)).toBe(true);
    expect(r).toMatchObject({
      title: 'Motion om att Stockholms stad ska verka för etablerandet av teknikcollege i Stockholm',
      kind: 'motion',
      sender: { name: 'Kommunstyrelsen', external: false, board: { name: 'Kommunstyrelsen' } },
      answerBy: '2025-04-01', // "Remisstiden sträcker sig till den 1 april 2025"
      status: 'sent',
      // one answer (Södermalm's, 2025-03-20, before the deadline); the other five are past 1 April 2025 without one
      counts: { recipients: 6, answered: 1, late: 5, missing: 5 },
      positions: [{ position: 'supports', count: 1 }],
    });
    const sodermalm = r.recipients.find((x: Recipient) => x.name === 'Södermalm stadsdelsnämnd');
    expect(sodermalm.answer).toMatchObject({ position: 'supports', answeredOn: '2025-03-20', late: false, signedBy: ['Alexandra Wynn', 'Emma Liljenberg'], state: 'submitted' });
    const full = await get(`/api/remiss-answers/${sodermalm.answer.id}`).expect(200);
    expect(full.body.parts.map((p: { kind: string }) => p.kind)).toEqual([
      'forslag-till-beslut', 'sammanfattning', 'bakgrund', 'arendet', 'beredning', 'synpunkter', 'barnkonsekvensanalys', 'jamstalldhetsanalys',
    ]);
    expect(full.body.decidedHow).toBe('board');
    // The signatures end the last section; they are not part of its text.
    expect(full.body.parts.at(-1).text).not.toContain('Alexandra Wynn');
  });

  it('002: KS 2020/904 lists the named instanser, the external bodies, and "de övriga stadsdelsnämnderna" without Spånga-Tensta', async () => {
    const r = await byCase('stockholms-stad', 'KS 2020/904');
    const names = r.recipients.map((x: Recipient) => x.name);
    // Read: Spånga-Tensta + 10 named ("stadsledningskontoret, socialnämnden, utbildningsnämnden, Stockholms Stadshus AB,
    // kommunstyrelsens råd för funktionshinderfrågor, Almega Kompetensföretagen, arbetsförmedlingen, Famna,
    // Samordningsförbundet Stockholms stad") = 10, and the other districts at 2020-01-01 (the case number's year;
    // the document has no date): 13 minus Spånga-Tensta = 12.
    expect(r.counts).toEqual({ recipients: 22, answered: 1, late: 0, missing: 21 });
    expect(r.recipients.filter((x: Recipient) => x.kind === 'external').map((x: Recipient) => x.name).sort()).toEqual(
      ['Almega Kompetensföretagen', 'Arbetsförmedlingen', 'Famna', 'Samordningsförbundet Stockholms stad'].sort(),
    );
    const viaGroup = r.recipients.filter((x: Recipient) => x.viaGroup === 'Stadsdelsnämnderna');
    expect(viaGroup).toHaveLength(12);
    expect(viaGroup.map((x: Recipient) => x.name)).toContain('Hägersten-Älvsjö stadsdelsnämnd');
    expect(viaGroup.map((x: Recipient) => x.name)).not.toContain('Spånga-Tensta stadsdelsnämnd');
    // Ended 2019-12-31, merged into Hägersten-Älvsjö.
    expect(viaGroup.map((x: Recipient) => x.name)).not.toContain('Älvsjö stadsdelsnämnd');
    expect(viaGroup.map((x: Recipient) => x.name)).not.toContain('Hägersten-Liljeholmen stadsdelsnämnd');
    expect(names).toEqual(expect.arrayContaining(['Spånga-Tensta stadsdelsnämnd', 'Kommunstyrelsen', 'Socialnämnden', 'Utbildningsnämnden', 'Stockholms Stadshus AB']));
    expect(r.recipients.find((x: Recipient) => x.name === 'Stockholms Stadshus AB')).toMatchObject({ kind: 'company', board: { name: 'Stockholms Stadshus AB' } });
    // An advisory council of kommunstyrelsen is no board of the city: kept, unlinked, with a warning at import.
    expect(r.recipients.find((x: Recipient) => x.name === 'Kommunstyrelsens råd för funktionshinderfrågor')).toMatchObject({ kind: 'board', board: null });
    // No "Remisstid" in the document: no last answer date, so nobody is late.
    expect(r.answerBy).toBeNull();
    const answer = r.recipients.find((x: Recipient) => x.name === 'Spånga-Tensta stadsdelsnämnd').answer;
    expect(answer).toMatchObject({ position: 'supports', answeredOn: null, signedBy: ['Fredrik Jurdell', 'Abdi-Nur Isse'] });
    // The external bodies went into Stockholm's register, reused by the next remiss.
    const bodies = await get('/api/external-bodies?organisation=stockholms-stad').expect(200);
    expect(bodies.body.map((b: { name: string }) => b.name)).toEqual(['Almega Kompetensföretagen', 'Arbetsförmedlingen', 'Famna', 'Samordningsförbundet Stockholms stad']);
  });

  it('003: the Malmö decision yields exactly its eleven nämnder and two companies, not "Stadskontorets handläggare"', async () => {
    const r = await byCase('malmo-stad', 'STK-2024-1374');
    expect(r.recipients.map((x: Recipient) => x.name).sort()).toEqual([...MALMO_RECIPIENTS, ...MALMO_COMPANIES].sort());
    expect(r.recipients.every((x: Recipient) => x.board !== null)).toBe(true);
    // "MKB" and "MINC" are the companies' aliases.
    expect(r.recipients.filter((x: Recipient) => x.kind === 'company').map((x: Recipient) => x.name).sort()).toEqual(['MINC i Malmö AB', 'MKB Fastighets AB']);
    expect(r).toMatchObject({
      organisation: { slug: 'malmo-stad', name: 'Malmö stad' },
      title: 'Återrapportering kring kraftsamlande insatser',
      kind: 'förslag',
      sender: { name: 'Kommunstyrelsens arbetsutskott', board: { name: 'Kommunstyrelsen' } },
      decidedOn: '2025-03-24',
      paragraph: '141',
      answerBy: '2025-06-13', // "sista svarsdatum den 13 juni 2025"
      counts: { recipients: 13, answered: 0, late: 13, missing: 13 },
      positions: [],
    });
  });

  it('001: Tyresö answers KSL\'s recommendation for the municipality itself', async () => {
    const r = await byCase('tyreso-kommun', null, 'Rekommendation att teckna överenskommelse om att skapa en vuxenutbildningsregion i Stockholms län');
    expect(r).toMatchObject({
      caseNumber: null,
      kind: 'rekommendation',
      sender: { name: 'KSL', external: true, board: null },
      decidedOn: '2008-06-13', // "KSLs styrelse beslutade vid sitt sammanträde 2008-06-13"
      answerBy: '2008-10-05', // "senast den 5 oktober", the year from the decision
      counts: { recipients: 1, answered: 1, late: 0, missing: 0 },
    });
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0]).toMatchObject({ kind: 'organisation', name: 'Tyresö kommun', answer: { position: 'supports', signedBy: ['Britt-Marie Lundberg Björk', 'Erik Hamner'] } });
  });

  it('lists each organisation\'s remisser only under its slug; an unknown slug is a 404 naming it', async () => {
    const all = await get('/api/remisser').expect(200);
    expect(all.body.map((r: { organisation: { slug: string } }) => r.organisation.slug).sort()).toEqual(['malmo-stad', 'stockholms-stad', 'stockholms-stad', 'tyreso-kommun']);
    const res = await get('/api/remisser?organisation=goteborg').expect(404);
    expect(res.body.message).toContain('goteborg');
  });

  it('a re-import of every seed changes nothing', async () => {
    const before = await counts();
    const summaries = [
      await importRemiss(t.dataSource, remissSeed(SEED_FILES.sodermalm), { organisation: 'stockholms-stad' }),
      await importRemiss(t.dataSource, remissSeed(SEED_FILES.spangaTensta), { organisation: 'stockholms-stad' }),
      await importRemiss(t.dataSource, remissSeed(SEED_FILES.malmo), { organisation: 'malmo-stad' }),
      await importRemiss(t.dataSource, remissSeed(SEED_FILES.tyreso), { organisation: 'tyreso-kommun' }),
    ];
    expect(summaries.map((s) => s.remiss.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(summaries.map((s) => s.recipients.created)).toEqual([0, 0, 0, 0]);
    expect(summaries.map((s) => s.answer?.action ?? null)).toEqual(['unchanged', 'unchanged', null, 'unchanged']);
    expect(await counts()).toEqual(before);
  });

  it('answer-before-decision and decision-before-answer give the same remiss', async () => {
    await insertMalmoCopy(t.dataSource, 'malmo-a', 'Malmö A');
    await insertMalmoCopy(t.dataSource, 'malmo-b', 'Malmö B');
    await importRemiss(t.dataSource, remissSeed(SEED_FILES.malmo), { organisation: 'malmo-a' });
    const answerSecond = await importRemiss(t.dataSource, MALMO_ANSWER, { organisation: 'malmo-a' });
    const answerFirst = await importRemiss(t.dataSource, MALMO_ANSWER, { organisation: 'malmo-b' });
    expect(answerFirst.remiss.action).toBe('created');
    expect(answerFirst.recipients.list.map((r) => r.name)).toEqual(['Kulturnämnden']);
    const decisionSecond = await importRemiss(t.dataSource, remissSeed(SEED_FILES.malmo), { organisation: 'malmo-b' });
    expect(decisionSecond.remiss.action).toBe('updated');
    expect(answerSecond.answer?.action).toBe('created');
    const strip = (r: Record<string, unknown>) => {
      const { id, organisation, version, sender, recipients, ...rest } = r as Record<string, unknown> & { sender: { board: unknown }; recipients: Recipient[] };
      void id; void organisation; void version;
      return {
        ...rest,
        sender: { ...sender, board: (sender.board as { name: string } | null)?.name ?? null },
        recipients: recipients.map(({ id: rid, board, answer, ...x }) => {
          void rid;
          return { ...x, board: board?.name ?? null, answer: answer ? { ...answer, id: undefined, version: undefined } : null };
        }),
      };
    };
    const a = strip(await byCase('malmo-a', 'STK-2024-1374'));
    const b = strip(await byCase('malmo-b', 'STK-2024-1374'));
    expect(a).toEqual(b);
    expect(a).toMatchObject({ title: 'Återrapportering kring kraftsamlande insatser', decidedOn: '2025-03-24', counts: { recipients: 13, answered: 1 } });
  });

  it('an unreadable document fails clearly and writes nothing; a dry run previews and writes nothing', async () => {
    const before = await counts();
    await expect(importRemiss(t.dataSource, 'Inköpslista\nmjölk\nbröd\n', { organisation: 'stockholms-stad' })).rejects.toThrow(RemissParseError);
    await expect(importRemiss(t.dataSource, 'Beslutet skickas till\n\nBeslutsunderlag\n', { organisation: 'malmo-stad' })).rejects.toThrow(/paragraf/);
    const preview = await importRemiss(t.dataSource, MALMO_ANSWER.replace('STK-2024-1374', 'STK-2025-9'), { organisation: 'malmo-stad', dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, kind: 'answer', remiss: { action: 'created', caseNumber: 'STK-2025-9' }, answer: { position: 'supports', action: 'created' } });
    expect(await counts()).toEqual(before);
  });

  it('an organisation must be named while there are several', async () => {
    await expect(importRemiss(t.dataSource, remissSeed(SEED_FILES.sodermalm))).rejects.toMatchObject({ errors: { organisation: expect.stringContaining('required') } });
  });
});
