import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { Organisation } from '../../organisations/entities/organisation.entity.js';

export const BOARD_KINDS = ['central', 'district', 'company', 'executive'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

/** A nämnd with its administration (förvaltning). */
@Entity({ name: 'board' })
export class Board {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'organisation_id' })
  organisationId: number;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column()
  name: string;

  @Column()
  administration: string;

  @Column({ type: 'text' })
  kind: BoardKind;

  /** Stable once created (editors' demo emails use it); a rename keeps it. */
  @Column()
  slug: string;

  @VersionColumn()
  version: number;
}
