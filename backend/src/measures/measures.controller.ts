import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  } from '@nestjs/swagger';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { AdminOnly } from '../auth/decorators/roles.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { ApiPageResponse, PageContext, sendPage, type PageContextValue } from '../common/pagination.js';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { ListMeasuresQueryDto, MeasureDetailDto, MeasureDto } from './dto/measure.dto.js';
import { CreateMeasureDto, ResponsibilityDto, SetResponsibilityDto, UpdateMeasureDto } from './dto/write-measure.dto.js';
import { MeasureCatalogueService } from './measure-catalogue.service.js';
import { MeasuresService } from './measures.service.js';

@ApiTags('measures')
@Controller('measures')
export class MeasuresController {
  constructor(
    private readonly measures: MeasuresService,
    private readonly catalogue: MeasureCatalogueService,
  ) {}

  @Get()
  @ApiPageResponse(MeasureDto, 'Measures by report and number, with their responsibilities')
  @ApiNotFoundResponse({ description: 'Unknown report key' })
  @ApiBadRequestResponse({ description: 'Malformed or unknown query field' })
  async list(@Query() query: ListMeasuresQueryDto, @PageContext() page: PageContextValue): Promise<MeasureDto[]> {
    return sendPage(page.req, page.res, await this.measures.list(query));
  }

  @Post()
  @AdminOnly()
  @ApiCreatedResponse({ type: MeasureDetailDto })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiNotFoundResponse({ description: 'Unknown report or recommendation' })
  @ApiConflictResponse({ description: 'The number is taken in that report' })
  create(@Body() body: CreateMeasureDto, @CurrentUser() user: AuthUser): Promise<MeasureDetailDto> {
    return this.catalogue.create(body, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: MeasureDetailDto })
  @ApiNotFoundResponse({ description: 'No measure with that id' })
  get(@Param('id', ParseIdPipe) id: number): Promise<MeasureDetailDto> {
    return this.measures.get(id);
  }

  @Put(':id')
  @AdminOnly()
  @ApiOkResponse({ type: MeasureDetailDto })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiNotFoundResponse({ description: 'No measure with that id' })
  @ApiConflictResponse({ description: 'version_conflict (currentVersion), or the number is taken' })
  update(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateMeasureDto, @CurrentUser() user: AuthUser): Promise<MeasureDetailDto> {
    return this.catalogue.update(id, body, user);
  }

  @Put(':id/responsibilities/:boardId')
  @AdminOnly()
  @ApiOkResponse({ type: ResponsibilityDto, description: 'The board is now lead or contributing for the measure' })
  @ApiNotFoundResponse({ description: 'Unknown measure or board' })
  setResponsibility(
    @Param('id', ParseIdPipe) id: number,
    @Param('boardId', ParseIdPipe) boardId: number,
    @Body() body: SetResponsibilityDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ResponsibilityDto> {
    return this.catalogue.setResponsibility(id, boardId, body, user);
  }

  @Delete(':id/responsibilities/:boardId')
  @AdminOnly()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The board is no longer responsible for the measure' })
  @ApiNotFoundResponse({ description: 'The board has no responsibility for the measure' })
  removeResponsibility(@Param('id', ParseIdPipe) id: number, @Param('boardId', ParseIdPipe) boardId: number, @CurrentUser() user: AuthUser): Promise<void> {
    return this.catalogue.removeResponsibility(id, boardId, user);
  }
}
