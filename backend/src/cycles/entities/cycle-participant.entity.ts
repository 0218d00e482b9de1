import { Entity, PrimaryColumn } from 'typeorm';

/** A board asked to report in a cycle. */
@Entity({ name: 'cycle_participant' })
export class CycleParticipant {
  @PrimaryColumn({ name: 'cycle_id' })
  cycleId: number;

  @PrimaryColumn({ name: 'board_id' })
  boardId: number;
}
