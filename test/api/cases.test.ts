import { expect } from 'chai';
import mongoose from 'mongoose';
import { BestCases, Case } from '../../models/case.model.js';
import { request, testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { as, inParallel } from '../factories/activities.js';
import { bearer } from '../factories/users.js';
import { JPEG_BYTES, PNG_BYTES, photoOf } from '../factories/photos.js';
import { anyId, caseBody, caseWorld } from '../factories/cases.js';

const app = testApp({ clock: () => TEST_NOW });
const storedFiles = () => mongoose.connection.db!.collection('case_photos.files').countDocuments({});
const review = { reviewerName: '王教授', reviewerTitle: '区委党校', text: '抓住了群众最关心的事，议事规则可复制。' };

/** GETs a photo as bytes, as `user` or (none) from the public pages. */
const getPhoto = (url: string, user?: { _id: unknown }) => {
  const req = request(app).get(url);
  if (user) req.set('Authorization', bearer(user));
  return req.buffer(true).parse((r, cb) => { const parts: Buffer[] = []; r.on('data', (c: Buffer) => parts.push(c)); r.on('end', () => cb(null, Buffer.concat(parts))); });
};
const titles = (res: { body: { items: Array<{ title: string }> } }) => res.body.items.map((i) => i.title);

describe('cases: marking a finished project', () => {
  it('when an admin marks a finished project with photos and a review, then the case copies its labels and year and keeps the photos', async () => {
    const w = await caseWorld();
    const res = await as(app, w.admin).post('/cases', caseBody(w.elevator, { photos: [photoOf(PNG_BYTES), photoOf(JPEG_BYTES, 'image/jpeg')], review }));
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    expect(res.body).to.include({
      title: '长风一村加装电梯', categoryKey: 'elevator', categoryName: '加装电梯', streetId: String(w.streets[0]._id), streetName: '街道1',
      communityName: '居委1-1', year: 2026, visibility: 'staff', whatWorked: '楼组长逐户上门',
    });
    expect(res.body).to.not.have.property('markedById');
    expect(res.body.review).to.deep.equal({ ...review, reviewedAt: TEST_NOW.toISOString() });
    expect(res.body.photos).to.deep.equal([
      { n: 1, contentType: 'image/png', size: PNG_BYTES.length, url: `/api/v1/cases/${res.body._id}/photos/1` },
      { n: 2, contentType: 'image/jpeg', size: JPEG_BYTES.length, url: `/api/v1/cases/${res.body._id}/photos/2` },
    ]);
    const stored = await Case.findById(res.body._id).lean();
    expect(String(stored!.projectId)).to.equal(String(w.elevator._id));
    expect(String(stored!.markedById)).to.equal(String(w.admin._id));
    expect(await storedFiles()).to.equal(2);
  });

  it('when the project is not finished, is already a case, or does not exist, then 409 / 409 / 404 and nothing more is stored', async () => {
    const w = await caseWorld();
    const notDone = await as(app, w.admin).post('/cases', caseBody(w.active));
    expect(notDone.status).to.equal(409);
    expect(notDone.body.error).to.include({ code: 'project_not_done' });
    expect(notDone.body.error.message).to.match(/^只有已完成的项目/);
    expect((await as(app, w.admin).post('/cases', caseBody(w.elevator))).status).to.equal(201);
    const again = await as(app, w.admin).post('/cases', caseBody(w.elevator, { photos: [photoOf(PNG_BYTES)] }));
    expect(again.status).to.equal(409);
    expect(again.body.error.code).to.equal('case_exists');
    expect((await as(app, w.admin).post('/cases', caseBody({ _id: anyId() }))).status).to.equal(404);
    expect(await Case.countDocuments({})).to.equal(1);
    expect(await storedFiles()).to.equal(0);
  });

  it('when two admins mark the same project at once, then exactly one case is written and the loser\'s photos are gone', async () => {
    const w = await caseWorld();
    const body = caseBody(w.elevator, { photos: [photoOf(PNG_BYTES)] });
    const results = await inParallel(app, [1, 2, 3, 4].map(() => [w.admin, 'POST', '/cases', body] as [typeof w.admin, string, string, object]));
    expect(results.map((r) => r.status).sort()).to.deep.equal([201, 409, 409, 409]);
    expect(await Case.countDocuments({ projectId: w.elevator._id })).to.equal(1);
    expect(await storedFiles()).to.equal(1);
  });

  it('when a non-admin marks, or the body is wrong, then 403 / 400 naming the fields, and nothing is stored', async () => {
    const w = await caseWorld();
    expect((await as(app, w.mentee).post('/cases', caseBody(w.elevator))).status).to.equal(403);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ summary: '' }, 'summary'],
      [{ projectId: 'nope' }, 'projectId'],
      [{ visibility: 'secret' }, 'visibility'],
      [{ review: { text: '好' } }, 'review.reviewerName'],
      [{ photos: [1, 2, 3, 4].map(() => photoOf(PNG_BYTES)) }, 'photos'],
      [{ photos: [{ contentType: 'image/gif', data: PNG_BYTES.toString('base64') }] }, 'photos.0.contentType'],
    ];
    for (const [over, path] of cases) {
      const res = await as(app, w.admin).post('/cases', caseBody(w.elevator, over));
      expect(res.status, path).to.equal(400);
      expect(res.body.error.code).to.equal('validation_failed');
      expect(res.body.error.details.map((d: { path: string }) => d.path), path).to.include(path);
    }
    const html = await as(app, w.admin).post('/cases', caseBody(w.elevator, { photos: [photoOf(PNG_BYTES), photoOf(Buffer.from('<html></html>'))] }));
    expect(html.status).to.equal(400);
    expect(html.body.error).to.deep.include({ code: 'photo_not_image', details: [{ path: 'photos.1' }] });
    expect(await Case.countDocuments({})).to.equal(0);
    expect(await storedFiles()).to.equal(0);
  });
});

