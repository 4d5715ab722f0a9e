/**
 * Traditional → simplified for the characters that carry banking and complaint talk, plus
 * the most frequent function characters. Hand-written (one pair per column of the two
 * strings below); not a full converter — rare characters pass through unchanged.
 */
const TRAD =
  '銀行帳賬戶號碼錢幣費貸款轉匯額餘凍結鎖騙詐駭盜竊詢問題處辦應對這個們為說話們時間後會來還進過沒樣' +
  '麼們裡實現點麵單據記錄產業務員機構網絡絡雲電腦線連接斷開關閉層專門書寫讀認識證權據' +
  '發達運動給與從當總統邊經濟際場區東車馬鳥魚龍門問間聞開關頭顏題體髮鬥億萬這樣' +
  '壞錯誤慢卡爛垃圾氣憤惱煩難過滿意謝讚強優質務歡樂愛喜興奮穩妥靠譜' +
  '蓮華國內陸臺灣港澳幣債務額現鈔櫃檯領導營業廳戶頭儲蓄積計劃劃撥繳納稅險險'
const SIMP =
  '银行帐账户号码钱币费贷款转汇额余冻结锁骗诈骇盗窃询问题处办应对这个们为说话们时间后会来还进过没样' +
  '么们里实现点面单据记录产业务员机构网络络云电脑线连接断开关闭层专门书写读认识证权据' +
  '发达运动给与从当总统边经济际场区东车马鸟鱼龙门问间闻开关头颜题体发斗亿万这样' +
  '坏错误慢卡烂垃圾气愤恼烦难过满意谢赞强优质务欢乐爱喜兴奋稳妥靠谱' +
  '莲华国内陆台湾港澳币债务额现钞柜台领导营业厅户头储蓄积计划划拨缴纳税险险'

function build(): Map<string, string> {
  const m = new Map<string, string>()
  const t = [...TRAD]
  const s = [...SIMP]
  for (let i = 0; i < t.length && i < s.length; i++) {
    const a = t[i]!
    const b = s[i]!
    if (a !== b) m.set(a, b)
  }
  return m
}

export const T2S: ReadonlyMap<string, string> = build()
/** Exposed so a test can check that both strings stay aligned. */
export const T2S_LENGTHS = { trad: [...TRAD].length, simp: [...SIMP].length }
