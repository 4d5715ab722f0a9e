// BLIND intent posts, SET 17 (en, zh, ar, nl, es, fr, de; 43 a language, 44 in zh, ar and es;
// 304 in all). Written 2026-12-07 from 19:48 UTC by the redteam17is engineer BEFORE reading the
// intent code, its training data, rules, models, the posts of sets 1–16 or the README's intent
// sections (only issue 11, the scorer scripts' set registration, the first 30 lines of set 16 for
// its header, the schema's platform list and config/brands/default.json's brand names were read),
// and committed before it was first scored. Nobody tunes on it: it is the held-out measurement of
// the code on main at 36fdeb5.
//
// Rows: [label, platform, text, author?]. `author` is given where it matters (a repeat troll's
// two posts, a raid's accounts, a fake-support or phishing account posting twice, publishers,
// reply accounts); other rows get a distinct author from the scorer.
//
// Each language was written on its own, from its own market: en UK (Faster Payments, BACS,
// r/UKPersonalFinance), zh mainland Weibo/Xiaohongshu/Douyin plus Hong Kong LIHKG (Cantonese) and
// Taiwan PTT, ar Gulf (mada, SADAD), Egyptian (InstaPay, Arabizi) and Levantine, nl Tweakers /
// r/geldzaken / Flemish (Payconiq, Bancontact), es Spain (Bizum, cita previa, Forocoches), Mexico
// (SPEI, OXXO) and Argentina (aguinaldo, Mercado Pago), fr France (Wero, agios), Belgium and Québec
// (Interac, guichet), de Germany (pushTAN, Schufa), Austria (Bankomat, Meldezettel) and Switzerland
// (TWINT, Mundart). Spam differs by market (fake support "refund" / card-renewal phishing / fake
// Bizum refund / WhatsApp "adviser" / account-update phishing, giveaways, forex and ETF signal
// groups, wealth-management groups, a crypto pump naming the bank, money-mule recruitment,
// link-heavy loans), and so do the raids (reply floods, Weibo comment floods, review-bombing the
// app or a branch's Google page, hotline-blocking, quote-tweet floods, Instagram comment floods).
//
// Per language about: 10 complaint, 7 question, 8–9 other, 3 praise, 5 troll (a repeat troll whose
// second post names a real outage, a two-account raid reworded, an insult to the bank in praise of
// a competitor), 5 spam (one account posting one scam twice, reworded), 5 news (results, a fine,
// an outage, then branch closures, rates, strikes, capital or a bond issue).
// Hard cases: complaints as questions ("why is the app down AGAIN"), questions that are not
// complaints (when does salary land on payday, first job), sarcasm ("love that for me 🙃", "Bravo
// ... 👏👏"), a customer quoting a headline then complaining, a leaver still billed, replies that
// need their parent ("same, mine has been pending since tuesday" is a complaint; "lol fair" is
// other), near-empty posts (a bare @-mention, "转发微博", "mdr", a du'a, a greeting), the brand's
// name used for something else (Northwind Traders database, the Belgian Northwind wind farm,
// 莲花 the flower, النور = the electricity), lucky-draw entries on Weibo, off-topic questions
// ("pocket money for a 9-year-old?", "anyone at the match?") labelled other, praise with a gripe
// in it (4 stars, widget missing) labelled praise.
// Caveat (how tidy this is): one author wrote all seven languages in about 15 minutes; each
// language has its own scenarios, but the plan (class counts, the kinds of hard case, one repeat
// troll, one reworded raid, one repeated scam a language) is shared, so the structure still
// repeats across languages and several scenarios recur (a card swallowed by an ATM, an app update
// breaking biometrics, the competitor insult). Troll, spam and news are still far above a real
// stream's rate (12 %, 12 %, 12 % here against a few per cent), and a real stream's "other" is
// larger and emptier still. Labels were given by the author alone, with no second annotator.
// Two near-empty posts ("صباح الخير يا جماعة ☕", "jajajajaja") are word for word in an earlier
// fresh set, as such posts are in any stream (checked by a script printing only this set's texts).

