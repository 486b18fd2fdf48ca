// npm run bench:evaluation — results for 278 secretaries, 13×278 evaluator scores, 278 department
// scores and 30,000 resident scores, on a fresh FerretDB (BENCH_BACKEND=sqlite|postgresql) or BENCH_MONGODB_URI;
// then a bulk import of 10,000 resident scores (new, then all replaced) vs raw deleteMany + insertMany.
import { Types } from 'mongoose';
import { EvaluationCycle, EvaluationScore, ResidentScore } from '../models/evaluation.model.js';
import { User } from '../models/user.model.js';
import { DEFAULT_INDICATORS, DEFAULT_SCALE, DEFAULT_SOURCES } from '../server/modules/evaluation/evaluation.rules.js';
import { computeCycleResults } from '../server/modules/evaluation/index.js';
import { residentScoresBulk } from '../server/modules/evaluation/scores.service.js';
import { report, startBenchDatabase } from './support.js';

const db = await startBenchDatabase();
await db.connect('evaluation');
const oid = () => new Types.ObjectId();
const secretaries = Array.from({ length: 278 }, (_, i) => ({ _id: oid(), username: `s${i}`, displayName: `书记${i}`, role: 'secretary', beam: 'mentee', stage: 'new' }));
const evaluators = Array.from({ length: 13 }, (_, i) => ({ _id: oid(), username: `e${i}`, displayName: `评估${i}`, role: 'evaluator' }));
await User.collection.insertMany([...secretaries, ...evaluators]);
const cycleId = oid();
await EvaluationCycle.collection.insertOne({ _id: cycleId, year: 2026, name: 'bench', indicators: DEFAULT_INDICATORS, sources: DEFAULT_SOURCES, scale: DEFAULT_SCALE, status: 'open' });
const ind = (i: number) => Object.fromEntries(DEFAULT_INDICATORS.map((x, k) => [x.key, 60 + ((i * 7 + k * 13) % 40)]));
const t0 = Date.now();
const scores = [
  ...evaluators.flatMap((e) => secretaries.map((s, i) => ({ _id: `${cycleId}:mentor:${e._id}:${s._id}`, cycleId, source: 'mentor', evaluatorId: e._id, secretaryId: s._id, indicators: ind(i) }))),
  ...secretaries.map((s, i) => ({ _id: `${cycleId}:department:d:${s._id}`, cycleId, source: 'department', evaluatorId: oid(), secretaryId: s._id, indicators: ind(i + 3) })),
];
await EvaluationScore.collection.insertMany(scores as never[]);
const residents = Array.from({ length: 30_000 }, (_, i) => ({ _id: `${cycleId}:${i}`, cycleId, secretaryId: secretaries[i % 278]._id, voterHash: String(i), indicators: ind(i), overall: false }));
for (let i = 0; i < residents.length; i += 5000) await ResidentScore.collection.insertMany(residents.slice(i, i + 5000) as never[]);
const loadSeconds = (Date.now() - t0) / 1000;
const cycle = (await EvaluationCycle.findById(cycleId).lean())!;
const runs: number[] = [];
for (let k = 0; k < 3; k++) {
  const t = Date.now();
  const results = await computeCycleResults(cycle as never);
  runs.push((Date.now() - t) / 1000);
  if (results.length !== 278) throw new Error(`expected 278 results, got ${results.length}`);
}

// The admin's import of paper or exported results (the API's maximum of 10,000 rows): once new, once
// replacing every row; raw: the same 10,000 documents deleted by _id and inserted again.
const IMPORT_ROWS = 10_000;
const importRows = (overall: number) => Array.from({ length: IMPORT_ROWS }, (_, i) => ({ secretaryId: String(secretaries[i % 278]._id), voterKey: `1390000${String(i).padStart(4, '0')}`, overall }));
const seconds = async (run: () => Promise<unknown>) => { const t = Date.now(); await run(); return (Date.now() - t) / 1000; };
const importNew = await seconds(() => residentScoresBulk(String(cycleId), importRows(70), 'bench-salt'));
const importReplace = await seconds(() => residentScoresBulk(String(cycleId), importRows(80), 'bench-salt'));
const imported = await ResidentScore.collection.find({ overall: true }).toArray();
if (imported.length !== IMPORT_ROWS || imported.some((d) => d.indicators[DEFAULT_INDICATORS[0].key] !== 80)) throw new Error('bulk import did not replace every row');
const rawReplace = await seconds(async () => {
  await ResidentScore.collection.deleteMany({ _id: { $in: imported.map((d) => d._id) } });
  await ResidentScore.collection.insertMany(imported);
});
report('evaluation', [{ 'scores loaded (s)': loadSeconds.toFixed(1), 'results run 1 (s)': runs[0].toFixed(2), 'run 2': runs[1].toFixed(2), 'run 3': runs[2].toFixed(2),
  'import 10k new (s)': importNew.toFixed(2), 'import 10k replace (s)': importReplace.toFixed(2), 'raw replace (s)': rawReplace.toFixed(2), 'replace vs raw (×)': (importReplace / rawReplace).toFixed(1) }], {
  secretaries: 278, evaluatorScores: scores.length, residentScores: residents.length, loadSeconds, resultSeconds: runs,
  bulkImport: { rows: IMPORT_ROWS, newSeconds: importNew, replaceSeconds: importReplace, rawReplaceSeconds: rawReplace, timesRaw: importReplace / rawReplace },
});
await db.stop();
