import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('config', () => {
  it('when the environment is empty, then documented defaults apply', () => {
    const config = loadConfig({});
    expect(config.port).to.equal(3000);
    expect(config.role).to.equal('all');
    expect(config.mongodbUri).to.equal(undefined);
    expect(config.adminUsername).to.equal('admin');
    expect(config.ferretdbPort, 'no fixed FerretDB port: a free one at each start').to.equal(undefined);
    expect(Object.isFrozen(config)).to.equal(true);
  });

  it('when MONGODB_URI carries credentials, several hosts and options (README), then it is accepted as given', () => {
    const uri = 'mongodb://bigbeam:s%40fe%3Apass@db1,db2,db3/bigbeam?replicaSet=rs0&authSource=admin&tls=true';
    expect(loadConfig({ MONGODB_URI: uri }).mongodbUri).to.equal(uri);
  });

  it('when values are given, then they are converted to their types', () => {
    const config = loadConfig({ PORT: '8080', ROLE: 'worker', MONGODB_URI: 'mongodb://db:27017/prod', BCRYPT_ROUNDS: '12' });
    expect(config).to.include({ port: 8080, role: 'worker', mongodbUri: 'mongodb://db:27017/prod', bcryptRounds: 12 });
  });

  it('when a value is bad, then the error names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', ROLE: 'boss', JWT_SECRET: 'short' }))
      .to.throw(ConfigError)
      .with.property('message')
      .that.matches(/PORT/)
      .and.matches(/ROLE/)
      .and.matches(/JWT_SECRET/);
  });

  it('when TRUST_PROXY is unset, then no proxy is trusted (X-Forwarded-For is ignored)', () => {
    expect(loadConfig({}).trustProxy).to.equal(false);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).to.equal(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).to.equal(false);
  });

  it('when TRUST_PROXY names hops or proxies, then they are kept; "true" and non-addresses are refused', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).to.equal(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, 192.168.1.5, fd00::/8' }).trustProxy).to.deep.equal(['loopback', '10.0.0.0/8', '192.168.1.5', 'fd00::/8']);
    for (const bad of ['true', 'nginx', '10.0.0.0/33', 'loopback/8']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).to.throw(ConfigError, /TRUST_PROXY/);
    }
  });

  it('when MONGODB_URI is not a mongodb URL, then it is rejected', () => {
    expect(() => loadConfig({ MONGODB_URI: 'http://example.com' })).to.throw(ConfigError, /MONGODB_URI/);
  });
});
