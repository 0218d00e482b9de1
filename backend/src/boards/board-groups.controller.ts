import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiPageResponse, decodeCursor, DEFAULT_PAGE_SIZE, PageContext, sendPage, toPage, type PageContextValue } from '../common/pagination.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { listBoardGroups, toBoardGroupDto } from './board-group.row.js';
import { BoardGroupDto, ListBoardGroupsQueryDto } from './dto/board-group.dto.js';

@ApiTags('boards')
@Controller('board-groups')
export class BoardGroupsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  @Get()
  @ApiPageResponse(BoardGroupDto, 'The groups responsibility texts and remisser name ("stadsdelsnämnderna"), with their members valid at a date, by organisation and id')
  @ApiBadRequestResponse({ description: 'Malformed or unknown query field (limit, cursor, organisation, validAt)' })
  @ApiNotFoundResponse({ description: 'organisation_not_found: no organisation with that slug' })
  async list(@Query() query: ListBoardGroupsQueryDto, @PageContext() page: PageContextValue): Promise<BoardGroupDto[]> {
    const after = decodeCursor(query.cursor, ['int', 'int']);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const organisationId = await this.organisations.filterId(query.organisation);
    const rows = await listBoardGroups(this.dataSource.manager, organisationId, query.validAt ?? null, after, limit + 1);
    return sendPage(page.req, page.res, toPage(rows, limit, (g) => [g.organisation_id, g.id], toBoardGroupDto));
  }
}
