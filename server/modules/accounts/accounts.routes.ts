import type { RouteDef } from '../../http/route.js';
import { signToken } from '../../http/auth.js';
import { loginLimiter } from '../../http/rate-limit.js';
import { notFound } from '../../lib/errors.js';
import type { Deps } from '../../deps.js';
import { loginBody } from './accounts.schemas.js';
import { getUser, login, toPublicUser } from './accounts.service.js';

export function accountRoutes(deps: Deps): RouteDef[] {
  const tokenSettings = { secret: deps.config.jwtSecret, expiresIn: deps.config.jwtExpiresIn };
  return [
    {
      method: 'post',
      path: '/auth/login',
      tag: '账号',
      summary: '登录，返回访问令牌',
      access: 'public',
      before: [loginLimiter(deps.config.loginRateLimit)],
      schema: { body: loginBody },
      handler: async ({ body }) => {
        const user = await login(body.username, body.password);
        return { token: signToken(String(user._id), tokenSettings), user: toPublicUser(user) };
      },
    },
    {
      method: 'get',
      path: '/me',
      tag: '账号',
      summary: '当前登录用户',
      access: 'authenticated',
      handler: async ({ actor }) => {
        const user = await getUser(actor.id);
        if (!user) throw notFound('用户');
        return toPublicUser(user);
      },
    },
  ];
}
