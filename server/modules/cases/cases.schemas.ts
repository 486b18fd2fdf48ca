import Joi from 'joi';
import { CASE_VISIBILITIES } from '../../../models/case.model.js';
import { idString, instant, maybe, objectId, occurredDay, pageOf, paging, shape } from '../../http/common-schemas.js';
import { photoUpload } from '../../http/photos.js';
import { MAX_BEST_CASES, MAX_CASE_PHOTOS, PHOTOS_PER_REQUEST } from './cases.rules.js';

const text = (max: number) => Joi.string().trim().max(max);
const visibility = Joi.string().valid(...CASE_VISIBILITIES).description('public 公开（含公开页面）/ staff 仅内部（书记与区级）');
const year = Joi.number().integer().min(2000).max(2100);
const photos = Joi.array().items(photoUpload()).max(PHOTOS_PER_REQUEST);

export const reviewBody = Joi.object({
  reviewerName: text(40).min(1).required().description('点评专家姓名'),
  reviewerTitle: text(60).allow('').default('').description('专家身份，如“区委党校教授”'),
  text: text(2000).min(1).required().description('点评内容'),
  reviewedAt: occurredDay().description('点评日期（YYYY-MM-DD），默认今天'),
});

export const markCaseBody = Joi.object({
  projectId: objectId().required().description('已完成的“开门第一件事”项目'),
  summary: text(2000).min(2).required().description('案例概要'),
  whatWorked: text(2000).allow('').default('').description('经验做法（什么管用）'),
  problemsMet: text(2000).allow('').default('').description('遇到的问题'),
  visibility: visibility.default('staff'),
  photos: photos.default([]).description(`照片，每次最多 ${PHOTOS_PER_REQUEST} 张（JPEG/PNG，base64，每张 ≤ 2 MB）`),
  review: reviewBody,
});

export const updateCaseBody = Joi.object({
  summary: text(2000).min(2),
  whatWorked: text(2000).allow(''),
  problemsMet: text(2000).allow(''),
  visibility,
}).min(1);

export const photosBody = Joi.object({ photos: photos.min(1).required() });

export const caseListQuery = Joi.object({
  category: Joi.string().pattern(/^[a-z][a-z0-9_]{1,31}$/).description('项目类别'),
  street: objectId().description('街镇'),
  year: year.description('年份（项目完成的年份）'),
  ...paging,
}).rename('streetId', 'street', { override: true, ignoreUndefined: true });

export const caseParams = Joi.object({ id: objectId().required() });
export const casePhotoParams = Joi.object({ id: objectId().required(), n: Joi.number().integer().min(1).max(MAX_CASE_PHOTOS).required() });
export const yearParams = Joi.object({ year: year.required() });
export const bestBody = Joi.object({
  caseIds: Joi.array().items(objectId()).unique().max(MAX_BEST_CASES).required().description(`按展示顺序的案例（均须为当年的公开案例，最多 ${MAX_BEST_CASES} 个）`),
});

// Answers (RouteDef.response). Closed on purpose: no account id or photo storage id reaches a reader.
export const caseAnswer = shape({
  _id: idString(),
  projectId: idString(),
  title: Joi.string(),
  categoryKey: Joi.string(),
  categoryName: Joi.string(),
  communityId: idString(),
  communityName: Joi.string().allow(null),
  streetId: idString().allow(null),
  streetName: Joi.string().allow(null),
  districtId: maybe(idString()),
  year: Joi.number().integer(),
  summary: Joi.string(),
  whatWorked: Joi.string().allow(''),
  problemsMet: Joi.string().allow(''),
  photos: Joi.array().items(shape({ n: Joi.number().integer(), contentType: Joi.string(), size: Joi.number().integer(), url: Joi.string() })),
  review: shape({ reviewerName: Joi.string(), reviewerTitle: Joi.string().allow(''), text: Joi.string(), reviewedAt: instant() }).allow(null),
  visibility: Joi.string().valid(...CASE_VISIBILITIES),
  markedAt: instant(),
  createdAt: instant(),
  updatedAt: instant(),
});
export const casesAnswer = pageOf(caseAnswer);
export const bestCasesAnswer = shape({
  year: Joi.number().integer(),
  items: Joi.array().items(caseAnswer.keys({ place: Joi.number().integer().required() })),
  updatedAt: instant().allow(null),
});
