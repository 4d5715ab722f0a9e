// Blind intent posts, SET 12 (en, zh, ar, nl, es, fr, de; 45 a language, 315 in all). Written
// 2026-12-07 07:53–08:01 UTC by the redteam12is engineer BEFORE reading the intent code, its
// training data, rules or models, the posts of sets 1–11 or the README's intent sections (only
// issue 11, the schema's platform list, the first 40 lines of set 11 for the row format and
// eval-intent-fresh.mjs were read), and committed before it was first scored. Nobody tunes on
// it: the whole set is held out.
//
// Each language was drafted on its own from that country's banks, apps and habits (UK/US for en;
// mainland, Hong Kong Cantonese and Taiwanese for zh; Saudi, Gulf, Egyptian, Levantine,
// Maghrebi Darija and Arabizi for ar; Dutch and Flemish for nl; Spain, Mexico, Argentina, Chile
// and Colombia for es; France, Québec, Belgium and Switzerland for fr; Germany, Austria and
// Switzerland for de), then reread once as a reader from there would.
// Proportions per language: 11 complaints, 8 questions, 5 praise, 6 troll, 5 spam, 5 news and 5
// other. Troll, spam, news and other are over-represented against a real stream so that one post
// moves a language's class recall by at most 0.2; macro-F1 per language still moves by several
// points with one post.
// Caveat on realism: one author wrote it in about 5 minutes with one short reread (far less than the 25–35 minutes asked); it is still tidier than a real
// stream (every post is about one thing, few very long rambling posts), and some situations
// (outages, double charges, blocked accounts, closed branches, crypto recovery, fake support,
// food/blood banks, a bench or a sofa) recur across languages because they recur in life.
//
// Rows: [label, platform, text, author?]; the optional 4th field is the author id given to
// vigil-enrich (a publisher's account for news, a spam or fake-support account); rows without
// one get a distinct author each.
//
// Label conventions (a care team's routing): a customer with a concrete problem of their own is
// a complaint even when phrased politely, as a question or as sarcastic thanks; a question asks
// for information and reports no grievance of the writer's; praise may mention a problem that
// was solved; abuse, mockery, pile-ons and rants with no problem of the writer's own are troll;
// scams, fake support, giveaways, loan offers, phishing, fund recovery and work-from-home lures
// are spam; a publisher's headline or report is news however negative (an outage report
// included); everything else (jokes, unrelated uses of the word bank, job posts, congratulations)
// is other.
//
// This set is a held-out measurement: never train or tune on it, and do not quote its posts.

/** @typedef {['complaint' | 'question' | 'praise' | 'troll' | 'spam' | 'news' | 'other', string, string, string?]} Row */

/** @type {Row[]} */
export const en = [
  [
    'complaint',
    'x',
    '@Barclays been on hold 47 mins now. 47. just to ask why my card got declined at tesco when theres money in the account',
  ],
  [
    'complaint',
    'x',
    'monzo froze my account with no explanation and support keep sending the same copy paste message. rent is due friday. this is not ok',
  ],
  [
    'complaint',
    'x',
    "Hi @NatWest_Help, I'd be grateful if someone could look into a payment of £312.40 that left my account twice on the 3rd. Screenshot attached. Thanks in advance",
  ],
  [
    'complaint',
    'x',
    'thanks @Chase for the $34 overdraft fee on a $2.19 coffee, really appreciate you looking out for me 🙏',
  ],
  [
    'complaint',
    'x',
    'why does it take 5 working days to get my own money back from a refund you already confirmed?? @AskLloydsBank',
  ],
  [
    'complaint',
    'appstore',
    'Latest update broke Face ID login. Have to type the passcode every time and half the time it just says something went wrong. 1 star until fixed.',
  ],
  [
    'complaint',
    'reddit',
    'So I moved house in August, updated my address in the Santander app, all fine. Fast forward to now and my replacement card has been sent to the OLD address. Twice. Branch says ring the phone line, phone line says go to branch. Anyone else had this?? honestly at my wits end',
  ],
  [
    'complaint',
    'x',
    "wells fargo closed my checking because of 'unusual activity' which was me getting PAID by my new job lmao. still waiting on the check for my balance 3 weeks later",
  ],
  [
    'complaint',
    'x',
    "> We're sorry to hear this, please DM us\n\ni DID. 4 days ago. app still says technical difficulties and i still cant pay my builder @HSBC_UK",
  ],
  [
    'complaint',
    'facebook',
    "Went to Halifax in Bradford to open a basic account for my mum (she's 82). Told she has to do it online. She hasn't got a smartphone. Absolutely disgraceful way to treat older customers.",
  ],
  [
    'complaint',
    'playstore',
    'keeps crashing on android 14 when i open statements. uninstalled reinstalled same thing',
  ],
  [
    'question',
    'x',
    'does anyone know if revolut charges for taking cash out abroad on the standard plan? off to portugal next week',
  ],
  ['question', 'x', '@CapitalOne is there a way to add an authorized user in the app or do i have to call?'],
  [
    'question',
    'x',
    'Quick q - if I pay a cheque in at the post office does it land in my Nationwide account the same day?',
  ],
  ['question', 'x', 'what time does starling pay salaries in on a bank holiday? asking for a friend (me)'],
  [
    'question',
    'reddit',
    'First time buyer here. Is it worth going with the bank I already have my current account with for the mortgage or should I use a broker? Barclays offered 4.6% fixed for 5y',
  ],
  ['question', 'x', "@Monzo can you open a joint account with someone who isn't living in the UK yet?"],
  [
    'question',
    'facebook',
    'anyone know the sort code for the TSB in Stratford? need it for a form for my son',
  ],
  ['question', 'reddit', 'If I upgrade to Amex Gold mid-month when do the new perks kick in?'],
  [
    'praise',
    'facebook',
    'Shoutout to the lady at Nationwide in Leeds who sat with my dad for an hour sorting his power of attorney. Proper customer service still exists ❤️',
  ],
  [
    'praise',
    'x',
    'Had a nightmare with a scam transfer last week but @StarlingBank got the full £1,200 back in 4 days. Cannot thank the fraud team enough',
  ],
  ['praise', 'x', "monzo's spending pots genuinely changed how i budget ngl 🙌"],
  [
    'praise',
    'appstore',
    "Clean app, instant notifications, splitting bills is easy. Best banking app I've used. 5 stars",
  ],
  [
    'praise',
    'x',
    "ok I was ready to rage at @AskLloydsBank but the guy on the phone unlocked my account in 6 minutes. credit where it's due",
  ],
  ['troll', 'x', '@Barclays you lot are a bunch of thieving clowns and everyone knows it'],
  [
    'troll',
    'x',
    "imagine working at wells fargo and still thinking you're one of the good guys 😂😂 f*cking parasites",
  ],
  ['troll', 'x', '@NatWest ratio + L + nobody banks with you + your app looks like it was built in 2004'],
  ['troll', 'x', 'HSBC staff are braindead c*nts honestly'],
  ['troll', 'x', 'every banker in the city should be lined up. every single one of them'],
  ['troll', 'x', '@Chase your CEO is a greedy pig and your customers are mugs for staying'],
  [
    'spam',
    'x',
    'Lost your funds to a fake crypto platform? Contact RECOVERY EXPERT @Digital_Asset_Recov on Telegram, 100% success rate, they got back 3.4 BTC for me 🙏',
    'crypto_helen_88',
  ],
  [
    'spam',
    'x',
    '@Barclays Hi, sorry to hear about this. Please DM our support team on WhatsApp +44 7418 552091 with your account details so we can help. – Barclays Help Desk',
    'barclays_helpdesk24',
  ],
  [
    'spam',
    'instagram',
    '🎁 GIVEAWAY 🎁 £500 to 5 lucky followers! Follow + like + comment the last 4 of your card to win 💷 #giveaway #monzo',
    'ukgiveaways.daily',
  ],
  [
    'spam',
    'facebook',
    'Quick cash loans £500-£5000, bad credit OK, approval in 1hr, no guarantor needed. WhatsApp +44 7700 184226',
    'fastloans_uk',
  ],
  [
    'spam',
    'x',
    'I had the same issue until I contacted @Mark_Hacks_Pro he got my account unlocked in 2 hours, highly recommend 💯',
    'jenny_w_19284',
  ],
  ['news', 'news', 'Lloyds Banking Group to close a further 136 branches, union says', 'guardian_business'],
  [
    'news',
    'news',
    'Outage hits Barclays and HSBC apps on payday as thousands report login failures',
    'thisismoney',
  ],
  ['news', 'x', 'Wells Fargo shares rise 4% after Q3 earnings beat estimates', 'markets_wire'],
  ['news', 'news', 'FCA fines Monzo £21m over weak financial crime controls', 'ft_banking'],
  ['news', 'news', 'Santander UK to stop paying interest on 123 current account from January', 'bbcbusiness'],
  ['other', 'instagram', 'south bank at sunset tonight, absolutely stunning 🌅'],
  ['other', 'x', 'my piggy bank has more money in it than my actual bank account lol'],
  [
    'other',
    'facebook',
    'The food bank on Church St needs pasta and tinned veg this week, drop offs till 6pm 💛',
  ],
  ['other', 'x', 'anyone at Chase Center tonight? place was rocking'],
  [
    'other',
    'x',
    'HIRING: Graduate analyst, Risk team, Canary Wharf. Apply via link in bio',
    'talentbridge_jobs',
  ],
]

