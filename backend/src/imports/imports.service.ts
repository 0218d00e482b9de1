import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { assertSameOrganisation, canWriteForBoard, type AuthUser } from '../auth/roles.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { CyclesService } from '../cycles/cycles.service.js';
import type { CycleRow } from '../cycles/cycle.row.js';
import { readWorkbook, type ReadSheet } from '../exports/workbook.js';
import { COUNTED_STATES } from '../statements/statement.row.js';
import { StatementWorkflowService } from '../statements/statement-workflow.service.js';
import { readCsv } from './csv-reader.js';
import type { ImportBatchDto } from './dto/import.dto.js';
import { SELECT_IMPORT_BATCH, summarise, toImportBatchDto, type ImportBatchRow } from './import-batch.row.js';
import { fileProblemText } from './import-problems.js';
import { planStatementRows, type ExistingStatement, type PlannedRow, type PlanReference } from './statement-plan.js';
import { parseStatementSheet, STATEMENT_SHEET } from './statement-sheet.js';
import { FileProblem } from './sheet-reading.js';
import { CATALOGUE_SHEET, parseCatalogueSheet } from './catalogue-sheet.js';
import { planCatalogueRows, type CatalogueReference, type PlannedCatalogueRow } from './catalogue-plan.js';
import type { ImportKind } from './dto/import.dto.js';
import { MeasureCatalogueService } from '../measures/measure-catalogue.service.js';
import { MeasuresService } from '../measures/measures.service.js';
import { lockForUpdate } from '../database/versioned-update.js';
import { MEASURE_TABLE } from '../measures/measure.row.js';

/** The most rows one file may have (the 2016 cycle has 84 statements; a large city a few thousand). */
export const MAX_IMPORT_ROWS = 5000;
/** How long a preview waits to be applied. */
export const IMPORT_TTL_HOURS = 24;

