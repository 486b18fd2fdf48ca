import { expect } from 'chai';
import { aliyunSignature, aliyunSmsSender, canonicalQuery, percentEncode, sendSmsUrl, type AliyunSmsConfig } from '../../server/lib/sms/aliyun.js';
import { SmsSendError } from '../../server/lib/sms/index.js';
import { CODE_ALPHABET, formatVotingCode, generateVotingCode, hashVotingCode, normalizeVotingCode } from '../../server/lib/voting-codes.js';
import { signVoterToken, verifyVoterToken } from '../../server/lib/voter-token.js';
import { liveChallengeIds } from '../../server/modules/voting/verification.rules.js';
import { TEST_NOW } from '../support/clock.js';

describe('voting codes (pure)', () => {
  it('when codes are drawn, then they are 10 characters of the unambiguous alphabet and print as two groups of five', () => {
    const codes = Array.from({ length: 200 }, generateVotingCode);
    for (const code of codes) expect(code).to.match(new RegExp(`^[${CODE_ALPHABET}]{10}$`));
    expect(new Set(codes).size).to.equal(200);
    expect(CODE_ALPHABET).not.to.match(/[01ILO]/);
    expect(formatVotingCode('ABCDE23456')).to.equal('ABCDE-23456');
  });

  it('when a code is typed with spaces, dashes or lower case, then it normalizes to one form; look-alikes and wrong lengths are refused', () => {
    expect(normalizeVotingCode(' abcde-23456 ')).to.equal('ABCDE23456');
    expect(normalizeVotingCode('ABC DE 234 56')).to.equal('ABCDE23456');
    expect(normalizeVotingCode('ABCDE-2345')).to.equal(null);
    expect(normalizeVotingCode('ABCDE-2345O')).to.equal(null);
    expect(normalizeVotingCode('ABCDE-23451')).to.equal(null);
  });

  it('when a code is hashed, then the hash depends on the secret and is not the code', () => {
    const a = hashVotingCode('secret-one-0123456789', 'ABCDE23456');
    expect(a).to.match(/^[0-9a-f]{64}$/);
    expect(a).not.to.equal(hashVotingCode('secret-two-0123456789', 'ABCDE23456'));
    expect(a).to.equal(hashVotingCode('secret-one-0123456789', 'ABCDE23456'));
  });
});

describe('voter tokens (pure)', () => {
  const key = 'token-key-for-tests';
  it('when a token is signed, then it verifies to its voter hash until it expires two hours later', () => {
    const { token, expiresAt } = signVoterToken(key, 'hash-1', TEST_NOW);
    expect(expiresAt.getTime()).to.equal(TEST_NOW.getTime() + 7_200_000);
    expect(verifyVoterToken(key, token, TEST_NOW)).to.equal('hash-1');
    expect(verifyVoterToken(key, token, new Date(expiresAt.getTime() - 1))).to.equal('hash-1');
    expect(verifyVoterToken(key, token, expiresAt)).to.equal(null);
  });

  it('when a token is tampered with, signed by another key or malformed, then it is refused', () => {
    const { token } = signVoterToken(key, 'hash-1', TEST_NOW);
    const [, sig] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ h: 'hash-2', exp: 9_999_999_999 })).toString('base64url');
    expect(verifyVoterToken(key, `${forgedPayload}.${sig}`, TEST_NOW)).to.equal(null);
    expect(verifyVoterToken('another-key', token, TEST_NOW)).to.equal(null);
    for (const bad of ['', 'x', 'a.b.c', `${token}.x`, '.']) expect(verifyVoterToken(key, bad, TEST_NOW)).to.equal(null);
  });
});

describe('phone verification rules', () => {
  it('when a code is looked for, then the six minute ids of its five-minute life are tried, newest first', () => {
    const minute = Math.floor(TEST_NOW.getTime() / 60_000);
    expect(liveChallengeIds('h', TEST_NOW)).to.deep.equal([0, 1, 2, 3, 4, 5].map((k) => `h:${minute - k}`));
  });
});

