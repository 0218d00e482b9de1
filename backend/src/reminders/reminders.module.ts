import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module.js';
import { ReminderSender } from './reminder-sender.service.js';
import { ReminderTimer } from './reminder-timer.service.js';
import { RemindersController } from './reminders.controller.js';
import { RemindersService } from './reminders.service.js';

@Module({
  imports: [CyclesModule],
  controllers: [RemindersController],
  providers: [RemindersService, ReminderSender, ReminderTimer],
  exports: [RemindersService, ReminderSender, ReminderTimer],
})
export class RemindersModule {}