export interface UploadedSpreadsheet {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
  size: number;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function fileError(problem: FileProblem): AppException {
  return new AppException(ErrorCode.ImportFileInvalid, `The file cannot be imported: ${problem.code}`, undefined, {
    problem: { code: problem.code, params: problem.params, message: fileProblemText(problem.code, problem.params) },
  });
}

/**
 * Spreadsheet import of statements: the Skrivningar sheet of the cycle's export (or the same
 * columns as CSV) is parsed and planned into a batch, shown as a preview, and written only when
 * the batch is applied: in one transaction, every row through the statements' own write path
 * (`createIn`, `updateIn`: the same checks and audit rows as the API), once.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: CyclesService,
    private readonly workflow: StatementWorkflowService,
    private readonly measures: MeasuresService,
    private readonly catalogue: MeasureCatalogueService,
  ) {}

  async preview(cycleId: number, file: UploadedSpreadsheet | undefined, user: AuthUser, kind: ImportKind = 'statements'): Promise<ImportBatchDto> {
    const cycle = await this.cycles.get(cycleId);
    this.assertMayImport(cycle, user, kind);
    if (!file) throw fileError(new FileProblem('no_file'));
    const fileName = (file.originalname || 'fil').slice(0, 255);
    let planned: (PlannedRow | PlannedCatalogueRow)[];
    try {
      const { sheet, fromCsv } = await this.readSheet(file, fileName, kind === 'catalogue' ? CATALOGUE_SHEET : STATEMENT_SHEET);
      planned =
        kind === 'catalogue'
          ? planCatalogueRows(parseCatalogueSheet(sheet), await this.catalogueReference(this.dataSource.manager, cycle))
          : planStatementRows(parseStatementSheet(sheet, fromCsv), await this.reference(this.dataSource.manager, cycle, user));
    } catch (error) {
      if (error instanceof FileProblem) throw fileError(error);
      throw error;
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.dataSource.transaction(async (m) => {
      // Previews nobody applied are dropped when they expire (applied batches stay, as the record of what was written).
      await m.query(`DELETE FROM import_batch WHERE state = 'preview' AND expires_at <= now()`);
      const [{ id }] = await m.query<{ id: number }[]>(
        `INSERT INTO import_batch (organisation_id, cycle_id, kind, created_by, file_name, file_sha256, rows, summary, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, now() + make_interval(hours => $9)) RETURNING id`,
        [cycle.organisation_id, cycle.id, kind, user.id, fileName, sha256, JSON.stringify(planned), JSON.stringify(summarise(planned)), IMPORT_TTL_HOURS],
      );
      return toImportBatchDto(await this.batch(m, id, user, false));
    });
  }

  async get(id: number, user: AuthUser): Promise<ImportBatchDto> {
    return toImportBatchDto(await this.batch(this.dataSource.manager, id, user, false));
  }

  /**
   * Writes the batch's creates and updates in one transaction, or nothing: refused while any row
   * is an error (422), once applied (409), after expiry (410), in a closed cycle (409); a row whose
   * statement changed since the preview fails the whole apply with its row number (409).
   */
  async apply(id: number, user: AuthUser): Promise<ImportBatchDto> {
    let current: { row: number } | null = null;
    try {
      return await this.dataSource.transaction(async (m) => {
        const batch = await this.batch(m, id, user, true);
        if (batch.state === 'applied') {
          throw new AppException(ErrorCode.ImportApplied, `Import ${id} was applied already (${new Date(batch.applied_at!).toISOString()}); upload the file again to import it again`);
        }
        if (batch.expired) throw new AppException(ErrorCode.ImportExpired, `Import ${id} expired at ${new Date(batch.expires_at).toISOString()}; upload the file again`);
        const [cycle] = await m.query<CycleRow[]>(`SELECT t.* FROM reporting_cycle t WHERE t.id = $1 FOR SHARE`, [batch.cycle_id]);
        this.assertMayImport(cycle, user, batch.kind);
        if (batch.summary.error > 0) {
          throw new AppException(ErrorCode.ImportHasErrors, `Import ${id} has ${batch.summary.error} rows with errors; correct them in the file and upload it again`, undefined, {
            errorRows: batch.summary.error,
          });
        }
        const written: number[] = [];
        for (const row of batch.rows) {
          current = row;
          if (row.outcome !== 'create' && row.outcome !== 'update') continue;
          const writtenId =
            batch.kind === 'catalogue'
              ? await this.applyCatalogueRow(m, cycle, row as PlannedCatalogueRow, user)
              : await this.applyStatementRow(m, batch.cycle_id, row as PlannedRow, user);
          written.push(writtenId);
        }
        current = null;
        await m.query(`UPDATE import_batch SET state = 'applied', applied_at = now() WHERE id = $1`, [id]);
        await recordAudit(m, user, {
          action: 'import.apply',
          entityType: 'import',
          entityId: id,
          organisationId: batch.organisation_id,
          before: null,
          after: { cycleId: batch.cycle_id, kind: batch.kind, fileName: batch.file_name, fileSha256: batch.file_sha256, ...batch.summary, [batch.kind === 'catalogue' ? 'measures' : 'statements']: written },
        });
        return toImportBatchDto(await this.batch(m, id, user, false));
      });
    } catch (error) {
      const row = current as { row: number } | null;
      if (row && error instanceof AppException) {
        throw new AppException(error.code, `Row ${row.row}: ${error.message}`, error.errors, { ...error.details, row: row.row });
      }
      if (row && error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new AppException(ErrorCode.Conflict, `Row ${row.row}: someone wrote the same row since the preview; upload the file again`, undefined, { row: row.row });
      }
      throw error;
    }
  }

  /** A statement row through the statements' own write path; answers the statement's id. */
  private async applyStatementRow(m: EntityManager, cycleId: number, row: PlannedRow, user: AuthUser): Promise<number> {
    const v = row.values!;
    if (row.outcome === 'create') return (await this.workflow.createIn(m, cycleId, { boardId: row.board!.id, measureId: row.measure?.id ?? null, ...v }, user)).id;
    await this.workflow.updateIn(m, row.statementId!, { ...v, version: row.version! }, user);
    return row.statementId!;
  }

