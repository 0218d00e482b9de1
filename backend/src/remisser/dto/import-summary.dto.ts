import { ApiProperty } from '@nestjs/swagger';
import { REMISS_DOCUMENT_KINDS, REMISS_POSITIONS, type RemissDocumentKind, type RemissPosition } from '../parser/types.js';
import { RECIPIENT_KINDS, type RecipientKind } from '../remiss.row.js';
import { OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';

const ACTIONS = ['created', 'updated', 'unchanged'] as const;

export class ImportWarningDto {
  @ApiProperty({ example: 23 }) line: number;
  @ApiProperty({ example: 'position-read' }) code: string;
  @ApiProperty({ example: 'Ståndpunkten tolkades som "supports" av "ser positivt på"' }) message: string;
}

export class ImportedRemissDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'KS 2025/216', nullable: true, type: String }) caseNumber: string | null;
  @ApiProperty({ example: 'Motion om …' }) title: string;
  @ApiProperty({ example: '2025-04-01', nullable: true, type: String }) answerBy: string | null;
  @ApiProperty({ enum: ACTIONS, example: 'created' }) action: (typeof ACTIONS)[number];
}

export class ImportedRecipientDto {
  @ApiProperty({ example: 'Farsta stadsdelsnämnd' }) name: string;
  @ApiProperty({ enum: RECIPIENT_KINDS, example: 'board' }) kind: RecipientKind;
  @ApiProperty({ example: true, description: 'tied to a board, a registered body or the organisation' }) resolved: boolean;
  @ApiProperty({ example: null, nullable: true, type: String }) viaGroup: string | null;
  @ApiProperty({ example: 29 }) line: number;
  @ApiProperty({ enum: ['created', 'existing'], example: 'created' }) action: 'created' | 'existing';
}

export class ImportedRecipientsDto {
  @ApiProperty({ example: 6 }) created: number;
  @ApiProperty({ example: 0 }) existing: number;
  @ApiProperty({ type: [ImportedRecipientDto] }) list: ImportedRecipientDto[];
}

export class ImportedAnswerDto {
  @ApiProperty({ example: 'Södermalm stadsdelsnämnd' }) recipient: string;
  @ApiProperty({ enum: REMISS_POSITIONS, nullable: true, example: 'supports' }) position: RemissPosition | null;
  @ApiProperty({ example: '2025-03-20', nullable: true, type: String }) answeredOn: string | null;
  @ApiProperty({ type: [String], example: ['Alexandra Wynn', 'Emma Liljenberg'] }) signatories: string[];
  @ApiProperty({ enum: ['created', 'unchanged', 'kept'], example: 'created', description: 'kept: an answer with other content was already stored and was left alone' })
  action: 'created' | 'unchanged' | 'kept';
}

export class DistributionLineDto {
  @ApiProperty({ example: 'Stadskontorets handläggare' }) text: string;
  @ApiProperty({ example: 85 }) line: number;
}

export class RemissImportSummaryDto {
  @ApiProperty({ enum: REMISS_DOCUMENT_KINDS, example: 'decision' }) kind: RemissDocumentKind;
  @ApiProperty({ example: false, description: 'true: a preview, nothing was written' }) dryRun: boolean;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty({ type: ImportedRemissDto }) remiss: ImportedRemissDto;
  @ApiProperty({ type: ImportedRecipientsDto }) recipients: ImportedRecipientsDto;
  @ApiProperty({ type: ImportedAnswerDto, nullable: true }) answer: ImportedAnswerDto | null;
  @ApiProperty({ type: [DistributionLineDto], description: 'lines that only distribute the decision; not recipients' }) distributionOnly: DistributionLineDto[];
  @ApiProperty({ type: [ImportWarningDto], description: 'what the parser was not sure of, by line' }) warnings: ImportWarningDto[];
}
