import { expect } from 'chai';
import { countBy, progressPercent, streetRows } from '../../server/modules/dashboard/dashboard.rules.js';

describe('dashboard rules', () => {
  const streets = [{ id: 'b', name: '长寿路街道' }, { id: 'a', name: '曹杨新村街道' }];

  it('streetRows gives every street a row, counts by street, skips unknown streets and sorts by Chinese name', () => {
    const rows = streetRows(
      streets,
      {
        communities: [{ streetId: 'a' }, { streetId: 'a' }, { streetId: 'b' }, { streetId: 'x' }],
        activePairs: [{ streetId: 'a' }],
        overdueWhistles: [],
        projects: [{ streetId: 'a', status: 'active' }, { streetId: 'a', status: 'done' }, { streetId: 'a', status: 'weird' }],
      },
      ['active', 'done'],
    );
    expect(rows.map((r) => r.streetName)).to.deep.equal(['曹杨新村街道', '长寿路街道']);
    expect(rows[0]).to.deep.equal({ streetId: 'a', streetName: '曹杨新村街道', communities: 2, activePairs: 1, projects: { active: 1, done: 1 }, overdueWhistles: 0 });
    expect(rows[1]).to.deep.equal({ streetId: 'b', streetName: '长寿路街道', communities: 1, activePairs: 0, projects: { active: 0, done: 0 }, overdueWhistles: 0 });
  });

  it('countBy keeps the given keys in order, with zeros, and drops unknown keys', () => {
    expect(countBy(['x', 'y', 'x', 'z'], (s) => s, ['y', 'x', 'w'])).to.deep.equal({ y: 1, x: 2, w: 0 });
  });

  it('progressPercent has one decimal and is null with nothing assigned', () => {
    expect(progressPercent(1, 3)).to.equal(33.3);
    expect(progressPercent(0, 0)).to.equal(null);
    expect(progressPercent(5, 5)).to.equal(100);
  });
});