/** @type {Row[]} */
export const zh = [
  [
    'complaint',
    'appstore',
    '招行APP又闪退了，转账转到一半直接卡死，钱扣没扣都不知道，客服电话打了半小时打不进去',
  ],
  ['complaint', 'x', '工商银行这个月莫名其妙扣了我12块小额账户管理费，卡里明明有钱，谁给我解释一下？'],
  ['complaint', 'forum', '中銀香港個app又死咗，成朝都login唔到，交唔到租，搞乜鬼啊'],
  ['complaint', 'facebook', '國泰世華的信用卡客服真的很扯，等了40分鐘轉了三次專員，最後叫我自己去分行處理'],
  ['complaint', 'x', '您好，我上周在建行网点办的定期存款，到现在APP里还查不到，麻烦帮忙核实一下，谢谢。'],
  ['complaint', 'x', '感谢农行让我在柜台排了两个小时队，提前体验了一把春运 🙂'],
  ['complaint', 'x', '提现到银行卡三天了还没到账，问客服就一句请耐心等待，耐心你个头'],
  ['complaint', 'x', '恒生突然凍結我個戶口話要補交資料，之前已經交咗兩次，而家連真人都轉唔到 😤'],
  ['complaint', 'forum', '交通银行信用卡分期说好的免息，结果账单里全是手续费，被坑了'],
  ['complaint', 'x', '浦发的推销电话一天打三个，说了不需要还打，烦死了，能不能把我号码删了'],
  ['complaint', 'forum', '中信银行网银的U盾在新电脑上死活装不上驱动，都2026年了还要用IE模式??'],
  ['question', 'x', '请问一下招商银行境外取现手续费现在是多少？下个月去日本'],
  ['question', 'forum', '有人知道汇丰一卡通开户要不要预约吗？深圳的网点'],
  ['question', 'forum', '想問下眾安銀行轉數快有冇上限？'],
  ['question', 'facebook', '台新Richart跨行轉帳免手續費每個月還有幾次？有人知道嗎'],
  ['question', 'x', '工行的个人养老金账户里的钱可以随时取出来吗'],
  ['question', 'forum', '请问外国人在国内开银行卡现在还需要工作证明吗？'],
  ['question', 'x', '支付宝绑定的建行卡，换了手机号要去哪里改'],
  ['question', 'forum', '美元定存现在哪家利率高一点？中行还是工行'],
  ['praise', 'x', '必须夸一下招行的客服小姐姐，半夜帮我把被盗刷的钱拦下来了，太靠谱了👍'],
  ['praise', 'x', '之前在工行办挂失折腾了好久，这次网点的大堂经理很耐心，十分钟搞定，给个好评'],
  ['praise', 'instagram', 'Mox個app真係好用，開戶十分鐘搞掂，仲有cashback'],
  ['praise', 'facebook', '玉山的app介面比其他家好用太多了，推'],
  ['praise', 'x', '建行房贷审批比我想的快多了，两周就放款，点赞'],
  ['troll', 'x', '四大行全是吸血鬼，没一个好东西'],
  ['troll', 'x', '农行柜员是不是都没脑子，一个个跟木头一样'],
  ['troll', 'forum', '滙豐真係垃圾銀行，啲職員全部廢柴，執笠啦'],
  ['troll', 'x', '那个行长就是个傻X，活该被抓'],
  ['troll', 'facebook', '國泰世華的人是不是都智障啊 笑死'],
  ['troll', 'x', '@招商银行 一群骗子 s b银行'],
  ['spam', 'x', '专业处理各类网贷逾期、信用卡停息挂账，成功率99%，加V：zxc88912', 'shangan_zx88'],
  ['spam', 'x', '【招商银行】尊敬的客户，您的积分即将清零，请登录 cmb-jf.vip 兑换礼品', 'cmb_jifen'],
  ['spam', 'x', '兼职刷单，日结200+，宝妈学生都可以，手机就能做，加Q 2871933045', 'jianzhi_rijie'],
  ['spam', 'x', '零抵押贷款，最高50万，当天放款，不看征信，私信我', 'kuaidai_0531'],
  ['spam', 'facebook', '轉發抽獎🎁 送iPhone 17，關注+留言你的銀行卡尾號即可參加', 'hk_lucky_draw'],
  ['news', 'news', '工商银行前三季度净利润同比增长1.2%，净息差继续收窄', 'caixin'],
  ['news', 'news', '招商银行APP周一上午出现短时故障，部分用户无法登录，目前已恢复', 'thepaper'],
  ['news', 'news', '金管局：三家虛擬銀行本季度錄得盈利', 'hk01_finance'],
  ['news', 'x', '央行宣布下调存款准备金率0.25个百分点', 'xinhua_finance'],
  ['news', 'news', '國泰金控宣布明年關閉8家分行 改設數位服務據點', 'cna_finance'],
  ['other', 'x', '今天去银行路上看到一只超可爱的柯基 🐶'],
  ['other', 'x', '卡里只剩三块五，晚饭吃泡面吧哈哈哈'],
  ['other', 'x', '招行秋招面试完了，等通知中，求好运🙏'],
  ['other', 'facebook', '血库告急，能献血的朋友可以去人民广场的献血车'],
  ['other', 'x', '我妈说她的银行就是床底下那个鞋盒 😂'],
]

