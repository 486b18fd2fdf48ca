// The test app as a process of its own, for tests that kill it (test/api/crash.test.ts):
// connects to APP_PROCESS_MONGODB_URI, listens on a free port and prints "listening <port>".
import '../../models/index.js';
import { connectMongo } from '../../server/db/connect.js';
import { testApp } from './app.js';
import { TEST_NOW } from './clock.js';
import { listen } from './server.js';

const uri = process.env.APP_PROCESS_MONGODB_URI;
if (!uri) throw new Error('APP_PROCESS_MONGODB_URI is required');
await connectMongo(uri);
const server = await listen(testApp({ clock: () => TEST_NOW }));
console.log(`listening ${server.url}`);
