import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
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
import { BoardCatalogueService } from './board-catalogue.service.js';
import { BoardsService } from './boards.service.js';
import { BoardDetailDto, BoardDto, BoardQueryDto, CreateBoardDto, ListBoardsQueryDto, SavedBoardDto, UpdateBoardDto } from './dto/board.dto.js';

@ApiTags('boards')
@Controller('boards')
export class BoardsController {
  constructor(
    private readonly boards: BoardsService,
    private readonly catalogue: BoardCatalogueService,
  ) {}

  @Get()
  @ApiPageResponse(BoardDto, 'Boards by organisation, kind (executive, central, district, company) and id')
  @ApiBadRequestResponse({ description: 'Malformed or unknown query field (limit, cursor, organisation, validAt)' })
  @ApiNotFoundResponse({ description: 'organisation_not_found: no organisation with that slug' })
  async list(@Query() query: ListBoardsQueryDto, @PageContext() page: PageContextValue): Promise<BoardDto[]> {
    return sendPage(page.req, page.res, await this.boards.list(query));
  }

  @Post()
  @AdminOnly()
  @ApiCreatedResponse({ type: SavedBoardDto })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiConflictResponse({ description: 'The name (or its slug) is taken' })
  create(@Body() body: CreateBoardDto, @CurrentUser() user: AuthUser): Promise<SavedBoardDto> {
    return this.catalogue.create(body, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: BoardDetailDto })
  @ApiNotFoundResponse({ description: 'No board (or cycle) with that id' })
  get(@Param('id', ParseIdPipe) id: number, @Query() query: BoardQueryDto): Promise<BoardDetailDto> {
    return this.boards.get(id, query.cycle);
  }

  @Put(':id')
  @AdminOnly()
  @ApiOkResponse({ type: SavedBoardDto })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiNotFoundResponse({ description: 'No board with that id' })
  @ApiConflictResponse({ description: 'version_conflict (currentVersion), or the name is taken' })
  update(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateBoardDto, @CurrentUser() user: AuthUser): Promise<SavedBoardDto> {
    return this.catalogue.update(id, body, user);
  }
}
