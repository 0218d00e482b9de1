import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import type { Role } from '../../auth/roles.js';
import { Board } from '../../boards/entities/board.entity.js';

/** An account (table app_user: "user" is reserved in PostgreSQL). The hash never leaves the server. */
@Entity({ name: 'app_user' })
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  email: string;

  @Column({ name: 'password_hash', select: false })
  passwordHash: string;

  @Column({ type: 'text' })
  role: Role;

  /** Still the seed's demo password: production mode refuses to start. */
  @Column({ name: 'demo_password', type: 'boolean', default: false })
  demoPassword: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @ManyToMany(() => Board)
  @JoinTable({
    name: 'user_board',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'board_id', referencedColumnName: 'id' },
  })
  boards?: Relation<Board>[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
