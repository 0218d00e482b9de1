import { Module } from '@nestjs/common';
import { LinkSuggestionsController } from './link-suggestions.controller.js';
import { LinkSuggestionsService } from './link-suggestions.service.js';

@Module({
  controllers: [LinkSuggestionsController],
  providers: [LinkSuggestionsService],
})
export class LinkSuggestionsModule {}
