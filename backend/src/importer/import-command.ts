/**
 * `npm run import -- <file> [--kind appendix|decision|answer] [--cycle-year 2016] [--organisation <slug>] [--commission <slug>] [--dry-run]`:
 * imports a compiled appendix, or a remiss document (a sending decision or an answer), into the configured database (DATABASE_URL, or the embedded one on
 * DATA_DIR), resolving board and report names against that organisation's data. Returns the exit code.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { DatabaseEndpoint } from '../database/database-endpoint.js';
import { buildDataSourceOptions } from '../database/database-options.js';
import { initializeAndMigrate } from '../database/startup-lock.js';
import type { ImportSummary } from './appendix-writer.js';
import { importAppendix } from './import-appendix.js';
import { ImportReferenceError } from './import-reference.js';
import { AppendixParseError } from './parser/types.js';
import { AppException } from '../common/errors/app-exception.js';
import { detectKind } from '../remisser/parser/remiss-document.js';
import { REMISS_DOCUMENT_KINDS, RemissParseError, type RemissDocumentKind } from '../remisser/parser/types.js';
import { importRemiss, type RemissImportSummary } from '../remisser/remiss-import.js';

const USAGE =
  'Usage: npm run import -- <file> [--kind appendix|decision|answer] [--organisation <slug>] [--cycle-year 2016] [--commission <slug>] [--dry-run]\n' +
  '  --kind: appendix (a compiled appendix), decision (a remiss\'s sending decision) or answer (a remissvar); omitted: recognised from the text';
const KINDS = ['appendix', ...REMISS_DOCUMENT_KINDS] as const;

function printRemissSummary(out: Output, s: RemissImportSummary): void {
  const kind = s.kind === 'decision' ? 'utskicksbeslut' : 'remissvar';
  out.log(`\n${s.dryRun ? 'Provkörning (inget sparat)' : 'Importerat'} ${kind} i ${s.organisation.name}: ${s.remiss.caseNumber ?? '(utan diarienummer)'} ${s.remiss.title}`);
  out.log(`  Remiss:         ${s.remiss.action === 'created' ? 'ny' : s.remiss.action === 'updated' ? 'kompletterad' : 'oförändrad'}, sista svarsdatum ${s.remiss.answerBy ?? 'okänt'}`);
  out.log(`  Remissinstanser: ${s.recipients.created} nya, ${s.recipients.existing} fanns redan`);
  for (const r of s.recipients.list) {
    out.log(`    rad ${String(r.line).padStart(4)}  ${r.name} (${r.kind}${r.viaGroup ? `, via ${r.viaGroup}` : ''}${r.resolved ? '' : ', okopplad'})`);
  }
  for (const d of s.distributionOnly) out.log(`    rad ${String(d.line).padStart(4)}  ${d.text}: får beslutet för kännedom, inte remissinstans`);
  if (s.answer) {
    const action = s.answer.action === 'created' ? 'nytt' : s.answer.action === 'unchanged' ? 'fanns redan' : 'fanns redan med annat innehåll (behållet)';
    out.log(`  Svar:           ${s.answer.recipient}: ${s.answer.position ?? 'ståndpunkt okänd'}, ${s.answer.answeredOn ?? 'datum okänt'}, ${action}; undertecknat av ${s.answer.signatories.join(', ') || '–'}`);
  }
  out.log(`  Varningar:      ${s.warnings.length}`);
  for (const w of s.warnings) out.log(`    rad ${String(w.line).padStart(4)}  [${w.code}] ${w.message}`);
}

export interface Output {
  log(line: string): void;
  error(line: string): void;
  progress: boolean;
}

function printSummary(out: Output, summary: ImportSummary, dryRun: boolean): void {
  const counts = (c: { created: number; existing: number }) => `${c.created} nya, ${c.existing} fanns redan`;
  out.log(`\n${dryRun ? 'Provkörning (inget sparat)' : 'Importerat'}: ${summary.cycle.name} (${summary.cycle.year})`);
  out.log(`  Avsnitt:        ${summary.sections.central} fackförvaltningar, ${summary.sections.district} stadsdelsförvaltningar, ${summary.sections.missing} med "Skrivning saknas"`);
  out.log(`  Åtgärder:       ${counts(summary.measures)}`);
  out.log(`  Rekommendationer: ${counts(summary.recommendations)}`);
  out.log(`  Ansvar:         ${counts(summary.responsibilities)}`);
  out.log(`  Deltagare:      ${counts(summary.participants)}`);
  out.log(`  Skrivningar:    ${counts(summary.statements)}`);
  out.log(`  Kopplade via titel: ${summary.titleLinks.length}`);
  for (const l of summary.titleLinks) {
    out.log(`    rad ${String(l.link.lines[0]).padStart(4)}  ${l.board}: ${l.measure.reportKey} ${l.measure.number} (${l.link.method}, ${l.link.score.toFixed(2)})`);
  }
  out.log(`  Kopplingar att granska: ${counts(summary.suggestions)}`);
  for (const g of summary.suggestions.list) {
    out.log(`    rad ${String(g.lines[0]).padStart(4)}  ${g.board}: ${g.measure.reportKey} ${g.measure.number}? (${g.score.toFixed(2)}, ${g.state}) "${g.passage.length > 70 ? `${g.passage.slice(0, 67)}…` : g.passage}"`);
  }
  out.log(`  Varningar:      ${summary.warnings.length}`);
  for (const w of [...summary.warnings].sort((a, b) => a.line - b.line)) {
    out.log(`    rad ${String(w.line).padStart(4)}  [${w.code}] ${w.message}`);
  }
}

async function runRemissImport(out: Output, text: string, options: { kind: RemissDocumentKind; organisation?: string; dryRun: boolean }): Promise<number> {
  const endpoint = await DatabaseEndpoint.open(loadConfig());
  const dataSource = new DataSource(buildDataSourceOptions(endpoint.url, endpoint.embedded));
  try {
    await dataSource.initialize();
    printRemissSummary(out, await importRemiss(dataSource, text, options));
    return 0;
  } catch (error) {
    if (error instanceof RemissParseError || error instanceof AppException) {
      const fields = error instanceof AppException && error.errors ? ` (${Object.entries(error.errors).map(([k, v]) => `${k}: ${v}`).join('; ')})` : '';
      out.error(`\nThe document could not be imported; nothing was written.\n${error.message}${fields}`);
      return 1;
    }
    throw error;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await endpoint.close();
  }
}

export async function runImportCommand(args: string[], out: Output): Promise<number> {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'cycle-year': { type: 'string' },
        organisation: { type: 'string' },
        kind: { type: 'string' },
        commission: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    out.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsedArgs;
  if (values.help || positionals.length !== 1) {
    out.error(USAGE);
    return values.help ? 0 : 2;
  }
  let cycleYear: number | undefined;
  if (values['cycle-year'] !== undefined) {
    cycleYear = Number(values['cycle-year']);
    if (!/^\d{4}$/.test(values['cycle-year']) || cycleYear < 2000 || cycleYear > 2100) {
      out.error(`--cycle-year must be a year between 2000 and 2100, got "${values['cycle-year']}"`);
      return 2;
    }
  }
  if (values.kind !== undefined && !(KINDS as readonly string[]).includes(values.kind)) {
    out.error(`--kind must be one of ${KINDS.join(', ')}, got "${values.kind}"`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(positionals[0], 'utf8');
  } catch (error) {
    out.error(`Cannot read ${positionals[0]}: ${(error as Error).message}`);
    return 2;
  }
  const remissKind = values.kind === undefined ? detectKind(text) : values.kind === 'appendix' ? null : (values.kind as RemissDocumentKind);
  if (remissKind) return runRemissImport(out, text, { kind: remissKind, organisation: values.organisation, dryRun: values['dry-run'] ?? false });

  const endpoint = await DatabaseEndpoint.open(loadConfig());
  const dataSource = new DataSource(buildDataSourceOptions(endpoint.url, endpoint.embedded));
  const bar = new cliProgress.SingleBar({ format: 'Importerar [{bar}] {value}/{total} {label}', hideCursor: true }, cliProgress.Presets.shades_classic);
  try {
    await initializeAndMigrate(dataSource, endpoint.embedded);
    let started = false;
    const summary = await importAppendix(dataSource, text, {
      cycleYear,
      organisation: values.organisation,
      commission: values.commission,
      dryRun: values['dry-run'],
      onProgress: (done, total, label) => {
        if (!out.progress) return;
        if (!started) {
          bar.start(total, 0, { label });
          started = true;
        }
        bar.update(done, { label });
      },
    });
    bar.stop();
    printSummary(out, summary, values['dry-run'] ?? false);
    return 0;
  } catch (error) {
    bar.stop();
    if (error instanceof AppendixParseError || error instanceof ImportReferenceError) {
      out.error(`\nThe document could not be imported; nothing was written.\n${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await endpoint.close();
  }
}