describe('cases: who sees which case', () => {
  async function twoCases() {
    const w = await caseWorld();
    const staff = (await as(app, w.admin).post('/cases', caseBody(w.elevator, { photos: [photoOf(JPEG_BYTES, 'image/jpeg')] }))).body;
    const open = (await as(app, w.admin).post('/cases', caseBody(w.parking, { visibility: 'public', photos: [photoOf(PNG_BYTES)] }))).body;
    return { ...w, staff, open };
  }

  it('when a case is staff-only, then secretaries and admins read it and its photos; members, evaluators, departments and the public pages get 404', async () => {
    const w = await twoCases();
    for (const user of [w.mentee, w.mentor, w.admin]) {
      expect((await as(app, user).get(`/cases/${w.staff._id}`)).status).to.equal(200);
      const photo = await getPhoto(w.staff.photos[0].url, user);
      expect(photo.status).to.equal(200);
      expect(photo.headers['content-type']).to.equal('image/jpeg');
      expect(photo.headers['cache-control']).to.equal('private, no-store');
      expect(Buffer.compare(photo.body as Buffer, JPEG_BYTES)).to.equal(0);
    }
    for (const user of [w.member, w.evaluator, w.department]) {
      expect((await as(app, user).get(`/cases/${w.staff._id}`)).status).to.equal(404);
      expect((await getPhoto(w.staff.photos[0].url, user)).status).to.equal(404);
    }
    expect((await request(app).get(`/api/v1/public/cases/${w.staff._id}`)).status).to.equal(404);
    expect((await getPhoto(`/api/v1/public/cases/${w.staff._id}/photos/1`)).status).to.equal(404);
    expect((await getPhoto(w.staff.photos[0].url)).status).to.equal(401);
  });

  it('when a case is public, then anyone reads it and its photos on the public pages; made staff-only, it is gone from them at once', async () => {
    const w = await twoCases();
    expect(w.open.photos[0].url).to.equal(`/api/v1/public/cases/${w.open._id}/photos/1`);
    const page = await request(app).get(`/api/v1/public/cases/${w.open._id}`);
    expect(page.status).to.equal(200);
    expect(page.body).to.include({ title: '曹杨新村停车治理', year: 2025, categoryName: '停车治理' });
    const photo = await getPhoto(w.open.photos[0].url);
    expect(photo.status).to.equal(200);
    expect(Buffer.compare(photo.body as Buffer, PNG_BYTES)).to.equal(0);
    expect((await as(app, w.member).get(`/cases/${w.open._id}`)).status).to.equal(200);

    const hidden = await as(app, w.admin).patch(`/cases/${w.open._id}`, { visibility: 'staff' });
    expect(hidden.status).to.equal(200);
    expect(hidden.body.photos[0].url).to.equal(`/api/v1/cases/${w.open._id}/photos/1`);
    expect((await request(app).get(`/api/v1/public/cases/${w.open._id}`)).status).to.equal(404);
    expect((await getPhoto(`/api/v1/public/cases/${w.open._id}/photos/1`)).status).to.equal(404);
    expect((await request(app).get('/api/v1/public/cases')).body.total).to.equal(0);
  });

  it('when cases are searched by category, street and year, then the lists are paged and hold only what the reader may see', async () => {
    const w = await twoCases();
    await as(app, w.admin).post('/cases', caseBody(w.elevator2, { visibility: 'public' }));
    expect(titles(await as(app, w.mentee).get('/cases?category=elevator'))).to.deep.equal(['真如加装电梯', '长风一村加装电梯']);
    expect(titles(await as(app, w.member).get('/cases?category=elevator'))).to.deep.equal(['真如加装电梯']);
    expect(titles(await as(app, w.admin).get(`/cases?street=${w.streets[1]._id}`))).to.deep.equal(['真如加装电梯', '曹杨新村停车治理']);
    expect(titles(await as(app, w.admin).get(`/cases?streetId=${w.streets[0]._id}`))).to.deep.equal(['长风一村加装电梯']);
    expect(titles(await as(app, w.admin).get('/cases?year=2025'))).to.deep.equal(['曹杨新村停车治理']);
    const paged = await as(app, w.mentor).get('/cases?pageSize=2&page=2');
    expect(paged.body).to.include({ total: 3, page: 2, pageSize: 2 });
    expect(paged.body.items).to.have.length(1);
    expect(titles(await request(app).get('/api/v1/public/cases?year=2026'))).to.deep.equal(['真如加装电梯']);
    expect((await request(app).get('/api/v1/public/cases?year=twenty')).status).to.equal(400);
    expect((await as(app, w.admin).get('/cases?category=Bad Key')).status).to.equal(400);
    expect((await request(app).get('/api/v1/cases')).status).to.equal(401);
  });
});

