import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CyclesModule } from '../cycles/cycles.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { Statement } from './entities/statement.entity.js';
import { StatementWorkflowService } from './statement-workflow.service.js';
import { StatementsController } from './statements.controller.js';
import { StatementsService } from './statements.service.js';
import { TodoService } from './todo.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Statement]), CyclesModule, ReportsModule],
  controllers: [StatementsController],
  providers: [StatementsService, StatementWorkflowService, TodoService],
  exports: [StatementsService],
})
export class StatementsModule {}