/** @type {Row[]} */
export const ar = [
  [
    'complaint',
    'x',
    '@AlrajhiBank ليش التحويل السريع معلق من امس؟ الفلوس انخصمت من حسابي وما وصلت للطرف الثاني',
  ],
  [
    'complaint',
    'x',
    'البنك الأهلي بقاله أسبوع مش راضي يطلعلي الكارت الجديد وكل ما اروح الفرع يقولولي تعالى بكرة 🙄',
  ],
  [
    'complaint',
    'facebook',
    'صرلي سنتين مش قادر اسحب دولاراتي من البنك، وكل مرة بيقولولي في سقف. هيدا سرقة عالمكشوف',
  ],
  [
    'complaint',
    'x',
    'السلام عليكم، تم خصم مبلغ 450 ريال مرتين من بطاقتي عند الشراء من جرير بتاريخ 2 ديسمبر، أرجو التكرم بمراجعة العملية وإرجاع المبلغ. شكراً',
  ],
  [
    'complaint',
    'x',
    'شكراً بنك مصر على رسالة عزيزي العميل نعتذر عن العطل للمرة الخامسة النهارده، حاجة تفرح فعلاً',
  ],
  [
    'complaint',
    'facebook',
    "CIH bank l'application ma khdamach mn lbareh, ma9dertch nkhless lfactura dyal dow",
  ],
  [
    'complaint',
    'x',
    'تطبيق الإمارات دبي الوطني يطلب تحديث الهوية وأنا محدثتها قبل شهر، والحساب موقوف. وين أروح؟',
  ],
  ['complaint', 'x', 'البنك العربي خصملي عمولة ٥ دنانير على حوالة داخلية، مين قال في عمولة؟'],
  [
    'complaint',
    'playstore',
    'CIB el app beyt2fel lewa7do kol ma afta7 el statement, 3amalt update w nafs el moshkela',
  ],
  ['complaint', 'x', 'الأهلي رفض طلب التمويل الشخصي بدون سبب واضح وراتبي محول عندهم من ٦ سنين'],
  ['complaint', 'x', 'بيتك ليش الصراف في فرع الجهراء عطلان من أسبوعين؟ كل مرة أروح نفس الشي'],
  ['question', 'x', 'كم رسوم إصدار بطاقة مدى بدل فاقد في الراجحي؟'],
  ['question', 'facebook', 'حد يعرف شهادات البنك الأهلي الجديدة عائدها كام في المية؟'],
  ['question', 'x', 'هل يمكن فتح حساب في QNB لغير المقيمين في قطر؟'],
  ['question', 'x', 'يا شباب الحوالة من stc pay للحساب البنكي تاخذ كم ساعة؟'],
  ['question', 'facebook', 'ممكن اعرف فروع بنك مصر اللي بتفتح يوم السبت في مدينة نصر؟'],
  ['question', 'facebook', 'wach Attijariwafa kayfta7 compte l tlamid bla frais?'],
  ['question', 'x', 'كيف أفعّل Apple Pay على بطاقة الإمارات الإسلامي؟'],
  ['question', 'x', 'هل التمويل العقاري من مصرف أبوظبي الإسلامي متوافق مع الشريعة فعلاً؟ أحد جربه؟'],
  ['praise', 'x', 'الله يعطيهم العافية موظفين الراجحي فرع العليا، خلصوا معاملتي في ربع ساعة 👏'],
  ['praise', 'facebook', 'كان عندي مشكلة في حوالة دولية من شهر وبنك مصر حلها وكلموني بنفسهم. شكراً بجد'],
  ['praise', 'appstore', 'تطبيق الإمارات دبي الوطني من أحسن التطبيقات، كل شي واضح وسريع'],
  [
    'praise',
    'facebook',
    'CIB customer service kano mo7trameen gedan w 7alo el moshkela f nafs el mokalma 👌',
  ],
  ['praise', 'x', 'ما شاء الله الخدمة في بنك البلاد تحسنت كثير'],
  ['troll', 'x', 'البنوك كلها حرامية وربا، الله ينتقم منكم'],
  ['troll', 'x', 'موظفين البنك الأهلي دول شوية بهايم'],
  ['troll', 'x', '@AlrajhiBank يا ح*****'],
  ['troll', 'facebook', 'جمعية المصارف = عصابة. ما بدنا نسمع صوتكن'],
  ['troll', 'x', 'هههههه بنك مصر والتحول الرقمي نكتة السنة 😂😂 فاشلين'],
  ['troll', 'x', 'اللي يشتغل في البنوك ملعون هو وأهله'],
  [
    'spam',
    'x',
    'لاسترجاع أموالك من منصات التداول الوهمية تواصل مع الخبير عبر الواتساب 00447412993017 نتائج مضمونة',
    'recover_funds_ar',
  ],
  [
    'spam',
    'x',
    'خدمة عملاء الراجحي الرسمية 📞 للتواصل واتساب 0551238890 لتحديث بياناتك وتفادي إيقاف الحساب',
    'rajhi_care_sa',
  ],
  ['spam', 'x', 'تمويل شخصي بدون تحويل راتب وبدون كفيل حتى 300 ألف، للتواصل خاص', 'tamweel_fast'],
  ['spam', 'instagram', '🎉 مسابقة 🎉 اربح 1000 درهم! تابع الحساب وأرسل رقم بطاقتك في الخاص', 'uae_giveaway'],
  [
    'spam',
    'facebook',
    'اربح من البيت 500$ يومياً مع التداول الآلي، سجل من الرابط bit.ly/3xTrd9',
    'trading_bot_ar',
  ],
  ['news', 'news', 'البنك المركزي المصري يثبت أسعار الفائدة للمرة الثالثة على التوالي', 'almasryalyoum'],
  ['news', 'news', 'مصرف الراجحي: ارتفاع صافي الأرباح 20% في الربع الثالث', 'argaam'],
  [
    'news',
    'news',
    'عطل تقني يضرب خدمات عدد من البنوك الإماراتية صباح اليوم ومصادر: تمت المعالجة',
    'alkhaleej',
  ],
  ['news', 'news', 'بنك المغرب يُبقي سعر الفائدة الرئيسي دون تغيير عند 2.25%', 'hespress'],
  ['news', 'news', 'جمعية المصارف في لبنان ترفض خطة الحكومة لاسترداد الودائع', 'annahar'],
  ['other', 'instagram', 'قعدنا على ضفة النيل بالليل، الجو تحفة'],
  ['other', 'facebook', 'بنك الطعام المصري محتاج متطوعين يوم الجمعة، اللي فاضي يشارك 💚'],
  ['other', 'x', 'مرتبي نزل وخلص في نفس اليوم 😂😂 البنك شاف الفلوس وأنا لأ'],
  ['other', 'x', 'مبروك لأخوي على الوظيفة الجديدة في بنك الكويت الوطني 🎉'],
  ['other', 'x', 'بنك الدم في مستشفى الملك فهد يطلب متبرعين فصيلة O سالب'],
]

