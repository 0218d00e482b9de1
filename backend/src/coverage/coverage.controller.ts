import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { AdminOnly } from '../auth/decorators/roles.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { ApiPageResponse, PageContext, sendPage, type PageContextValue } from '../common/pagination.js';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { OrganisationQueryDto } from '../organisations/dto/organisation.dto.js';
import { CoverageService } from './coverage.service.js';
import { CycleCoverageDto, CycleLateDto, CycleMeasuresQueryDto, GapDto, GapsQueryDto, MatrixDto, MatrixQueryDto, MeasureCoverageDto, MeasureCoverageRowDto, TrendPointDto } from './dto/coverage.dto.js';

@ApiTags('coverage')
@Controller()
export class CoverageController {
  constructor(private readonly coverage: CoverageService) {}

  @Get('cycles/:id/coverage')
  @ApiOkResponse({ type: CycleCoverageDto })
  @ApiNotFoundResponse({ description: 'Unknown cycle' })
  cycleCoverage(@Param('id', ParseIdPipe) id: number): Promise<CycleCoverageDto> {
    return this.coverage.cycleCoverage(id);
  }

  @Get('cycles/:id/coverage/measures')
  @ApiPageResponse(MeasureCoverageRowDto, 'One row per measure in the cycle\'s scope, in report and number order')
  @ApiNotFoundResponse({ description: 'Unknown cycle or report' })
  @ApiBadRequestResponse({ description: 'Malformed report, limit or cursor (named)' })
  async cycleMeasures(@Param('id', ParseIdPipe) id: number, @Query() query: CycleMeasuresQueryDto, @PageContext() page: PageContextValue): Promise<MeasureCoverageRowDto[]> {
    return sendPage(page.req, page.res, await this.coverage.cycleMeasures(id, query));
  }

  @Get('cycles/:id/late')
  @AdminOnly()
  @ApiOkResponse({ type: CycleLateDto, description: 'Boards still owing statements after the deadline (none before it), with their editors as contacts' })
  @ApiForbiddenResponse({ description: 'Not an admin (the contacts are accounts)' })
  @ApiNotFoundResponse({ description: 'Unknown cycle' })
  late(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<CycleLateDto> {
    return this.coverage.late(id, user);
  }

  @Get('cycles/:id/gaps')
  @ApiPageResponse(GapDto, 'Every gap: no-statement first, then by board, report and measure number')
  @ApiNotFoundResponse({ description: 'Unknown cycle, board or report' })
  @ApiBadRequestResponse({ description: 'Malformed filter' })
  async gaps(@Param('id', ParseIdPipe) id: number, @Query() query: GapsQueryDto, @PageContext() page: PageContextValue): Promise<GapDto[]> {
    return sendPage(page.req, page.res, await this.coverage.gaps(id, query));
  }

  @Get('cycles/:id/matrix')
  @ApiOkResponse({ type: MatrixDto })
  @ApiNotFoundResponse({ description: 'Unknown cycle or report' })
  matrix(@Param('id', ParseIdPipe) id: number, @Query() query: MatrixQueryDto): Promise<MatrixDto> {
    return this.coverage.matrix(id, query.report);
  }

  @Get('measures/:id/coverage')
  @ApiOkResponse({ type: [MeasureCoverageDto] })
  @ApiNotFoundResponse({ description: 'Unknown measure' })
  measureCoverage(@Param('id', ParseIdPipe) id: number, @CurrentUser() user?: AuthUser): Promise<MeasureCoverageDto[]> {
    return this.coverage.measureCoverage(id, user);
  }

  @Get('coverage/trend')
  @ApiOkResponse({ type: [TrendPointDto] })
  @ApiNotFoundResponse({ description: 'organisation_not_found: no organisation with that slug' })
  trend(@Query() query: OrganisationQueryDto): Promise<TrendPointDto[]> {
    return this.coverage.trend(undefined, query.organisation);
  }

  @Get('boards/:id/trend')
  @ApiOkResponse({ type: [TrendPointDto] })
  @ApiNotFoundResponse({ description: 'Unknown board' })
  boardTrend(@Param('id', ParseIdPipe) id: number): Promise<TrendPointDto[]> {
    return this.coverage.trend(id);
  }
}
