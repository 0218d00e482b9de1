import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, Matches } from 'class-validator';
import { OrganisationPageQueryDto, OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';

class BoardGroupMemberDto {
  @ApiProperty({ example: 21 }) id: number;
  @ApiProperty({ example: 'Bromma stadsdelsnämnd' }) name: string;
}

export class BoardGroupDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'stadsdelsnamnderna' }) slug: string;
  @ApiProperty({ example: 'Stadsdelsnämnderna' }) name: string;
  @ApiProperty({ type: [String], example: ['stadsdelsnämnderna', 'samtliga stadsdelsnämnder'], description: 'how documents name the group (lower case)' })
  aliases: string[];
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty({ type: [BoardGroupMemberDto], description: 'the members valid on validAt (all members without it)' })
  members: BoardGroupMemberDto[];
}

export class ListBoardGroupsQueryDto extends OrganisationPageQueryDto {
  @ApiPropertyOptional({ example: '2016-12-31', description: 'expand to the members valid on that day (validFrom ≤ date ≤ validTo)' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'validAt must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validAt must be a date YYYY-MM-DD' })
  validAt?: string;
}
