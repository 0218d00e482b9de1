import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { RESPONSIBILITY_ROLES, type ResponsibilityRole } from '../../measures/measure.row.js';
import { CycleDto } from './cycle.dto.js';

class ScopeMeasureDto {
  @ApiProperty({ example: 31 }) id: number;
  @ApiProperty({ example: '4.1.1' }) number: string;
  @ApiProperty({ example: 'delad', description: 'report key' }) report: string;
  @ApiProperty() title: string;
}

class ScopeBoardDto {
  @ApiProperty({ example: 24 }) id: number;
  @ApiProperty({ example: 'Bromma stadsdelsnämnd' }) name: string;
}

export class ScopeResponsibilityDto {
  @ApiProperty({ type: ScopeMeasureDto }) measure: ScopeMeasureDto;
  @ApiProperty({ type: ScopeBoardDto }) board: ScopeBoardDto;
  @ApiProperty({ enum: RESPONSIBILITY_ROLES }) role: ResponsibilityRole;
}

export class ScopeChangesDto {
  @ApiProperty({ type: CycleDto, description: 'the cycle; send its version to apply' }) cycle: CycleDto;
  @ApiProperty({ type: [ScopeResponsibilityDto], description: 'responsibilities in the catalogue that the cycle does not expect' })
  added: ScopeResponsibilityDto[];
  @ApiProperty({ type: [ScopeResponsibilityDto], description: 'responsibilities the cycle expects that the catalogue no longer has; a changed role is one removed and one added' })
  removed: ScopeResponsibilityDto[];
  @ApiProperty({ type: [ScopeMeasureDto], description: 'measures of the commission that are not in the scope' }) measuresAdded: ScopeMeasureDto[];
  @ApiProperty({ type: [ScopeMeasureDto], description: 'measures in the scope that the commission no longer has' }) measuresRemoved: ScopeMeasureDto[];
}

export class AppliedScopeChangesDto extends ScopeChangesDto {}

export class ApplyScopeChangesDto {
  @ApiProperty({ example: 3, description: "the cycle's version as read (optimistic locking)" })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}
