import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lower case, no empty or NULL element: how the importer compares names. */
const ALIASES_CHECK = (table: string) =>
  `CONSTRAINT ck_${table}_aliases CHECK (array_position(aliases, NULL) IS NULL AND array_position(aliases, '') IS NULL
     AND array_to_string(aliases, '|') = lower(array_to_string(aliases, '|')))`;

/**
 * The other names documents use for boards, board groups and reports (misspellings and short
 * forms of the 2016 appendix: "arbetsmarkandsnämnden", "stadsdels-nämnderna", "en stad i
 * samverkan"), so the importer resolves names against the organisation's data instead of code.
 * A column, not a table: aliases are only ever read with their board, group or report. Existing
 * Stockholm data (seeded before this migration) gets the aliases the seed now loads.
 */
export class AddNameAliases1764000000202 implements MigrationInterface {
  name = 'AddNameAliases1764000000202';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['board', 'board_group', 'report']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN aliases text[] NOT NULL DEFAULT '{}' ${ALIASES_CHECK(table)}`);
    }
    await q.query(`
      UPDATE board b SET aliases = a.aliases
        FROM organisation o,
             (VALUES ('Arbetsmarknadsnämnden', ARRAY['arbetsmarkandsnämnden']),
                     ('Idrottsnämnden', ARRAY['idrottförvaltningen']),
                     ('Miljö- och hälsoskyddsnämnden', ARRAY['miljönämnden']),
                     ('Utbildningsnämnden', ARRAY['central utbildningsförvaltning'])) AS a(name, aliases)
       WHERE o.slug = 'stockholms-stad' AND b.organisation_id = o.id AND b.name = a.name`);
    await q.query(`
      UPDATE board_group g SET aliases = a.aliases
        FROM organisation o,
             (VALUES ('stadsdelsnamnderna', ARRAY['stadsdelsnämnderna', 'stadsdels-nämnderna', 'samtliga stadsdelsnämnder', 'alla stadsdelsnämnder']),
                     ('berorda-stadsdelsnamnder', ARRAY['berörda stadsdelsnämnder', 'berörda stadsdelsnämnderna']),
                     ('tekniska-namnderna', ARRAY['de tekniska nämnderna', 'tekniska nämnderna', 'övriga tekniska nämnder'])) AS a(slug, aliases)
       WHERE o.slug = 'stockholms-stad' AND g.organisation_id = o.id AND g.slug = a.slug`);
    await q.query(`
      UPDATE report r SET aliases = a.aliases
        FROM commission c,
             (VALUES ('samverkan', ARRAY['stad i samverkan', 'en stad i samverkan']),
                     ('skola', ARRAY['en skola där alla ska lyckas', 'en skola där alla lyckas', 'en skola där alla kan lyckas']),
                     ('delad', ARRAY['från delad till enad stad', 'från delad stad till enad stad']),
                     ('kortutbildade', ARRAY['allas rätt till kunskap', 'kortutbildade i vuxenutbildningen', 'kortutbildade inom vuxenutbildningen'])) AS a(key, aliases)
       WHERE c.slug = 'socialt-hallbart-stockholm' AND r.commission_id = c.id AND r.key = a.key`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['report', 'board_group', 'board']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN aliases`);
    }
  }
}
