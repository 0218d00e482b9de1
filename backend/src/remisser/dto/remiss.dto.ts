import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { OrganisationPageQueryDto, OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';
import { ANSWER_PART_KINDS, DECIDED_HOW, REMISS_POSITIONS, type AnswerPartKind, type DecidedHow, type RemissPosition } from '../parser/types.js';
import { ANSWER_STATES, RECIPIENT_KINDS, REMISS_STATUSES, type AnswerState, type RecipientKind, type RemissStatus } from '../remiss.row.js';

export class NamedRefDto {
  @ApiProperty({ example: 12 }) id: number;
  @ApiProperty({ example: 'Södermalm stadsdelsnämnd' }) name: string;
}

export class RemissSenderDto {
  @ApiProperty({ example: 'Kommunstyrelsen' }) name: string;
  @ApiProperty({ example: false, description: 'an external body (an incoming remiss)' }) external: boolean;
  @ApiProperty({ type: NamedRefDto, nullable: true, description: 'the sending board of the organisation' }) board: NamedRefDto | null;
}

export class RemissCountsDto {
  @ApiProperty({ example: 6 }) recipients: number;
  @ApiProperty({ example: 1, description: 'submitted answers' }) answered: number;
  @ApiProperty({ example: 5, description: 'answered after the last answer date, or not answered and the date has passed' }) late: number;
  @ApiProperty({ example: 5, description: 'recipients without a submitted answer' }) missing: number;
}

export class RemissLinkDto {
  @ApiProperty({ example: 'Motionen (PDF)' }) title: string;
  @ApiProperty({ example: 'https://example.se/motion.pdf' }) url: string;
}

export class RemissListItemDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty({ example: 'KS 2025/216', nullable: true, type: String, description: 'diarienummer; null on an incoming remiss without one' }) caseNumber: string | null;
  @ApiProperty({ example: 'Motion om att Stockholms stad ska verka för etablerandet av teknikcollege i Stockholm' }) title: string;
  @ApiProperty({ example: 'motion', nullable: true, type: String }) kind: string | null;
  @ApiProperty({ type: RemissSenderDto }) sender: RemissSenderDto;
  @ApiProperty({ example: '2025-03-24', nullable: true, type: String }) decidedOn: string | null;
  @ApiProperty({ example: '2025-04-01', nullable: true, type: String, description: 'sista svarsdatum' }) answerBy: string | null;
  @ApiProperty({ enum: REMISS_STATUSES, example: 'sent' }) status: RemissStatus;
  @ApiProperty({ type: RemissCountsDto }) counts: RemissCountsDto;
}

export class AnswerSummaryDto {
  @ApiProperty({ example: 3 }) id: number;
  @ApiProperty({ enum: REMISS_POSITIONS, nullable: true, example: 'supports', description: 'null: the imported document names none' }) position: RemissPosition | null;
  @ApiProperty({ example: '2025-03-20', nullable: true, type: String }) answeredOn: string | null;
  @ApiProperty({ example: false }) late: boolean;
  @ApiProperty({ example: 'Stadsdelsförvaltningen ser positivt på …' }) summary: string;
  @ApiProperty({ type: [String], example: ['Alexandra Wynn', 'Emma Liljenberg'] }) signedBy: string[];
  @ApiProperty({ enum: ANSWER_STATES, example: 'submitted', description: 'drafts only to the board\'s editors and the organisation\'s admins' }) state: AnswerState;
  @ApiProperty({ example: 1 }) version: number;
}

export class RecipientDto {
  @ApiProperty({ example: 7 }) id: number;
  @ApiProperty({ example: 'Farsta stadsdelsnämnd' }) name: string;
  @ApiProperty({ enum: RECIPIENT_KINDS, example: 'board' }) kind: RecipientKind;
  @ApiProperty({ type: NamedRefDto, nullable: true, description: 'null for an external body, the organisation itself, or a board name not yet resolved' }) board: NamedRefDto | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) externalBody: NamedRefDto | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'the group it was reached through ("Stadsdelsnämnderna")' }) viaGroup: string | null;
  @ApiProperty({ example: true, description: 'late: see counts.late' }) late: boolean;
  @ApiProperty({ type: AnswerSummaryDto, nullable: true }) answer: AnswerSummaryDto | null;
}

export class PositionCountDto {
  @ApiProperty({ enum: [...REMISS_POSITIONS, 'unknown'], example: 'supports' }) position: RemissPosition | 'unknown';
  @ApiProperty({ example: 2 }) count: number;
}

export class RemissDetailDto extends RemissListItemDto {
  @ApiProperty({ example: '141', nullable: true, type: String }) paragraph: string | null;
  @ApiProperty({ type: [RemissLinkDto] }) links: RemissLinkDto[];
  @ApiProperty({ example: 'Andrea Ax Karlsén', nullable: true, type: String }) handlingOfficer: string | null;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ type: [RecipientDto], description: 'in name order within kind: boards, companies, the organisation, external bodies' }) recipients: RecipientDto[];
  @ApiProperty({ type: [PositionCountDto], description: 'submitted answers per position' }) positions: PositionCountDto[];
}

export class AnswerPartDto {
  @ApiProperty({ enum: ANSWER_PART_KINDS, example: 'sammanfattning' }) kind: AnswerPartKind;
  @ApiProperty({ example: 'Sammanfattning' }) heading: string;
  @ApiProperty({ example: 'Södermalms stadsdelsnämnd har av kommunstyrelsen tillsänts …' }) text: string;
}