describe('cases: editing', () => {
  it('when an admin edits the text, adds a review and photos, and removes one, then the case shows it; others get 403', async () => {
    const w = await caseWorld();
    const c = (await as(app, w.admin).post('/cases', caseBody(w.elevator, { photos: [photoOf(PNG_BYTES)] }))).body;
    const edited = await as(app, w.admin).patch(`/cases/${c._id}`, { summary: '八个月完成三个门栋', problemsMet: '' });
    expect(edited.body).to.include({ summary: '八个月完成三个门栋', problemsMet: '', whatWorked: '楼组长逐户上门' });
    expect((await as(app, w.admin).patch(`/cases/${c._id}`, {})).status).to.equal(400);
    const reviewed = await as(app, w.admin).put(`/cases/${c._id}/review`, { ...review, reviewedAt: '2026-11-18' });
    expect(reviewed.status).to.equal(200);
    expect(reviewed.body.review).to.include({ reviewerName: '王教授', reviewedAt: '2026-11-17T16:00:00.000Z' });
    expect((await as(app, w.mentee).put(`/cases/${c._id}/review`, review)).status).to.equal(403);
    expect((await as(app, w.mentee).patch(`/cases/${c._id}`, { summary: '改写一下' })).status).to.equal(403);

    const added = await as(app, w.admin).post(`/cases/${c._id}/photos`, { photos: [photoOf(JPEG_BYTES, 'image/jpeg'), photoOf(PNG_BYTES)] });
    expect(added.status).to.equal(200);
    expect(added.body.photos.map((p: { contentType: string }) => p.contentType)).to.deep.equal(['image/png', 'image/jpeg', 'image/png']);
    const removed = await as(app, w.admin).delete(`/cases/${c._id}/photos/1`);
    expect(removed.body.photos.map((p: { n: number; contentType: string }) => `${p.n}:${p.contentType}`)).to.deep.equal(['1:image/jpeg', '2:image/png']);
    expect(await storedFiles()).to.equal(2);
    expect(Buffer.compare((await getPhoto(removed.body.photos[0].url, w.mentee)).body as Buffer, JPEG_BYTES)).to.equal(0);
    expect((await as(app, w.admin).delete(`/cases/${c._id}/photos/5`)).status).to.equal(404);
  });

  it('when photos would pass nine, then 409 too_many_photos and none is added', async () => {
    const w = await caseWorld();
    const c = (await as(app, w.admin).post('/cases', caseBody(w.elevator, { photos: [1, 2, 3].map(() => photoOf(PNG_BYTES)) }))).body;
    for (let i = 0; i < 2; i++) expect((await as(app, w.admin).post(`/cases/${c._id}/photos`, { photos: [1, 2, 3].map(() => photoOf(PNG_BYTES)) })).status).to.equal(200);
    const over = await as(app, w.admin).post(`/cases/${c._id}/photos`, { photos: [photoOf(PNG_BYTES)] });
    expect(over.status).to.equal(409);
    expect(over.body.error.code).to.equal('too_many_photos');
    expect(await storedFiles()).to.equal(9);
  });

  it('when an admin un-marks a case, then it and its photos are gone and the project may be marked again', async () => {
    const w = await caseWorld();
    const c = (await as(app, w.admin).post('/cases', caseBody(w.elevator, { photos: [photoOf(PNG_BYTES)] }))).body;
    expect((await as(app, w.mentor).delete(`/cases/${c._id}`)).status).to.equal(403);
    expect((await as(app, w.admin).delete(`/cases/${c._id}`)).status).to.equal(204);
    expect(await Case.countDocuments({})).to.equal(0);
    expect(await storedFiles()).to.equal(0);
    expect((await as(app, w.admin).post('/cases', caseBody(w.elevator))).status).to.equal(201);
  });
});

