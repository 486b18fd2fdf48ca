import { createHmac } from 'node:crypto';
import { expect } from 'chai';
import { channelRequest, dingtalkSign, feishuSign, webhookSignature, type GroupChannelConfig } from '../../server/lib/channels/index.js';
import { TEST_NOW } from '../support/clock.js';

const message = { id: 'n1|env-wecom', kind: 'whistle_overdue', title: '吹哨事项已超期：停车', body: '办结期限 2026-11-15', url: 'https://bb.example.cn/admin/whistles', recipient: '张三' };
const channel = (fields: Partial<GroupChannelConfig>): GroupChannelConfig =>
  ({ id: 'c', kind: 'wecom', name: 'c', url: 'https://robot.example.cn/send?key=k', secret: null, streetId: null, kinds: [], enabled: true, source: 'admin', ...fields });

describe('notification channels: formats and signatures', () => {
  it('when signing for DingTalk, then the sign is base64 HMAC-SHA256 keyed by the secret of "<ms>\\n<secret>" (checked against openssl)', () => {
    // printf '1700000000000\nSECtestsecret0123456789' | openssl dgst -sha256 -hmac SECtestsecret0123456789 -binary | base64
    expect(dingtalkSign('SECtestsecret0123456789', 1700000000000)).to.equal('zrLWzK97t62y5CpqN8Ok9UIdPvX+jL1PNoW8nKT5a9k=');
  });

  it('when signing for Feishu, then the key is "<s>\\n<secret>" over an empty message (checked against Python hmac)', () => {
    expect(feishuSign('test-secret', 1599360473)).to.equal('wSds2BzzFIIGf/WrhUO+NI1q/9j+FRJd3JNHKAq0NZY=');
  });

  it('when signing a generic webhook, then the header is sha256=<hex HMAC of the raw body>', () => {
    expect(webhookSignature('webhook-secret-0123456789', '{"a":1}')).to.equal('sha256=e3e19b8f8f21de59027e5336c56177bd6968f82c6ecf9886594f940560ace68f');
  });

  it('when sending to WeCom, then the body is {msgtype: markdown, markdown: {content}} with the title, the person and the full link', () => {
    const req = channelRequest(channel({ kind: 'wecom' }), message, TEST_NOW);
    expect(req.url).to.equal('https://robot.example.cn/send?key=k');
    const body = JSON.parse(req.body);
    expect(body.msgtype).to.equal('markdown');
    expect(body.markdown.content).to.equal('**吹哨事项已超期：停车**\n\n办结期限 2026-11-15\n\n提醒对象：张三\n\n[查看详情 (open)](https://bb.example.cn/admin/whistles)');
    expect(req.refusal!({ errcode: 0, errmsg: 'ok' })).to.equal(null);
    expect(req.refusal!({ errcode: 93000, errmsg: 'invalid webhook url' })).to.equal('errcode 93000 invalid webhook url');
  });

  it('when sending to DingTalk with 加签, then timestamp and sign join the query and the body is markdown {title, text}', () => {
    const req = channelRequest(channel({ kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=t', secret: 'SECabc' }), message, TEST_NOW);
    const url = new URL(req.url);
    expect(url.searchParams.get('access_token')).to.equal('t');
    expect(url.searchParams.get('timestamp')).to.equal(String(TEST_NOW.getTime()));
    expect(url.searchParams.get('sign')).to.equal(dingtalkSign('SECabc', TEST_NOW.getTime()));
    const body = JSON.parse(req.body);
    expect(body).to.deep.include({ msgtype: 'markdown' });
    expect(body.markdown.title).to.equal(message.title);
    expect(body.markdown.text).to.match(/^#### 吹哨事项已超期：停车\n\n/).and.to.include('(https://bb.example.cn/admin/whistles)');
  });

  it('when sending to Feishu with a secret, then timestamp (seconds) and sign are in the body next to a text message', () => {
    const req = channelRequest(channel({ kind: 'feishu', secret: 's3cret' }), message, TEST_NOW);
    const body = JSON.parse(req.body);
    const seconds = Math.floor(TEST_NOW.getTime() / 1000);
    expect(body).to.deep.include({ timestamp: String(seconds), sign: feishuSign('s3cret', seconds), msg_type: 'text' });
    expect(body.content.text).to.include('https://bb.example.cn/admin/whistles');
    expect(req.refusal!({ code: 19021, msg: 'sign match fail' })).to.equal('code 19021 sign match fail');
  });

  it('when sending to a generic webhook, then the signature verifies over the exact body and the timestamp is inside it', () => {
    const req = channelRequest(channel({ kind: 'webhook', secret: 'webhook-secret-0123456789' }), message, TEST_NOW);
    const expected = `sha256=${createHmac('sha256', 'webhook-secret-0123456789').update(req.body).digest('hex')}`;
    expect(req.headers['X-BigBeam-Signature']).to.equal(expected);
    expect(req.headers['X-BigBeam-Timestamp']).to.equal(String(Math.floor(TEST_NOW.getTime() / 1000)));
    expect(JSON.parse(req.body)).to.deep.include({ deliveryId: 'n1|env-wecom', url: 'https://bb.example.cn/admin/whistles', timestamp: Math.floor(TEST_NOW.getTime() / 1000) });
    expect(() => channelRequest(channel({ kind: 'webhook', secret: null }), message, TEST_NOW)).to.throw(/secret/);
  });
});
