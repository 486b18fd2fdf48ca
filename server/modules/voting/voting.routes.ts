import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import { sendXlsx, XLSX_TYPE } from '../../http/download.js';
import { clientAddress, publicLimiter } from '../../http/rate-limit.js';
import type { Deps } from '../../deps.js';
import { generateVotingCodes, listVotingCodeBatches } from './codes.service.js';
import { myVotes } from './my-votes.service.js';
import { phoneVerification } from './phone-verification.service.js';
import { voterSecrets } from './voter-identity.js';
import { codeSentAnswer, confirmBody, generateCodesBody, myVotesHeaders, myVotesQuery, verifyBody, voterTokenAnswer } from './voting.schemas.js';

const tag = '群众身份核验';

/** Voting codes for door-to-door handout, phone verification by SMS, and a resident's own votes. */
export function votingRoutes(deps: Deps): RouteDef[] {
  const secrets = voterSecrets(deps.config);
  const now = () => deps.clock();
  const verification = phoneVerification({ clock: deps.clock, sms: deps.sms, secrets, logger: deps.logger });
  const confirmLimiter = publicLimiter('public-verify', deps.config.publicRateLimit, deps.clock);
  const readLimiter = publicLimiter('public-read', deps.config.publicRateLimit * 5, deps.clock);
  return [
    { method: 'post', path: '/evaluation-cycles/:id/voting-codes', tag, summary: '生成投票码（按居村，一次 1–2000 个；答复可打印的 Excel，库中只存散列）', access: ['admin'],
      raw: true, produces: XLSX_TYPE, status: 201, schema: { params: idParams, body: generateCodesBody },
      handler: async ({ params, body, actor, res }) => {
        const { file, fileName } = await generateVotingCodes(params.id, body, actor, now(), secrets.salt, deps.config.publicUrl);
        sendXlsx(res.status(201), fileName, file);
      } },
    { method: 'get', path: '/evaluation-cycles/:id/voting-codes', tag, summary: '投票码生成记录（居村、数量、操作人、时间；不含投票码本身）', access: ['admin'],
      schema: { params: idParams }, handler: ({ params }) => listVotingCodeBatches(params.id) },
    { method: 'post', path: '/public/verify', tag, summary: '获取手机验证码（公开；每号每分钟 1 次、每天 10 次，5 分钟内有效）', access: 'public',
      schema: { body: verifyBody }, response: codeSentAnswer, handler: ({ body, req }) => verification.send(body.phone, clientAddress(req)) },
    { method: 'post', path: '/public/verify/confirm', tag, summary: '提交手机验证码，换取 2 小时有效的投票凭证（X-Voter-Token；错 5 次作废）', access: 'public',
      before: [confirmLimiter], schema: { body: confirmBody }, response: voterTokenAnswer, handler: ({ body }) => verification.confirm(body.phone, body.code) },
    { method: 'get', path: '/public/my-votes', tag, summary: '我本人的评分与投票（须凭投票码 X-Voting-Code 或投票凭证 X-Voter-Token）', access: 'public',
      before: [readLimiter], schema: { query: myVotesQuery, headers: myVotesHeaders },
      handler: ({ query, headers }) => myVotes(query.cycle, { votingCode: headers['x-voting-code'], voterToken: headers['x-voter-token'] }, secrets, now()) },
  ];
}
