export { userRoutes } from './users.routes.js';
export { createUser, getUserOrThrow, type CreateUserInput } from './users.service.js';
