import type { RouteDef } from '../../http/route.js';
import { signToken } from '../../http/auth.js';
import { clientAddress } from '../../http/rate-limit.js';
import { notFound } from '../../lib/errors.js';
import type { UserDoc } from '../../../models/user.model.js';
import type { Deps } from '../../deps.js';
import { changePasswordBody, loginBody, publicUserAnswer, sessionAnswer } from './accounts.schemas.js';
import { changeOwnPassword, endSessions, getUser, login, toPublicUser } from './accounts.service.js';
import { loginLimits } from './login-limits.js';

const tag = '账号';

export function accountRoutes(deps: Deps): RouteDef[] {
  const tokenSettings = { secret: deps.config.jwtSecret, expiresIn: deps.config.jwtExpiresIn };
  const session = (user: UserDoc) => ({ token: signToken(String(user._id), tokenSettings, user.tokenVersion), user: toPublicUser(user) });
  const withinLimits = loginLimits({ perAccount: deps.config.loginRateLimit, perAddress: deps.config.loginAddressRateLimit }, deps.clock);
  return [
    { method: 'post', path: '/auth/login', tag, summary: '登录，返回访问令牌', access: 'public', schema: { body: loginBody }, response: sessionAnswer,
      handler: async ({ body, req }) => session(await withinLimits(body.username, clientAddress(req), () => login(body.username, body.password))) },
    { method: 'post', path: '/auth/logout', tag, summary: '退出登录：本人所有已签发的令牌立即失效', access: 'authenticated',
      handler: ({ actor }) => endSessions(actor.id) },
    { method: 'get', path: '/me', tag, summary: '当前登录用户', access: 'authenticated', response: publicUserAnswer,
      handler: async ({ actor }) => {
        const user = await getUser(actor.id);
        if (!user) throw notFound('用户');
        return toPublicUser(user);
      } },
    { method: 'post', path: '/me/password', tag, summary: '修改本人密码（须提供当前密码；其他会话随即失效，返回新令牌）', access: 'authenticated',
      schema: { body: changePasswordBody }, response: sessionAnswer,
      handler: async ({ body, actor, req }) =>
        session(await withinLimits(actor.username, clientAddress(req), () => changeOwnPassword(actor.id, body, deps.config.bcryptRounds))) },
  ];
}
