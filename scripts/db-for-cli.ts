import path from 'node:path';
import { MongoClient } from 'mongodb';
import mongoose from 'mongoose';
import '../models/index.js';
import { loadConfig, type Config } from '../server/config.js';
import { connectMongo } from '../server/db/connect.js';
import { startFerretDB, type RunningFerretDB } from '../server/db/ferretdb.js';

export const EMBEDDED_DB_NAME = 'bigbeam';

async function answers(uri: string) {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500 });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => {});
  }
}

/**
 * The database a command-line tool should use: MONGODB_URI; else the embedded FerretDB of a running
 * `npm start` (same port); else the embedded FerretDB started here for the duration of the command.
 */
export async function connectForCli(): Promise<{ config: Config; close(): Promise<void> }> {
  const config = loadConfig();
  let ferret: RunningFerretDB | undefined;
  let uri = config.mongodbUri;
  if (!uri) {
    const running = `mongodb://127.0.0.1:${config.ferretdbPort}/${EMBEDDED_DB_NAME}`;
    if (await answers(running)) uri = running;
    else {
      ferret = await startFerretDB({ backend: { kind: 'sqlite', dir: path.join(config.dataDir, 'ferretdb') }, port: config.ferretdbPort });
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
