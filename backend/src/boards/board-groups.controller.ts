import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
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
  @ApiOkResponse({ type: [BoardGroupDto], description: 'The groups responsibility texts and remisser name ("stadsdelsnämnderna"), with their members valid at a date' })
  @ApiBadRequestResponse({ description: 'Malformed validAt or organisation' })
  @ApiNotFoundResponse({ description: 'organisation_not_found: no organisation with that slug' })
  async list(@Query() query: ListBoardGroupsQueryDto): Promise<BoardGroupDto[]> {
    const organisationId = await this.organisations.filterId(query.organisation);
    return (await listBoardGroups(this.dataSource.manager, organisationId, query.validAt ?? null)).map(toBoardGroupDto);
  }
}
