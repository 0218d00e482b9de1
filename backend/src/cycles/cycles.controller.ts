import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { Roles } from '../auth/decorators/roles.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { CyclesService, toCycleDto } from './cycles.service.js';
import { CreateCycleDto, CycleDto, ParticipantDto, SetParticipantsDto, UpdateCycleDto } from './dto/cycle.dto.js';

@ApiTags('cycles')
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Get()
  @ApiOkResponse({ type: [CycleDto] })
  list(): Promise<CycleDto[]> {
    return this.cycles.list();
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: CycleDto })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
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
  @Roles('admin')
  @ApiOkResponse({ type: CycleDto })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiNotFoundResponse({ description: 'No cycle with that id' })
  @ApiConflictResponse({ description: 'version_conflict (currentVersion), or the name is taken' })
  update(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateCycleDto, @CurrentUser() user: AuthUser): Promise<CycleDto> {
    return this.cycles.update(id, body, user);
  }

  @Get(':id/participants')
  @ApiOkResponse({ type: [ParticipantDto] })
  @ApiNotFoundResponse({ description: 'No cycle with that id' })
  participants(@Param('id', ParseIdPipe) id: number): Promise<ParticipantDto[]> {
    return this.cycles.participants(id);
  }

  @Put(':id/participants')
  @Roles('admin')
  @ApiOkResponse({ type: [ParticipantDto], description: 'The new set of participants' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiNotFoundResponse({ description: 'Unknown cycle or board (named)' })
  setParticipants(@Param('id', ParseIdPipe) id: number, @Body() body: SetParticipantsDto, @CurrentUser() user: AuthUser): Promise<ParticipantDto[]> {
    return this.cycles.setParticipants(id, body.boardIds, user);
  }
}
