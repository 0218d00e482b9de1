import { ApiProperty } from '@nestjs/swagger';
import { STATEMENT_STATUSES, type StatementStatus } from '../../statements/statement.row.js';
import { IMPORT_FILE_PROBLEMS, IMPORT_ROW_PROBLEMS, type ImportFileProblem, type ImportRowProblem } from '../import-problems.js';
import { IMPORT_FIELDS, IMPORT_OUTCOMES, type ImportField, type ImportOutcome } from '../statement-plan.js';

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
  @ApiProperty({ example: 31 }) id: number;
  @ApiProperty({ example: 'delad' }) report: string;
  @ApiProperty({ example: '6.3.1' }) number: string;
}

export class ImportValuesDto {
  @ApiProperty({ example: 'Under 2017 kommer kontoret att …' }) text: string;
  @ApiProperty({ type: [Number], example: [2017, 2018] }) plannedYears: number[];
  @ApiProperty({ enum: STATEMENT_STATUSES, nullable: true, type: String }) status: StatementStatus | null;
  @ApiProperty({ type: String, nullable: true, example: null }) position: string | null;
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
  @ApiProperty({ enum: IMPORT_FIELDS, isArray: true, example: ['text'], description: 'the fields that differ from the stored statement' })
  changes: ImportField[];
  @ApiProperty({ type: ImportValuesDto, nullable: true, description: 'what applying writes (null on an error row)' })
  values: ImportValuesDto | null;
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
  @ApiProperty({ enum: ['statements'], example: 'statements' }) kind: 'statements';
  @ApiProperty({ example: 'atgardskollen-omgang-2016-1.xlsx' }) fileName: string;
  @ApiProperty({ enum: IMPORT_BATCH_STATES, enumName: 'ImportBatchState', example: 'preview', description: 'preview: nothing written yet; applied: written, once' })
  state: ImportBatchState;
  @ApiProperty({ example: '2026-12-01T10:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-12-02T10:00:00.000Z', description: 'a preview not applied by then is gone (410 import_expired)' }) expiresAt: string;
  @ApiProperty({ type: String, nullable: true, example: null }) appliedAt: string | null;
  @ApiProperty({ type: ImportSummaryDto }) summary: ImportSummaryDto;
  @ApiProperty({ type: [ImportRowDto], description: 'every row of the file, in sheet order' }) rows: ImportRowDto[];
}