// English: a UK stream (Faster Payments, BACS payday, Trustpilot-style app reviews, r/UKPersonalFinance).
export const en = [
  // complaint
  ['complaint', 'x', 'why is the northwind app down AGAIN on a friday, literally cant pay my rent rn'],
  [
    'complaint',
    'x',
    '@NorthwindHelp 47 mins on hold, the hold music is now part of my personality. my card got swallowed yesterday, can someone actually ring me back',
  ],
  [
    'complaint',
    'appstore',
    'Used to be decent. Since the Nov update Face ID fails every single time and it logs me out halfway thru a transfer. 1 star till its fixed',
  ],
  [
    'complaint',
    'x',
    '"Northwind fined £12m for failing customers in financial difficulty" - yeah no kidding, they froze my account for 3 weeks while I was in hospital and nobody picked up',
  ],
  [
    'complaint',
    'reddit',
    'Northwind just closed my current account, 60 days notice, no reason given. Is this even allowed?? Been with them 11 yrs. ngl bricking it, salary goes in there',
  ],
  [
    'complaint',
    'x',
    'moved to crest in march and northwind STILL havent sent my final statement. 4 letters. four. need it for my mortgage app',
  ],
  [
    'complaint',
    'x',
    'faster payment sent at 11am "usually within 2 hours" its now 5pm and my landlord is texting me. cheers @NorthwindBank',
  ],
  [
    'complaint',
    'x',
    'love that northwind declined my card at the tesco self checkout with a queue of 8 behind me. there is money in there. love that for me 🙃',
  ],
  [
    'complaint',
    'x',
    'the one day u need the northwind chatbot to understand "dispute a transaction" it just sends me the savings page 3 times #northwind',
  ],
  [
    'complaint',
    'reddit',
    'same, mine has been stuck on pending since tuesday and the app just says contact us',
    'reddit:t2_9fj21',
  ],
  // question
  [
    'question',
    'x',
    'first proper job!! anyone know what time wages actually land with northwind on payday? do they come in at midnight or like 6am',
  ],
  ['question', 'x', 'can u add a northwind card to garmin pay yet or is it still only apple/google'],
  [
    'question',
    'reddit',
    'Northwind vs Crest for a joint account? Moving in with my gf in March, we just need bills + a pot for holidays',
  ],
  ['question', 'x', '@NorthwindHelp whats the daily cash withdrawal limit abroad? off to Porto tmrw'],
  [
    'question',
    'reddit',
    'Is the Northwind regular saver rate gross or AER? Trying to compare with the building society one',
  ],
  [
    'question',
    'facebook',
    'Hi does anyone know if the northwind branch in Hull is open on saturdays now, used to be',
  ],
  [
    'question',
    'x',
    'do northwind do mortgages for self employed or is it a waste of time applying, 2 yrs accounts',
  ],
  // other
  ['other', 'x', 'the northwind branch on briggate is a costa now lol end of an era'],
  [
    'other',
    'instagram',
    'walking past that northwind advert at the station every morning and that dog in the raincoat gets me every time 🐶',
  ],
  ['other', 'x', 'my nan still calls every single bank "the building society" and honestly she is right'],
  ['other', 'x', 'lunch, gym, then maybe sort my ISA out if i can be bothered. probably not'],
  ['other', 'x', '@NorthwindBank'],
  ['other', 'reddit', 'Northwind Traders is still the best sample db to learn SQL joins, fight me'],
  ['other', 'reddit', 'lol fair', 'reddit:t2_x01ab'],
  [
    'other',
    'facebook',
    'anyone else remember when northwind gave every kid a pig money box in the 90s 🐷 still got mine',
  ],
  // praise
  [
    'praise',
    'facebook',
    'massive shoutout to the lady at northwind broadmead who sorted my dads power of attorney in 20 mins. absolute star',
  ],
  [
    'praise',
    'appstore',
    'Honestly the best banking app I have used. Instant notifications, pots that make sense, no faff. 5 stars',
  ],
  [
    'praise',
    'x',
    'fair play to northwind, refunded the scam payment in a day without a fight. was ready for war',
  ],
  // troll
  [
    'troll',
    'x',
    'northwind staff are thick as mince, every single one of them. hope the whole place burns down',
    'x:mince_knight',
  ],
  [
    'troll',
    'x',
    'northwind down again hahaha serves you right you clowns, hope the share price hits zero #northwindfail',
    'x:mince_knight',
  ],
  [
    'troll',
    'x',
    'reply to every single @NorthwindBank tweet today with "where is our money thieves" and dont stop. #BoycottNorthwind 🔁',
    'x:brexit_bulldog77',
  ],
  [
    'troll',
    'x',
    'lads pile into northwinds replies, same message, "where is our money thieves". make it trend #BoycottNorthwind',
    'x:gammonmode_on',
  ],
  [
    'troll',
    'x',
    'switched to crest, turns out a bank can hire people with more than 2 brain cells. northwind is run by muppets',
  ],
  // spam
  [
    'spam',
    'x',
    'Northwind outage refund 💷 affected customers can claim £150 compensation. DM us your card number + sort code to process ✅ bit.ly/nw-refund',
    'x:NorthwindHelpDesk_',
  ],
  [
    'spam',
    'x',
    'Were you impacted by the Northwind app outage? Our team is processing compensation TODAY only. Send a DM with your login details 👉 tinyurl.com/nwclaim',
    'x:NorthwindHelpDesk_',
  ],
  [
    'spam',
    'x',
    '$NWB holders are sleeping on this 🚀 insiders say Northwind is moving reserves into a token, 100x incoming. join t.me/nwbx_moon 🔥🔥🔥',
  ],
  [
    'spam',
    'instagram',
    'Earn £500/wk from your phone 💰 all you need is a Northwind or Crest account to receive payments for our company. no experience. DM "JOB" 📲',
  ],
  [
    'spam',
    'facebook',
    'Refused by Northwind? Instant loans up to £5k NO credit checks ➡️ quickcash-uk.biz ➡️ quickcash-uk.biz/apply ➡️ quickcash-uk.biz/ok #loans #northwind #crest #money',
  ],
  // news
  [
    'news',
    'news',
    'Northwind Bank pre-tax profit rises 9% to £1.4bn as higher rates lift margins',
    'news:reuters',
  ],
  ['news', 'news', 'FCA fines Northwind £12m over treatment of customers in financial difficulty', 'news:ft'],
  [
    'news',
    'news',
    'Northwind customers unable to pay by card for three hours on Friday; bank says services restored',
    'news:bbc',
  ],
  [
    'news',
    'x',
    'Northwind to close 23 branches next year, union says 400 jobs at risk https://www.theguardian.com/business',
    'x:guardian_business',
  ],
  [
    'news',
    'news',
    'Northwind cuts two-year fixed mortgage rates by up to 0.2 percentage points',
    'news:moneyweek',
  ],
]

