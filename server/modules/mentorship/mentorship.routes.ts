import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import type { Deps } from '../../deps.js';
import {
  createMentorshipBody,
  endMentorshipBody,
  listMentorshipsQuery,
  noteBody,
  stageBody,
  suggestionsQuery,
  mentorLoadAnswer,
  mentorshipAnswer,
  mentorshipsAnswer,
  noteAnswer,
  notesAnswer,
  secretaryAnswer,
  suggestionsAnswer,
} from './mentorship.schemas.js';
import { createMentorship, endMentorship, getMentorship, listMentorships } from './mentorship.service.js';
import { addNote, listNotes } from './notes.service.js';
import { changeStage, getSecretary } from './secretaries.service.js';
import { suggestMentors } from './suggestions.service.js';
import { mentorLoad } from './mentor-pool.js';

const tag = '师带徒';

export function mentorshipRoutes(deps: Deps): RouteDef[] {
  return [
    { method: 'post', path: '/mentorships', tag, summary: '大梁带小梁结对', access: ['admin'], status: 201,
      schema: { body: createMentorshipBody }, response: mentorshipAnswer, handler: ({ body, actor }) => createMentorship(body, actor) },
    { method: 'get', path: '/mentorships', tag, summary: '结对列表（书记只看到自己的结对）', access: ['admin', 'secretary'],
      schema: { query: listMentorshipsQuery }, response: mentorshipsAnswer, handler: ({ query, actor }) => listMentorships(query, actor) },
    { method: 'get', path: '/mentorships/suggestions', tag, summary: '为小梁推荐大梁（附理由）', access: ['admin'],
      schema: { query: suggestionsQuery }, response: suggestionsAnswer, handler: ({ query }) => suggestMentors(query.menteeId, query.limit, query.category) },
    { method: 'get', path: '/mentorships/mentor-load', tag, summary: '大梁带教负担：每位大梁（含预备大梁）在带人数 / 带教名额，最满的在前', access: ['admin'], response: mentorLoadAnswer,
      handler: () => mentorLoad() },
    { method: 'get', path: '/mentorships/:id', tag, summary: '结对详情', access: ['admin', 'secretary'],
      schema: { params: idParams }, response: mentorshipAnswer, handler: ({ params, actor }) => getMentorship(params.id, actor) },
    { method: 'post', path: '/mentorships/:id/end', tag, summary: '结束结对（保留历史）', access: ['admin'],
      schema: { params: idParams, body: endMentorshipBody }, response: mentorshipAnswer,
      handler: ({ params, body, actor }) => endMentorship(params.id, body.reason, actor, deps.clock()) },
    { method: 'post', path: '/mentorships/:id/notes', tag, summary: '大梁记录带教笔记', access: ['secretary'], status: 201,
      schema: { params: idParams, body: noteBody }, response: noteAnswer, handler: ({ params, body, actor }) => addNote(params.id, body, actor, deps.clock()) },
    { method: 'get', path: '/mentorships/:id/notes', tag, summary: '带教笔记（师徒双方与管理员可见）', access: ['admin', 'secretary'],
      schema: { params: idParams }, response: notesAnswer, handler: ({ params, actor }) => listNotes(params.id, actor) },
    { method: 'get', path: '/secretaries/:id', tag, summary: '书记档案：成长阶段、历史、结对', access: ['admin', 'secretary'],
      schema: { params: idParams }, response: secretaryAnswer, handler: ({ params, actor }) => getSecretary(params.id, actor) },
    { method: 'post', path: '/secretaries/:id/stage', tag, summary: '调整小梁成长阶段（逐级；跳级须 override 与理由）', access: ['admin'],
      schema: { params: idParams, body: stageBody }, response: secretaryAnswer, handler: ({ params, body, actor }) => changeStage(params.id, body, actor, deps.clock()) },
  ];
}
