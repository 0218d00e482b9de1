import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { Roles } from '../auth/decorators/roles.decorator.js';
import type { AuthUser } from '../auth/roles.js';
import { CreatedOrganisationDto, CreateOrganisationDto, OrganisationDto } from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOkResponse({ type: [OrganisationDto], description: 'Every organisation of the install, by name' })
  list(): Promise<OrganisationDto[]> {
    return this.organisations.list();
  }

  @Post()
  @Roles('system')
  @ApiCreatedResponse({ type: CreatedOrganisationDto, description: 'The organisation and its first admin' })
  @ApiBadRequestResponse({ description: 'Invalid field (named in errors), e.g. a weak adminPassword' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: 'Not a system account' })
  @ApiConflictResponse({ description: 'The slug, the name or the admin email is taken' })
  create(@Body() body: CreateOrganisationDto, @CurrentUser() user: AuthUser): Promise<CreatedOrganisationDto> {
    return this.organisations.create(body, user);
  }
}
