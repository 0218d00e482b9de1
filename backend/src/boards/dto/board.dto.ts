import { ApiProperty } from '@nestjs/swagger';
import { BOARD_KINDS, type BoardKind } from '../entities/board.entity.js';

export class BoardDto {
  @ApiProperty({ example: 14 })
  id: number;

  @ApiProperty({ example: 'Trafiknämnden' })
  name: string;

  @ApiProperty({ example: 'Trafikkontoret' })
  administration: string;

  @ApiProperty({ enum: BOARD_KINDS, example: 'central' })
  kind: BoardKind;
}

export class BoardResponsibilityMeasureDto {
  @ApiProperty({ example: 31 }) id: number;
  @ApiProperty({ example: '6.3.1' }) number: string;
  @ApiProperty({ example: 'delad', description: 'report key' }) report: string;
  @ApiProperty({ example: 'Utveckla modell för socialt värdeskapande analys (SVA)' }) title: string;
}

export class BoardResponsibilityDto {
  @ApiProperty({ type: BoardResponsibilityMeasureDto }) measure: BoardResponsibilityMeasureDto;
  @ApiProperty({ enum: ['lead', 'contributing'] }) role: 'lead' | 'contributing';
}

export class BoardDetailDto extends BoardDto {
  @ApiProperty({ example: 'trafiknamnden' })
  slug: string;

  @ApiProperty({ type: [BoardResponsibilityDto] })
  responsibilities: BoardResponsibilityDto[];
}
