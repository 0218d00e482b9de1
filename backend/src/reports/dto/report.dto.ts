import { ApiProperty } from '@nestjs/swagger';
import { OrganisationPageQueryDto, OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';

export class ReportDto {
  @ApiProperty({ example: 3 }) id: number;
  @ApiProperty({ example: 'delad' }) key: string;
  @ApiProperty({ example: 'Från delad till enad stad – Översiktsplanering för social hållbarhet' }) title: string;
  @ApiProperty({ example: 'Boende och stadsmiljö', nullable: true, type: String }) area: string | null;
  @ApiProperty({ example: 14 }) measureCount: number;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
}

/** `GET /api/reports`: one page, optionally of one organisation. */
export class ListReportsQueryDto extends OrganisationPageQueryDto {}
