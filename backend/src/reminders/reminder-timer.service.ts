import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ReminderSender } from './reminder-sender.service.js';
import { RemindersService } from './reminders.service.js';

/**
 * The app's own clock for reminders: every REMINDER_INTERVAL_SECONDS (0 = off, as in the tests) it
 * runs the schedule, then the sender; once at start too, so a run after downtime catches up. The
 * interval is unref'd (it never keeps the process alive) and stopped on shutdown after the tick in
 * progress finishes, before the database closes.
 */
@Injectable()
export class ReminderTimer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly reminders: RemindersService,
    private readonly sender: ReminderSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.REMINDER_INTERVAL_SECONDS;
    if (seconds === 0) return;
    this.timer = setInterval(() => void this.tick(), seconds * 1000);
    this.timer.unref();
    void this.tick();
    if (!this.sender.configured) this.log.warn('SMTP_URL is not set: reminders are queued in the outbox but not sent');
  }

  get active(): boolean {
    return this.timer !== null;
  }

  /** One run of the schedule and the sender; a tick while one runs waits for that one instead. */
  tick(): Promise<void> {
    this.running ??= (async () => {
      try {
        await this.reminders.runSchedule();
        await this.sender.drain();
      } catch (error) {
        this.log.error(`Reminder run failed: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.sender.close();
  }
}
