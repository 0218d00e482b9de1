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
import { ParseIdPipe } from '../common/pipes/parse-id.pipe.js';
import { CreateUserDto, ListUsersQueryDto, UpdateUserDto, UserDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
@AdminOnly()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: [UserDto] })
  @ApiNotFoundResponse({ description: 'organisation_not_found: no organisation with that slug' })
  list(@Query() query: ListUsersQueryDto, @CurrentUser() user: AuthUser): Promise<UserDto[]> {
    return this.users.list(query, user);
  }

  @Post()
  @ApiCreatedResponse({ type: UserDto })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors), e.g. a weak password or an editor without boards' })
  @ApiNotFoundResponse({ description: 'Unknown board' })
  @ApiConflictResponse({ description: 'The email already has an account' })
  create(@Body() body: CreateUserDto, @CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.users.create(body, user);
  }

  @Put(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors)' })
  @ApiNotFoundResponse({ description: 'Unknown account or board' })
  @ApiConflictResponse({ description: 'version_conflict (currentVersion)' })
  update(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateUserDto, @CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.users.update(id, body, user);
  }
}
