import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/roles.js';
import { MAX_PAGE_SIZE, type Page } from '../common/pagination.js';
import { CoverageService } from '../coverage/coverage.service.js';
import type { CycleCoverageDto, GapDto, MatrixDto, MeasureCoverageRowDto, SplitCountsDto } from '../coverage/dto/coverage.dto.js';
import { CyclesService } from '../cycles/cycles.service.js';
import type { CycleDto } from '../cycles/dto/cycle.dto.js';
import type { MeasureDetailDto } from '../measures/dto/measure.dto.js';
import { MeasuresService } from '../measures/measures.service.js';
import type { StatementDto } from '../statements/dto/statement.dto.js';
import { StatementsService } from '../statements/statements.service.js';
import {
  BOARD_KIND_LABEL,
  CYCLE_STATUS_LABEL,
  GAP_KIND_LABEL,
  label,
  ROLE_LABEL,
  ROLE_SHORT,
  STATEMENT_STATE_LABEL,
  STATEMENT_STATUS_LABEL,
  yesNo,
} from './labels.js';
import type { CellValue, SheetColumn, SheetSpec } from './workbook.js';

/** The export's data, read through the same services as the API (one copy of every query). */
export interface CycleExportData {
  coverage: CycleCoverageDto;
  measures: MeasureCoverageRowDto[];
  gaps: GapDto[];
  statements: StatementDto[];
  matrix: MatrixDto;
  /** The cycle's commission's catalogue today (measures, texts, responsible boards). */
  catalogue: MeasureDetailDto[];
  exportedAt: Date;
}

/** Follows a keyset list to its end, 1000 rows a page. */
export async function allPages<T>(fetch: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    all.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor !== undefined);
  return all;
}

const rateOf = (c: { rate: number | null }): number | null => c.rate;
const splitColumns: SheetColumn[] = [
  { header: 'Förväntade', type: 'number' },
  { header: 'Levererade', type: 'number' },
  { header: 'Saknas', type: 'number' },
  { header: 'Andel levererade', type: 'percent', width: 16 },
  { header: 'Försenade', type: 'number' },
  { header: 'Huvudansvar förväntade', type: 'number', width: 14 },
  { header: 'Huvudansvar levererade', type: 'number', width: 14 },
  { header: 'Huvudansvar saknas', type: 'number', width: 14 },
  { header: 'Delansvar förväntade', type: 'number', width: 14 },
  { header: 'Delansvar levererade', type: 'number', width: 14 },
  { header: 'Delansvar saknas', type: 'number', width: 14 },
];
const splitValues = (c: SplitCountsDto): CellValue[] => [
  c.expected,
  c.delivered,
  c.missing,
  rateOf(c),
  c.late,
  c.lead.expected,
  c.lead.delivered,
  c.lead.missing,
  c.contributing.expected,
  c.contributing.delivered,
  c.contributing.missing,
];

/** The template columns of the Skrivningar sheet (the spreadsheet import reads the same). */
export const STATEMENT_COLUMNS: SheetColumn[] = [
  { header: 'Id', type: 'number', width: 8 },
  { header: 'Version', type: 'number', width: 10 },
  { header: 'Nämnd', width: 30 },
  { header: 'Förvaltning', width: 30 },
  { header: 'Delrapport', width: 14 },
  { header: 'Åtgärd', width: 10 },
  { header: 'Åtgärdens titel', width: 40 },
  { header: 'Roll', width: 15 },
  { header: 'Status', width: 14 },
  { header: 'Tillstånd', width: 12 },
  { header: 'Ställningstagande', width: 18 },
  { header: 'Planerade år', width: 16 },
  { header: 'Inlämnad (UTC)', type: 'datetime' },
  { header: 'Försenad', width: 10 },
  { header: 'Text', width: 80 },
];

/**
 * The template columns of the Katalog sheet (the catalogue import reads the same): one row per
 * measure, its responsible boards by role, one name per line.
 */