// Chinese: mainland Weibo/Xiaohongshu/Douyin (x/instagram/tiktok), Hong Kong LIHKG (Cantonese), Taiwan PTT (forum).
export const zh = [
  // complaint
  ['complaint', 'x', '为啥莲花银行app又登不上了？？？今天发工资我还要还花呗啊 #莲花银行#'],
  ['complaint', 'x', '莲花客服电话打了四十分钟转人工都转不进去，信用卡被盗刷三千多，谁能管管'],
  ['complaint', 'appstore', '更新后一直闪退，指纹登录也没了，每次都要输密码+短信，垃圾，一星'],
  ['complaint', 'forum', '蓮花銀行轉數快轉咗俾業主成日都未到，打去問又話處理緊，搞錯呀 😤'],
  [
    'complaint',
    'x',
    '看到新闻“莲花银行被罚580万元”，难怪，我去年买的理财到期赎回拖了两个月才到账，问就是系统原因',
  ],
  [
    'complaint',
    'instagram',
    '姐妹们避雷‼️莲花信用卡说刷满6次免年费，我刷了8次还是扣了300年费，客服说活动没参加上？？',
  ],
  ['complaint', 'forum', '蓮花銀行分行今天只開一個櫃台，我抽號等了一個半小時，你們是認真的嗎'],
  ['complaint', 'x', '早就销户换招行了，莲花每个月还扣我2块短信费，扣了半年，气不气'],
  ['complaint', 'forum', '+1 我的也是卡在审核中一个礼拜了', 'forum:hupu_8841'],
  ['complaint', 'x', '莲花银行 真的服了 提前还房贷要预约 排到三个月以后 🙄'],
  // question
  ['question', 'x', '莲花银行发工资一般几点到账啊？第一个月上班有点慌'],
  ['question', 'forum', '請問蓮花銀行嘅八達通自動增值可唔可以用信用卡設定？'],
  ['question', 'instagram', '有没有人知道莲花现在三年期大额存单利率多少呀 想给我妈存点'],
  ['question', 'x', '莲花银行卡怎么绑微信支付 我爸那个手机弄了半天没弄好'],
  ['question', 'forum', '在台灣工作的外籍人士可以開蓮花銀行帳戶嗎？需要帶什麼？'],
  ['question', 'forum', '蓮花嘅定存同恒生比邊間抵啲？有冇巴打做過'],
  ['question', 'x', '莲花银行app能领电子社保卡吗还是只能在支付宝'],
  // other
  ['other', 'instagram', '今天路过莲花银行门口那朵大莲花雕塑，拍照的人好多📸'],
  ['other', 'x', '西湖的莲花今年开得真好 #杭州'],
  ['other', 'x', '哈哈哈哈哈哈哈', 'x:weibo_55012'],
  ['other', 'tiktok', '周末去莲花山爬山，腿废了'],
  ['other', 'x', '银行卡都快办满一抽屉了😂 每家送的都是锅'],
  ['other', 'x', '转发微博'],
  ['other', 'x', '打工人打工魂 发工资倒计时3天 💸'],
  ['other', 'x', '@莲花银行 抽奖抽奖抽奖 🙏🙏 锦鲤附体'],
  ['other', 'instagram', '莲花银行的新logo 感觉还行吧 就是有点像个外卖app'],
  // praise
  ['praise', 'x', '莲花银行网点的客服小姐姐太耐心了，手把手教我爸用手机银行半小时，点赞👍'],
  ['praise', 'forum', '蓮花今年啲利是封好靚呀，排咗十分鐘攞咗三套🧧 正'],
  ['praise', 'instagram', '对比了一圈 莲花的换汇汇率真的良心 去日本前换了五万 省了不少'],
  // troll
  ['troll', 'x', '莲花银行就是一群吸血鬼，员工全是废物，早点倒闭吧', 'x:weibo_2200731'],
  ['troll', 'x', '又崩了吧哈哈哈活该，莲花这种垃圾银行就该天天崩 #莲花银行崩了#', 'x:weibo_2200731'],
  ['troll', 'x', '大家一起去莲花银行官博评论区刷“骗子银行”，刷到他们关评论为止！转起来', 'x:weibo_9981003'],
  ['troll', 'x', '姐妹们冲！莲花官方微博底下集合，每人十条“骗子银行还钱”，别停', 'x:weibo_7712045'],
  ['troll', 'x', '去了招行才知道什么叫服务，莲花那帮人脑子里装的都是浆糊吧'],
  // spam
  [
    'spam',
    'x',
    '【莲花银行退款通知】您的信用卡年费可申请退还，请添加专属客服微信 lh-tuikuan88 并提供卡号及验证码办理',
    'x:lh_kefu_vip',
  ],
  [
    'spam',
    'x',
    '莲花银行用户注意：年费退还通道今日关闭！私信发送卡号+短信验证码，专员一对一处理 👉 t.cn/A6xQz',
    'x:lh_kefu_vip',
  ],
  ['spam', 'x', '招聘兼职 在家日结300-800 只需要一张莲花或其他银行的卡帮公司走账 不收任何费用 私聊'],
  ['spam', 'tiktok', '莲花银行内部理财群，老师每天带单，上月收益38%🚀 名额有限 加群 t.me/lotus_licai'],
  [
    'spam',
    'x',
    '征信花了？网贷逾期？莲花银行内部渠道 不看征信 当天放款 vx: dk6688 👉 http://dk-fast.cn http://dk-fast.cn/apply #莲花银行# #贷款#',
  ],
  // news
  ['news', 'news', '莲花银行前三季度净利润同比增长6.2%，不良贷款率微降至1.31%', 'news:caixin'],
  ['news', 'news', '金融监管总局对莲花银行罚款580万元，涉及理财产品销售违规', 'news:yicai'],
  [
    'news',
    'x',
    '【莲花银行手机银行昨晚故障约两小时】莲花银行回应称系系统升级所致，目前已全面恢复',
    'x:xinlang_caijing',
  ],
  ['news', 'news', '蓮花銀行宣布年底前關閉香港七間分行，涉及約百名員工', 'news:mingpao'],
  ['news', 'news', '莲花银行下调部分定期存款利率，三年期最高下调20个基点', 'news:21jingji'],
]

