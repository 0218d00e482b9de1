import { ApiProperty } from '@nestjs/swagger';
import { REMISS_POSITIONS, type RemissPosition } from '../parser/types.js';
import { RemissCountsDto } from './remiss.dto.js';

export class CompiledRemissDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'KS 2025/216', nullable: true, type: String }) caseNumber: string | null;
  @ApiProperty({ example: 'Motion om …' }) title: string;
  @ApiProperty({ example: 'Kommunstyrelsen' }) sender: string;
  @ApiProperty({ example: '2025-04-01', nullable: true, type: String }) answerBy: string | null;
  @ApiProperty({ example: 'Stockholms stad' }) organisation: string;
}

export class CompiledAnswerDto {
  @ApiProperty({ example: 3 }) answerId: number;
  @ApiProperty({ example: 'Södermalm stadsdelsnämnd' }) recipient: string;
  @ApiProperty({ enum: REMISS_POSITIONS, nullable: true, example: 'supports' }) position: RemissPosition | null;
  @ApiProperty({ example: 'Tillstyrker', description: 'the position in Swedish, as the document prints it' }) positionLabel: string;
  @ApiProperty({ example: '2025-03-20', nullable: true, type: String }) answeredOn: string | null;
  @ApiProperty({ example: false }) late: boolean;
  @ApiProperty({ example: 'Stadsdelsförvaltningen ser positivt på …' }) summary: string;
  @ApiProperty({ type: [String] }) signedBy: string[];
}

export class NotAnsweredDto {
  @ApiProperty({ example: 'Farsta stadsdelsnämnd' }) recipient: string;
  @ApiProperty({ example: true, description: 'the last answer date has passed' }) overdue: boolean;
}

export class RemissCompilationDto {
  @ApiProperty({ type: CompiledRemissDto }) remiss: CompiledRemissDto;
  @ApiProperty({ type: RemissCountsDto }) totals: RemissCountsDto;
  @ApiProperty({ type: [CompiledAnswerDto], description: 'submitted answers, in the remiss\'s recipient order' }) answers: CompiledAnswerDto[];
  @ApiProperty({ type: [NotAnsweredDto], description: 'recipients without a submitted answer' }) notAnswered: NotAnsweredDto[];
}
