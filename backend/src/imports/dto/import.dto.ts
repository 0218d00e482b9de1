import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { STATEMENT_STATUSES, type StatementStatus } from '../../statements/statement.row.js';
import { IMPORT_FILE_PROBLEMS, IMPORT_ROW_PROBLEMS, type ImportFileProblem, type ImportRowProblem } from '../import-problems.js';
import { CATALOGUE_FIELDS, type CatalogueField } from '../catalogue-plan.js';
import { IMPORT_OUTCOMES, STATEMENT_FIELDS, type ImportOutcome, type StatementField } from '../statement-plan.js';

export const IMPORT_KINDS = ['statements', 'catalogue'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_FIELDS = [...STATEMENT_FIELDS, ...CATALOGUE_FIELDS] as const;
export type ImportField = StatementField | CatalogueField;

/** Which sheet of the workbook (or which columns of a CSV) to import. */
export class ImportQueryDto {
  @ApiPropertyOptional({ enum: IMPORT_KINDS, default: 'statements', description: 'statements: the Skrivningar sheet (editors, admins); catalogue: the Katalog sheet, measures and their responsible boards (admins)' })
  @IsOptional()
  @IsIn(IMPORT_KINDS, { message: `kind must be one of ${IMPORT_KINDS.join(', ')}` })
  kind?: ImportKind;
}

export const IMPORT_BATCH_STATES = ['preview', 'applied'] as const;
export type ImportBatchState = (typeof IMPORT_BATCH_STATES)[number];

const PARAMS = {
  type: 'object' as const,
  additionalProperties: { oneOf: [{ type: 'string' as const }, { type: 'number' as const }] },
};

/** What is wrong with the file as a whole (the envelope of a 422 import_file_invalid carries it as `problem`). */
export class ImportFileProblemDto {
  @ApiProperty({ enum: IMPORT_FILE_PROBLEMS, enumName: 'ImportFileProblem', example: 'missing_columns' })
  code: ImportFileProblem;
  @ApiProperty({ ...PARAMS, example: { columns: 'Version, Text' }, description: 'what the text says, for translation' })
  params: Record<string, string | number>;
  @ApiProperty({ example: 'Kolumner saknas: Version, Text. Använd rubrikraden från exporten.', description: 'in Swedish' })
  message: string;
}

export class ImportRowProblemDto {
  @ApiProperty({ type: String, nullable: true, example: 'Planerade år', description: "the column's heading; null: the row as a whole" })
  column: string | null;
  @ApiProperty({ enum: IMPORT_ROW_PROBLEMS, enumName: 'ImportRowProblem', example: 'year_outside_period' })
  code: ImportRowProblem;
  @ApiProperty({ ...PARAMS, example: { year: 2031, from: 2026, to: 2030 } })
  params: Record<string, string | number>;
  @ApiProperty({ example: 'År 2031 ligger utanför omgångens planeringsperiod 2026–2030.', description: 'in Swedish' })
  message: string;
}

class ImportBoardDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
}

class ImportMeasureDto {
  @ApiProperty({ type: Number, nullable: true, example: 31, description: 'null: a measure the catalogue import would create' }) id: number | null;
  @ApiProperty({ example: 'delad' }) report: string;
  @ApiProperty({ example: '6.3.1' }) number: string;
}

export class ImportValuesDto {
  @ApiProperty({ example: 'Under 2017 kommer kontoret att …' }) text: string;
  @ApiProperty({ type: [Number], example: [2017, 2018] }) plannedYears: number[];
  @ApiProperty({ enum: STATEMENT_STATUSES, nullable: true, type: String }) status: StatementStatus | null;
  @ApiProperty({ type: String, nullable: true, example: null }) position: string | null;
}

class ImportMeasureBoardDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
}

/** What a catalogue row writes: the measure's texts and its responsible boards by role. */
export class ImportMeasureValuesDto {
  @ApiProperty({ example: 'delad' }) report: string;
  @ApiProperty({ example: '6.3.1' }) number: string;
  @ApiProperty({ type: String, nullable: true, example: '6.3', description: 'used when the measure is created' }) recommendation: string | null;
  @ApiProperty({ example: 'Utveckla modell för socialt värdeskapande analys (SVA)' }) title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) ongoingWork: string | null;
  @ApiProperty({ type: String, nullable: true }) responsibilityText: string | null;
  @ApiProperty({ type: [ImportMeasureBoardDto] }) lead: ImportMeasureBoardDto[];
  @ApiProperty({ type: [ImportMeasureBoardDto] }) contributing: ImportMeasureBoardDto[];
}

export class ImportRowDto {
  @ApiProperty({ example: 5, description: "the row's number in the sheet (the header is row 1)" })
  row: number;
  @ApiProperty({ enum: IMPORT_OUTCOMES, enumName: 'ImportOutcome', example: 'update' })
  outcome: ImportOutcome;
  @ApiProperty({ type: Number, nullable: true, example: 7, description: 'the statement the row matches; null for a new one or an unmatched row' })
  statementId: number | null;
  @ApiProperty({ type: ImportBoardDto, nullable: true }) board: ImportBoardDto | null;
  @ApiProperty({ type: ImportMeasureDto, nullable: true, description: "null: the board's general statement, or not resolved" })
  measure: ImportMeasureDto | null;
  @ApiProperty({ enum: IMPORT_FIELDS, enumName: 'ImportField', isArray: true, example: ['text'], description: 'the fields that differ from the stored statement or measure' })
  changes: ImportField[];
  @ApiProperty({ type: ImportValuesDto, nullable: true, description: 'a statement row: what applying writes (null on an error row and on catalogue rows)' })
  values: ImportValuesDto | null;
  @ApiProperty({ type: ImportMeasureValuesDto, nullable: true, description: 'a catalogue row: what applying writes (null on an error row and on statement rows)' })
  measureValues: ImportMeasureValuesDto | null;
  @ApiProperty({ type: [ImportRowProblemDto], description: 'empty unless outcome is error' })
  errors: ImportRowProblemDto[];
}

export class ImportSummaryDto {
  @ApiProperty({ example: 84 }) rows: number;
  @ApiProperty({ example: 0 }) create: number;
  @ApiProperty({ example: 2 }) update: number;
  @ApiProperty({ example: 82 }) unchanged: number;
  @ApiProperty({ example: 0 }) error: number;
}

class ImportCycleDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'Underlag för budget 2017 med inriktning 2018-2019' }) name: string;
  @ApiProperty({ example: 2016 }) year: number;
}

export class ImportBatchDto {
  @ApiProperty({ example: 3 }) id: number;
  @ApiProperty({ type: ImportCycleDto }) cycle: ImportCycleDto;
  @ApiProperty({ enum: IMPORT_KINDS, enumName: 'ImportKind', example: 'statements' }) kind: ImportKind;
  @ApiProperty({ example: 'atgardskollen-omgang-2016-1.xlsx' }) fileName: string;
  @ApiProperty({ enum: IMPORT_BATCH_STATES, enumName: 'ImportBatchState', example: 'preview', description: 'preview: nothing written yet; applied: written, once' })
  state: ImportBatchState;
  @ApiProperty({ example: '2026-12-01T10:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-12-02T10:00:00.000Z', description: 'a preview not applied by then is gone (410 import_expired)' }) expiresAt: string;
  @ApiProperty({ type: String, nullable: true, example: null }) appliedAt: string | null;
  @ApiProperty({ type: ImportSummaryDto }) summary: ImportSummaryDto;
  @ApiProperty({ type: [ImportRowDto], description: 'every row of the file, in sheet order' }) rows: ImportRowDto[];
}
