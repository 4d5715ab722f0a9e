// BLIND intent posts, SET 16 (en, zh, ar, nl, es, fr, de; 43 a language, 301 in all). Written
// 2026-12-07 from 16:37 UTC by the redteam16is engineer BEFORE reading the intent code, its
// training data, rules, models, the posts of sets 1–15 or the README's intent sections (only
// issue 11, the scorer scripts' set registration, the first 30 lines of set 15 for the row shape,
// the schema's platform list and config/brands/default.json's brand names were read), and
// committed before it was first scored. Nobody tunes on it: it is the held-out measurement of the
// code on main at ea540fb.
//
// Per language: 11 complaint, 6 question, 7 other, 4 praise, 5 troll (a repeat troll's two posts
// and a two-account raid with reworded text among them), 5 spam (a fake-support account posting
// the same "outage compensation" scam twice, reworded; a crypto pump naming the bank; recruitment
// of money mules; loan or fake-help promotion, link-heavy), 5 news (results, a fine, an outage,
// branch closures, rates). 77 / 42 / 49 / 28 / 35 / 35 / 35 in all.
// Hard cases in every language: a complaint phrased as a question, a question that is not a
// complaint (when does salary land on payday), sarcasm, a troll naming a real outage, news of
// results / a fine / an outage, a customer quoting an article then complaining, scam
// "compensation" asking for card details by DM, recruitment spam, a crypto, trading-bot or share
// pump naming the bank, a coordinated raid (two accounts, reworded: a hashtag campaign, a comment
// flood, review-bombing or hotline-blocking), praise for a competitor that insults the bank (troll) beside a
// customer who left for a competitor and still has a problem (complaint), app-store reviews, a
// reply that needs its parent ("This. Exactly what I was going to say."), code-switching and
// dialect (Cantonese, Taiwanese Mandarin; Egyptian, Gulf, Levantine Arabic and some Arabizi;
// Flemish; Mexican and Rioplatense Spanish; Québécois and Belgian French; Swiss and Austrian
// German).
// Caveat (how tidy this is): one author wrote all seven languages in about 25 minutes from one
// plan, so most posts are parallel across languages (the same scenario localised; about 6 a
// language in zh, ar, nl, es, fr and de were then rewritten as scenarios of their own) and the
// languages' errors will move together; troll, spam and news are far above a real stream's rate
// (a real stream has them at a few per cent), posts are cleaner and more decidable than real ones,
// and "other" is under-represented (a real stream is mostly near-empty or off-topic chatter).
//
// Rows: [label, platform, text, author?]; the 4th field is an account id where the same account
// posts more than once (repeat troll, spam) or is a publisher or a raid account, else absent.
// Label conventions: a customer with a concrete problem of their own is a complaint, even when
// phrased as a question, sarcastic, quoting news, or praising a competitor they left for; a
// question with no problem of the writer's own is a question; abuse or mockery with no problem of
// the writer's own, and coordinated raids, are troll; scams, fake support, phishing
// "compensation", crypto pumps, mule recruitment and loan promotion are spam; a publisher's report
// is news however negative; chatter, jokes, tags and bare agreement are other.
//
// This set is a held-out measurement: never train or tune on it, and do not quote its posts.