export const CATALOGUE_COLUMNS: SheetColumn[] = [
  { header: 'Id', type: 'number', width: 8 },
  { header: 'Version', type: 'number', width: 10 },
  { header: 'Delrapport', width: 14 },
  { header: 'Rekommendation', width: 16 },
  { header: 'Åtgärd', width: 10 },
  { header: 'Titel', width: 50 },
  { header: 'Beskrivning', width: 50 },
  { header: 'Pågående arbete', width: 40 },
  { header: 'Ansvarig (som skrivet)', width: 40 },
  { header: 'Huvudansvariga', width: 34 },
  { header: 'Delansvariga', width: 34 },
];

interface AcrossCycles {
  cycles: (CycleCoverageDto & { measures: MeasureCoverageRowDto[] })[];
  exportedAt: Date;
}

@Injectable()
export class ExportsService {
  constructor(
    private readonly coverage: CoverageService,
    private readonly statements: StatementsService,
    private readonly cycles: CyclesService,
    private readonly catalogue: MeasuresService,
  ) {}

  /** Everything a cycle's workbook shows, read before the first byte is sent (so a 404 is still a 404). */
  async cycleData(cycleId: number, viewer: AuthUser | undefined): Promise<CycleExportData> {
    const coverage = await this.coverage.cycleCoverage(cycleId);
    const measures = await this.measures(cycleId);
    const gaps = await allPages((cursor) => this.coverage.gaps(cycleId, { limit: MAX_PAGE_SIZE, cursor }));
    const statements = await allPages((cursor) => this.statements.listForCycle(cycleId, { limit: MAX_PAGE_SIZE, cursor }, viewer));
    const matrix = await this.coverage.matrix(cycleId);
    const catalogue = await this.catalogue.catalogueOf((await this.cycles.get(cycleId)).commission_id);
    return { coverage, measures, gaps, statements, matrix, catalogue, exportedAt: new Date() };
  }

  private measures(cycleId: number): Promise<MeasureCoverageRowDto[]> {
    return allPages((cursor) => this.coverage.cycleMeasures(cycleId, { limit: MAX_PAGE_SIZE, cursor }));
  }

  async gaps(cycleId: number): Promise<GapDto[]> {
    return allPages((cursor) => this.coverage.gaps(cycleId, { limit: MAX_PAGE_SIZE, cursor }));
  }

  cycleSheets(d: CycleExportData): SheetSpec[] {
    return [
      summarySheet(d),
      boardsSheet(d.coverage),
      measuresSheet(d.measures),
      gapsSheet(d.gaps),
      statementsSheet(d.statements),
      matrixSheet(d.matrix),
      catalogueSheet(d.catalogue),
    ];
  }

  /** Coverage of every cycle, oldest first, for the workbook across cycles. */
  async acrossCycles(organisation?: string): Promise<AcrossCycles> {
    const list = await allPages((cursor) => this.cycles.list({ organisation, limit: MAX_PAGE_SIZE, cursor }));
    const cycles: AcrossCycles['cycles'] = [];
    // Two coverage queries per cycle (a handful per organisation), oldest first so years read left to right.
    for (const c of [...list].reverse()) cycles.push({ ...(await this.coverage.cycleCoverage(c.id)), measures: await this.measures(c.id) });
    return { cycles, exportedAt: new Date() };
  }

