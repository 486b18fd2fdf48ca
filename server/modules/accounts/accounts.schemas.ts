import Joi from 'joi';

export const loginBody = Joi.object({
  username: Joi.string().trim().min(1).max(64).required().description('用户名'),
  password: Joi.string().min(1).max(200).required().description('密码'),
});

export const changePasswordBody = Joi.object({
  currentPassword: Joi.string().min(1).max(200).required().description('当前密码'),
  newPassword: Joi.string().min(8).max(128).required().description('新密码（至少 8 位）'),
});
