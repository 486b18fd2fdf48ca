import { expect } from 'chai';
import { claimListFilter } from '../../server/modules/point-claims/claims.rules.js';
import { checkPhoto, MAX_PHOTO_BYTES, sniffImage } from '../../server/lib/photos.js';
import { baseVersion, effectiveFromProblem, versionInForce, type VersionTerms } from '../../server/modules/points/rule-versions.rules.js';
import type { Actor } from '../../server/lib/actor.js';
import { JPEG_BYTES, PNG_BYTES, photoOf } from '../factories/photos.js';

describe('claims rules: image sniffing', () => {
  it('when bytes start with the PNG or JPEG signature, then that is the type; anything else is null', () => {
    expect(sniffImage(PNG_BYTES)).to.equal('image/png');
    expect(sniffImage(JPEG_BYTES)).to.equal('image/jpeg');
    expect(sniffImage(Buffer.from('GIF89a-not-allowed'))).to.equal(null);
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).to.equal(null);
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff]))).to.equal(null); // the signature alone is no image
    expect(sniffImage(Buffer.alloc(0))).to.equal(null);
  });

  it('when the declared type differs from the bytes, then it is a mismatch; a text file is not an image', () => {
    expect(checkPhoto(photoOf(PNG_BYTES, 'image/jpeg'), 0)).to.include({ code: 'photo_type_mismatch', index: 0 });
    expect(checkPhoto(photoOf(Buffer.from('hello'), 'image/png'), 2)).to.include({ code: 'photo_not_image', index: 2 });
    const ok = checkPhoto(photoOf(JPEG_BYTES, 'image/jpeg'), 0);
    expect(ok).to.include({ contentType: 'image/jpeg' });
    expect((ok as { sha256: string }).sha256).to.match(/^[0-9a-f]{64}$/);
  });

  it('when a photo is one byte over the limit, then it is too large; at the limit it passes', () => {
    const at = Buffer.concat([PNG_BYTES, Buffer.alloc(MAX_PHOTO_BYTES - PNG_BYTES.length)]);
    expect(checkPhoto(photoOf(at), 0)).to.include({ contentType: 'image/png' });
    expect(checkPhoto(photoOf(Buffer.concat([at, Buffer.alloc(1)])), 1)).to.include({ code: 'photo_too_large' });
  });
});

describe('claims rules: who lists what', () => {
  const member: Actor = { id: 'm1', role: 'member', username: 'm', orgUnitId: 'c1' };
  const secretary: Actor = { id: 's1', role: 'secretary', username: 's', orgUnitId: 'c1' };
  const admin: Actor = { id: 'a1', role: 'admin', username: 'a' };

  it('when a member, secretary or admin lists, then the filter is their own key and the status', () => {
    expect(claimListFilter(member, { status: 'pending', community: 'c9' })).to.deep.equal({ memberId: 'm1', status: 'pending' });
    expect(claimListFilter(secretary, { status: 'approved' })).to.deep.equal({ communityId: 'c1', status: 'approved' });
    expect(claimListFilter(secretary, { status: 'approved', community: 'c2' })).to.equal(null);
    expect(claimListFilter(admin, { status: 'rejected' })).to.deep.equal({ status: 'rejected' });
    expect(claimListFilter(admin, { status: 'rejected', community: 'c2' })).to.deep.equal({ communityId: 'c2', status: 'rejected' });
    expect(claimListFilter({ ...admin, role: 'evaluator' }, { status: 'pending' })).to.equal(null);
  });
});

describe('rule versions: which is in force', () => {
  const v = (version: number, effectiveFrom: string | null, points: number): VersionTerms => ({ version, effectiveFrom, points, unit: 'event', monthlyCap: null });
  const versions = [v(1, null, 10), v(2, '2026-12-01', 15), v(3, '2026-11-25', 12), v(4, '2026-12-01', 16)];

  it('when a day is before every dated version, then version 1 (from the beginning) is in force', () => {
    expect(versionInForce(versions, '2020-01-01')?.version).to.equal(1);
    expect(versionInForce(versions, '2026-11-24')?.version).to.equal(1);
  });

  it('when a version starts that day, then it is in force from that day; of two on one day, the later edit', () => {
    expect(versionInForce(versions, '2026-11-25')?.version).to.equal(3);
    expect(versionInForce(versions, '2026-11-30')?.points).to.equal(12);
    expect(versionInForce(versions, '2026-12-01')?.version).to.equal(4);
    expect(versionInForce(versions, '2027-06-01')?.points).to.equal(16);
  });

  it('when a rule has no version documents, then it is its own version 1; no versions at all: none in force', () => {
    expect(baseVersion({ points: 3, unit: 'hour', monthlyCap: 20 })).to.deep.equal({ version: 1, effectiveFrom: null, points: 3, unit: 'hour', monthlyCap: 20 });
    expect(versionInForce([], '2026-11-20')).to.equal(null);
  });

  it('when an edit would take effect before today, then it is refused; today and later are fine', () => {
    expect(effectiveFromProblem('2026-11-19', '2026-11-20')).to.match(/生效日期不能早于今天/);
    expect(effectiveFromProblem('2026-11-20', '2026-11-20')).to.equal(null);
    expect(effectiveFromProblem('2027-01-01', '2026-11-20')).to.equal(null);
  });
});
