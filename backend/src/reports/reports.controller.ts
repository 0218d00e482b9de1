import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, PageContext, sendPage, type PageContextValue } from '../common/pagination.js';
import { ListReportsQueryDto, ReportDto } from './dto/report.dto.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @ApiPageResponse(ReportDto, 'Reports in catalogue order (id), with how many measures each has')
  @ApiBadRequestResponse({ description: 'Malformed or unknown query field (limit, cursor, organisation)' })
  @ApiNotFoundResponse({ description: 'organisation_not_found: no organisation with that slug' })
  async list(@Query() query: ListReportsQueryDto, @PageContext() page: PageContextValue): Promise<ReportDto[]> {
    return sendPage(page.req, page.res, await this.reports.list(query));
  }
}