export const en = [
  [
    'complaint',
    'x',
    'why is the Northwind app down AGAIN?? cant see my balance and rent is due tomorrow @NorthwindHelp',
  ],
  [
    'complaint',
    'appstore',
    '1 star. Update logged me out and now Face ID wont work, stuck on a spinning wheel every time. fix it',
  ],
  [
    'complaint',
    'reddit',
    'Same here, card declined twice at Tesco this morning even though there is money in the account. Northwind chat just says “try again later” lol',
  ],
  [
    'complaint',
    'x',
    'oh great, Northwind charged me the £25 overdraft fee for being 40p over. love that for me 🙃',
  ],
  [
    'complaint',
    'x',
    '“Northwind Bank fined £12m by FCA over complaint handling” yeah no kidding, my complaint from August still has no reply. ref open for 14 weeks',
  ],
  [
    'complaint',
    'facebook',
    'Been on hold with Northwind for 58 minutes to report a stolen card. 58. Minutes. Meanwhile someone is spending my money',
  ],
  [
    'complaint',
    'x',
    'switched my salary to Crest and honestly the first month has been smoother than 6 years at Northwind, who still havent refunded the double charge from October',
  ],
  [
    'complaint',
    'playstore',
    'App keeps crashing on Android 14 when I open Payments. Reinstalled twice. Useless',
  ],
  [
    'complaint',
    'reddit',
    'Is it just me or does Northwind take 5 working days to release a pending transaction now? Mine has been stuck since Monday and I need that money',
  ],
  [
    'complaint',
    'x',
    '@NorthwindBank mortgage offer expired because your underwriter “lost” my payslips. Third time sending them. Absolute joke',
  ],
  [
    'complaint',
    'x',
    'my mum is 82 and the branch in Hexham closed so she has to take 2 buses to pay in a cheque. thanks northwind',
  ],
  [
    'question',
    'x',
    '@NorthwindHelp when does salary land if payday falls on a bank holiday? Friday or Tuesday?',
  ],
  [
    'question',
    'reddit',
    'Does Northwind do joint accounts you can open fully in the app or do both people have to go to a branch?',
  ],
  ['question', 'x', 'anyone know if the Northwind easy saver rate went up after the base rate change?'],
  [
    'question',
    'facebook',
    'Hi, what is the contactless limit on a Northwind debit card abroad? Going to Spain next week',
  ],
  [
    'question',
    'reddit',
    'For people who bank with Northwind: can you add a Curve card to Apple Pay or does it get blocked?',
  ],
  ['question', 'x', 'Is the NWB branch on Briggate in Leeds open on Saturdays?'],
  [
    'praise',
    'x',
    'shout out to Priya in Northwind’s fraud team who sorted a scam payment in 20 min and got it all back. legend',
  ],
  [
    'praise',
    'appstore',
    'Honestly the new spending categories are great, best banking app I have used. 5 stars',
  ],
  ['praise', 'reddit', 'Northwind reversed the fee without me even arguing. Credit where it’s due.'],
  [
    'praise',
    'x',
    'Didnt expect much but the Northwind mortgage adviser was brilliant, clear and patient. Recommend',
  ],
  [
    'troll',
    'x',
    'northwind app down again lmao imagine trusting these clowns with actual money 🤡🤡',
    'x:bankclown88',
  ],
  [
    'troll',
    'x',
    'Northwind staff are thick as mince, every single one of them. Burn it down',
    'x:bankclown88',
  ],
  [
    'troll',
    'x',
    '#BoycottNorthwind they fund genocide and steal from grannies. RT if you agree',
    'x:raid_anna_77',
  ],
  [
    'troll',
    'x',
    '#BoycottNorthwind — stealing from grannies and bankrolling genocide. Retweet if you agree!!',
    'x:truthpatriot_19',
  ],
  [
    'troll',
    'reddit',
    'Anyone who still banks with Northwind deserves to get robbed tbh. Crest customers at least have a brain cell',
  ],
  [
    'spam',
    'x',
    'Northwind outage refund 💷 Affected customers can claim £150 compensation. DM us your card number & sort code to process ➡️ bit.ly/nw-refund',
    'x:NorthwindRefundDesk',
  ],
  [
    'spam',
    'x',
    'Northwind outage refund 💷 Customers hit by this week’s outage can claim £150. DM your card number + sort code ➡️ bit.ly/nw-refund2',
    'x:NorthwindRefundDesk',
  ],
  [
    'spam',
    'x',
    '🚀 $NWB holders are sleeping on this: NorthCoin presale 100x guaranteed, link in bio 🚀 t.me/northcoin t.me/northcoin_vip',
    'x:cryptomoonzz',
  ],
  [
    'spam',
    'facebook',
    'WE ARE HIRING! Work from home as a Northwind Bank payment agent, earn £800/week, just receive and forward transfers. Apply: jobs-nw.co/apply jobs-nw.co/start',
    'facebook:ukjobs4u',
  ],
  [
    'spam',
    'x',
    '@sarah_k99 sorry to hear about your Northwind issue! Our support team can help 24/7, WhatsApp +44 7700 900123 with your login details 👉 nw-support.help',
    'x:NorthwindHelpCentre',
  ],
  [
    'news',
    'news',
    'Northwind Bank reports 9% rise in half-year pre-tax profit to £1.2bn as net interest margin holds',
    'news:reuters-uk',
  ],
  [
    'news',
    'news',
    'FCA fines Northwind Bank £12m over failures in complaint handling between 2020 and 2023',
    'news:ft-markets',
  ],
  [
    'news',
    'x',
    'BREAKING: Northwind Bank customers unable to log in to mobile app or make card payments, bank says engineers are working on a fix',
    'x:SkyNewsBiz',
  ],
  [
    'news',
    'news',
    'Northwind to close 40 branches next year as more customers move to mobile banking',
    'news:bbc-business',
  ],
  [
    'news',
    'x',
    'Crest Bank and Northwind among lenders cutting fixed mortgage rates this week, Moneyfacts data shows',
    'x:thisismoney',
  ],
  ['other', 'x', 'me at 11:59pm refreshing the Northwind app waiting for payday like it is an iPhone drop'],
  ['other', 'reddit', 'This. Exactly what I was going to say.'],
  ['other', 'x', 'Northwind Bank ad on the tube has a dog in a suit and I cannot stop thinking about it'],
  ['other', 'x', 'moved flat so just updated my address with Northwind, the council and the GP. adulting 💪'],
  [
    'other',
    'reddit',
    'Northwind vs Crest for a first current account? Honestly both fine, depends if you want a branch nearby',
  ],
  ['other', 'facebook', '@Sam Wright this is the bank you were asking about the other day, Northwind'],
  ['other', 'x', 'Northwind Bank Arena tonight for the gig, who else is going?'],
]

