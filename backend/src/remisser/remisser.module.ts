import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RemissCompilationService } from './remiss-compilation.service.js';
import { RemissWritesService } from './remiss-writes.service.js';
import { RemisserController } from './remisser.controller.js';
import { RemisserService } from './remisser.service.js';

/** Remisser: cases sent to remissinstanser, their answers, follow-up, import and the remissammanställning. */
@Module({
  imports: [AuditModule, OrganisationsModule],
  controllers: [RemisserController],
  providers: [RemisserService, RemissWritesService, RemissCompilationService],
  exports: [RemisserService],
})
export class RemisserModule {}