/** @type {Row[]} */
export const nl = [
  [
    'complaint',
    'x',
    "@ingnl al 3 dagen kan ik niet inloggen in de app, 'er ging iets mis' en dat is het. Moet vandaag de huur overmaken!!",
  ],
  [
    'complaint',
    'x',
    "Rabobank heeft mijn rekening geblokkeerd voor klantonderzoek en ik krijg niemand aan de lijn. 55 min wachttijd. Ik ben zzp'er, ik moet mijn leveranciers betalen",
  ],
  [
    'complaint',
    'facebook',
    'KBC amai, 2x aangerekend bij de Colruyt en ge zegt dat het in behandeling is. Al een week. Ik wil gewoon mijn geld terug',
  ],
  [
    'complaint',
    'x',
    'Goedemiddag @ABNAMRO, op 28 november heb ik een overboeking gedaan die nog steeds niet is aangekomen. Zouden jullie dit willen nakijken? Alvast bedankt.',
  ],
  [
    'complaint',
    'x',
    'Top hoor @bunq, €2,99 per maand erbij en nu ook nog een storing op zaterdag. Echt de bank van de toekomst 👏',
  ],
  [
    'complaint',
    'x',
    'Waarom moet ik in 2026 nog steeds een papieren formulier opsturen om een machtiging in te trekken @SNSBank??',
  ],
  [
    'complaint',
    'playstore',
    'Belfius app crasht telkens bij het scannen van een QR code, al sinds de update. Heel vervelend',
  ],
  [
    'complaint',
    'facebook',
    'Mijn moeder van 79 kan niet meer bij haar geld omdat ING wel de pas opstuurt maar de pincode niet. Drie keer aangevraagd. Schandalig.',
  ],
  [
    'complaint',
    'x',
    'Knab verhoogt de kosten weer en van mijn spaarrente blijft niks over. Ik ben er klaar mee, ik stap over',
  ],
  [
    'complaint',
    'x',
    'bnp paribas fortis kantoor in Mechelen dicht, dichtstbijzijnde is 20 km verder en de hotline is een robot. Merci hé',
  ],
  [
    'complaint',
    'x',
    'iDEAL betaling mislukt maar het geld is wel van mijn rekening af?? Rabo zegt neem contact op met de winkel. serieus',
  ],
  ['question', 'x', 'Weet iemand of je bij ASN een gezamenlijke rekening online kan openen?'],
  ['question', 'x', '@ingnl hoe lang duurt een overboeking naar Marokko ongeveer?'],
  ['question', 'x', 'Vraagje: kan je met Tikkie ook naar een Belgische rekening sturen?'],
  [
    'question',
    'reddit',
    'Wat is eigenlijk het verschil tussen Rabo Basis en Rabo Totaal? Heeft overstappen zin?',
  ],
  [
    'question',
    'facebook',
    'Iemand ervaring met Argenta voor een woonkrediet? Ze vragen 3,1% vast, is da goed?',
  ],
  ['question', 'x', 'Hoe zet ik mijn daglimiet hoger in de KBC Mobile app?'],
  ['question', 'x', 'Moet ik mijn oude pas zelf doorknippen of terugsturen? ABN'],
  ['question', 'x', 'Tot hoe laat kan je geld storten bij een Geldmaat?'],
  [
    'praise',
    'x',
    'Complimenten aan de fraudeafdeling van ING, binnen een uur gebeld toen er een rare afschrijving was. Geld teruggeboekt. Chapeau',
  ],
  ['praise', 'x', 'Belfius heeft die app echt goed gemaakt de laatste jaren, alles werkt gewoon. Dikke 10'],
  [
    'praise',
    'facebook',
    'Eerst 2 weken gedoe met mijn hypotheekofferte maar de adviseur van Rabobank Utrecht heeft het super opgelost, dank!',
  ],
  ['praise', 'x', 'bunq support reageert echt binnen 2 minuten, ander niveau dan mijn vorige bank'],
  ['praise', 'instagram', 'Fijn dat er een bank is die niet in fossiel investeert 🌱 @triodosbank'],
  ['troll', 'x', 'ING = criminelen in maatpak. Allemaal.'],
  ['troll', 'x', 'Die medewerkers van de Rabo zijn echt de domste mensen die er bestaan'],
  ['troll', 'x', '@ABNAMRO k@nkerbank, opzouten'],
  ['troll', 'x', 'lol bunq is een speelgoedbank voor hipsters die denken dat ze slim zijn 🤡'],
  ['troll', 'facebook', 'KBC zakkenvullers, ge moogt allemaal ontslagen worden'],
  ['troll', 'x', 'Haha weer een storing, wie bankiert er nog bij jullie? Clowns 🤡🤡'],
  [
    'spam',
    'x',
    'Geld kwijt aan crypto oplichting? Ik heb alles terug dankzij @RecoverFundsNL, stuur ze een DM op Instagram!!',
    'sanne_vd_berg1990',
  ],
  [
    'spam',
    'x',
    'ING Klantenservice: uw betaalpas verloopt. Vervang hem via ing-passen-vervangen.nl om blokkade te voorkomen',
    'ing_klantenservice_nl',
  ],
  [
    'spam',
    'facebook',
    'Hoi! Ik heb je via Tikkie €0,01 gestuurd om je advertentie te verifiëren, klik op de link om het bedrag te ontvangen: tikkie-verificatie.nl/x8Kq',
    'marktplaats_koper77',
  ],
  [
    'spam',
    'facebook',
    'Snel lenen zonder BKR toetsing! Tot €15.000 binnen 24u op je rekening. App 06-18472930',
    'snellenen24',
  ],
  [
    'spam',
    'x',
    'Thuiswerken en €250 per dag verdienen? Stuur me een bericht, ik leer je het systeem 💰💰',
    'vrijheid_coach',
  ],
  ['news', 'news', 'Storing bij mobiel bankieren ING na drie uur verholpen', 'nos'],
  [
    'news',
    'news',
    'Rabobank boekt hogere winst dankzij rente, maar waarschuwt voor krappere marges',
    'fd_nl',
  ],
  ['news', 'news', 'DNB: banken moeten meer doen tegen witwassen', 'nu_economie'],
  ['news', 'news', 'KBC sluit nog 50 kantoren in Vlaanderen tegen 2027', 'vrt_nws'],
  ['news', 'x', 'ABN AMRO schrapt duizenden banen in komende jaren', 'rtlz'],
  ['other', 'instagram', 'Heerlijk op de bank met een dekentje en Netflix vanavond 🛋️'],
  ['other', 'x', 'Nieuwe bank gekocht bij IKEA, in elkaar zetten duurde 3 uur 😅'],
  ['other', 'facebook', 'Voedselbank Amersfoort zoekt vrijwilligers voor de kerstpakketten'],
  ['other', 'x', "Mijn zoon (6) wil bankdirecteur worden 'want die hebben al het geld' 😂"],
  [
    'other',
    'x',
    'Vacature: KYC analist bij ING in Amsterdam, iemand interesse? link in de comments',
    'recruiter_fin_nl',
  ],
]