export const zh = [
  ['complaint', 'x', '莲花银行App又挂了？？转账转到一半卡住，钱扣了对方没收到，客服电话一直占线'],
  ['complaint', 'appstore', '更新后指纹登录用不了，每次都要输密码，输错三次还被锁，一星'],
  ['complaint', 'forum', '點解蓮花銀行張卡又俾人拒咗？戶口明明有錢，喺超市排咗十分鐘好尷尬'],
  ['complaint', 'x', '谢谢莲花银行，又扣了我50块“账户管理费”，余额都不到一千，真是贴心呢🙂'],
  [
    'complaint',
    'forum',
    '看到新闻说莲花银行被罚了800万，难怪我投诉两个月都没人理，信用卡多扣的钱到现在还没退',
  ],
  ['complaint', 'x', '蓮花銀行的客服真的很誇張，等了四十分鐘才接通，結果又說要我去分行辦，我是上班族欸'],
  ['complaint', 'x', '换了招行以后才发现原来App可以这么顺，莲花银行到现在还没把我销户的余额退回来'],
  ['complaint', 'playstore', '安卓版一打开“理财”就闪退，重装了两次还是一样，垃圾'],
  ['complaint', 'forum', '有人知道莲花银行的跨行转账现在为什么要等三天吗？我房租今天就要交了'],
  ['complaint', 'x', '@LotusBankHK 我張信用卡額度無端端俾人降咗一半，又唔通知，搞到我book唔到機票'],
  ['complaint', 'facebook', '莲花银行的短信验证码死活收不到，换了两个手机都不行，今天必须交学费啊 急死'],
  ['question', 'x', '请问莲花银行的工资一般几点到账？发薪日碰上周末是提前还是顺延？'],
  ['question', 'forum', '莲花银行的大额存单现在利率多少？三年期的还有额度吗'],
  ['question', 'x', '想問下蓮花銀行張扣賬卡去日本用有冇手續費？'],
  ['question', 'forum', '在台灣可以用蓮花銀行的App綁定Apple Pay嗎？有人試過嗎'],
  ['question', 'x', '莲花银行的个人购汇额度每年五万美元，是按自然年算吗？'],
  ['question', 'forum', '外地人在深圳能开莲花银行的账户吗，需要带什么材料'],
  ['praise', 'x', '莲花银行的反诈专员真的好，及时帮我拦住了一笔被骗的转账，必须点赞👍'],
  ['praise', 'appstore', '客户经理小王很专业，帮我把房贷利率转成了LPR，省了不少，感谢莲花银行'],
  ['praise', 'forum', '蓮花銀行職員好有耐性，教我阿媽點用手機銀行，教咗成半個鐘，多謝晒'],
  ['praise', 'x', '没想到莲花银行退款这么快，上午申请下午就到了，给个好评'],
  ['troll', 'x', '莲花银行又崩了哈哈哈，一群饭桶，钱放那里不如放床底下🤡', 'x:xiaohei_2026'],
  ['troll', 'x', '莲花银行的员工全是废物，智商堪忧，建议全体回炉', 'x:xiaohei_2026'],
  ['troll', 'x', '兄弟们冲莲花银行官微评论区，一人十条，刷到他们瘫痪！', 'x:zhengyi_88'],
  ['troll', 'x', '走起，去莲花银行官微评论区刷屏，每人刷十条，让小编下不了班哈哈', 'x:laobaixing_01'],
  ['troll', 'forum', '还在用莲花银行的都是韭菜吧，人家招行的用户起码有脑子'],
  [
    'spam',
    'x',
    '【莲花银行故障补偿】受系统故障影响的客户可领取200元补偿，请私信发送卡号和验证码办理 👉 t.cn/lhbc',
    'x:lianhua_kefu_zx',
  ],
  [
    'spam',
    'x',
    '【莲花银行故障补偿】系统故障受影响客户可领200元，私信卡号+验证码即可 👉 t.cn/lhbc2',
    'x:lianhua_kefu_zx',
  ],
  [
    'spam',
    'x',
    '莲花币LTSB即将上线，莲花银行内部消息，稳赚10倍，进群 t.me/lhcoin t.me/lhcoin_vip',
    'x:bizhuanjia',
  ],
  ['spam', 'forum', '招聘兼职“银行流水代收员”，有莲花银行账户即可，日结500，加微信 job8899 详情 t.cn/jz500'],
  [
    'spam',
    'x',
    '莲花银行信用卡逾期？专业停息挂账，包办成功，联系QQ 88886666 t.cn/tingxi',
    'x:tingxi_zhuanjia',
  ],
  ['news', 'news', '莲花银行发布三季度业绩：净利润同比增长6.3%，不良率降至1.21%', 'news:caixin'],
  ['news', 'news', '因违反反洗钱规定，莲花银行被监管部门罚款820万元', 'news:yicai'],
  [
    'news',
    'x',
    '【快讯】莲花银行手机银行今日上午出现大面积登录故障，银行称正在紧急修复',
    'x:xinlang_caijing',
  ],
  ['news', 'news', '蓮花銀行宣布下調港元最優惠利率25個基點，下周一起生效', 'news:hk01'],
  ['news', 'news', '莲花银行回应“员工违规销售理财”：已成立专项小组调查', 'news:21jingji'],
  ['other', 'x', '在莲花银行排队的时候听到隔壁大爷跟柜员聊股票，太真实了😂'],
  ['other', 'forum', '楼上说的对，我也是这么想的'],
  ['other', 'x', '莲花银行新广告里那只熊猫好可爱'],
  ['other', 'forum', '莲花银行和招行比，其实看你住哪边，哪边网点多就选哪个'],
  ['other', 'x', '今天去莲花银行旁边那家咖啡店，拿铁不错'],
  ['other', 'x', '搬家了，顺手把莲花银行的地址也改了，终于搞定一件事'],
  ['other', 'forum', '哈哈哈哈 笑死'],
]