export class RemissRefDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'KS 2025/216', nullable: true, type: String }) caseNumber: string | null;
  @ApiProperty({ example: 'Motion om …' }) title: string;
  @ApiProperty({ example: '2025-04-01', nullable: true, type: String }) answerBy: string | null;
}

export class AnswerRecipientDto {
  @ApiProperty({ example: 7 }) id: number;
  @ApiProperty({ example: 'Södermalm stadsdelsnämnd' }) name: string;
  @ApiProperty({ enum: RECIPIENT_KINDS, example: 'board' }) kind: RecipientKind;
  @ApiProperty({ type: NamedRefDto, nullable: true }) board: NamedRefDto | null;
}

export class RemissAnswerDto extends AnswerSummaryDto {
  @ApiProperty({ type: RemissRefDto }) remiss: RemissRefDto;
  @ApiProperty({ type: AnswerRecipientDto }) recipient: AnswerRecipientDto;
  @ApiProperty({ type: [AnswerPartDto] }) parts: AnswerPartDto[];
  @ApiProperty({ enum: DECIDED_HOW, nullable: true, example: 'board', description: 'by the board, by delegation, or jointly with another recipient' }) decidedHow: DecidedHow | null;
  @ApiProperty({ example: null, nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ example: '2026-03-01T10:00:00.000Z' }) updatedAt: string;
}

/** `recipient=board:12`, `external:5` or `organisation`. */
export const RECIPIENT_KEY = /^(board:\d{1,9}|external:\d{1,9}|organisation)$/;

export class ListRemisserQueryDto extends OrganisationPageQueryDto {
  @ApiPropertyOptional({ enum: REMISS_STATUSES })
  @IsOptional()
  @IsIn(REMISS_STATUSES, { message: `status must be one of ${REMISS_STATUSES.join(', ')}` })
  status?: RemissStatus;

  @ApiPropertyOptional({ example: 'board:12', description: 'only remisser sent to this recipient: board:<id>, external:<id> or organisation' })
  @IsOptional()
  @Matches(RECIPIENT_KEY, { message: 'recipient must be board:<id>, external:<id> or organisation' })
  recipient?: string;
}

export class RecipientFollowUpQueryDto extends OrganisationPageQueryDto {
  @ApiPropertyOptional({ example: 'board:12', description: 'one recipient: board:<id>, external:<id> or organisation' })
  @IsOptional()
  @Matches(RECIPIENT_KEY, { message: 'recipient must be board:<id>, external:<id> or organisation' })
  recipient?: string;
}

export class RecipientRefDto {
  @ApiProperty({ example: 'board:12', description: 'the recipient key for ?recipient=' }) key: string;
  @ApiProperty({ example: 'Farsta stadsdelsnämnd' }) name: string;
  @ApiProperty({ enum: RECIPIENT_KINDS, example: 'board' }) kind: RecipientKind;
  @ApiProperty({ type: NamedRefDto, nullable: true }) board: NamedRefDto | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) externalBody: NamedRefDto | null;
}

export class RecipientFollowUpDto {
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty({ type: RecipientRefDto }) recipient: RecipientRefDto;
  @ApiProperty({ example: 3, description: 'remisser sent to it (not drafts)' }) remisser: number;
  @ApiProperty({ example: 2 }) answered: number;
  @ApiProperty({ example: 1 }) late: number;
  @ApiProperty({ example: 1 }) missing: number;
  @ApiProperty({ example: 0.667, description: 'answered / remisser, 3 decimals' }) answerRate: number;
  @ApiProperty({ example: 4, description: 'days past the last answer date, summed over late answers and overdue missing ones' }) daysLate: number;
}

export class RecipientStatusDto {
  @ApiProperty({ example: 7 }) id: number;
  @ApiProperty({ example: 'Farsta stadsdelsnämnd' }) name: string;
  @ApiProperty({ enum: RECIPIENT_KINDS }) kind: RecipientKind;
  @ApiProperty({ enum: ['answered', 'answered-late', 'missing', 'overdue'], example: 'overdue' }) status: 'answered' | 'answered-late' | 'missing' | 'overdue';
  @ApiProperty({ example: 12, description: 'days past the last answer date (0 when on time)' }) daysLate: number;
}

export class RemissFollowUpDto {
  @ApiProperty({ type: RemissCountsDto }) totals: RemissCountsDto;
  @ApiProperty({ type: [PositionCountDto] }) positions: PositionCountDto[];
  @ApiProperty({ type: [RecipientStatusDto] }) recipients: RecipientStatusDto[];
}

export class OverdueDto {
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty({ type: RemissRefDto }) remiss: RemissRefDto;
  @ApiProperty({ type: RecipientRefDto }) recipient: RecipientRefDto;
  @ApiProperty({ example: 30 }) daysOverdue: number;
}

export class TodoRemissDto {
  @ApiProperty({ type: RemissRefDto }) remiss: RemissRefDto;
  @ApiProperty({ type: AnswerRecipientDto }) recipient: AnswerRecipientDto;
  @ApiProperty({ type: AnswerSummaryDto, nullable: true, description: 'the draft begun, if any' }) answer: AnswerSummaryDto | null;
  @ApiProperty({ example: false, description: 'the last answer date has passed' }) overdue: boolean;
}

export class ExternalBodyDto {
  @ApiProperty({ example: 4 }) id: number;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty({ example: 'Almega Kompetensföretagen' }) name: string;
  @ApiProperty({ example: 1 }) version: number;
}