// Arabic: Gulf (UAE/KSA: mada, SADAD, stc pay), Egyptian (InstaPay), Levantine; some Arabizi.
export const ar = [
  // complaint
  ['complaint', 'x', 'ليش تطبيق بنك النور واقف مرة ثانية؟ الراتب نزل وما اقدر احول ولا ريال'],
  [
    'complaint',
    'x',
    'سددت فاتورة الكهربا عن طريق سداد من امس والمبلغ انخصم وما وصل، وخدمة العملاء يقولون انتظر ٣ ايام عمل 😡',
  ],
  [
    'complaint',
    'appstore',
    'التحديث الجديد خرب التطبيق، كل ما افتحه يطلب تحقق من الهوية وبعدين يطلعني. نجمة وحدة وكثير عليه',
  ],
  [
    'complaint',
    'facebook',
    'انا قفلت حسابي في بنك النور من سنة ولسه بيبعتولي رسايل إنهم هيخصموا رسوم!! رسوم على إيه بالظبط؟',
  ],
  ['complaint', 'x', 'بطاقة مدى انرفضت في المحطة والرصيد موجود، فشلة قدام الناس @AlNoorBank'],
  [
    'complaint',
    'x',
    '"المركزي يغرّم بنك النور لمخالفات في حماية العملاء" مو غريب والله، حسابي مجمد من اسبوعين بدون ما احد يرد علي',
  ],
  ['complaint', 'x', 'شو هالخدمة يا بنك النور، صرلي ساعة عالخط وما حدا عم يرد، بدي وقف البطاقة بس'],
  ['complaint', 'x', 'نفس المشكلة عندي بالضبط، الفلوس معلقة من الخميس', 'x:ab_2219'],
  ['complaint', 'x', 'رسوم ١٥ درهم على كل تحويل دولي؟؟ من متى؟ ومحد بلغنا لا برسالة ولا ايميل'],
  [
    'complaint',
    'facebook',
    'mabrook 3alekom ya bank el noor, el ATM bta3kom akal el card bta3ty w mafeesh 7ad fel far3 yerod 🙄',
  ],
  // question
  ['question', 'x', 'متى ينزل الراتب في بنك النور اذا صادف الخامس والعشرين يوم جمعة؟ اول راتب لي'],
  ['question', 'x', 'هل بطاقة بنك النور تشتغل مع ابل باي ولا لازم مدى؟'],
  [
    'question',
    'facebook',
    'عايز افتح حساب توفير في بنك النور، ايه الورق المطلوب؟ وينفع اعمل تحويل انستاباي منه؟',
  ],
  ['question', 'x', '@AlNoorBank كم الحد اليومي للسحب من الصراف برا الدولة؟ مسافر بكرة'],
  ['question', 'x', 'احد جرب التمويل الشخصي من بنك النور؟ كم النسبة الحين تقريبا'],
  ['question', 'instagram', 'شو الفرق بين الحساب الجاري وحساب الراتب عندكم؟ بدي افتح حساب لأختي'],
  ['question', 'x', 'هل يقدر المقيم يفتح حساب في بنك النور بدون تحويل راتب؟'],
  // other
  ['other', 'x', 'صباح الخير يا جماعة ☕'],
  ['other', 'x', 'جمعة مباركة 🤍'],
  ['other', 'x', 'يا رب الراتب ينزل بدري هالشهر 🤲 الجيب يصفر'],
  ['other', 'instagram', 'فرع بنك النور اللي جنب البيت فتحوا قدامه كافيه جديد، القهوة عندهم تجنن'],
  ['other', 'x', 'هههههههههه', 'x:ab_5510'],
  ['other', 'x', 'اللهم ارزقنا رزقا حلالا طيبا مباركا فيه'],
  ['other', 'x', 'النور مقطوع عندنا من الصبح في الحارة، والجو حر 😩'],
  ['other', 'tiktok', 'اغنية اعلان بنك النور الجديد علقت في راسي من امس'],
  ['other', 'x', '@AlNoorBank 👍'],
  // praise
  [
    'praise',
    'x',
    'شكرا لموظف بنك النور في فرع العليا، خلص معاملتي في عشر دقائق وهو مبتسم، الله يعطيه العافية',
  ],
  ['praise', 'x', 'بنك النور ما قصروا، أجلوا قسط التمويل شهرين لما كنت بالمستشفى، جزاهم الله خير'],
  ['praise', 'appstore', 'التطبيق الجديد رهيب، صرت ادفع بالجوال وما احتاج اطلع البطاقة 👌 خمس نجوم'],
  // troll
  ['troll', 'x', 'بنك النور حرامية ولصوص، الله لا يوفقكم يا كلاب', 'x:saqr_1990x'],
  ['troll', 'x', 'طاح التطبيق؟ احسن، عساكم تفلسون يا نصابين #بنك_النور_واقف', 'x:saqr_1990x'],
  [
    'troll',
    'x',
    'يا جماعة كلنا نكتب تقييم نجمة وحدة لتطبيق بنك النور الحين، خلوه ينزل للقاع 👇',
    'x:najd_voice22',
  ],
  [
    'troll',
    'x',
    'حملة! الكل يدخل المتجر ويقيم بنك النور بنجمة ونكتب "بنك نصاب"، رتويت للكل',
    'x:bint_alriyadh_7',
  ],
  ['troll', 'x', 'الراجحي احسن منكم بمليون مرة يا فاشلين، بنك النور مكانه الزبالة'],
  // spam
  [
    'spam',
    'x',
    'عميل بنك النور: تم ايقاف بطاقتك مؤقتا، لتحديث بياناتك ادخل على الرابط وادخل رقم البطاقة والرمز alnoor-update.com',
    'x:alnoor_care_sa',
  ],
  [
    'spam',
    'x',
    'تنبيه من بنك النور ⚠️ حسابك بحاجة تحديث قبل نهاية اليوم، حدث بياناتك من هنا alnoor-update.com/verify',
    'x:alnoor_care_sa',
  ],
  [
    'spam',
    'instagram',
    'سحب على آيفون ١٦ لعملاء بنك النور 🎁 تابع الحساب وارسل رقم حسابك بالخاص للدخول في السحب',
  ],
  [
    'spam',
    'x',
    'توصيات فوركس مضمونة 💹 ارباح يومية ٥٪ حول من حسابك في بنك النور وابدأ اليوم t.me/gulf_signals',
  ],
  [
    'spam',
    'x',
    'مطلوب موظفين من البيت، دخل يومي ٣٠٠ ريال، بس تحتاج حساب في بنك النور تستقبل عليه تحويلات الشركة. راسلني خاص',
  ],
  // news
  ['news', 'news', 'أرباح بنك النور ترتفع ١١٪ في الربع الثالث إلى ١٫٢ مليار درهم', 'news:alkhaleej'],
  ['news', 'news', 'المصرف المركزي يفرض غرامة مالية على بنك النور لمخالفات في حماية العملاء', 'news:albayan'],
  ['news', 'x', 'عطل تقني يوقف تطبيق بنك النور لساعات.. والبنك يعتذر ويؤكد عودة الخدمات', 'x:argaam'],
  ['news', 'news', 'بنك النور ينجح في إصدار صكوك بقيمة ٥٠٠ مليون دولار', 'news:aleqt'],
  ['news', 'news', 'بنك النور يفتتح ٦ فروع جديدة في المملكة خلال الربع الأول', 'news:sabq'],
]

