import { ApiProperty } from '@nestjs/swagger';
import { OptionalIdQuery, OptionalReportKeyQuery } from '../../common/query-fields.js';
import { CycleDto } from '../../cycles/dto/cycle.dto.js';

export class AppendixQueryDto {
  @OptionalIdQuery('only this board\'s section')
  board?: number;

  @OptionalReportKeyQuery()
  report?: string;
}

export const APPENDIX_PART_KINDS = ['central', 'district'] as const;

class AppendixPartTextDto {
  @ApiProperty({ enum: ['svar', 'hantering', 'kommentar', 'pagaende', 'text'] }) kind: string;
  @ApiProperty({ example: 'Svar', nullable: true, type: String, description: 'the label written before the text ("Svar", "Pågående arbete"); null: plain text' })
  label: string | null;
  @ApiProperty({ description: 'paragraphs separated by a blank line' }) text: string;
}

class AppendixMeasureDto {
  @ApiProperty({ example: 31 }) id: number;
  @ApiProperty({ example: '6.3.1' }) number: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String, example: 'Exploateringsnämnden, utbildningsnämnden och stadsbyggnadsnämnden.', description: 'who is responsible, as the catalogue writes it ("Ansvarig:")' })
  responsibility: string | null;
}

class AppendixMeasureStatementDto {
  @ApiProperty({ type: AppendixMeasureDto }) measure: AppendixMeasureDto;
  @ApiProperty({ type: [AppendixPartTextDto] }) parts: AppendixPartTextDto[];
}

class AppendixReportRefDto {
  @ApiProperty({ example: 'delad' }) key: string;
  @ApiProperty() title: string;
}

class AppendixReportDto {
  @ApiProperty({ type: AppendixReportRefDto }) report: AppendixReportRefDto;
  @ApiProperty({ type: [AppendixMeasureStatementDto] }) measures: AppendixMeasureStatementDto[];
}

class AppendixBoardDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
  @ApiProperty({ example: 'Trafikkontoret' }) administration: string;
}

export class AppendixSectionDto {
  @ApiProperty({ type: AppendixBoardDto }) board: AppendixBoardDto;
  @ApiProperty({ example: 'Trafikkontoret', description: 'the administration; a district without "stadsdelsförvaltning", as in the 2016 appendix' })
  heading: string;
  @ApiProperty({ description: 'the board delivered nothing: the section says "Skrivning saknas."' }) missing: boolean;
  @ApiProperty({ type: [AppendixPartTextDto], description: 'the general statement (empty when there is none or a report is chosen)' })
  general: AppendixPartTextDto[];
  @ApiProperty({ type: [AppendixReportDto] }) reports: AppendixReportDto[];
}

export class AppendixPartDto {
  @ApiProperty({ enum: APPENDIX_PART_KINDS }) kind: (typeof APPENDIX_PART_KINDS)[number];
  @ApiProperty({ example: 'Fackförvaltningar' }) title: string;
  @ApiProperty({ type: [AppendixSectionDto] }) sections: AppendixSectionDto[];
}

export class AppendixDto {
  @ApiProperty({ type: CycleDto }) cycle: CycleDto;
  @ApiProperty({ type: [AppendixPartDto], description: 'parts without a section are left out' }) parts: AppendixPartDto[];
}
