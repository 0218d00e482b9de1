import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BoardKind } from '../boards/board.row.js';
import { BoardsService } from '../boards/boards.service.js';
import { MAX_PAGE_SIZE } from '../common/pagination.js';
import { CoverageService } from '../coverage/coverage.service.js';
import { MEASURE_COLUMNS, type MeasureRow } from '../measures/measure.row.js';
import type { StatementDto } from '../statements/dto/statement.dto.js';
import { StatementsService } from '../statements/statements.service.js';
import type { AppendixDto, AppendixPartDto, AppendixQueryDto, AppendixSectionDto } from './dto/appendix.dto.js';
import { allPages } from './exports.service.js';

/** The labels the 2016 appendix writes before a statement's parts (the importer reads the same). */
const PART_LABEL: Record<string, string | null> = {
  svar: 'Svar',
  hantering: 'Hantering',
  kommentar: 'Kommentar',
  pagaende: 'Pågående arbete',
  text: null,
};
const PART_TITLE = { central: 'Fackförvaltningar', district: 'Stadsdelsförvaltningar' } as const;
const collator = new Intl.Collator('sv');

/** A district's section is headed by its bare name ("Bromma"), as in the 2016 appendix. */
export function sectionHeading(administration: string, kind: string): string {
  return kind === 'district' ? administration.replace(/\s+stadsdelsförvaltning$/i, '') : administration;
}

function partsOf(s: StatementDto): AppendixSectionDto['general'] {
  const parts = s.parts?.length ? s.parts : [{ kind: 'text', text: s.text }];
  return parts.filter((p) => p.text.trim()).map((p) => ({ kind: p.kind, label: PART_LABEL[p.kind] ?? null, text: p.text }));
}

/**
 * The compiled appendix of a cycle in the form of the 2016 one (seed 004): the parts
 * Fackförvaltningar and Stadsdelsförvaltningar, a section per förvaltning in alphabetical order, its
 * general statement, per report the measures it addressed with their labelled parts, and
 * "Skrivning saknas." where the board delivered nothing. Only submitted statements: the appendix is
 * the public record. One model, rendered as .docx (`appendix-document.ts`) and as the print page.
 */
@Injectable()
export class AppendixService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly coverage: CoverageService,
    private readonly statements: StatementsService,
    private readonly boards: BoardsService,
  ) {}

  async build(cycleId: number, query: AppendixQueryDto): Promise<AppendixDto> {
    const coverage = await this.coverage.cycleCoverage(cycleId);
    if (query.board !== undefined) await this.boards.get(query.board);
    // The public view: drafts never reach the appendix, whoever asks for it.
    const statements = await allPages((cursor) =>
      this.statements.listForCycle(cycleId, { board: query.board, report: query.report, limit: MAX_PAGE_SIZE, cursor }, undefined),
    );
    const measureIds = [...new Set(statements.flatMap((s) => (s.measure ? [s.measure.id] : [])))];
    const measures = new Map(
      (await this.dataSource.query<MeasureRow[]>(`SELECT ${MEASURE_COLUMNS} FROM measure t WHERE t.id = ANY($1::int[])`, [measureIds])).map((m) => [m.id, m]),
    );
    // Only the kinds of the boards that wrote: the list of every board spans every organisation.
    const writers = [...new Set(statements.map((s) => s.board.id))];
    const kinds = new Map(
      (await this.dataSource.query<{ id: number; kind: BoardKind }[]>(`SELECT id, kind FROM board WHERE id = ANY($1::int[])`, [writers])).map((b) => [b.id, b.kind]),
    );
    const reportTitles = new Map(coverage.reports.map((r) => [r.report.key, r.report.title]));
    const reportOrder = coverage.reports.map((r) => r.report.key);

    const byBoard = new Map<number, StatementDto[]>();
    for (const s of statements) byBoard.set(s.board.id, [...(byBoard.get(s.board.id) ?? []), s]);
    // The boards asked to report (the appendix's sections), and any other board that wrote.
    const boards = new Map(coverage.boards.filter((b) => b.participant).map((b) => [b.board.id, { ...b.board, silent: b.statementMissing }]));
    for (const s of statements) if (!boards.has(s.board.id)) boards.set(s.board.id, { ...s.board, kind: kinds.get(s.board.id) ?? 'central', silent: false });

    const sections: (AppendixSectionDto & { part: 'central' | 'district' })[] = [];
    for (const b of boards.values()) {
      if (query.board !== undefined && b.id !== query.board) continue;
      const own = byBoard.get(b.id) ?? [];
      // With a report chosen, a board that wrote only elsewhere has no place in it.
      if (query.report !== undefined && own.length === 0 && !b.silent) continue;
      const general = query.report === undefined ? own.filter((s) => s.measure === null).flatMap(partsOf) : [];
      const reports = reportOrder
        .map((key) => ({
          report: { key, title: reportTitles.get(key)! },
          measures: own
            .filter((s) => s.measure?.report === key)
            .map((s) => ({
              measure: { id: s.measure!.id, number: s.measure!.number, title: s.measure!.title, responsibility: measures.get(s.measure!.id)?.responsibility_text ?? null },
              parts: partsOf(s),
            })),
        }))
        .filter((r) => r.measures.length > 0);
      sections.push({
        part: b.kind === 'district' ? 'district' : 'central',
        board: { id: b.id, name: b.name, administration: b.administration },
        heading: sectionHeading(b.administration, b.kind),
        missing: general.length === 0 && reports.length === 0,
        general,
        reports,
      });
    }
    sections.sort((a, b) => collator.compare(a.heading, b.heading));
    const parts: AppendixPartDto[] = (['central', 'district'] as const)
      .map((kind) => ({ kind, title: PART_TITLE[kind], sections: sections.filter((s) => s.part === kind).map(({ part: _part, ...s }) => s) }))
      .filter((p) => p.sections.length > 0);
    return { cycle: coverage.cycle, parts };
  }
}
