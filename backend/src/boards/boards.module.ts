import { Module } from '@nestjs/common';
import { BoardCatalogueService } from './board-catalogue.service.js';
import { BoardGroupsController } from './board-groups.controller.js';
import { BoardsController } from './boards.controller.js';
import { BoardsService } from './boards.service.js';

@Module({
  controllers: [BoardsController, BoardGroupsController],
  providers: [BoardsService, BoardCatalogueService],
  exports: [BoardsService],
})
export class BoardsModule {}
