import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { StatementWorkflowService } from './statement-workflow.service.js';
import { StatementsController } from './statements.controller.js';
import { StatementsService } from './statements.service.js';
import { TodoService } from './todo.service.js';

@Module({
  imports: [CyclesModule, ReportsModule],
  controllers: [StatementsController],
  providers: [StatementsService, StatementWorkflowService, TodoService],
  exports: [StatementsService, StatementWorkflowService],
})
export class StatementsModule {}