describe('Aliyun SMS signature', () => {
  // The worked example of Aliyun's SMS signature documentation (AccessKey testId / testSecret).
  const documented = {
    AccessKeyId: 'testId', Action: 'SendSms', Format: 'XML', OutId: '123', PhoneNumbers: '15300000001', RegionId: 'cn-hangzhou',
    SignName: '阿里云短信测试专用', SignatureMethod: 'HMAC-SHA1', SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466', SignatureVersion: '1.0',
    TemplateCode: 'SMS_71390007', TemplateParam: '{"customer":"test"}', Timestamp: '2017-07-12T02:42:19Z', Version: '2017-05-25',
  };

  it('when the documented request is signed, then the documented canonical query and signature come out', () => {
    expect(canonicalQuery(documented)).to.equal(
      'AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou'
      + '&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8&SignatureMethod=HMAC-SHA1'
      + '&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0&TemplateCode=SMS_71390007'
      + '&TemplateParam=%7B%22customer%22%3A%22test%22%7D&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25',
    );
    expect(aliyunSignature('testSecret', documented)).to.equal('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('when values hold RFC 3986 reserved characters, then they are encoded as Aliyun asks (space %20, * %2A, ~ kept)', () => {
    expect(percentEncode("a b*c~d!'()")).to.equal('a%20b%2Ac~d%21%27%28%29');
  });

  const config: AliyunSmsConfig = { accessKeyId: 'testId', accessKeySecret: 'testSecret', signName: '大梁带小梁', templateCode: 'SMS_123', endpoint: 'http://sms.test/', regionId: 'cn-hangzhou' };

  it('when a code is sent, then one signed GET carries the phone, the template and the code, and Code OK resolves', async () => {
    const calls: string[] = [];
    const fakeFetch = (async (url: string) => { calls.push(url); return new Response(JSON.stringify({ Code: 'OK', BizId: '1' })); }) as unknown as typeof fetch;
    await aliyunSmsSender(config, fakeFetch).sendVerificationCode('13700000001', '123456', TEST_NOW);
    expect(calls).to.have.length(1);
    const url = new URL(calls[0]);
    const params = Object.fromEntries(url.searchParams);
    expect(params).to.include({ Action: 'SendSms', PhoneNumbers: '13700000001', SignName: '大梁带小梁', TemplateCode: 'SMS_123', TemplateParam: '{"code":"123456"}', Timestamp: '2026-11-20T02:00:00Z', Format: 'JSON' });
    const { Signature, ...signed } = params;
    expect(Signature).to.equal(aliyunSignature('testSecret', signed));
    expect(sendSmsUrl(config, { phone: '1', templateParam: {}, now: TEST_NOW, nonce: 'n' })).to.match(/^http:\/\/sms\.test\/\?Signature=/);
  });

  it('when Aliyun answers another Code or cannot be reached, then the send rejects with SmsSendError', async () => {
    const refusing = (async () => new Response(JSON.stringify({ Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: 'bad' }))) as unknown as typeof fetch;
    const down = (async () => { throw new TypeError('fetch failed'); }) as unknown as typeof fetch;
    for (const f of [refusing, down]) {
      const err = await aliyunSmsSender(config, f).sendVerificationCode('13700000001', '123456', TEST_NOW).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(SmsSendError);
    }
  });
});

describe('SMS configuration', () => {
  it('when nothing is set, then development logs codes and production sends none; log is refused in production', async () => {
    const { ConfigError, loadConfig } = await import('../../server/config.js');
    expect(loadConfig({}).sms.provider).to.equal('log');
    expect(loadConfig({ NODE_ENV: 'production' }).sms.provider).to.equal('none');
    expect(() => loadConfig({ NODE_ENV: 'production', SMS_PROVIDER: 'log' })).to.throw(ConfigError, /SMS_PROVIDER/);
  });

  it('when SMS_PROVIDER=aliyun, then its keys, sign name and template are required and the endpoint defaults', async () => {
    const { ConfigError, loadConfig } = await import('../../server/config.js');
    expect(() => loadConfig({ SMS_PROVIDER: 'aliyun' })).to.throw(ConfigError, /ALIYUN_SMS_ACCESS_KEY_ID[\s\S]*ALIYUN_SMS_TEMPLATE_CODE/);
    const sms = loadConfig({ SMS_PROVIDER: 'aliyun', ALIYUN_SMS_ACCESS_KEY_ID: 'id', ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret', ALIYUN_SMS_SIGN_NAME: '大梁带小梁', ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1' }).sms;
    expect(sms.aliyun).to.deep.include({ endpoint: 'https://dysmsapi.aliyuncs.com', regionId: 'cn-hangzhou', templateCode: 'SMS_1' });
    expect(() => loadConfig({ PUBLIC_URL: 'not a url' })).to.throw(ConfigError, /PUBLIC_URL/);
  });
});