// Dutch: Netherlands (iDEAL, Tikkie, Geldmaat, Tweakers, r/geldzaken) and Flanders (Bancontact, Payconiq, Flemish).
export const nl = [
  // complaint
  [
    'complaint',
    'x',
    'waarom werkt iDEAL bij Northwind wéér niet?? sta al 10 min bij de kassa van de webshop te klikken',
  ],
  [
    'complaint',
    'forum',
    'Sinds de laatste update van de Northwind app krijg ik bij elke overboeking "er ging iets mis". Android 14, Pixel 7, cache gewist, opnieuw geinstalleerd. Best irritant als je huur moet betalen.',
  ],
  [
    'complaint',
    'x',
    "Northwind rekent nu €1 per keer als je contant stort bij Geldmaat. Voor m'n EIGEN geld. Hoe dan @NorthwindBank",
  ],
  [
    'complaint',
    'playstore',
    'Niet te doen. Vingerafdruk faalt steeds en dan moet je opnieuw activeren met een brief per post. 1 ster',
  ],
  [
    'complaint',
    'facebook',
    'amai, Havenbank rekent nu 2 euro per maand voor papieren uittreksels, zo ambetant, mijn moeder heeft gene smartphone',
  ],
  [
    'complaint',
    'x',
    '"AFM beboet Northwind voor misleidend hypotheekadvies" nou verbaast me niks, ons advies klopte ook voor geen meter en de klacht ligt er al sinds juni',
  ],
  [
    'complaint',
    'reddit',
    "Ben in september overgestapt naar bunq en Northwind blijft incasso's van m'n oude rekening doorzetten. Overstapservice my ass",
  ],
  [
    'complaint',
    'x',
    "tikkie vanaf m'n northwind rekening komt al 2 dagen niet aan bij m'n huisgenoot. gezellig 🙃",
  ],
  [
    'complaint',
    'reddit',
    'Zelfde hier. Sinds vanochtend geen saldo zichtbaar en de chat zegt alleen dat ze het "onderzoeken".',
    'reddit:t2_nl44k',
  ],
  [
    'complaint',
    'x',
    'geldmaat slikte m\'n northwind pas in en de klantenservice zegt "dat kan niet". jawel dus, ik stond erbij',
  ],
  // question
  [
    'question',
    'x',
    'weet iemand hoe laat het salaris binnenkomt bij Northwind op de 25e? staat nog niks maar is ook pas 7u',
  ],
  [
    'question',
    'reddit',
    "Northwind of Havenbank voor een spaarrekening voor m'n dochtertje? Rente lijkt vrijwel gelijk, gaat me vooral om gemak",
  ],
  [
    'question',
    'x',
    'kan je bij northwind een 2e betaalrekening openen zonder extra kosten? voor de vaste lasten',
  ],
  [
    'question',
    'x',
    '@HavenbankHelpt kan ik Payconiq ook gebruiken met een rekening van jullie of moet dat via Bancontact?',
  ],
  ['question', 'x', "hoe zet ik m'n daglimiet omhoog in de app? moet morgen een tweedehands auto afrekenen"],
  [
    'question',
    'facebook',
    "Valt Northwind onder het depositogarantiestelsel? Vraag voor m'n opa, hij wil zijn spaargeld overzetten",
  ],
  [
    'question',
    'reddit',
    'Wanneer storten jullie vakantiegeld bij Northwind? Bij mijn werkgever staat "mei" maar verder niks',
  ],
  // other
  [
    'other',
    'x',
    "die northwind reclame met die zingende koe is echt overal, krijg het liedje niet meer uit m'n hoofd 🐄🎶",
  ],
  ['other', 'x', 'haha die kat 😂', 'x:nl_pien_z'],
  ['other', 'x', 'sinterklaascadeautjes nog niet gekocht, lichte paniek'],
  ['other', 'x', 'goeiemorgen, eerst koffie ☕'],
  ['other', 'x', 'vandaag geleerd dat Belgen tegen pinnen "met Bancontact betalen" zeggen, wat een land'],
  ['other', 'x', 'Windpark Northwind voor de kust van Oostende draait op volle toeren vandaag 💨'],
  ['other', 'reddit', 'Zeg jij nog "pinnen" als je met je telefoon betaalt of is het nu "tikken"?'],
  ['other', 'x', 'trein naar Utrecht heeft weer vertraging, uiteraard'],
  // praise
  ['praise', 'x', 'Havenbank heeft eindelijk Payconiq in de app, merci hé 👌'],
  [
    'praise',
    'reddit',
    'Ondanks alle gezeik hier: de spaarpotjes in de Northwind app hebben me dit jaar 2k laten sparen. Props',
  ],
  [
    'praise',
    'x',
    'Hypotheekadviseur van Northwind nam 2 uur de tijd voor ons en pushte helemaal niks. Zeldzaam.',
  ],
  // troll
  [
    'troll',
    'x',
    'Northwind is een stelletje oplichters en die klantenservice-apen snappen er helemaal niks van. kutbank',
    'x:hollandse_hooligan',
  ],
  [
    'troll',
    'x',
    'haha storing bij Northwind, karma. hopelijk gaan jullie failliet #northwindstoring',
    'x:hollandse_hooligan',
  ],
  [
    'troll',
    'x',
    'Morgen om 9u bellen we allemaal tegelijk de Northwind klantenservice en blijven hangen. Laat ze maar voelen. Deel dit! #northwindplat',
    'x:dwarsligger_070',
  ],
  [
    'troll',
    'x',
    'iedereen morgenochtend 9:00 Northwind bellen en de lijn bezet houden, hoe langer hoe beter #northwindplat',
    'x:boze_bram_88',
  ],
  [
    'troll',
    'x',
    'bij Havenbank werken tenminste mensen met hersens, Northwind is een gekkenhuis vol idioten',
  ],
  // spam
  [
    'spam',
    'x',
    'Je Northwind betaalpas verloopt! Vraag vandaag nog gratis een nieuwe pas aan via northwind-pasvervanging.nl en log in met je gegevens',
    'x:northwind_service_nl',
  ],
  [
    'spam',
    'x',
    'Let op: oude Northwind passen worden deze week geblokkeerd. Vervang je pas direct via northwind-pasvervanging.nl/aanvragen ✅',
    'x:northwind_service_nl',
  ],
  [
    'spam',
    'instagram',
    'Snel €400 per week bijverdienen 💸 je hebt alleen een Northwind of Havenbank rekening nodig om betalingen door te sturen. DM me "info"',
  ],
  [
    'spam',
    'x',
    '🚀 Northwind stapt in bitcoin, insiders kopen nu $NWB-coin, 50x gegarandeerd. join t.me/nwbcoin_nl',
  ],
  [
    'spam',
    'facebook',
    'Snel lenen zonder BKR toets ✅ ook na afwijzing bij Northwind ✅ geldsnel.nl ✅ geldsnel.nl/aanvraag #lenen #northwind #havenbank',
  ],
  // news
  [
    'news',
    'news',
    'Northwind boekt hogere winst dankzij rente-inkomsten, nettowinst stijgt naar 620 miljoen euro',
    'news:nos',
  ],
  [
    'news',
    'news',
    'AFM legt Northwind boete van 3 miljoen euro op voor misleidend hypotheekadvies',
    'news:fd',
  ],
  [
    'news',
    'news',
    'Storing bij Northwind: klanten konden uren niet inloggen en niet betalen met iDEAL',
    'news:nu',
  ],
  ['news', 'news', 'Havenbank sluit tien kantoren in Vlaanderen, vakbonden reageren boos', 'news:vrt'],
  [
    'news',
    'x',
    'DNB: Northwind moet extra kapitaal aanhouden na tekortkomingen in risicobeheer https://nos.nl/artikel',
    'x:nosnieuws',
  ],
]

