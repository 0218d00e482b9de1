import { Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Board } from './board.entity.js';

/** A named set of boards that responsibility texts refer to ("stadsdelsnämnderna"). */
@Entity({ name: 'board_group' })
export class BoardGroup {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'organisation_id' })
  organisationId: number;

  @Column()
  slug: string;

  @Column()
  name: string;

  @ManyToMany(() => Board)
  @JoinTable({
    name: 'board_group_member',
    joinColumn: { name: 'group_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'board_id', referencedColumnName: 'id' },
  })
  members?: Relation<Board>[];
}
