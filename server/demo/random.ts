/** mulberry32: a small seeded PRNG, so the demo district is the same on every run. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏宇晨浩凯瑞欣怡佳琪雪梅丹婷颖晓东海波宁亮健斌峰俊慧倩嘉琳璐晶';

/** A generated Chinese personal name (not a real person). */
export const personName = (r: Random) => r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.chance(0.6) ? r.pick([...GIVEN]) : '');

export const STREET_NAMES = [
  '长风新村街道', '长寿路街道', '曹杨新村街道', '甘泉路街道', '石泉路街道',
  '宜川路街道', '真如镇街道', '万里街道', '长征镇', '桃浦镇',
];
const PLACE = '兰溪枣阳白玉中山光新武宁曹杨梅岭铜川金沙真光清涧杏山桃浦怒江石泉宜川甘泉管弄西乡南石北石新会普雄梅川大渡河';
const SUFFIX = ['一村', '二村', '三村', '新村', '苑', '花园', '小区', '坊', '里'];

/** A generated community name such as “兰溪二村居委”. */
export function communityName(r: Random, village: boolean) {
  const chars = [...PLACE];
  const i = r.int(0, chars.length - 2);
  return `${chars[i]}${chars[i + 1]}${r.pick(SUFFIX)}${village ? '村委' : '居委'}`;
}

export const PROJECT_TITLES: Record<string, string[]> = {
  environment: ['楼道堆物清理', '垃圾分类示范', '小区绿化提升', '背街小巷整治'],
  parking: ['停车难综合治理', '非机动车棚改造', '错峰共享停车'],
  elderly: ['适老化改造入户', '助老食堂', '楼道扶手加装'],
  elevator: ['加装电梯意见征询', '加装电梯落地', '多层住宅加梯'],
  property: ['物业服务提质', '业委会规范运作', '维修资金使用公开'],
  service: ['家门口服务站', '邻里议事会', '一老一小服务'],
};
