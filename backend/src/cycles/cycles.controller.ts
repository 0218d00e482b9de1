import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  } from '@nestjs/swagger';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { AdminOnly } from '../auth/decorators/roles.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { ApiPageResponse, PageContext, sendPage, type PageContextValue } from '../common/pagination.js';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { toCycleDto } from './cycle.row.js';
import { CyclesService } from './cycles.service.js';
import { CreateCycleDto, CycleDto, ListCyclesQueryDto, ParticipantDto, SetParticipantsDto, UpdateCycleDto } from './dto/cycle.dto.js';
import { AppliedScopeChangesDto, ApplyScopeChangesDto, ScopeChangesDto } from './dto/scope-changes.dto.js';

@ApiTags('cycles')
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Get()
  @ApiPageResponse(CycleDto, 'Reporting cycles, newest first (year, then id, descending)')
  @ApiBadRequestResponse({ description: 'Malformed or unknown query field (limit, cursor, organisation)' })
  @ApiNotFoundResponse({ description: 'organisation_not_found: no organisation with that slug' })
  async list(@Query() query: ListCyclesQueryDto, @PageContext() page: PageContextValue): Promise<CycleDto[]> {
    return sendPage(page.req, page.res, await this.cycles.list(query));
  }

  @Post()
  @AdminOnly()
  @ApiCreatedResponse({ type: CycleDto })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiConflictResponse({ description: 'The name is taken' })
  create(@Body() body: CreateCycleDto, @CurrentUser() user: AuthUser): Promise<CycleDto> {
    return this.cycles.create(body, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: CycleDto })
  @ApiNotFoundResponse({ description: 'No cycle with that id' })
  async get(@Param('id', ParseIdPipe) id: number): Promise<CycleDto> {
    return toCycleDto(await this.cycles.get(id));
  }

  @Put(':id')
  @AdminOnly()
  @ApiOkResponse({ type: CycleDto })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiNotFoundResponse({ description: 'No cycle with that id' })
  @ApiConflictResponse({ description: 'version_conflict (currentVersion), or the name is taken' })
  update(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateCycleDto, @CurrentUser() user: AuthUser): Promise<CycleDto> {
    return this.cycles.update(id, body, user);
  }

  @Get(':id/scope-changes')
  @ApiOkResponse({ type: ScopeChangesDto, description: "How today's catalogue differs from the cycle's stored scope" })
  @ApiNotFoundResponse({ description: 'No cycle with that id' })
  scopeChanges(@Param('id', ParseIdPipe) id: number): Promise<ScopeChangesDto> {
    return this.cycles.scopeChanges(id);
  }

  @Post(':id/scope-changes/apply')
  @AdminOnly()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AppliedScopeChangesDto, description: 'The cycle (new version) and the changes applied' })
  @ApiNotFoundResponse({ description: 'No cycle with that id' })
  @ApiConflictResponse({ description: 'version_conflict (currentVersion), or cycle_closed' })
  applyScopeChanges(@Param('id', ParseIdPipe) id: number, @Body() body: ApplyScopeChangesDto, @CurrentUser() user: AuthUser): Promise<AppliedScopeChangesDto> {
    return this.cycles.applyScopeChanges(id, body.version, user);
  }

  @Get(':id/participants')
  @ApiOkResponse({ type: [ParticipantDto] })
  @ApiNotFoundResponse({ description: 'No cycle with that id' })
  participants(@Param('id', ParseIdPipe) id: number): Promise<ParticipantDto[]> {
    return this.cycles.participants(id);
  }

  @Put(':id/participants')
  @AdminOnly()
  @ApiOkResponse({ type: [ParticipantDto], description: 'The new set of participants' })
  @ApiNotFoundResponse({ description: 'Unknown cycle or board (named)' })
  setParticipants(@Param('id', ParseIdPipe) id: number, @Body() body: SetParticipantsDto, @CurrentUser() user: AuthUser): Promise<ParticipantDto[]> {
    return this.cycles.setParticipants(id, body.boardIds, user);
  }
}
