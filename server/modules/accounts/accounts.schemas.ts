import Joi from 'joi';

export const loginBody = Joi.object({
  username: Joi.string().trim().min(1).max(64).required().description('用户名'),
  password: Joi.string().min(1).max(200).required().description('密码'),
});