  /**
   * A catalogue row through the measures' own write paths (`createIn`, `updateIn`, the
   * responsibilities' set and remove, each audited on the measure's trail); answers the measure's id.
   */
  private async applyCatalogueRow(m: EntityManager, cycle: CycleRow, row: PlannedCatalogueRow, user: AuthUser): Promise<number> {
    const v = row.values!;
    const texts = { description: v.description, ongoingWork: v.ongoingWork, responsibilityText: v.responsibilityText };
    let measureId: number;
    if (row.outcome === 'create') {
      measureId = await this.catalogue.createIn(
        m,
        { commissionId: cycle.commission_id, report: v.report, number: v.number, title: v.title, ...(v.recommendation !== null ? { recommendation: v.recommendation } : {}), ...texts },
        user,
      );
    } else {
      measureId = row.measure!.id!;
      // The version the preview saw, checked (and the row locked) even when only responsibilities change.
      await lockForUpdate(m, MEASURE_TABLE, measureId, row.version!);
      if (row.changes.some((c) => c !== 'lead' && c !== 'contributing')) {
        await this.catalogue.updateIn(m, measureId, { title: v.title, ...texts, version: row.version! }, user);
      }
    }
    const wanted = new Map<number, 'lead' | 'contributing'>([...v.lead.map((b) => [b.id, 'lead'] as const), ...v.contributing.map((b) => [b.id, 'contributing'] as const)]);
    const now = await m.query<{ board_id: number; role: 'lead' | 'contributing' }[]>(`SELECT board_id, role FROM responsibility WHERE measure_id = $1`, [measureId]);
    for (const r of now) if (!wanted.has(r.board_id)) await this.catalogue.removeResponsibilityIn(m, measureId, r.board_id, user);
    for (const [boardId, role] of wanted) {
      if (now.find((r) => r.board_id === boardId)?.role !== role) await this.catalogue.setResponsibilityIn(m, measureId, boardId, { role }, user);
    }
    return measureId;
  }

  /**
   * Another organisation's cycle is refused first. Statements are refused in a closed cycle (its
   * statements are final) and, for editors, in a cycle that is not open; the catalogue is the
   * commission's (the cycle only names it) and is the admins'.
   */
  private assertMayImport(cycle: CycleRow, user: AuthUser, kind: ImportKind): void {
    assertSameOrganisation(user, cycle.organisation_id, `cycle ${cycle.id}`);
    if (kind === 'catalogue') {
      if (user.role !== 'admin') throw AppException.forbidden('Only admins import the catalogue');
      return;
    }
    if (cycle.status === 'closed') throw new AppException(ErrorCode.CycleClosed, `Cycle ${cycle.id} is closed: nothing can be imported into it`);
    if (user.role !== 'admin' && cycle.status !== 'open') {
      throw new AppException(ErrorCode.CycleNotOpen, `The cycle is ${cycle.status}: statements can be imported only while it is open`);
    }
  }

  /** The batch, only for the account that uploaded it (anyone else: 404, as if it did not exist). */
  private async batch(m: EntityManager, id: number, user: AuthUser, lock: boolean): Promise<ImportBatchRow> {
    const [row] = await m.query<ImportBatchRow[]>(`${SELECT_IMPORT_BATCH} WHERE t.id = $1${lock ? ' FOR UPDATE OF t' : ''}`, [id]);
    if (!row || row.created_by !== user.id) throw AppException.notFound('Import', id);
    return row;
  }

  /** .xlsx by its bytes (a zip), CSV by its name or type; the Skrivningar sheet, or a workbook's only sheet. */
  private async readSheet(file: UploadedSpreadsheet, fileName: string, sheetName: string): Promise<{ sheet: ReadSheet; fromCsv: boolean }> {
    if (file.buffer.subarray(0, 4).equals(ZIP_MAGIC)) {
      let sheets: ReadSheet[];
      try {
        sheets = await readWorkbook(file.buffer, MAX_IMPORT_ROWS);
      } catch {
        throw new FileProblem('not_a_spreadsheet', { file: fileName });
      }
      const sheet = sheets.find((s) => s.name.trim().toLowerCase() === sheetName.toLowerCase()) ?? (sheets.length === 1 ? sheets[0] : undefined);
      if (!sheet) throw new FileProblem('no_sheet', { sheet: sheetName });
      this.assertRowCount(sheet);
      return { sheet, fromCsv: false };
    }
    const looksCsv = /\.(csv|txt)$/i.test(fileName) || /^text\/(csv|plain)/i.test(file.mimetype);
    // A NUL byte never occurs in a text file: a binary under a .csv name is not a spreadsheet either.
    if (!looksCsv || file.buffer.includes(0)) throw new FileProblem('not_a_spreadsheet', { file: fileName });
    const sheet = readCsv(file.buffer, sheetName, MAX_IMPORT_ROWS);
    if (!sheet) throw new FileProblem('not_utf8', { file: fileName });
    this.assertRowCount(sheet);
    return { sheet, fromCsv: true };
  }