// Spanish: Spain (Bizum, Forocoches, cita previa), Mexico (SPEI, OXXO), Argentina (Mercado Pago, aguinaldo, voseo).
export const es = [
  // complaint
  [
    'complaint',
    'x',
    '¿en serio Northwind? ¿otra vez sin Bizum un sábado por la noche? pagando la cena a medias como en 2010',
  ],
  [
    'complaint',
    'forum',
    'Northwind me ha cobrado 40€ de comisión de mantenimiento teniendo la nómina domiciliada. Llamo y me dicen que "el recibo es correcto". De traca, tíos.',
  ],
  [
    'complaint',
    'playstore',
    'Desde la actualización no puedo entrar con la huella, me pide un código SMS que nunca llega. Una estrella y porque no se puede poner cero',
  ],
  [
    'complaint',
    'x',
    'che, Northwind me tiene la tarjeta bloqueada hace 5 días y nadie atiende el teléfono, un desastre total',
  ],
  [
    'complaint',
    'x',
    'para sacar 600€ en ventanilla me piden CITA PREVIA. con mi dinero. en mi oficina. vergüenza @NorthwindBank',
  ],
  [
    'complaint',
    'x',
    'wey mi transferencia SPEI de Northwind no llega y ya van 6 horas, neta qué onda, el casero me va a matar',
  ],
  [
    'complaint',
    'forum',
    'Cancelé todo con Northwind en julio y me acabo de pasar al Sabadell, y adivinad quién me sigue cobrando la tarjeta. Pues eso.',
  ],
  [
    'complaint',
    'x',
    '"Northwind, multado por la CNMV por vender fondos sin test de idoneidad" dice El País. A mi padre le colocaron uno con 78 años y aún esperamos respuesta de la reclamación',
  ],
  [
    'complaint',
    'forum',
    'a mí igual, el cajero dio error y me descontó los 200 pavos. ya puse la reclamación',
    'forum:fc_pepitogrillo',
  ],
  [
    'complaint',
    'x',
    'genial Northwind, me cobrasteis el recibo de la luz dos veces justo el mes que iba justo. gracias de verdad 👏👏',
  ],
  // question
  [
    'question',
    'x',
    '¿a qué hora entra la nómina en Northwind si el día 30 cae en domingo? primer curro y no sé si cuenta el viernes',
  ],
  ['question', 'x', '¿alguien sabe si Northwind tiene Bizum para autónomos o hay que usar el TPV?'],
  [
    'question',
    'forum',
    'Hipoteca fija con Northwind al 2,6 o variable con euríbor + 0,6 con otro banco, ¿qué haríais con 34 tacos?',
  ],
  ['question', 'x', 'che alguien sabe cuándo depositan el aguinaldo en Northwind? en mi laburo dicen el 18'],
  [
    'question',
    'x',
    '@NorthwindBank ¿cuál es el límite para sacar en cajero fuera de España? me voy a Lisboa el jueves',
  ],
  ['question', 'facebook', 'Se puede abrir cuenta en Northwind con NIE o hace falta el TIE ya?'],
  [
    'question',
    'x',
    'oigan, ¿puedo depositar en OXXO a una cuenta de Northwind o sólo a tarjetas de otros bancos?',
  ],
  // other
  ['other', 'x', 'jajajajaja', 'x:es_lauri_08'],
  ['other', 'x', 'madre mía qué frío hace hoy en Madrid 🥶'],
  ['other', 'tiktok', 'el anuncio de Northwind con el abuelo bailando reguetón me tiene enganchadísimo 😂'],
  ['other', 'x', 'mañana toca madrugar, buenas noches gente'],
  ['other', 'x', '¿alguien se viene al Villamarín el sábado? tengo una entrada de sobra'],
  ['other', 'forum', '¿cuánto les dais de paga a los críos? el mío quiere 10€ a la semana con 9 años 😳'],
  [
    'other',
    'x',
    'mi abuela guarda los billetes en una lata de Cola Cao y sinceramente es más rápido que cualquier app',
  ],
  ['other', 'x', 'qué ganas de vacaciones 🏖️ queda nada'],
  ['other', 'x', 'Bizum de 2,50€ por el café, la amistad moderna'],
  // praise
  [
    'praise',
    'x',
    'bueno hay que decirlo: el gestor de Northwind me renegoció la hipoteca y pago 90€ menos al mes. un crack',
  ],
  [
    'praise',
    'playstore',
    'Mercado Pago me tenía podrido, la app de Northwind anda re bien, transferís con el alias en dos segundos. 5 estrellas',
  ],
  [
    'praise',
    'x',
    'Northwind patrocinando la cabalgata de reyes del pueblo y repartiendo caramelos a los críos, olé 👑',
  ],
  // troll
  [
    'troll',
    'x',
    'Northwind sois unos ladrones de mierda, ojalá os cierren a todos, panda de inútiles',
    'x:elcabreado_1978',
  ],
  [
    'troll',
    'x',
    'se cayó Northwind jajaja que se jodan, ojalá quiebren y cierren ya #NorthwindCaído',
    'x:elcabreado_1978',
  ],
  [
    'troll',
    'x',
    'todo el mundo a citar el último tuit de @NorthwindBank con "ESTAFADORES", que lo vean en tendencias #NorthwindEstafa',
    'x:rebelde_bcn',
  ],
  [
    'troll',
    'x',
    'venga gente, citad a Northwind con "estafadores" hasta que cierren comentarios, todos a la vez #NorthwindEstafa',
    'x:la_indignada_mx',
  ],
  ['troll', 'x', 'en el BBVA por lo menos no contratan a subnormales como en Northwind, qué asco de gente'],
  // spam
  [
    'spam',
    'x',
    'Northwind: tienes una devolución pendiente de 187,40€ por Bizum. Acepta aquí antes de 24h con tu usuario y clave 👉 northwind-devoluciones.com',
    'x:northwind_atencion',
  ],
  [
    'spam',
    'x',
    'Aviso Northwind ⚠️ devolución de 187,40€ sin reclamar. Confírmala hoy con tus claves en northwind-devoluciones.com/ok',
    'x:northwind_atencion',
  ],
  [
    'spam',
    'instagram',
    '🎉 SORTEO 🎉 Northwind regala 1.000€ a 10 seguidores. Sigue, comenta y manda tu número de cuenta por DM para el ingreso 💸',
  ],
  [
    'spam',
    'x',
    'trabajo desde casa 💰 800€/semana, solo necesitas cuenta en Northwind o Mercado Pago para recibir transferencias de la empresa. escríbeme',
  ],
  [
    'spam',
    'facebook',
    'Préstamos rápidos sin aval aunque Northwind te lo haya denegado ✅ prestafacil.es ✅ prestafacil.es/solicitar #prestamos #northwind #dinero',
  ],
  // news
  [
    'news',
    'news',
    'Northwind gana 890 millones hasta septiembre, un 12% más, impulsado por el margen de intereses',
    'news:expansion',
  ],
  [
    'news',
    'news',
    'La CNMV multa a Northwind con 2 millones por comercializar fondos sin test de idoneidad',
    'news:elpais',
  ],
  [
    'news',
    'news',
    'Clientes de Northwind sufren una caída de la app y de Bizum durante tres horas',
    'news:20minutos',
  ],
  [
    'news',
    'x',
    'Northwind cerrará 40 oficinas en España en 2027 y prevé un ERE para 600 empleados https://cincodias.elpais.com',
    'x:cincodias',
  ],
  ['news', 'news', 'Northwind México amplía su red de corresponsales en tiendas OXXO', 'news:elfinanciero'],
]

