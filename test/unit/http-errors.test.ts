import { expect } from 'chai';
import { toHttpError } from '../../server/http/errors.js';
import { conflict, DomainError } from '../../server/lib/errors.js';
import { MongoNetworkError, MongoNotConnectedError } from 'mongodb';

describe('toHttpError', () => {
  it('when a domain error has a type, then the type decides the status', () => {
    const out = toHttpError(conflict('mentor_full', '导师名额已满', [{ capacity: 3 }]));
    expect(out.status).to.equal(409);
    expect(out.body).to.deep.equal({ error: { code: 'mentor_full', message: '导师名额已满', details: [{ capacity: 3 }] } });
  });

  it('when FerretDB reports a duplicate key as code 1, then it is a 409 like MongoDB 11000', () => {
    expect(toHttpError({ code: 1, message: 'E11000 duplicate key error collection' }).status).to.equal(409);
    expect(toHttpError({ code: 11000, message: 'dup' }).status).to.equal(409);
  });

  it('when the error is unexpected, then it is a 500 with a generic message and no stack', () => {
    const out = toHttpError(new Error('secret internals at /srv/app.ts:12'));
    expect(out.status).to.equal(500);
    expect(out.unexpected).to.equal(true);
    expect(JSON.stringify(out.body)).not.to.match(/secret internals|app\.ts/);
  });

  it('when the database cannot be reached, then 503 database_unavailable, not a 500', () => {
    const errors = [new MongoNetworkError('connection 4 to 127.0.0.1:27017 closed'), new MongoNotConnectedError('Client must be connected'),
      Object.assign(new Error('This socket has been ended by the other party'), { code: 'EPIPE' })];
    for (const err of errors) {
      const out = toHttpError(err);
      expect(out.status, err.message).to.equal(503);
      expect(out.body.error.code).to.equal('database_unavailable');
      expect(out.unexpected).to.equal(false);
    }
  });

  it('when a domain error is created, then it keeps its code', () => {
    expect(new DomainError('forbidden', 'x', 'y').code).to.equal('x');
  });
});
