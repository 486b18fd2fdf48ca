import { expect } from 'chai';
import mongoose, { type Schema } from 'mongoose';
import '../../models/index.js';
import { RESPONSE_STATUSES } from '../../models/whistle.model.js';
import {
  ACTIVITY_STATUS_LABELS, CLAIM_STATUS_LABELS, CYCLE_STATUS_LABELS, DELIVERY_STATUS_LABELS, DIGEST_STATUS_LABELS, labelOf,
  MENTORSHIP_STATUS_LABELS, PROJECT_STATUS_LABELS, PROPOSAL_STATUS_LABELS, STAGE_LABELS, TRAINING_RECORD_STATUS_LABELS,
  WHISTLE_STATUS_LABELS,
} from '../../server/lib/status-labels.js';
import { recordStatus } from '../../server/modules/training/training.rules.js';

/** Which table words each status enum of the models ("Model.path"). A new status enum must be added here. */
const TABLE_OF: Record<string, Readonly<Record<string, string>>> = {
  'Activity.status': ACTIVITY_STATUS_LABELS,
  'StageProposal.status': PROPOSAL_STATUS_LABELS,
  'EvaluationCycle.status': CYCLE_STATUS_LABELS,
  'Mentorship.status': MENTORSHIP_STATUS_LABELS,
  'NotificationDelivery.status': DELIVERY_STATUS_LABELS,
  'DigestItem.status': DIGEST_STATUS_LABELS,
  'PointsClaim.status': CLAIM_STATUS_LABELS,
  'Project.status': PROJECT_STATUS_LABELS,
  'Whistle.status': WHISTLE_STATUS_LABELS,
  'User.stage': STAGE_LABELS,
};

/** Every `status` or `stage` path with an enum, in every registered model and its sub-documents. */
function statusEnums(): Array<{ at: string; values: string[] }> {
  const found: Array<{ at: string; values: string[] }> = [];
  const walk = (model: string, schema: Schema, prefix: string) => {
    schema.eachPath((path, type) => {
      const values = ((type as unknown as { enumValues?: unknown[] }).enumValues ?? []).filter((v): v is string => typeof v === 'string');
      if (/(^|\.)(status|stage)$/.test(path) && values.length) found.push({ at: `${model}.${prefix}${path}`, values });
    });
    for (const child of schema.childSchemas) walk(model, child.schema, `${prefix}${child.model.path}.`);
  };
  for (const name of mongoose.modelNames()) walk(name, mongoose.model(name).schema as unknown as Schema, '');
  return found;
}

describe('status labels', () => {
  it('when a model has a status enum, then the shared table has a Chinese word for every value', () => {
    const enums = statusEnums();
    expect(enums.map((e) => e.at)).to.have.members(Object.keys(TABLE_OF));
    for (const { at, values } of enums) {
      const missing = values.filter((v) => !/[\u4e00-\u9fff]/.test(TABLE_OF[at][v] ?? ''));
      expect(missing, `${at} lacks words for`).to.deep.equal([]);
    }
  });

  it('when a department answers a whistle, then every answer status has a word too', () => {
    expect(RESPONSE_STATUSES.filter((s) => !WHISTLE_STATUS_LABELS[s])).to.deep.equal([]);
  });

  it('when a training record is computed, then each of its statuses has a word', () => {
    const s = { startAt: new Date('2026-11-20T09:00:00+08:00'), endAt: new Date('2026-11-20T11:00:00+08:00') };
    const at = (iso: string) => new Date(iso);
    const statuses = [
      recordStatus(s, true, at('2026-11-20T10:00:00+08:00')),
      recordStatus(s, false, at('2026-11-19T10:00:00+08:00')),
      recordStatus(s, false, at('2026-11-20T10:00:00+08:00')),
      recordStatus(s, false, at('2026-11-21T10:00:00+08:00')),
    ];
    expect(statuses.map((x) => TRAINING_RECORD_STATUS_LABELS[x])).to.deep.equal(['已出席', '未开始', '进行中', '缺席']);
  });

  it('when a value is not in a table, then it reads as unknown, never as the raw code', () => {
    expect(labelOf(WHISTLE_STATUS_LABELS, 'in_progress')).to.equal('办理中');
    expect(labelOf(PROJECT_STATUS_LABELS, 'paused')).to.equal('已暂停');
    expect(labelOf(PROJECT_STATUS_LABELS, 'archived')).to.equal('未知状态');
    expect(labelOf(PROJECT_STATUS_LABELS, null)).to.equal('—');
  });
});