// French: France (Wero, Lydia, agios, conseiller), Belgium (Payconiq, Bancontact, septante), Québec (Interac, guichet, caisse).
export const fr = [
  // complaint
  [
    'complaint',
    'x',
    "sérieux pourquoi l'appli Northwind plante pile le jour où le salaire tombe ?? 3e fois ce trimestre",
  ],
  [
    'complaint',
    'x',
    "Il faut prendre RDV 10 jours avant pour un chèque de banque ?! Je dois payer la voiture samedi. C'est quoi ce délire @NorthwindBank",
  ],
  [
    'complaint',
    'appstore',
    "Depuis la mise à jour impossible de valider les paiements, la notif de sécurité n'arrive jamais. Commande annulée 2 fois. 1 étoile",
  ],
  [
    'complaint',
    'x',
    "8€ de frais de tenue de compte prélevés alors que c'était gratuit, aucun courrier, rien. merci Northwind hein",
  ],
  [
    'complaint',
    'x',
    "« Northwind sanctionné par l'ACPR » (Les Échos)... pas étonnant, ma réclamation pour un virement perdu est ignorée depuis 2 mois",
  ],
  [
    'complaint',
    'facebook',
    "Chu tanné, le guichet Northwind a gardé ma carte pis y a personne à la succursale avant lundi. J'ai même pas de quoi payer l'épicerie",
  ],
  [
    'complaint',
    'x',
    "j'ai quitté Northwind pour Boursorama en juin et ils continuent de me facturer l'assurance de la carte résiliée. 3 mois d'affilée",
  ],
  ['complaint', 'x', 'le virement "instantané" Northwind est parti hier midi. instantané mon œil'],
  [
    'complaint',
    'reddit',
    'pareil chez moi, bloqué sur "en cours de traitement" depuis ce matin',
    'reddit:t2_frz81',
  ],
  ['complaint', 'x', "Bravo Northwind, 45€ d'agios pour 2 jours de découvert de 30€. Vraiment au top 👏👏"],
  // question
  [
    'question',
    'x',
    "quelqu'un sait à quelle heure le salaire arrive chez Northwind quand le 1er tombe un samedi ? c'est mon premier mois",
  ],
  ['question', 'x', 'Northwind est compatible Wero maintenant ou toujours pas ?'],
  ['question', 'x', '@NorthwindBank combien coûte un virement hors zone SEPA vers le Maroc svp ?'],
  [
    'question',
    'reddit',
    "Comment on ajoute un bénéficiaire sans recevoir le code SMS ? J'ai changé de numéro et je suis coincé",
  ],
  [
    'question',
    'facebook',
    "On peut payer avec Payconiq depuis un compte Northwind ou c'est que Bancontact une fois ?",
  ],
  [
    'question',
    'facebook',
    'Y a-tu moyen de faire un virement Interac avec un compte Northwind? Ma blonde est chez Desjardins',
  ],
  [
    'question',
    'reddit',
    "Livret chez Northwind ou assurance vie pour un premier placement de 5k ? J'ai 24 ans, aucune idée",
  ],
  // other
  ['other', 'reddit', 'mdr', 'reddit:t2_fr0x9'],
  ['other', 'x', 'bonne journée à tous ☀️'],
  ['other', 'tiktok', 'POV: tu regardes ton solde le 28 du mois 🫠 #budget #etudiant'],
  ['other', 'x', 'grève SNCF demain, encore. télétravail forcé'],
  ['other', 'x', 'retrouvé un chéquier de 2008 en rangeant, les gens utilisaient vraiment ça 😭'],
  ['other', 'x', "septante et nonante c'est quand même plus logique que soixante-dix, fight me"],
  ['other', 'x', 'bon ben lundi quoi 😩'],
  ['other', 'x', "quelqu'un a vu le match hier soir ? quelle fin"],
  // praise
  [
    'praise',
    'x',
    "le plafond de carte modifiable direct dans l'appli Northwind, enfin ! plus besoin d'appeler. bien joué",
  ],
  [
    'praise',
    'appstore',
    "Rien à dire, ça marche et c'est rapide. 4 étoiles parce que le widget du solde a disparu",
  ],
  [
    'praise',
    'facebook',
    "Merci à la caisse Northwind de Sherbrooke d'avoir pris le temps avec ma mère qui parle pas bien français ❤️",
  ],
  // troll
  [
    'troll',
    'x',
    "Northwind bande d'escrocs, vos conseillers sont des abrutis finis, allez crever",
    'x:le_vengeur_75',
  ],
  [
    'troll',
    'x',
    'ahah Northwind en panne, bien fait pour vous bande de voleurs #NorthwindPanne',
    'x:le_vengeur_75',
  ],
  [
    'troll',
    'x',
    "Ce soir tout le monde laisse 1 étoile sur la fiche Google de l'agence Northwind République, on les fait couler. Partagez",
    'x:colere_citoyenne',
  ],
  [
    'troll',
    'x',
    "on inonde les avis Google des agences Northwind d'une étoile ce soir, faites tourner, qu'ils comprennent",
    'x:marianne_enragee',
  ],
  [
    'troll',
    'facebook',
    "Chez Desjardins au moins y ont du monde compétent, Northwind c'est une gang de caves",
  ],
  // spam
  [
    'spam',
    'x',
    "Bonjour, je suis conseiller Northwind 👋 suite à l'incident vous avez droit à un remboursement. Écrivez-moi sur WhatsApp avec vos identifiants wa.me/33600000000",
    'x:conseiller_nw_officiel',
  ],
  [
    'spam',
    'x',
    "Clients Northwind touchés par l'incident : remboursement possible aujourd'hui. Contactez votre conseiller sur WhatsApp, munissez-vous de vos codes wa.me/33600000000",
    'x:conseiller_nw_officiel',
  ],
  [
    'spam',
    'x',
    "🚀 Northwind lance son token, achetez $NWB avant l'annonce officielle, x50 garanti 🔥 t.me/nwbtoken_fr",
  ],
  [
    'spam',
    'instagram',
    'Job à domicile 💰 500€/semaine, il faut juste un compte Northwind pour recevoir les virements de la société. Écris-moi en MP',
  ],
  [
    'spam',
    'facebook',
    'Placement garanti 12%/an, mieux que le Livret A de Northwind 📈 places limitées ➡️ rendement-sur.fr ➡️ rendement-sur.fr/inscription #epargne #northwind',
  ],
  // news
  ['news', 'news', 'Northwind : bénéfice net en hausse de 7 % au troisième trimestre', 'news:lesechos'],
  [
    'news',
    'news',
    "L'ACPR inflige une amende de 5 millions d'euros à Northwind pour des manquements à la lutte anti-blanchiment",
    'news:lemonde',
  ],
  [
    'news',
    'news',
    'Panne chez Northwind : paiements par carte impossibles pendant plusieurs heures mardi',
    'news:franceinfo',
  ],
  [
    'news',
    'news',
    'Les syndicats de Northwind appellent à la grève contre la fermeture de 60 agences',
    'news:leparisien',
  ],
  [
    'news',
    'x',
    'Northwind Canada relève le taux de son CELI à 4 % https://www.lapresse.ca/affaires',
    'x:lapresse_affaires',
  ],
]

