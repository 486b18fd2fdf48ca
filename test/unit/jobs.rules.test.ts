import { expect } from 'chai';
import { loadConfig } from '../../server/config.js';
import type { Deps } from '../../server/deps.js';
import { JOB_MODULES } from '../../jobs/registry.js';
import { cronInWords, resultInWords } from '../../server/modules/operations/jobs.rules.js';

describe('定时任务 in words', () => {
  it('when the jobs run on their default schedules, then each schedule reads in words', () => {
    const deps = { config: loadConfig({}) } as Deps;
    const words = Object.fromEntries(JOB_MODULES.flatMap((j) => j.schedules(deps)).map((s) => [s.agendaName, cronInWords(s.cron)]));
    expect(words).to.deep.equal({
      'points-rollup:hourly': '每小时第 5 分钟',
      'points-rollup:monthly': '每月 1 日 01:00',
      'monthly-assessment': '每月 1 日 01:30',
      'whistle-watch': '每天 08:00',
      'claims-sweep': '每 10 分钟',
      'claim-reminders': '每天 09:00',
      'notification-delivery': '每分钟',
      'notification-digest': '每小时整点',
      'evaluation-anomalies': '每小时第 20 分钟',
    });
  });

  it('when a schedule is set by hand, then common shapes read in words and anything else shows the expression', () => {
    expect(cronInWords('0 */2 * * *')).to.equal('每 2 小时（第 0 分钟）');
    expect(cronInWords('15 6 * * 1-5')).to.equal('每周一至周五 06:15');
    expect(cronInWords('0 9 * * 1,3')).to.equal('每周一、周三 09:00');
    expect(cronInWords('0 9 * * 0')).to.equal('每周日 09:00');
    expect(cronInWords('0 2 15 12 *')).to.equal('每年 12 月 15 日 02:00');
    expect(cronInWords('0 8-18 * * *')).to.equal('按 cron 表达式 0 8-18 * * *');
    expect(cronInWords('@daily')).to.equal('按 cron 表达式 @daily');
  });

  it('when a run stored its result, then it reads as labelled numbers, nested counts flattened and times in Shanghai', () => {
    expect(resultInWords({ overdue: 2, newlyOverdue: 1, reminders: 3 })).to.deep.equal([
      { label: '超期事项', value: '2' }, { label: '新增超期', value: '1' }, { label: '发出提醒', value: '3' },
    ]);
    const delivery = resultInWords({ fanout: { notifications: 1, deliveries: 2, digestItems: 0 }, send: { sent: 2, failed: 0, dead: 0, deferred: 0, claimed_elsewhere: 0 } });
    expect(delivery.map((l) => l.label)).to.deep.equal(['分发的提醒', '新建的投递', '转入每日汇总', '已发送', '发送失败（将重试）', '发送失败（不再重试）', '推迟（免打扰时段）', '由其他进程发送']);
    expect(resultInWords({ full: false, since: null, watermark: '2026-11-20T01:55:00.000Z', periods: { count: 2 } })).to.deep.equal([
      { label: '全量重算', value: '否' }, { label: '上次汇总至', value: '—' }, { label: '本次汇总至', value: '2026-11-20 09:55' }, { label: '更新的月份与年度', value: '2' },
    ]);
    expect(resultInWords({ somethingNew: 4 })).to.deep.equal([{ label: 'somethingNew', value: '4' }]);
    expect(resultInWords(null)).to.deep.equal([]);
  });
});
