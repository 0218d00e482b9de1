import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OrganisationQueryDto } from '../organisations/dto/organisation.dto.js';
import { ReportDto } from './dto/report.dto.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @ApiOkResponse({ type: [ReportDto] })
  @ApiNotFoundResponse({ description: 'organisation_not_found: no organisation with that slug' })
  list(@Query() query: OrganisationQueryDto): Promise<ReportDto[]> {
    return this.reports.list(query.organisation);
  }
}
