import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ENTITY_TYPES = ['statement', 'measure', 'board', 'cycle', 'user'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** One change: who, when, what, before and after. Append-only (a trigger refuses UPDATE and DELETE). */
@Entity({ name: 'audit_event' })
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_user_id', type: 'int', nullable: true })
  actorUserId: number | null;

  @Column({ name: 'actor_email' })
  actorEmail: string;

  @Column()
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: AuditEntityType;

  @Column({ name: 'entity_id', type: 'int' })
  entityId: number;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;
}