export const ar = [
  ['complaint', 'x', 'ليه تطبيق بنك النور واقع تاني؟ مش عارف أحول فلوس الإيجار والنهارده آخر يوم'],
  ['complaint', 'appstore', 'بعد التحديث ما يفتح التطبيق أبد، كل ما أدخل يطلعني. نجمة وحدة'],
  ['complaint', 'x', 'شكراً بنك النور على خصم ٥٠ ريال رسوم بدون أي سبب، والله ما قصرتوا 🙃'],
  [
    'complaint',
    'facebook',
    'قريت خبر إن البنك المركزي غرّم بنك النور، طبعاً! أنا شكوتي من شهرين ولا حد رد عليا، والفلوس اللي اتخصمت مرتين لسه ما رجعتش',
  ],
  ['complaint', 'x', 'صرلي ساعة عالخط مع خدمة عملاء بنك النور وبطاقتي مسروقة، شو هالحكي؟'],
  ['complaint', 'x', 'حولت راتبي لبنك ثاني وارتحت، بس بنك النور للحين ما رجع لي رصيد الحساب اللي سكرته'],
  [
    'complaint',
    'playstore',
    'ya gama3a el app bta3 بنك النور mesh rady yeftah w ana 3ayez a7awel felos dlw2ty 😤 3amalt update w bardo',
  ],
  ['complaint', 'x', 'هو في حد عارف ليه التحويل من بنك النور بقى ياخد ٣ أيام؟ عندي قسط لازم يتدفع بكرة'],
  ['complaint', 'x', '@AlNoorBank بطاقتي انرفضت في السوبرماركت وأنا عندي رصيد، موقف محرج جداً'],
  ['complaint', 'x', 'رسالة رمز التحقق من بنك النور ما توصلني أبداً، وأنا مسافر ومحتاج أحول لأهلي'],
  ['complaint', 'x', 'طلبت تمويل من بنك النور من شهر ونص وكل مرة يقولون الملف ناقص، وش الناقص بالضبط؟'],
  ['question', 'x', 'الراتب ينزل متى في بنك النور إذا صادف يوم الجمعة؟ يوم الخميس ولا الأحد؟'],
  ['question', 'x', 'هل ممكن أفتح حساب في بنك النور أونلاين بدون ما أروح الفرع؟'],
  ['question', 'facebook', 'لو سمحت كم الحد اليومي للسحب من الصراف لبطاقة بنك النور؟'],
  ['question', 'x', 'hal bank al noor bya3ti 2urood lal tollab? حدا بيعرف'],
  ['question', 'x', 'اذا حولت من بنك النور لبنك برا البلد، كم ياخذ وقت عادة؟ أبي أعرف قبل ما أحول'],
  ['question', 'forum', 'هو بنك النور بيشتغل يوم السبت؟ فرع مدينة نصر تحديداً'],
  ['praise', 'x', 'موظفة بنك النور في فرع الرياض ما شاء الله عليها، خلصت معاملتي في ربع ساعة. شكراً'],
  ['praise', 'appstore', 'أول مرة أكلم خدمة عملاء وأقفل المكالمة وأنا مبسوط، شكراً بنك النور'],
  ['praise', 'x', 'بصراحة بنك النور رجعولي فلوس عملية احتيال في نفس اليوم، تسلم إيديكم'],
  ['praise', 'facebook', 'خدمة عملاء بنك النور كانت محترمة جداً وحلوا مشكلتي من أول مكالمة'],
  ['troll', 'x', 'تطبيق بنك النور وقع تاني هههههه بنك كرتون، حرامية ونصابين 🤡', 'x:abu_fahad_99'],
  ['troll', 'x', 'موظفين بنك النور كلهم أغبياء وما يفهمون شي، الله لا يوفقهم', 'x:abu_fahad_99'],
  ['troll', 'x', '#بنك_النور_يسرقكم كل يوم رسوم جديدة، خلونا نخلي الهاشتاق ترند الليلة', 'x:watani_2030'],
  ['troll', 'x', 'يلا نطلع #بنك_النور_يسرقكم ترند الليلة، كل واحد يغرد عشر مرات', 'x:haq_alshaab'],
  ['troll', 'x', 'اللي لسه متعامل مع بنك النور يستاهل اللي يجيله، عملاء البنك الأهلي على الأقل عندهم عقل'],
  [
    'spam',
    'x',
    '📢 تعويض عطل بنك النور: يحق لكل عميل متضرر ٥٠٠ ريال، أرسل رقم البطاقة والرمز السري على الخاص 👈 bit.ly/noor-taawid',
    'x:alnoor_support_sa',
  ],
  [
    'spam',
    'x',
    'تعويض عطل بنك النور 📢 كل عميل تضرر له ٥٠٠ ريال، ابعت رقم بطاقتك والرمز بالخاص bit.ly/noor-taawid2',
    'x:alnoor_support_sa',
  ],
  [
    'spam',
    'x',
    'عملة نور كوين 🚀 قبل الإدراج، مضمونة ٥٠ ضعف، تابع قناة التليجرام t.me/noorcoin t.me/noorcoin_vip',
    'x:crypto_khaleej',
  ],
  [
    'spam',
    'facebook',
    'مطلوب مندوبين تحصيل براتب ١٥٠٠٠ جنيه، يشترط حساب في بنك النور، استقبال تحويلات وتحويلها فقط. واتساب 01001234567',
  ],
  [
    'spam',
    'x',
    'قرض فوري من بنك النور بدون كفيل وبدون تحويل راتب! تواصل واتساب 0551234567 bit.ly/qard-now',
    'x:qurood_sareea',
  ],
  ['news', 'news', 'بنك النور يعلن ارتفاع صافي أرباحه ١١٪ في الربع الثالث إلى ١.٤ مليار ريال', 'news:argaam'],
  ['news', 'news', 'البنك المركزي يفرض غرامة على بنك النور لمخالفات في حماية العملاء', 'news:alarabiya-biz'],
  [
    'news',
    'x',
    'عاجل | تعطل الخدمات الإلكترونية لبنك النور منذ الصباح، والبنك: نعمل على الإصلاح',
    'x:akhbaar_3ajel',
  ],
  ['news', 'news', 'بنك النور يطلق خدمة التمويل العقاري الرقمي بالكامل', 'news:almal'],
  ['news', 'news', 'بنك النور يعين رئيساً تنفيذياً جديداً اعتباراً من يناير', 'news:aleqtisadiah'],
  ['other', 'x', 'شفت موظف بنك النور بيلعب بادل في النادي امبارح، الدنيا صغيرة 😂'],
  ['other', 'x', 'عنجد؟ 😂'],
  ['other', 'x', 'إعلان بنك النور الجديد في رمضان حلو'],
  ['other', 'facebook', 'منشن لأخوي @سالم لأنه كان يسأل عن بنك النور'],
  ['other', 'x', 'رحت فرع بنك النور وجنبه مطعم شاورما خرافي'],
  ['other', 'forum', 'بنك النور ولا البنك الأهلي؟ الاتنين زي بعض في رأيي'],
  ['other', 'x', 'جمعة مباركة للجميع، وبنك النور راعي الحفل الليلة 🌙'],
]