  private assertRowCount(sheet: ReadSheet): void {
    if (sheet.rows.length > MAX_IMPORT_ROWS) throw new FileProblem('too_many_rows', { max: MAX_IMPORT_ROWS });
  }

  /** The catalogue plan's reference: the organisation's boards, the commission's reports with their recommendations, and its measures today. */
  private async catalogueReference(m: EntityManager, cycle: CycleRow): Promise<CatalogueReference> {
    const boards = await m.query<{ id: number; name: string; aliases: string[] | null }[]>(`SELECT id, name, aliases FROM board WHERE organisation_id = $1 ORDER BY id`, [
      cycle.organisation_id,
    ]);
    const reports = await m.query<{ key: string; recommendations: string[] }[]>(
      `SELECT r.key, COALESCE(array_agg(rec.number) FILTER (WHERE rec.id IS NOT NULL), '{}') AS recommendations
         FROM report r LEFT JOIN recommendation rec ON rec.report_id = r.id
        WHERE r.commission_id = $1 GROUP BY r.id, r.key`,
      [cycle.commission_id],
    );
    const measures = await this.measures.catalogueOf(cycle.commission_id, m);
    return {
      boards: boards.map((b) => ({ id: b.id, name: b.name, aliases: b.aliases ?? [] })),
      reports,
      measures: measures.map((x) => ({
        id: x.id,
        version: x.version,
        report: x.report.key,
        number: x.number,
        title: x.title,
        description: x.description,
        ongoingWork: x.ongoingWork,
        responsibilityText: x.responsibilityText,
        responsibilities: x.responsibilities.map((r) => ({ boardId: r.board.id, role: r.role })),
      })),
    };
  }

  /** Everything the plan resolves against, in four queries: the organisation's boards, the commission's reports and measures, the cycle's statements. */
  private async reference(m: EntityManager, cycle: CycleRow, user: AuthUser): Promise<PlanReference> {
    const boards = await m.query<{ id: number; name: string; aliases: string[] | null }[]>(
      `SELECT id, name, aliases FROM board WHERE organisation_id = $1 ORDER BY id`,
      [cycle.organisation_id],
    );
    const reports = await m.query<{ key: string }[]>(`SELECT key FROM report WHERE commission_id = $1`, [cycle.commission_id]);
    const measures = await m.query<{ id: number; report: string; number: string }[]>(
      `SELECT m.id, r.key AS report, m.number FROM measure m JOIN report r ON r.id = m.report_id WHERE r.commission_id = $1`,
      [cycle.commission_id],
    );
    // The uploader sees what the API shows them: drafts and returned statements only of their own boards (admins: all).
    const statements = await m.query<(Omit<ExistingStatement, 'boardId' | 'measureId' | 'plannedYears'> & { board_id: number; measure_id: number | null; planned_years: number[] })[]>(
      `SELECT id, version, board_id, measure_id, text, planned_years, status, position, state FROM statement
        WHERE cycle_id = $1 AND (state IN ${COUNTED_STATES} OR $2::boolean OR board_id = ANY($3::int[]))`,
      [cycle.id, user.role === 'admin', user.boards.map((b) => b.id)],
    );
    return {
      cycle: { id: cycle.id, year: cycle.year },
      boards: boards.map((b) => ({ id: b.id, name: b.name, aliases: b.aliases ?? [] })),
      reports: reports.map((r) => r.key),
      measures,
      statements: statements.map((s) => ({
        id: s.id,
        version: s.version,
        boardId: s.board_id,
        measureId: s.measure_id,
        text: s.text,
        plannedYears: s.planned_years,
        status: s.status,
        position: s.position,
        state: s.state,
      })),
      mayWrite: (boardId) => canWriteForBoard(user, boardId, cycle.organisation_id),
    };
  }
}
