import { Global, Module } from '@nestjs/common';
import { OrganisationsController } from './organisations.controller.js';
import { OrganisationsService } from './organisations.service.js';

/** Global: every list endpoint resolves its `?organisation=` through OrganisationsService. */
@Global()
@Module({
  controllers: [OrganisationsController],
  providers: [OrganisationsService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