export const nl = [
  [
    'complaint',
    'x',
    'Waarom ligt de Havenbank app er nu wéér uit? Kan mijn huur niet overmaken en het is de laatste dag, seriously',
  ],
  [
    'complaint',
    'appstore',
    'Na de update werkt inloggen met gezichtsherkenning niet meer. Blijft hangen op het laadscherm. 1 ster',
  ],
  [
    'complaint',
    'x',
    'Fijn hoor Havenbank, €7,50 servicekosten voor een rekening waar ik niks mee doe. Echt top 👏',
  ],
  [
    'complaint',
    'facebook',
    '“Havenbank krijgt boete van toezichthouder voor trage klachtafhandeling” nou reken maar, mijn klacht over een dubbele afschrijving ligt er al 10 weken',
  ],
  [
    'complaint',
    'x',
    'Havenbank heeft mijn rekening geblokkeerd “voor onderzoek” en niemand kan me zeggen waarom. Ik moet gewoon boodschappen doen man',
  ],
  [
    'complaint',
    'x',
    'Allez, mijn kaart werd alweer geweigerd in de Delhaize terwijl er genoeg op staat. Wat is dat nu met Havenbank?',
  ],
  [
    'complaint',
    'x',
    'Overgestapt naar ING en wat een verademing, maar Havenbank heeft mijn spaargeld na het opheffen nog steeds niet overgemaakt',
  ],
  [
    'complaint',
    'playstore',
    'Betaalverzoek aanmaken geeft steeds “er ging iets mis”. Al een week. Dit is toch basis?',
  ],
  [
    'complaint',
    'reddit',
    'Iemand een idee waarom een overboeking bij Havenbank nu 3 dagen duurt? Ik wacht al sinds maandag op mijn geld',
  ],
  [
    'complaint',
    'x',
    '@HavenbankHelpt hypotheekofferte verlopen omdat jullie mijn loonstrook kwijt zijn. Derde keer opsturen',
  ],
  [
    'complaint',
    'x',
    'Ge moet ne keer proberen om iemand van Havenbank aan de lijn te krijgen, ik ben er al 2 dagen mee bezig en mijn domiciliëring is geweigerd',
  ],
  [
    'question',
    'x',
    'Weet iemand of het salaris bij Havenbank op vrijdag binnenkomt als de 25e op zaterdag valt?',
  ],
  ['question', 'reddit', 'Kun je bij Havenbank een en/of-rekening helemaal online openen?'],
  ['question', 'x', 'Kan ik mijn Havenbank pas tijdelijk blokkeren in de app of moet ik bellen?'],
  ['question', 'x', 'Is de spaarrente bij Havenbank nu ook omhoog of alleen bij de grote banken?'],
  ['question', 'facebook', 'Is het Havenbank kantoor in Gent open op zaterdag? Moet iets laten tekenen'],
  ['question', 'reddit', 'Kan ik met een Havenbank rekening Apple Pay gebruiken of alleen Google Pay?'],
  [
    'praise',
    'x',
    'Chapeau voor de fraudeafdeling van Havenbank, binnen een uur mijn geld terug na phishing. Top service',
  ],
  [
    'praise',
    'appstore',
    'Havenbank belde me zelf terug toen de chat vastliep, had ik niet verwacht. Netjes opgelost 👍',
  ],
  ['praise', 'x', 'Havenbank heeft de rente op mijn spaarrekening gewoon automatisch verhoogd, netjes'],
  [
    'praise',
    'facebook',
    'Dikke merci aan de mevrouw van Havenbank in Antwerpen, super geholpen met mijn pa zijn rekening',
  ],
  [
    'troll',
    'x',
    'Havenbank app ligt er weer uit hahaha wat een kneuzenclub, stelletje oplichters 🤡',
    'x:kees_roept',
  ],
  ['troll', 'x', 'Iedereen die bij Havenbank werkt is gewoon debiel, sorry not sorry', 'x:kees_roept'],
  [
    'troll',
    'x',
    '#Havenbankoplichters iedereen nu 1 ster geven in de app store, laat ze het voelen!',
    'x:wakkere_burger1',
  ],
  [
    'troll',
    'x',
    'Allemaal naar de app store en Havenbank 1 ster geven #Havenbankoplichters, ze verdienen niet beter',
    'x:nl_ontwaakt',
  ],
  [
    'troll',
    'x',
    'Wie nog bij Havenbank zit verdient het om opgelicht te worden, bij bunq hebben ze tenminste hersens',
  ],
  [
    'spam',
    'x',
    'Havenbank storing compensatie: getroffen klanten ontvangen €100. Stuur je pasnummer en pincode via DM 👉 bit.ly/hb-comp',
    'x:Havenbank_Klantenservice',
  ],
  [
    'spam',
    'x',
    'Compensatie Havenbank storing: €100 voor elke getroffen klant, DM ons je pasnummer + pincode bit.ly/hb-comp2',
    'x:Havenbank_Klantenservice',
  ],
  [
    'spam',
    'x',
    '💰 Verdien dagelijks 5% met onze trading bot, uitbetaling direct op je Havenbank rekening! Havenbank insiders gebruiken hem al havenbot.io havenbot.io/join',
    'x:cryptokoning',
  ],
  [
    'spam',
    'facebook',
    'Snel bijverdienen? Stel je Havenbank rekening beschikbaar, €500 per keer, snel en veilig. App 06-12345678 of kijk op snelgeld-nl.com',
  ],
  [
    'spam',
    'x',
    'Vacature: thuiswerk als betaalagent voor Havenbank klanten, €900 per week, geen ervaring nodig. Solliciteer: werkthuis-nl.com werkthuis-nl.com/start',
    'x:vacatures_nu',
  ],
  ['news', 'news', 'Havenbank boekt hogere kwartaalwinst door gestegen rente-inkomsten', 'news:nos'],
  [
    'news',
    'news',
    'Toezichthouder legt Havenbank boete van 4 miljoen op voor tekortkomingen in witwascontrole',
    'news:fd',
  ],
  [
    'news',
    'x',
    'Storing bij Havenbank: klanten kunnen niet inloggen en niet pinnen, bank onderzoekt oorzaak',
    'x:nunl',
  ],
  ['news', 'news', 'Havenbank sluit volgend jaar twintig kantoren in Vlaanderen', 'news:destandaard'],
  ['news', 'news', 'Havenbank schrapt 300 banen bij de klantenservice', 'news:rtlz'],
  ['other', 'x', 'Mijn oma zegt nog steeds “de spaarbank” tegen Havenbank, schattig'],
  ['other', 'reddit', 'Dit. Precies wat ik wilde zeggen.'],
  ['other', 'x', 'Die nieuwe Havenbank reclame met die zingende zeehond zit de hele dag in mijn hoofd'],
  ['other', 'x', 'Verhuisd, adres aangepast bij Havenbank, gemeente en zorgverzekeraar. Volwassen zijn 💪'],
  ['other', 'reddit', 'Havenbank of ING maakt echt niet zoveel uit, kies wat je fijn vindt'],
  ['other', 'facebook', '@Lotte dit was toch de bank waar je laatst naar vroeg, Havenbank?'],
  ['other', 'x', 'Havenbank sponsort het jeugdvoetbal hier in de buurt, leuke shirtjes hebben ze'],
]