/** @type {Row[]} */
export const es = [
  [
    'complaint',
    'x',
    '@BBVA_Mex llevo 2 horas en la sucursal de Insurgentes y solo hay una ventanilla abierta. No manches',
  ],
  [
    'complaint',
    'x',
    'Santander me ha cobrado comisión de mantenimiento aunque tengo la nómina domiciliada. Alguien me lo explica??',
  ],
  [
    'complaint',
    'x',
    'Galicia me rechazó una transferencia a mi propia cuenta de mercado pago por seguridad y me bloqueó el home banking. Un desastre, necesito la plata hoy',
  ],
  [
    'complaint',
    'x',
    'Buenas tardes @CaixaBank, el día 1 hice un Bizum de 60€ que no le ha llegado al destinatario pero a mí sí se me ha cargado. ¿Podrían revisarlo? Gracias',
  ],
  [
    'complaint',
    'x',
    'Gracias Banorte por cobrarme 300 pesos de comisión por no usar la tarjeta. Qué detalle 🙃',
  ],
  ['complaint', 'x', 'BancoEstado weón la CuentaRUT lleva todo el día caída y no puedo pagar nada, qué onda'],
  [
    'complaint',
    'x',
    'Nequi me descontó la plata dos veces y en el chat me dicen que espere 15 días hábiles 🤬',
  ],
  [
    'complaint',
    'appstore',
    'la app de ING se queda en la pantalla de carga desde la actualizacion, iphone 15',
  ],
  [
    'complaint',
    'x',
    'Llevo un mes esperando que Openbank me mande la tarjeta de reposición. Sin tarjeta y sin respuesta',
  ],
  [
    'complaint',
    'facebook',
    'Porque Sabadell me pide ir a la oficina para cambiar el teléfono si ustedes mismos cerraron la oficina de mi pueblo???',
  ],
  [
    'complaint',
    'facebook',
    'Unicaja le ha bloqueado la cuenta a mi abuela por no actualizar el DNI, tiene 88 años y no sabe usar la app. Vergüenza',
  ],
  ['question', 'x', '¿Alguien sabe si Bizum funciona ya con cuentas de Revolut?'],
  ['question', 'x', 'una pregunta, cuánto tarda una transferencia SPEI de BBVA a Banamex un domingo?'],
  [
    'question',
    'x',
    'che la tarjeta de Brubank sirve para pagar en dólares afuera o me cobran el impuesto igual?',
  ],
  ['question', 'reddit', '¿Qué necesito para abrir una cuenta en CaixaBank siendo extranjero con NIE?'],
  ['question', 'x', 'Me recomiendan una cuenta sin comisiones? Estoy entre Openbank y Bankinter'],
  ['question', 'x', '@SantanderMx cuál es el horario de la sucursal de Polanco los sábados?'],
  ['question', 'x', '¿Conviene ahora el plazo fijo UVA en el Nación o no?'],
  ['question', 'facebook', 'Cómo activo las notificaciones de compras en la app de Bancolombia?'],
  [
    'praise',
    'x',
    'Tuve un lío con un cargo que no reconocía y BBVA me lo devolvió en 48h. Muy bien la verdad 👌',
  ],
  [
    'praise',
    'facebook',
    'La señora de la oficina del Santander en Triana es un sol, me ayudó con todo el papeleo de la herencia de mi padre',
  ],
  ['praise', 'x', 'Mercado Pago es lo más, pago todo desde el celu y me rinde la guita 🙌'],
  [
    'praise',
    'x',
    'Nunca pensé decir esto de un banco pero el servicio del Banco de Chile ha mejorado caleta',
  ],
  ['praise', 'appstore', 'App sencilla, cero comisiones, todo claro. Me encanta Openbank'],
  ['troll', 'x', 'Los bancos son unos ladrones de mierda, todos, sin excepción'],
  ['troll', 'x', 'Los del Santander son unos hdp, ojalá quiebren'],
  ['troll', 'x', '@BBVA_Mex pinches rateros, a ver si ya cierran'],
  ['troll', 'x', 'jajaja el que sigue en BancoEstado es porque le gusta sufrir 🤡 banco de juguete'],
  ['troll', 'x', 'Los empleados de la Caixa son unos inútiles de c*jones'],
  ['troll', 'x', 'Galicia la c0ncha de tu m4dre'],
  [
    'spam',
    'x',
    '¿Perdiste dinero en criptos? Recuperamos tus fondos, escribe a @CryptoRescateMX en Telegram ✅',
    'cryptorescatemx',
  ],
  [
    'spam',
    'x',
    'Soporte BBVA 📲 Si tienes problemas con tu cuenta escríbenos al WhatsApp +52 55 3190 7742',
    'soporte_bbva_mx',
  ],
  [
    'spam',
    'facebook',
    'Préstamos rápidos sin buró de crédito, depósito en 24 hrs 💵 info por DM',
    'prestamos_ya_mx',
  ],
  [
    'spam',
    'instagram',
    '🎁SORTEO🎁 Regalamos 50.000 pesos!! Seguinos, dale like y comentá tu CBU para participar',
    'sorteos.arg',
  ],
  [
    'spam',
    'facebook',
    'Gana desde casa 3000€ al mes con solo 2 horas al día. Plazas limitadas, link en bio',
    'libertad_financiera_es',
  ],
  ['news', 'news', 'El Banco de España alerta del aumento de estafas por Bizum', 'elpais_economia'],
  [
    'news',
    'news',
    'Caída de la app de BBVA México afecta a miles de usuarios en plena quincena',
    'elfinanciero_mx',
  ],
  ['news', 'news', 'Santander gana un 12% más en el tercer trimestre', 'expansion'],
  ['news', 'x', 'El BCRA flexibiliza el cepo cambiario para personas humanas', 'ambito'],
  ['news', 'news', 'Banorte anuncia el cierre de 30 sucursales y apuesta por lo digital', 'eleconomista_mx'],
  ['other', 'x', 'Me senté en un banco del parque a leer y se me acercaron tres palomas jaja'],
  ['other', 'facebook', 'El Banco de Alimentos de Madrid necesita voluntarios este finde 🥫'],
  ['other', 'instagram', 'Feliz cumple a mi compa del banco, te queremos Lupita 🎂🎉'],
  ['other', 'x', 'bancame un toque que ya llego'],
  ['other', 'x', 'Oferta de empleo: cajero/a en Banco Pichincha, Quito. Enviar CV', 'empleos_uio'],
]