  acrossCyclesSheets(d: AcrossCycles): SheetSpec[] {
    const cycleCells = (c: CycleDto): CellValue[] => [c.name, c.year];
    const rateByBoard = new Map<number, { name: string; administration: string; rates: Map<number, number | null> }>();
    for (const cc of d.cycles) {
      for (const b of cc.boards) {
        const entry = rateByBoard.get(b.board.id) ?? { name: b.board.name, administration: b.board.administration, rates: new Map() };
        entry.rates.set(cc.cycle.id, b.rate);
        rateByBoard.set(b.board.id, entry);
      }
    }
    return [
      {
        name: 'Omgångar',
        columns: [{ header: 'Omgång', width: 50 }, { header: 'År', type: 'number', width: 8 }, { header: 'Sista dag', type: 'date' }, { header: 'Status', width: 10 }, ...splitColumns],
        rows: d.cycles.map((cc) => [cc.cycle.name, cc.cycle.year, cc.cycle.deadline, label(CYCLE_STATUS_LABEL, cc.cycle.status), ...splitValues(cc.totals)]),
      },
      {
        name: 'Andel per nämnd och år',
        columns: [{ header: 'Nämnd', width: 34 }, { header: 'Förvaltning', width: 34 }, ...d.cycles.map((cc) => ({ header: `${cc.cycle.year} (${cc.cycle.name})`, type: 'percent' as const, width: 16 }))],
        rows: [...rateByBoard.values()].map((b) => [b.name, b.administration, ...d.cycles.map((cc) => b.rates.get(cc.cycle.id) ?? null)]),
      },
      {
        name: 'Nämnder per omgång',
        columns: [
          { header: 'Omgång', width: 40 },
          { header: 'År', type: 'number', width: 8 },
          { header: 'Nämnd', width: 34 },
          { header: 'Förvaltning', width: 34 },
          ...splitColumns,
          { header: 'Skrivning saknas', width: 10 },
        ],
        rows: d.cycles.flatMap((cc) =>
          cc.boards.map((b) => [...cycleCells(cc.cycle), b.board.name, b.board.administration, ...splitValues(b), yesNo(b.statementMissing)]),
        ),
      },
      {
        name: 'Åtgärder per omgång',
        columns: [
          { header: 'Omgång', width: 40 },
          { header: 'År', type: 'number', width: 8 },
          { header: 'Delrapport', width: 14 },
          { header: 'Åtgärd', width: 10 },
          { header: 'Åtgärdens titel', width: 50 },
          ...splitColumns,
        ],
        rows: d.cycles.flatMap((cc) => cc.measures.map((m) => [...cycleCells(cc.cycle), m.measure.report, m.measure.number, m.measure.title, ...splitValues(m)])),
      },
    ];
  }
}

function summarySheet(d: CycleExportData): SheetSpec {
  const { cycle, totals, boards } = d.coverage;
  const rows: [string, CellValue, SheetColumn['type']][] = [
    ['Omgång', cycle.name, 'text'],
    ['År', cycle.year, 'number'],
    ['Sista dag', cycle.deadline, 'date'],
    ['Status', label(CYCLE_STATUS_LABEL, cycle.status), 'text'],
    ['Exporterad (UTC)', d.exportedAt, 'datetime'],
    ['Förväntade skrivningar', totals.expected, 'number'],
    ['Levererade skrivningar', totals.delivered, 'number'],
    ['Saknade skrivningar', totals.missing, 'number'],
    ['Andel levererade', totals.rate, 'percent'],
    ['Försenade skrivningar', totals.late, 'number'],
    ['Huvudansvar: förväntade', totals.lead.expected, 'number'],
    ['Huvudansvar: levererade', totals.lead.delivered, 'number'],
    ['Delansvar: förväntade', totals.contributing.expected, 'number'],
    ['Delansvar: levererade', totals.contributing.delivered, 'number'],
    ['Nämnder utan någon skrivning', boards.filter((b) => b.statementMissing).length, 'number'],
    ['Luckor', d.gaps.length, 'number'],
  ];
  return {
    name: 'Sammanfattning',
    columns: [{ header: 'Nyckeltal', width: 32 }, { header: 'Värde', width: 50 }],
    rows: rows.map(([k, v, type]) => [k, { value: v, type: type ?? 'text' }]),
  };
}

function boardsSheet(c: CycleCoverageDto): SheetSpec {
  return {
    name: 'Nämnder',
    columns: [
      { header: 'Nämnd', width: 34 },
      { header: 'Förvaltning', width: 34 },
      { header: 'Typ', width: 16 },
      { header: 'Ombedd att lämna skrivning', width: 12 },
      ...splitColumns,
      { header: 'Allmän skrivning', width: 10 },
      { header: 'Skrivning saknas', width: 10 },
    ],
    rows: c.boards.map((b) => [
      b.board.name,
      b.board.administration,
      label(BOARD_KIND_LABEL, b.board.kind),
      yesNo(b.participant),
      ...splitValues(b),
      yesNo(b.generalStatement),
      yesNo(b.statementMissing),
    ]),
  };
}