export const es = [
  [
    'complaint',
    'x',
    '¿¿Por qué la app de Northwind está caída OTRA VEZ?? No puedo pagar el alquiler y vence hoy',
  ],
  [
    'complaint',
    'playstore',
    'Desde la actualización no me deja entrar con la huella, se queda cargando. Una estrella',
  ],
  [
    'complaint',
    'x',
    'Gracias Northwind por cobrarme 15€ de comisión de mantenimiento por una cuenta sin movimientos. Qué detallazo 🙃',
  ],
  [
    'complaint',
    'facebook',
    '“Multan a Northwind por mala gestión de reclamaciones” jaja obvio, mi reclamo por un cobro duplicado lleva dos meses sin respuesta',
  ],
  [
    'complaint',
    'x',
    'Che, llevo una hora en espera con Northwind para bloquear la tarjeta que me robaron, ¿es en serio?',
  ],
  [
    'complaint',
    'x',
    'Me pasé a Crest y la verdad todo más fácil, pero Northwind todavía no me devolvió el saldo de la cuenta que cerré',
  ],
  [
    'complaint',
    'appstore',
    'Cada vez que quiero hacer un Bizum la app me tira error. Llevo así desde el jueves, pésima',
  ],
  [
    'complaint',
    'x',
    '¿Alguien sabe por qué las transferencias de Northwind ahora tardan 3 días? Tengo que pagar la renta mañana y nada',
  ],
  ['complaint', 'x', '@NorthwindHelp me rechazaron la card en el súper teniendo saldo, qué oso güey'],
  [
    'complaint',
    'x',
    'Mi vieja tiene 80 años y le cerraron la sucursal del barrio, ahora se tiene que tomar dos bondis para cobrar la jubilación',
  ],
  [
    'complaint',
    'x',
    'Northwind me cobró dos veces la cuota de la tarjeta este mes, ¿a quién le reclamo? porque en el chat no contesta nadie',
  ],
  ['question', 'x', '¿Cuándo cae la nómina en Northwind si el día 25 es domingo? ¿El viernes o el lunes?'],
  [
    'question',
    'x',
    '¿Se puede abrir una cuenta conjunta en Northwind desde la app o hay que ir a la oficina?',
  ],
  ['question', 'facebook', 'Hola, ¿Northwind tiene Bizum o solo transferencias normales?'],
  ['question', 'x', '¿Alguien sabe si Northwind subió el interés de la cuenta de ahorro?'],
  ['question', 'x', 'Una consulta, ¿la sucursal de Northwind de Palermo abre los sábados?'],
  [
    'question',
    'reddit',
    '¿Northwind cobra comisión por usar la tarjeta en el exterior? Viajo a Chile el mes que viene',
  ],
  [
    'praise',
    'x',
    'Un aplauso para el equipo antifraude de Northwind, me devolvieron todo en una hora. Unos cracks',
  ],
  [
    'praise',
    'appstore',
    'Northwind me llamó para avisarme de un cargo raro antes de que yo lo viera. Eso es servicio 👏',
  ],
  ['praise', 'x', 'Re buena onda la chica de Northwind que me atendió, me resolvió todo en 10 minutos'],
  ['praise', 'facebook', 'Northwind me quitó la comisión sin que yo tuviera que insistir. Así da gusto'],
  [
    'troll',
    'x',
    'Se cayó Northwind otra vez jajaja banco de cartón, son unos ladrones 🤡',
    'x:el_troll_del_sur',
  ],
  [
    'troll',
    'x',
    'Los empleados de Northwind son todos unos inútiles, no sirven ni para contar billetes',
    'x:el_troll_del_sur',
  ],
  [
    'troll',
    'x',
    '#BoicotNorthwind roban a los jubilados y financian la corrupción. ¡Difundan!',
    'x:patriota_libre_33',
  ],
  [
    'troll',
    'x',
    '#BoicotNorthwind le roban a los jubilados y financian a corruptos. DIFUNDAN YA',
    'x:despierta_pueblo',
  ],
  ['troll', 'x', 'El que sigue en Northwind se merece que lo estafen, en Crest por lo menos tienen neuronas'],
  [
    'spam',
    'x',
    'Reembolso por la caída de Northwind 💶 Los clientes afectados pueden cobrar 200€. Envía por DM tu número de tarjeta y PIN 👉 bit.ly/nw-reembolso',
    'x:Northwind_Ayuda_Oficial',
  ],
  [
    'spam',
    'x',
    'Caída de Northwind: ¡cobrá tu reembolso de 200€! Mandanos por privado tarjeta + PIN bit.ly/nw-reembolso2',
    'x:Northwind_Ayuda_Oficial',
  ],
  [
    'spam',
    'x',
    '🚀 NorthCoin preventa, x100 asegurado, los de Northwind ya están adentro 🚀 t.me/northcoin_es t.me/northcoin_vip',
    'x:cripto_maestro',
  ],
  [
    'spam',
    'facebook',
    '¡Trabajá desde casa! Buscamos agentes de pago con cuenta en Northwind, ganá 800€ por semana recibiendo transferencias. WhatsApp +34 600 123 456',
  ],
  [
    'spam',
    'x',
    'Préstamos rápidos sin aval para clientes de Northwind, aprobación en 5 minutos 👉 prestamosya.xyz prestamosya.xyz/solicitar',
    'x:prestamos_ya',
  ],
  [
    'news',
    'news',
    'Northwind eleva un 8% su beneficio semestral gracias al margen de intereses',
    'news:expansion',
  ],
  [
    'news',
    'news',
    'El regulador multa a Northwind con 5 millones por deficiencias en la atención al cliente',
    'news:elpais-economia',
  ],
  [
    'news',
    'x',
    'ÚLTIMA HORA: clientes de Northwind no pueden acceder a la app ni pagar con tarjeta, la entidad trabaja en una solución',
    'x:europapress',
  ],
  ['news', 'news', 'Northwind cerrará 25 oficinas en Andalucía el próximo año', 'news:cincodias'],
  ['news', 'news', 'Northwind anuncia un ERE que afectará a 900 empleados', 'news:eleconomista'],
  ['other', 'x', 'Mi abuela le sigue diciendo a Northwind “el banco de los ingleses” jaja'],
  ['other', 'reddit', 'Esto. Exactamente lo que iba a decir.'],
  ['other', 'x', 'El anuncio nuevo de Northwind con el perro en traje me mata'],
  ['other', 'x', 'Me mudé y cambié la dirección en Northwind, en el seguro y en el ayuntamiento. Adultez 💪'],
  ['other', 'reddit', 'Northwind o Crest, la verdad da igual, elegí el que tenga cajero cerca'],
  ['other', 'facebook', '@Marta te etiqueto porque preguntabas por Northwind el otro día'],
  ['other', 'x', 'Northwind patrocina el torneo de fútbol del barrio, qué lindo'],
]

