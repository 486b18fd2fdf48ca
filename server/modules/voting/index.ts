export { votingRoutes } from './voting.routes.js';
export { resolveVoter, votingCycleForYear, voterSecrets, type Voter, type VoterCredentials, type VoterSecrets } from './voter-identity.js';
export { voterFields, voterHeaders } from './voting.schemas.js';