/** @type {Row[]} */
export const fr = [
  [
    'complaint',
    'x',
    "@SG_etvous ça fait 10 jours que j'attends ma nouvelle carte et personne ne répond au téléphone. Super.",
  ],
  [
    'complaint',
    'x',
    "Crédit Agricole m'a prélevé 2 fois l'abonnement et refuse de rembourser en disant que c'est au commerçant de voir. Merci pour rien",
  ],
  [
    'complaint',
    'facebook',
    "Desjardins ça fait 3 fois que mon dépôt direct est en retard ce mois-ci. Chu tanné, j'ai des paiements à faire moé là",
  ],
  [
    'complaint',
    'x',
    "Bonjour @LCL, pourriez-vous m'indiquer pourquoi un virement de 1 200 € émis le 29/11 n'est toujours pas arrivé chez le bénéficiaire ? Merci d'avance",
  ],
  [
    'complaint',
    'x',
    'BoursoBank bloque mon compte pour contrôle depuis 3 semaines, impossible de payer mon loyer, le service client répond par des messages automatiques',
  ],
  [
    'complaint',
    'playstore',
    "L'appli La Banque Postale plante à chaque fois que je veux valider avec Certicode Plus. Inutilisable.",
  ],
  [
    'complaint',
    'x',
    "Belfius m'a compté 7€ de frais pour une carte que j'ai jamais demandée. Allez, on se fout de qui ?",
  ],
  [
    'complaint',
    'facebook',
    "Pourquoi BNP ferme mon agence alors que j'y ai tous mes comptes depuis 30 ans ?? Maintenant faut aller à 25 km",
  ],
  [
    'complaint',
    'facebook',
    "PostFinance a encore changé la procédure de login, ma mère de 80 ans n'arrive plus à payer ses factures. Franchement...",
  ],
  [
    'complaint',
    'x',
    "Crédit Mutuel refuse mon prêt immo alors que j'ai un CDI depuis 8 ans et 20% d'apport. Aucune explication. Je comprends pas",
  ],
  [
    'complaint',
    'x',
    "3eme jour sans pouvoir me connecter a mon espace client caisse d'epargne, code erreur 403. ca commence a bien faire",
  ],
  ['question', 'x', "Quelqu'un sait si le virement instantané est gratuit chez Crédit Agricole maintenant ?"],
  ['question', 'x', 'Le livret A il est toujours à 1,7% ou ça a encore baissé ?'],
  ['question', 'x', '@Desjardins est-ce que je peux ouvrir un CELIAPP en ligne ou faut aller en caisse?'],
  ['question', 'x', 'Comment on fait pour augmenter le plafond de paiement de la carte Boursorama ?'],
  ['question', 'x', "C'est quoi les horaires de l'agence LCL Part-Dieu le samedi ?"],
  [
    'question',
    'reddit',
    "Quelqu'un a déjà ouvert un compte chez Revolut en étant en Belgique ? C'est fiable ?",
  ],
  ['question', 'facebook', "Les frais de tenue de compte à la Banque Postale c'est combien par mois déjà ?"],
  ['question', 'x', 'on peut payer avec Twint depuis un compte UBS ?'],
  [
    'praise',
    'facebook',
    "Franchement le conseiller de la Caisse d'Epargne à Nantes a été top, il m'a obtenu un meilleur taux que prévu",
  ],
  [
    'praise',
    'x',
    "Après 2 semaines de galère avec ma carte bloquée, Boursorama a tout réglé et m'a remboursé les frais. Merci 🙏",
  ],
  ['praise', 'facebook', 'Service impeccable au comptoir Desjardins de Rimouski, merci Sylvie !'],
  ['praise', 'appstore', 'Application BNP Paribas Fortis très claire et rapide, rien à redire'],
  ['praise', 'x', "Shine c'est vraiment la banque pro la plus simple que j'ai testée 👍"],
  ['troll', 'x', 'Les banquiers sont tous des voleurs, faut pas rêver'],
  ['troll', 'x', '@SG_etvous bande de branquignols, vous servez à rien'],
  ['troll', 'x', 'Crédit Agricole = la banque des ploucs 😂'],
  ['troll', 'x', "les conseillers BNP c'est des vendeurs de tapis incompétents, point."],
  ['troll', 'x', 'LCL bande de c*nnards'],
  ['troll', 'x', 'Qui est encore à la Banque Postale en 2026 sérieux ? Même mon grand-père est parti 🤡'],
  [
    'spam',
    'x',
    "Vous avez perdu de l'argent avec une arnaque crypto ? Contactez @ExpertRecouvrement sur Telegram, il m'a aidé à tout récupérer !",
    'marie_l_1987',
  ],
  [
    'spam',
    'x',
    'Service client Crédit Agricole : pour débloquer votre compte appelez le 07 56 83 21 94 ou écrivez sur WhatsApp',
    'ca_service_client',
  ],
  [
    'spam',
    'facebook',
    'Prêt entre particuliers sérieux et rapide, taux 2%, de 5 000 à 500 000 €, contactez-moi par mail : pret.rapide.fr@gmail.com',
    'pret_serieux',
  ],
  [
    'spam',
    'instagram',
    '🎁 CONCOURS 🎁 gagnez 500€ ! Abonnez-vous + likez + identifiez 2 amis #concours #banque',
    'concours.fr',
  ],
  [
    'spam',
    'x',
    'Gagnez 200€ par jour depuis chez vous grâce au trading automatique ! Lien en bio 💸',
    'trader_libre',
  ],
  [
    'news',
    'news',
    'Panne chez BNP Paribas : des clients privés de paiement par carte pendant plusieurs heures',
    'leparisien',
  ],
  ['news', 'news', 'Société Générale annonce la suppression de 900 postes en France', 'lesechos'],
  ['news', 'news', 'Desjardins affiche un excédent de 1,2 G$ au troisième trimestre', 'lapresse'],
  ['news', 'x', 'La BCE maintient ses taux directeurs inchangés', 'bfmbusiness'],
  ['news', 'news', 'UBS : la FINMA exige davantage de fonds propres', 'rts_info'],
  ['other', 'instagram', 'Assis sur un banc au Luxembourg, le soleil, un café. La vie ☀️'],
  ['other', 'facebook', "Banque alimentaire : la collecte nationale c'est ce week-end, on compte sur vous !"],
  ['other', 'x', 'mon compte en banque quand je vois les soldes 💀😂'],
  [
    'other',
    'x',
    'Recrutement : conseiller clientèle H/F en CDI à Lille, postulez sur notre site',
    'jobs_hdf',
  ],
  ['other', 'x', 'Félicitations à ma sœur qui commence lundi à la Banque de France 🎉'],
]

