import type { RouteDef } from '../../http/route.js';
import type { Deps } from '../../deps.js';
import { dashboardAnswer } from './dashboard.schemas.js';
import { districtDashboard } from './dashboard.service.js';

export function dashboardRoutes(deps: Deps): RouteDef[] {
  return [
    { method: 'get', path: '/dashboard', tag: '工作台', summary: '全区概览：各街镇居村数、结对数、项目状态与类别、超期吹哨、评估进度', access: ['admin'], response: dashboardAnswer,
      handler: () => districtDashboard(deps.clock()) },
  ];
}