/** Per measure of the scope, with the statuses of its delivered statements (coverage's counts). */
function measuresSheet(measures: MeasureCoverageRowDto[]): SheetSpec {
  const statuses = [
    ['done', 'Genomförd'],
    ['inProgress', 'Pågående'],
    ['notStarted', 'Ej påbörjad'],
    ['waiting', 'Avvaktar'],
    ['none', 'ingen angiven'],
  ] as const;
  return {
    name: 'Åtgärder',
    columns: [
      { header: 'Delrapport', width: 14 },
      { header: 'Åtgärd', width: 10 },
      { header: 'Åtgärdens titel', width: 50 },
      ...splitColumns,
      ...statuses.map(([, label]) => ({ header: `Status: ${label}`, type: 'number' as const, width: 14 })),
    ],
    rows: measures.map((m) => [m.measure.report, m.measure.number, m.measure.title, ...splitValues(m), ...statuses.map(([key]) => m.statuses[key])]),
  };
}

export const GAP_COLUMNS: SheetColumn[] = [
  { header: 'Typ', width: 22 },
  { header: 'Nämnd', width: 34 },
  { header: 'Delrapport', width: 14 },
  { header: 'Åtgärd', width: 10 },
  { header: 'Åtgärdens titel', width: 50 },
  { header: 'Roll', width: 15 },
];

export const gapValues = (g: GapDto): CellValue[] => [
  label(GAP_KIND_LABEL, g.kind),
  g.board.name,
  g.measure?.report ?? null,
  g.measure?.number ?? null,
  g.measure?.title ?? null,
  label(ROLE_LABEL, g.role),
];

function gapsSheet(gaps: GapDto[]): SheetSpec {
  return { name: 'Luckor', columns: GAP_COLUMNS, rows: gaps.map(gapValues) };
}

function statementsSheet(statements: StatementDto[]): SheetSpec {
  return {
    name: 'Skrivningar',
    columns: STATEMENT_COLUMNS,
    rows: statements.map((s) => [
      s.id,
      s.version,
      s.board.name,
      s.board.administration,
      s.measure?.report ?? null,
      s.measure?.number ?? null,
      s.measure?.title ?? null,
      label(ROLE_LABEL, s.role),
      label(STATEMENT_STATUS_LABEL, s.status),
      label(STATEMENT_STATE_LABEL, s.state),
      s.position,
      s.plannedYears.join(', '),
      s.submittedAt === null ? null : new Date(s.submittedAt),
      yesNo(s.late),
      s.text,
    ]),
  };
}

/** One row per measure, one column per board with a responsibility: "H" / "D" and whether it was delivered. */
function matrixSheet(m: MatrixDto): SheetSpec {
  const cells = new Map(m.cells.map((c) => [`${c.measureId}:${c.boardId}`, c]));
  return {
    name: 'Matris',
    columns: [
      { header: 'Delrapport', width: 14 },
      { header: 'Åtgärd', width: 10 },
      { header: 'Åtgärdens titel', width: 44 },
      ...m.boards.map((b) => ({ header: b.name, width: 14 })),
    ],
    rows: m.measures.map((measure) => [
      measure.report,
      measure.number,
      measure.title,
      ...m.boards.map((b) => {
        const c = cells.get(`${measure.id}:${b.id}`);
        return c === undefined ? null : `${ROLE_SHORT[c.role]} ${c.delivered ? 'levererad' : 'saknas'}`;
      }),
    ]),
  };
}

/** The catalogue as the import reads it back: boards by name, one per line, lead and contributing apart. */
function catalogueSheet(catalogue: MeasureDetailDto[]): SheetSpec {
  const boards = (m: MeasureDetailDto, role: string) =>
    m.responsibilities.filter((r) => r.role === role).map((r) => r.board.name).join('\n') || null;
  return {
    name: 'Katalog',
    columns: CATALOGUE_COLUMNS,
    rows: catalogue.map((m) => [
      m.id,
      m.version,
      m.report.key,
      m.recommendation?.number ?? null,
      m.number,
      m.title,
      m.description,
      m.ongoingWork,
      m.responsibilityText,
      boards(m, 'lead'),
      boards(m, 'contributing'),
    ]),
  };
}