describe('cases: 最妥一件事', () => {
  async function yearCases() {
    const w = await caseWorld();
    const a = (await as(app, w.admin).post('/cases', caseBody(w.elevator, { visibility: 'public', review }))).body;
    const b = (await as(app, w.admin).post('/cases', caseBody(w.elevator2, { visibility: 'public' }))).body;
    const lastYear = (await as(app, w.admin).post('/cases', caseBody(w.parking, { visibility: 'public' }))).body;
    return { ...w, a, b, lastYear };
  }

  it('when an admin sets a year\'s list, then the public page shows those cases in that order; a new order replaces it', async () => {
    const w = await yearCases();
    const set = await as(app, w.admin).put('/cases/best/2026', { caseIds: [w.b._id, w.a._id] });
    expect(set.status, JSON.stringify(set.body)).to.equal(200);
    const page = await request(app).get('/api/v1/public/cases/best/2026');
    expect(page.status).to.equal(200);
    expect(page.body.items.map((c: { place: number; title: string }) => `${c.place}.${c.title}`)).to.deep.equal(['1.真如加装电梯', '2.长风一村加装电梯']);
    expect(page.body.items[1].review).to.include({ reviewerName: '王教授' });
    await as(app, w.admin).put('/cases/best/2026', { caseIds: [w.a._id] });
    expect(titles(await request(app).get('/api/v1/public/cases/best/2026'))).to.deep.equal(['长风一村加装电梯']);
    expect((await request(app).get('/api/v1/public/cases/best/2024')).body).to.deep.include({ year: 2024, items: [] });
    const stored = await BestCases.findById(2026).lean();
    expect(stored!.caseIds.map(String)).to.deep.equal([w.a._id]);
  });

  it('when the list names a staff-only case, another year\'s, an unknown one or one twice, then 409 / 400 naming the place and nothing changes', async () => {
    const w = await yearCases();
    await as(app, w.admin).patch(`/cases/${w.b._id}`, { visibility: 'staff' });
    const staff = await as(app, w.admin).put('/cases/best/2026', { caseIds: [w.a._id, w.b._id] });
    expect(staff.status).to.equal(409);
    expect(staff.body.error).to.include({ code: 'case_not_public' });
    expect(staff.body.error.details[0]).to.include({ path: 'caseIds.1', code: 'case_not_public' });
    const otherYear = await as(app, w.admin).put('/cases/best/2026', { caseIds: [w.lastYear._id] });
    expect(otherYear.status).to.equal(400);
    expect(otherYear.body.error.code).to.equal('case_wrong_year');
    expect((await as(app, w.admin).put('/cases/best/2026', { caseIds: [anyId()] })).body.error.code).to.equal('case_not_found');
    expect((await as(app, w.admin).put('/cases/best/2026', { caseIds: [w.a._id, w.a._id] })).status).to.equal(400);
    expect((await as(app, w.admin).put('/cases/best/1999', { caseIds: [] })).status).to.equal(400);
    expect((await as(app, w.mentee).put('/cases/best/2026', { caseIds: [w.a._id] })).status).to.equal(403);
    expect(await BestCases.countDocuments({})).to.equal(0);
  });

  it('when a listed case is to become staff-only or be un-marked, then 409 case_in_best_list; once off the list, both are allowed', async () => {
    const w = await yearCases();
    await as(app, w.admin).put('/cases/best/2026', { caseIds: [w.a._id] });
    const hide = await as(app, w.admin).patch(`/cases/${w.a._id}`, { visibility: 'staff' });
    expect(hide.status).to.equal(409);
    expect(hide.body.error.code).to.equal('case_in_best_list');
    expect((await as(app, w.admin).delete(`/cases/${w.a._id}`)).body.error.code).to.equal('case_in_best_list');
    expect((await as(app, w.admin).patch(`/cases/${w.a._id}`, { summary: '只改文字不受影响' })).status).to.equal(200);
    await as(app, w.admin).put('/cases/best/2026', { caseIds: [] });
    expect((await as(app, w.admin).patch(`/cases/${w.a._id}`, { visibility: 'staff' })).status).to.equal(200);
  });

  it('when a listed case is made staff-only behind the list\'s back, then the public page leaves it out and the admin still sees it', async () => {
    const w = await yearCases();
    await as(app, w.admin).put('/cases/best/2026', { caseIds: [w.a._id, w.b._id] });
    await Case.updateOne({ _id: w.a._id }, { $set: { visibility: 'staff' } }); // as a racing edit could leave it
    expect(titles(await request(app).get('/api/v1/public/cases/best/2026'))).to.deep.equal(['真如加装电梯']);
    expect(titles(await as(app, w.mentee).get('/cases/best/2026'))).to.deep.equal(['真如加装电梯']);
    expect(titles(await as(app, w.admin).get('/cases/best/2026'))).to.deep.equal(['长风一村加装电梯', '真如加装电梯']);
  });
});
