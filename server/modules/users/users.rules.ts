import type { OrgLevel } from '../../../models/org-unit.model.js';
import type { Role } from '../../lib/actor.js';

/** Which org level each role belongs to; null: none required. */
export const ROLE_ORG_LEVELS: Record<Role, readonly OrgLevel[] | null> = {
  admin: null,
  evaluator: null,
  resident: null,
  secretary: ['community'],
  member: ['community'],
  department: ['street', 'district'],
};

export interface RoleFieldProblem {
  path: string;
  message: string;
}

/** Fields that only make sense for some roles: a member cannot be a 大梁, an evaluator has no stage. */
export function roleFieldProblems(role: Role, fields: { beam?: string | null; stage?: string | null; orgLevel?: OrgLevel | null; hasOrg: boolean }): RoleFieldProblem[] {
  const problems: RoleFieldProblem[] = [];
  const levels = ROLE_ORG_LEVELS[role];
  if (levels && !fields.hasOrg) problems.push({ path: 'orgUnitId', message: `${role} 须指定所属单位 (${levels.join('/')})` });
  if (levels && fields.orgLevel && !levels.includes(fields.orgLevel)) {
    problems.push({ path: 'orgUnitId', message: `${role} 的所属单位须为 ${levels.join('/')} 级` });
  }
  if (role !== 'secretary' && fields.beam) problems.push({ path: 'beam', message: '只有书记可以设为大梁或小梁 (beam is for secretaries)' });
  if (fields.stage && !(role === 'secretary' && fields.beam === 'mentee')) {
    problems.push({ path: 'stage', message: '成长阶段只适用于小梁 (stage is for mentees)' });
  }
  return problems;
}