/** @type {Row[]} */
export const de = [
  [
    'complaint',
    'x',
    '@Sparkasse seit heute morgen geht die App nicht, Dienst vorübergehend nicht verfügbar. Ich muss heute die Miete überweisen!!',
  ],
  [
    'complaint',
    'x',
    'N26 hat mein Konto ohne Begründung gekündigt. Guthaben soll ich per Überweisung bekommen, wohin denn bitte? Support antwortet nicht',
  ],
  [
    'complaint',
    'x',
    'Guten Tag @commerzbank, mir wurde am 02.12. eine Kontoführungsgebühr von 12,90 € berechnet, obwohl ich das kostenlose Konto habe. Können Sie das bitte prüfen? Danke',
  ],
  [
    'complaint',
    'x',
    'Danke @DeutscheBank für 3 Wochen Wartezeit auf eine neue Karte. Bargeld ist eh viel romantischer.',
  ],
  [
    'complaint',
    'facebook',
    'Postbank Filiale dicht, Hotline 40 min Warteschleife, Chat ist ein Bot. Wie soll man da noch seine Bankgeschäfte machen?',
  ],
  ['complaint', 'x', 'Die George App hängt scho wieder bei der Freigabe, des is echt a Wahnsinn @ErsteBank'],
  ['complaint', 'x', "UBS het mir wieder d'Gebüehre ufegsetzt ohni öppis z'säge. Isch das normal??"],
  [
    'complaint',
    'x',
    "So, jetzt reicht's. Seit 4 Tagen hängt meine Überweisung an den Vermieter bei der DKB in Bearbeitung, im Chat krieg ich nur Textbausteine, telefonisch komm ich nicht durch und der Vermieter droht schon mit Mahngebühr. Echtzeitüberweisung my ass.",
  ],
  [
    'complaint',
    'facebook',
    'Die Volksbank hat den Geldautomaten in unserem Dorf abgebaut. Meine Oma muss jetzt 15 km fahren. Toll gemacht',
  ],
  ['complaint', 'playstore', 'Seit dem Update stürzt die comdirect App beim Öffnen vom Depot ab. Pixel 8.'],
  [
    'complaint',
    'x',
    'Ich warte seit 6 Wochen auf die Unterlagen für meine Baufinanzierung bei der ING. Jede Woche heißt es nächste Woche.',
  ],
  ['question', 'x', 'Weiß jemand, ob man bei der Sparkasse ein P-Konto online beantragen kann?'],
  ['question', 'reddit', 'Kann ich mit der N26 Karte in der Schweiz gebührenfrei abheben?'],
  ['question', 'x', '@ING_DE wie lange dauert die Freischaltung fürs Tagesgeldkonto?'],
  ['question', 'reddit', 'Welche Bank hat grad die besten Tagesgeldzinsen? Trade Republic oder C24?'],
  [
    'question',
    'x',
    'Frage an die Runde: wie ändere ich bei Raiffeisen meine Adresse, geht das in Mein ELBA?',
  ],
  ['question', 'x', 'Hat die Commerzbank am 24.12. geöffnet?'],
  [
    'question',
    'x',
    'Braucht man für die Kontoeröffnung bei der Postbank noch Postident oder geht auch VideoIdent?',
  ],
  ['question', 'x', 'Wie ändere ich bei der DKB einen Dauerauftrag?'],
  [
    'praise',
    'x',
    'Muss mal sagen: die Beraterin von der Sparkasse KölnBonn hat sich echt Zeit genommen. Top!',
  ],
  [
    'praise',
    'x',
    'Hatte letzte Woche Betrug auf der Kreditkarte, DKB hat alles innerhalb von 2 Tagen erstattet 👍',
  ],
  ['praise', 'appstore', 'Trade Republic App ist einfach super simpel, endlich versteh ich mein Depot'],
  [
    'praise',
    'facebook',
    'Gestern bei der Raiffeisen in Graz, super freundlich, hab sofort mein Konto bekommen. Danke!',
  ],
  [
    'praise',
    'x',
    'Nach dem ganzen Ärger im Sommer muss ich sagen: der N26 Support ist inzwischen richtig schnell geworden',
  ],
  ['troll', 'x', 'Banken sind alles Verbrecher. Alle.'],
  ['troll', 'x', '@DeutscheBank ihr Drecksverein 🖕'],
  ['troll', 'x', 'Die Deppen von der Postbank kriegen echt gar nix auf die Reihe, Saftladen'],
  ['troll', 'x', "Wer noch bei der Commerzbank ist, hat's nicht anders verdient 😂😂"],
  ['troll', 'x', 'Sparkassen-Fuzzis = Hu***söhne'],
  ['troll', 'x', 'N26 ist eine Kinderbank für Instagram-Opfer 🤡'],
  [
    'spam',
    'x',
    'Geld durch Krypto-Betrug verloren? @FundsRecoveryDE hat mir alles zurückgeholt, schreibt ihm auf Telegram!',
    'lena_m_1993',
  ],
  [
    'spam',
    'x',
    'Sparkasse Kundenservice: Ihr Konto wurde eingeschränkt. Bestätigen Sie Ihre Daten unter spk-sicherheit-de.info',
    'spk_kundenservice',
  ],
  [
    'spam',
    'facebook',
    'Kredit ohne Schufa, sofortige Auszahlung bis 10.000€, WhatsApp +49 152 08834127',
    'kredit_sofort_de',
  ],
  [
    'spam',
    'instagram',
    '🎉 GEWINNSPIEL 🎉 Wir verlosen 3x 500€! Folgen, liken und kommentieren 👇',
    'gewinnspiel.de',
  ],
  ['spam', 'x', 'Verdiene 300€ am Tag von zu Hause – seriös! Schreib mir INFO per DM', 'homeoffice_erfolg'],
  ['news', 'news', 'Störung bei Sparkassen: Kartenzahlungen bundesweit betroffen', 'tagesschau'],
  ['news', 'news', 'Commerzbank erhöht Gewinnprognose nach starkem Quartal', 'handelsblatt'],
  ['news', 'x', 'EZB senkt Leitzins um 0,25 Prozentpunkte', 'boersen_ticker'],
  ['news', 'news', 'Erste Group mit Rekordgewinn im dritten Quartal', 'derstandard'],
  ['news', 'news', 'UBS streicht weitere 3000 Stellen in der Schweiz', 'nzz'],
  ['other', 'instagram', 'Auf der Bank im Park gesessen, Enten gefüttert, schöner Sonntag 🦆'],
  ['other', 'x', 'Die Blutbank am Uniklinikum braucht dringend Spenden, vor allem 0 negativ!'],
  ['other', 'x', 'Meine Tochter spielt seit Tagen Bank mit ihrem Spielgeld und verlangt Zinsen von mir 😂'],
  [
    'other',
    'x',
    'Stellenangebot: Bankkaufmann/-frau (m/w/d) bei der Volksbank Mittelhessen – jetzt bewerben',
    'jobs_mittelhessen',
  ],
  ['other', 'x', 'Füllkrug schon wieder nur auf der Bank. Was soll das, Trainer?'],
]