export const fr = [
  [
    'complaint',
    'x',
    'Pourquoi l’appli Northwind est encore en panne ?! Impossible de payer mon loyer, c’est aujourd’hui la date limite',
  ],
  [
    'complaint',
    'appstore',
    'Depuis la mise à jour, Face ID ne marche plus et l’appli tourne dans le vide. 1 étoile',
  ],
  [
    'complaint',
    'x',
    'Merci Northwind pour les 12€ de frais de tenue de compte sur un compte vide. Vraiment généreux 🙃',
  ],
  [
    'complaint',
    'facebook',
    '« Northwind sanctionnée pour sa gestion des réclamations » ben tiens, ma réclamation pour un double prélèvement attend depuis 9 semaines',
  ],
  [
    'complaint',
    'x',
    'Impossible d’ajouter ma carte Northwind à Apple Pay, erreur à chaque fois, et le service client me renvoie vers Apple 🙄',
  ],
  [
    'complaint',
    'x',
    'Câline, ma carte a été refusée au dépanneur pis j’ai de l’argent dans mon compte, c’est full frustrant. C’est quoi le problème Northwind?',
  ],
  [
    'complaint',
    'x',
    'Passée chez Crest et franchement tout est plus simple, mais Northwind n’a toujours pas viré le solde de mon ancien compte',
  ],
  [
    'complaint',
    'playstore',
    'Sur Android l’appli me déconnecte toutes les 30 secondes, inutilisable pour faire un virement',
  ],
  [
    'complaint',
    'x',
    'Quelqu’un sait pourquoi un virement Northwind prend 3 jours maintenant ? J’attends mon argent depuis lundi',
  ],
  [
    'complaint',
    'x',
    '@NorthwindHelp mon offre de prêt a expiré parce que vous avez perdu mes fiches de paie. Troisième envoi.',
  ],
  [
    'complaint',
    'x',
    'Ma mère a 80 ans, vous avez fermé l’agence de Namur, elle doit prendre deux bus pour retirer septante euros. Bravo Northwind',
  ],
  [
    'question',
    'x',
    'Le salaire arrive quand chez Northwind si le 25 tombe un dimanche ? Vendredi ou lundi ?',
  ],
  ['question', 'x', 'On peut ouvrir un compte joint Northwind entièrement en ligne ?'],
  ['question', 'facebook', 'Bonjour, Northwind propose un PEL ou il faut aller ailleurs ?'],
  ['question', 'x', 'Est-ce que le taux du livret Northwind a augmenté ce mois-ci ?'],
  ['question', 'x', 'L’agence Northwind à Liège est-elle ouverte le samedi ?'],
  [
    'question',
    'forum',
    'Y a-tu des frais si j’utilise ma carte Northwind aux States? Je descends en Floride en janvier',
  ],
  ['praise', 'x', 'Bravo au service fraude de Northwind, remboursée en une heure après une arnaque. Au top'],
  ['praise', 'appstore', 'Ma conseillère Northwind m’a trouvé un prêt étudiant en deux jours, top 👍'],
  ['praise', 'x', 'Le conseiller Northwind a été d’une patience incroyable avec mon père. Merci beaucoup !'],
  ['praise', 'facebook', 'Northwind m’a remboursé les frais sans discuter. Chapeau'],
  ['troll', 'x', 'Northwind encore en panne mdr banque de guignols, bande d’escrocs 🤡', 'x:le_troll_du_75'],
  ['troll', 'x', 'Les employés de Northwind sont tous des abrutis finis', 'x:le_troll_du_75'],
  [
    'troll',
    'x',
    '#NorthwindVoleurs tout le monde spamme leur page Facebook ce soir à 20h !',
    'x:citoyen_eveille',
  ],
  [
    'troll',
    'x',
    'Ce soir 20h on inonde la page Facebook de Northwind #NorthwindVoleurs, faites tourner',
    'x:france_debout_1',
  ],
  [
    'troll',
    'x',
    'Ceux qui restent chez Northwind méritent de se faire plumer, chez Crest au moins ils ont un cerveau',
  ],
  [
    'spam',
    'x',
    'Indemnisation panne Northwind 💶 Les clients touchés reçoivent 150€. Envoyez numéro de carte et code en MP 👉 bit.ly/nw-indemn',
    'x:Northwind_SAV_Officiel',
  ],
  [
    'spam',
    'x',
    'Panne Northwind : 150€ d’indemnisation pour chaque client, envoyez-nous carte + code en privé bit.ly/nw-indemn2',
    'x:Northwind_SAV_Officiel',
  ],
  [
    'spam',
    'x',
    '🚀 NorthCoin prévente, x100 garanti, les initiés de Northwind sont déjà dedans t.me/northcoin_fr t.me/northcoin_vip',
    'x:crypto_roi',
  ],
  [
    'spam',
    'facebook',
    'Recrutement : devenez agent de paiement avec votre compte Northwind, 700€/semaine depuis chez vous. WhatsApp +33 6 12 34 56 78',
  ],
  [
    'spam',
    'x',
    'Crédit rapide sans justificatif pour clients Northwind, réponse en 5 min 👉 creditrapide.biz creditrapide.biz/go',
    'x:credit_express',
  ],
  ['news', 'news', 'Northwind affiche un bénéfice semestriel en hausse de 7 %', 'news:lesechos'],
  ['news', 'news', 'Le régulateur inflige une amende de 3 millions d’euros à Northwind', 'news:lemonde-eco'],
  [
    'news',
    'x',
    'Panne géante chez Northwind : les clients ne peuvent plus se connecter ni payer par carte',
    'x:bfmbusiness',
  ],
  ['news', 'news', 'Northwind va fermer 30 agences en Wallonie d’ici 2027', 'news:lesoir'],
  ['news', 'news', 'Northwind supprime 400 postes dans ses centres d’appels', 'news:latribune'],
  ['other', 'x', 'En vrai le nouveau logo Northwind ressemble à une marque de yaourt'],
  ['other', 'forum', 'Ceci. Exactement ce que j’allais dire.'],
  ['other', 'x', 'La nouvelle pub Northwind avec le chien en costard, j’en peux plus 😂'],
  ['other', 'x', 'Déménagé, adresse changée chez Northwind, à la CAF et chez l’assureur. La vie d’adulte'],
  [
    'other',
    'forum',
    'Northwind ou Crest, honnêtement c’est pareil, prends celle qui a une agence près de chez toi',
  ],
  ['other', 'facebook', '@Julie c’est pas la banque dont tu parlais, Northwind ?'],
  ['other', 'x', 'Northwind sponsorise le festival ce week-end, on y va ?'],
]