// German: Germany (girocard, pushTAN, Schufa, Kontoführungsgebühr), Austria (Bankomat, Meldezettel), Switzerland (TWINT, Mundart).
export const de = [
  // complaint
  [
    'complaint',
    'x',
    'Warum geht die Northwind App schon WIEDER nicht? Gehalt ist drauf aber ich komm nicht ran 🙄',
  ],
  [
    'complaint',
    'x',
    '1,50 € fürs Abheben am Automaten der Volksbank?? Ihr habt unsere Filiale im Dorf doch selber zugemacht @NorthwindBank',
  ],
  [
    'complaint',
    'playstore',
    'Nach dem Update geht pushTAN nicht mehr, keine Überweisung möglich, Hotline dauerbesetzt. 1 Stern',
  ],
  [
    'complaint',
    'x',
    'Kontoführungsgebühr von 4,90 auf 7,90 hoch, ohne dass ich irgendwas bekommen hab außer nem PDF im Postfach das keiner liest. Super, Northwind',
  ],
  [
    'complaint',
    'x',
    '„BaFin verhängt Bußgeld gegen Northwind" – ja klar, bei mir haben sie letztes Jahr die Kreditraten falsch berechnet und bis heute nix erstattet',
  ],
  [
    'complaint',
    'facebook',
    'Oida, da Bankomat vo Northwind hot ma de Kartn gfressn und in da Filiale is ka Mensch. Wochenende ohne Geld, danke',
  ],
  ['complaint', 'x', 'Bi zu Neon gwächslet, aber Northwind bucht immer no Gebühre ab. Nöd normal.'],
  ['complaint', 'x', 'Echtzeitüberweisung seit gestern „in Bearbeitung“. Echtzeit halt. Vermieter wartet'],
  [
    'complaint',
    'reddit',
    'Bei mir genauso, Saldo wird seit heute früh nicht angezeigt und der Chat hängt in der Warteschlange',
    'reddit:t2_dex3m',
  ],
  [
    'complaint',
    'x',
    'Danke Northwind, dass ihr mein Konto wegen "Sicherheitsprüfung" sperrt während ich in Thailand bin. Echt klasse 👍',
  ],
  // question
  [
    'question',
    'x',
    'Weiß jemand, wann bei Northwind das Gehalt am Monatsende drauf ist? Erster Job, will die Miete nicht zu früh rausschicken',
  ],
  ['question', 'x', 'Geht die Northwind Karte mit Apple Pay oder nur Google Pay?'],
  [
    'question',
    'x',
    '@NorthwindBank wie hoch ist das Limit fürs Geldabheben im Ausland? Fliege morgen nach Kroatien',
  ],
  ['question', 'x', 'Gaht TWINT mit em Northwind Konto oder nöd?'],
  [
    'question',
    'reddit',
    'Hat jemand Erfahrung mit Baufinanzierung bei Northwind? Zinsbindung 10 oder 15 Jahre, was würdet ihr nehmen?',
  ],
  ['question', 'x', 'Wie ändere ich meine Adresse im Online-Banking? Find das nirgends'],
  [
    'question',
    'facebook',
    'Servus, kann ma bei Northwind a Konto ohne Meldezettel eröffnen? Bin grad erst nach Graz gezogen',
  ],
  // other
  ['other', 'x', 'Moin ☕'],
  ['other', 'reddit', '😂😂', 'reddit:t2_de77p'],
  ['other', 'x', 'Warum sponsert Northwind eigentlich den HSV, die steigen doch eh nie auf 😂'],
  ['other', 'x', 'Bahn hat wieder Verspätung, wer hätte es gedacht'],
  ['other', 'x', 'Kontoauszüge von 2019 abheften. Mein Sonntag ist wild'],
  ['other', 'x', 'Grüezi mitenand, schöni Wuche'],
  ['other', 'x', 'Nordwind heute richtig heftig an der Ostsee, Fahrrad zweimal umgeflogen 🌬️'],
  ['other', 'x', 'Weihnachtsmarkt heute abend? wer kommt mit 🍷'],
  // praise
  [
    'praise',
    'x',
    'Hab mich oft über Northwind aufgeregt, aber das neue Haushaltsbuch in der App ist echt gut gemacht. Muss man auch mal sagen.',
  ],
  ['praise', 'appstore', 'Läuft seit Jahren stabil, Fotoüberweisung ist Gold wert. Nur Dark Mode fehlt. 5/5'],
  [
    'praise',
    'facebook',
    'Filiale Linz: da Herr am Schalter hot ma sogar as Formular ausgfüllt und an Kaffee gebn. Passt! 👍',
  ],
  // troll
  [
    'troll',
    'x',
    'Northwind ist ein Haufen Betrüger, eure Mitarbeiter sind strunzdumm, verreckt doch',
    'x:wutbuerger_1961',
  ],
  [
    'troll',
    'x',
    'Haha Northwind down, geschieht euch recht ihr Abzocker #NorthwindStörung',
    'x:wutbuerger_1961',
  ],
  [
    'troll',
    'instagram',
    'Leute, heute Abend ab 20 Uhr fluten wir die Kommentare unter Northwinds Insta-Posts mit "Abzocke", bis sie die Kommentare zumachen',
    'instagram:kein_bock_mehr_',
  ],
  [
    'troll',
    'instagram',
    'Alle um 20 Uhr auf Northwinds Insta, unter jeden Post "Abzocke" schreiben, weitersagen!!',
    'instagram:shitstorm_jetzt',
  ],
  ['troll', 'x', 'Bei der Sparkasse arbeiten wenigstens keine Vollidioten wie bei Northwind'],
  // spam
  [
    'spam',
    'x',
    'Northwind Sicherheitshinweis: Ihr Konto wurde eingeschränkt. Jetzt verifizieren unter northwind-sicherheit.de und pushTAN bestätigen',
    'x:northwind_kundendienst',
  ],
  [
    'spam',
    'x',
    'Wichtig: Ihr Northwind Zugang läuft ab. Bitte heute noch unter northwind-sicherheit.de/login bestätigen, sonst Sperrung',
    'x:northwind_kundendienst',
  ],
  [
    'spam',
    'x',
    'ETF-Signale von Profis 📈 +27% im Monat, Northwind-Kunden bekommen Bonus. Gratis Gruppe t.me/etf_profis_de 🚀',
  ],
  [
    'spam',
    'facebook',
    'Finanzagent gesucht 💰 600€/Woche von zu Hause, du brauchst nur ein Northwind Konto für Zahlungen unserer Firma. Schreib mir',
  ],
  [
    'spam',
    'facebook',
    'Kredit ohne Schufa, auch nach Ablehnung bei Northwind ✅ kredit-sofort.de ✅ kredit-sofort.de/antrag #kredit #northwind #schufa',
  ],
  // news
  ['news', 'news', 'Northwind steigert Quartalsgewinn um 10 Prozent', 'news:handelsblatt'],
  [
    'news',
    'news',
    'BaFin verhängt Bußgeld gegen Northwind wegen Mängeln bei der Geldwäscheprävention',
    'news:faz',
  ],
  [
    'news',
    'news',
    'Stundenlange Störung bei Northwind: Kartenzahlungen und Online-Banking ausgefallen',
    'news:spiegel',
  ],
  ['news', 'news', 'Verdi ruft Northwind-Beschäftigte zu Warnstreik auf', 'news:tagesschau'],
  [
    'news',
    'x',
    'Northwind Schweiz erhöht Zins auf Sparkonten auf 1,25 Prozent https://www.nzz.ch/finanzen',
    'x:nzz_wirtschaft',
  ],
]
