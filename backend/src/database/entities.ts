import { AuditEvent } from '../audit/entities/audit-event.entity.js';
import { Board } from '../boards/entities/board.entity.js';
import { BoardGroup } from '../boards/entities/board-group.entity.js';
import { Commission } from '../commissions/entities/commission.entity.js';
import { CycleParticipant } from '../cycles/entities/cycle-participant.entity.js';
import { ReportingCycle } from '../cycles/entities/reporting-cycle.entity.js';
import { Measure } from '../measures/entities/measure.entity.js';
import { Recommendation } from '../measures/entities/recommendation.entity.js';
import { Responsibility } from '../measures/entities/responsibility.entity.js';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import { Report } from '../reports/entities/report.entity.js';
import { Statement } from '../statements/entities/statement.entity.js';
import { UserSession } from '../users/entities/user-session.entity.js';
import { User } from '../users/entities/user.entity.js';

export const ENTITIES = [
  Organisation,
  Board,
  BoardGroup,
  Commission,
  Report,
  Recommendation,
  Measure,
  Responsibility,
  ReportingCycle,
  CycleParticipant,
  Statement,
  User,
  UserSession,
  AuditEvent,
];