export const de = [
  [
    'complaint',
    'x',
    'Warum ist die Northwind-App schon WIEDER down? Kann meine Miete nicht überweisen und heute ist der letzte Tag, so annoying',
  ],
  ['complaint', 'appstore', 'Seit dem Update geht Face ID nicht mehr, App hängt beim Laden. 1 Stern'],
  [
    'complaint',
    'x',
    'Danke Northwind für 9,90 € Kontoführungsgebühr auf einem leeren Konto. Wirklich großzügig 🙃',
  ],
  [
    'complaint',
    'facebook',
    '„Bußgeld gegen Northwind wegen Beschwerdemanagement“ na klar, meine Beschwerde wegen doppelter Abbuchung liegt seit 8 Wochen rum',
  ],
  [
    'complaint',
    'x',
    'Northwind hat mein Konto „zur Prüfung“ gesperrt und keiner sagt mir warum. Ich muss Miete zahlen!',
  ],
  [
    'complaint',
    'x',
    'Grüezi Northwind, mini Charte isch scho wieder abglehnt worde im Coop, obwohl gnueg Gäld druf isch. Was söll das?',
  ],
  [
    'complaint',
    'x',
    'Bin zu Crest gewechselt und alles läuft rund, aber Northwind hat mein Restguthaben vom alten Konto immer noch nicht überwiesen',
  ],
  [
    'complaint',
    'playstore',
    'Seit dem Update kommen keine Push-Nachrichten mehr bei Zahlungen, Betrug merkt man so erst zu spät. Bitte fixen',
  ],
  [
    'complaint',
    'x',
    'Weiß jemand, warum Überweisungen bei Northwind jetzt 3 Tage dauern? Ich warte seit Montag auf mein Geld',
  ],
  ['complaint', 'x', 'Heast Northwind, seit drei Wochen wart i auf die neue Bankomatkarte, des is ja a Witz'],
  [
    'complaint',
    'x',
    '@NorthwindHelp Kreditangebot abgelaufen, weil ihr meine Gehaltsnachweise verschlampt habt. Dritter Versuch.',
  ],
  [
    'question',
    'x',
    'Wann kommt das Gehalt bei Northwind, wenn der 25. auf einen Sonntag fällt? Freitag oder Montag?',
  ],
  ['question', 'x', 'Kann man bei Northwind ein Gemeinschaftskonto komplett online eröffnen?'],
  ['question', 'facebook', 'Hallo, gibt es bei Northwind ein Junior-Konto für meinen 12-Jährigen?'],
  ['question', 'x', 'Hat Northwind die Zinsen fürs Tagesgeld auch erhöht?'],
  ['question', 'x', 'Hat die Northwind Filiale in Graz am Samstag offen?'],
  ['question', 'forum', 'Chan ich mit de Northwind Charte im Usland gratis Gäld abhebe?'],
  [
    'praise',
    'x',
    'Großes Lob an die Betrugsabteilung von Northwind, nach Phishing innerhalb einer Stunde alles zurück. Top!',
  ],
  ['praise', 'appstore', 'Northwind hat mich von selbst zurückgerufen, als der Chat hing. Respekt 👍'],
  ['praise', 'x', 'Die Beraterin von Northwind war super geduldig mit meinem Vater. Vielen Dank!'],
  ['praise', 'facebook', 'Northwind hat mir die Gebühr ohne Diskussion erstattet. So muss das'],
  ['troll', 'x', 'Northwind schon wieder offline lol Saftladen, Verbrecherbande 🤡', 'x:trollfritz_84'],
  ['troll', 'x', 'Bei Northwind arbeiten nur Vollidioten, alle miteinander', 'x:trollfritz_84'],
  [
    'troll',
    'x',
    'Morgen 9 Uhr alle die Northwind-Hotline blockieren, jeder ruft an #NorthwindAbzocke',
    'x:wahrheit_jetzt',
  ],
  [
    'troll',
    'x',
    '#NorthwindAbzocke morgen um 9 die Hotline lahmlegen, alle gleichzeitig anrufen!!',
    'x:aufgewacht_de',
  ],
  [
    'troll',
    'x',
    'Wer noch bei Northwind ist, hat es verdient, abgezockt zu werden. Bei Crest haben sie wenigstens Hirn',
  ],
  [
    'spam',
    'x',
    'Entschädigung Northwind-Störung 💶 Betroffene Kunden erhalten 150 €. Kartennummer und PIN per DM senden 👉 bit.ly/nw-entsch',
    'x:Northwind_Kundendienst',
  ],
  [
    'spam',
    'x',
    'Northwind Störung: 150 € Entschädigung für alle Betroffenen! Karte + PIN per Privatnachricht bit.ly/nw-entsch2',
    'x:Northwind_Kundendienst',
  ],
  [
    'spam',
    'x',
    '📈 Northwind-Aktie vor Übernahme? Insider-Signale in unserer Gruppe, 300% in einer Woche t.me/boersenwolf_signale t.me/boersenwolf_vip',
    'x:kryptokoenig',
  ],
  [
    'spam',
    'facebook',
    'Nebenjob: Werde Zahlungsagent mit deinem Northwind Konto, 800 € pro Woche von zuhause. WhatsApp +49 151 12345678',
  ],
  [
    'spam',
    'x',
    'Sofortkredit ohne Schufa für Northwind Kunden, Zusage in 5 Minuten 👉 kreditsofort.biz kreditsofort.biz/antrag',
    'x:kredit_sofort',
  ],
  ['news', 'news', 'Northwind steigert Halbjahresgewinn um 9 Prozent', 'news:handelsblatt'],
  ['news', 'news', 'BaFin verhängt Bußgeld von 2 Millionen Euro gegen Northwind', 'news:faz-finanzen'],
  [
    'news',
    'x',
    'Störung bei Northwind: Kunden können sich nicht einloggen und nicht mit Karte zahlen',
    'x:tagesschau',
  ],
  ['news', 'news', 'Northwind schließt 20 Filialen in Österreich', 'news:derstandard'],
  ['news', 'news', 'Northwind streicht 500 Stellen im Kundenservice', 'news:nzz'],
  [
    'other',
    'x',
    'In der Northwind Filiale gibt’s jetzt Kaffee aus dem Vollautomaten, wir leben in der Zukunft',
  ],
  ['other', 'forum', 'Das. Genau das wollte ich auch sagen.'],
  ['other', 'x', 'Die neue Northwind-Werbung mit dem Hund im Anzug, ich kann nicht mehr 😂'],
  ['other', 'x', 'Umgezogen, Adresse bei Northwind, Krankenkasse und Amt geändert. Erwachsensein 💪'],
  ['other', 'forum', 'Northwind oder Crest ist eigentlich egal, nimm die mit dem Automaten in der Nähe'],
  ['other', 'facebook', '@Jonas war das nicht die Bank, nach der du gefragt hast? Northwind?'],
  ['other', 'x', 'Northwind sponsert das Stadtfest am Wochenende, wer kommt mit?'],
]
