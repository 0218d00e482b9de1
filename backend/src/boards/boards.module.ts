import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Responsibility } from '../measures/entities/responsibility.entity.js';
import { BoardCatalogueService } from './board-catalogue.service.js';
import { BoardsController } from './boards.controller.js';
import { BoardsService } from './boards.service.js';
import { Board } from './entities/board.entity.js';
import { BoardGroup } from './entities/board-group.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Board, BoardGroup, Responsibility])],
  controllers: [BoardsController],
  providers: [BoardsService, BoardCatalogueService],
  exports: [BoardsService],
})
export class BoardsModule {}
