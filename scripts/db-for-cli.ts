import mongoose from 'mongoose';
import '../models/index.js';
import { loadConfig, type Config } from '../server/config.js';
import { connectMongo } from '../server/db/connect.js';
import { EMBEDDED_DB_NAME, runningEmbedded, secureDataDir, startEmbeddedFerretDB } from '../server/db/embedded.js';
import type { RunningFerretDB } from '../server/db/ferretdb.js';

/**
 * The database a command-line tool should use: MONGODB_URI; else the embedded FerretDB that a
 * running `npm start` keeps on the same DATA_DIR (its port and pid are in DATA_DIR/ferretdb.json,
 * and the server on that port must report that pid); else the embedded FerretDB started here for
 * the duration of the command.
 */
export async function connectForCli(): Promise<{ config: Config; close(): Promise<void> }> {
  const config = loadConfig();
  let ferret: RunningFerretDB | undefined;
  let uri = config.mongodbUri;
  if (!uri) {
    secureDataDir(config.dataDir);
    const running = await runningEmbedded(config.dataDir);
    if (running) uri = `mongodb://127.0.0.1:${running.port}/${EMBEDDED_DB_NAME}`;
    else {
      ferret = await startEmbeddedFerretDB(config.dataDir, { port: config.ferretdbPort });
      uri = ferret.uri(EMBEDDED_DB_NAME);
    }
  }
  await connectMongo(uri);
  return {
    config,
    close: async () => {
      await mongoose.disconnect();
      await ferret?.stop();
    },
  };
}
