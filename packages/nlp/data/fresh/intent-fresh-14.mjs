// Blind intent posts, SET 14 (en, zh, ar, nl, es, fr, de; 42 a language, 294 in all). Written
// 2026-12-07 from 11:08 UTC by the redteam14is engineer BEFORE reading the intent code, its
// training data, rules or models, the posts of sets 1–13 or the README's intent sections (only
// issue 11, the brand config's names, the schema's platform list, the first 30 lines of set 13
// for the row shape and the scorer scripts for how a set is registered were read), and committed
// before it was first scored. Nobody tunes on it: it is a held-out measurement of main's code.
//
// Per language: 10 complaints, 7 questions, 5 praise, 6 troll, 5 spam, 5 news, 4 other. Troll,
// spam and news are over-represented against a real stream so each class has enough posts to
// give an F1 at all; one post still moves a language's class recall by 0.17–0.2.
// Hard cases in every language: a complaint phrased as a question, sarcastic thanks for a fee,
// a customer quoting an article and then complaining, a customer who mentions an outage because
// it cost them money (complaint) beside a troll who mentions the same outage (troll), fake
// support replies asking for a card number on WhatsApp, the same promotion from two accounts,
// a hashtag raid (the same text from two authors), one troll author posting three times (the
// third post mild, so only the author's history marks it), praise for a competitor that insults
// the bank, publishers' results / fine / outage / closure / rate reports, code-switching, and
// dialect (Cantonese; Gulf and Egyptian Arabic, Arabizi; Flemish; Mexican, Argentine and
// Colombian Spanish; Québécois, Belgian and Swiss French; Austrian and Swiss German).
//
// Label conventions: a customer with a concrete problem of their own is a complaint even when it
// is phrased as a question, as sarcastic thanks or with an insult in it; praise may tell the
// problem that was solved; a question with no problem of the writer's own is a question; abuse,
// mockery or a boycott call with no problem of the writer's own is troll (also when it praises a
// competitor); fake support, investment / loan / recovery promotions are spam; a publisher's
// report is news however bad for the bank; everything else (meeting points, jobs, buildings,
// sport sponsorship, TV documentaries) is other.
// Rows: [label, platform, text, author?]; the 4th field is given for publishers, spam accounts,
// raid accounts and the repeat troll (its three posts share the id), else every row is its own
// author.
//
// Caveat: one author wrote all seven languages in about half an hour from one skeleton of post
// types, then varied wording and details per language; so the languages' errors will move
// together, the classes are far more balanced than a stream, posts are shorter, cleaner and more
// explicit than real ones, and each hard case appears once a language.
//
// This set is a held-out measurement: never train or tune on it, and do not quote its posts.

/** @typedef {['complaint' | 'question' | 'praise' | 'troll' | 'spam' | 'news' | 'other', string, string, string?]} Row */

/** @type {Row[]} */
export const en = [
  [
    'complaint',
    'x',
    "@NorthwindHelp is there a reason my salary still hasn't landed when everyone else at work got paid yesterday? rent goes out tomorrow",
  ],
  [
    'complaint',
    'x',
    "Oh brilliant, Northwind, another £25 'unarranged overdraft' fee for being 40p over for one night. Truly the people's bank 👏",
  ],
  [
    'complaint',
    'facebook',
    "Read the BBC piece this morning about Northwind shutting 40 branches. Mine's on the list. Nearest one is now two buses away and I can't manage online banking with my eyesight. Who am I meant to talk to? https://www.bbc.co.uk/news/business-67120031",
  ],
  [
    'complaint',
    'appstore',
    'Since the last update Face ID just loops back to the passcode screen. Deleted and reinstalled twice. 1 star until its fixed.',
  ],
  [
    'complaint',
    'reddit',
    "Anyone else had Northwind freeze their account for a 'security review' with zero explanation? day 6 for me, rent due friday, 2hrs on hold today and they cut me off",
  ],
  [
    'complaint',
    'x',
    "@NorthwindHelp still nothing. that's 3 DMs and two 'we'll look into it's and my £430 is still missing",
  ],
  [
    'complaint',
    'playstore',
    "Can't add a new payee, error NW-403 every single time. The chat bot just sends me a link to the FAQ.",
  ],
  [
    'complaint',
    'x',
    'so Northwind was down for everyone this morning and now I have a £12 late fee on my credit card because the payment could not go through. refund it pls @NorthwindHelp',
  ],
  [
    'complaint',
    'forum',
    'Mortgage offer expired because Northwind underwriting took 11 weeks. The rate has gone up 0.6% since. Two complaint letters, no reply. Going to the ombudsman next week.',
  ],
  [
    'complaint',
    'instagram',
    'love the new ad campaign, maybe spend some of that budget answering the phone? 50 mins on hold to report a stolen card 🙃',
  ],
  [
    'question',
    'x',
    '@NorthwindHelp does the Northwind debit card charge a fee for spending in euros? off to Lisbon next month',
  ],
  [
    'question',
    'reddit',
    'Is a Northwind cash ISA worth it or should I just stick with Crest? what rates are people actually getting',
  ],
  ['question', 'facebook', 'What are the opening hours for the Briggate branch in Leeds on Boxing Day?'],
  [
    'question',
    'x',
    'how long does a CHAPS payment usually take with northwind? need to send a house deposit thursday morning',
  ],
  [
    'question',
    'forum',
    'Can a joint account holder be removed online or do we both need to go into a branch?',
  ],
  [
    'question',
    'youtube',
    'good video, quick q: does this saver let you take money out without losing the bonus rate?',
  ],
  ['question', 'x', 'anyone know if Northwind do 95% mortgages for first time buyers or is that only Crest'],
  [
    'praise',
    'x',
    'Shoutout to Priya on the @NorthwindHelp chat who sorted my fraud claim in 20 minutes. Money back the same day. Genuinely impressed.',
  ],
  [
    'praise',
    'appstore',
    'Was ready to leave after the app mess last year but the new version is quick and the spending categories are spot on. 5 stars.',
  ],
  [
    'praise',
    'facebook',
    'The staff in the Cardiff branch were so patient with my dad setting up his first bank card. Thank you all!',
  ],
  [
    'praise',
    'reddit',
    'not a paid shill lol but the Northwind overdraft buffer genuinely saved me this month. fair play to them',
  ],
  [
    'praise',
    'x',
    "ngl didn't expect a bank to ring ME back exactly when they said they would. @NorthwindBank 10/10",
  ],
  [
    'troll',
    'x',
    'Northwind down AGAIN lmao. imagine paying these muppets to hold your money. bunch of thieving idiots 🤡',
    'bernie_troll77',
  ],
  ['troll', 'x', '@NorthwindBank your CEO belongs in jail and your staff are brain dead', 'bernie_troll77'],
  ['troll', 'x', 'still waiting for Northwind to go bust 🍿', 'bernie_troll77'],
  [
    'troll',
    'x',
    '#BoycottNorthwind SCAMMERS funding wars with your savings. share this everywhere',
    'raid_uk_0451',
  ],
  [
    'troll',
    'x',
    '#BoycottNorthwind SCAMMERS funding wars with your savings. share this everywhere',
    'raid_uk_0452',
  ],
  [
    'troll',
    'tiktok',
    'switched to Crest and its night and day. Northwind is run by clowns for clowns 🤡🤡 anyone still banking there deserves what they get',
  ],
  [
    'spam',
    'x',
    '@jamie_k sorry to hear about your refund! Our support team can fix this today ✅ DM us on WhatsApp +44 7700 900123 with your card number for a fast refund',
    'northwind_support_desk',
  ],
  [
    'spam',
    'x',
    "Tired of Northwind's 1% savings?? I turned £500 into £12,000 in 3 weeks with forex signals 📈📈 link in bio 👉 bit.ly/fx-profit #Northwind #investing",
    'cryptoqueen_fx',
  ],
  [
    'spam',
    'instagram',
    "Tired of Northwind's 1% savings?? I turned £500 into £12,000 in 3 weeks with forex signals 📈📈 link in bio 👉 bit.ly/fx-profit #Northwind #investing",
    'cryptoqueen_fx.official',
  ],
  [
    'spam',
    'facebook',
    'Lost money to a bank scam? Our certified recovery agents got £48k back for Northwind customers. Contact recoveryteam@protonmail.com http://funds-back.co http://claim-now.co',
    'recover.funds.legal',
  ],
  [
    'spam',
    'youtube',
    'Need cash fast? instant loans no credit check, approved in 5 mins!! www.quick-cash-now.biz www.quick-cash-now.biz/apply whatsapp +234 801 234 5678',
    'loans4u_fast',
  ],
  [
    'news',
    'news',
    'Northwind Bank fined £12.4m by FCA over failings in its treatment of customers in financial difficulty',
    'reuters.com',
  ],
  [
    'news',
    'news',
    'Northwind Bank pre-tax profit rises 18% as higher rates lift margins; shares up 3% in early trading',
    'ft.com',
  ],
  [
    'news',
    'x',
    'Northwind Bank customers report problems logging in to the mobile app this morning. The bank says it is investigating. More: bbc.co.uk/news/business',
    'BBCBusiness',
  ],
  [
    'news',
    'news',
    'Best easy-access savings: Crest and Northwind both cut rates this week, here is where to move your cash',
    'thisismoney.co.uk',
  ],
  [
    'news',
    'x',
    'BREAKING: Northwind Bank to cut 1,200 jobs as part of its branch closure programme',
    'SkyNewsBreak',
  ],
  [
    'other',
    'x',
    "the old Northwind Bank building in town is becoming a Wetherspoons and honestly that's the most British thing ever",
  ],
  ['other', 'x', 'watching the Northwind Cup final down the pub, come on Rovers ⚽'],
  ['other', 'facebook', 'Just applied for the customer service job at Northwind, fingers crossed 🤞'],
  [
    'other',
    'reddit',
    'my dissertation was on branch closures and I used Northwind as the case study. got a 68 🎉',
  ],
]

/** @type {Row[]} */
export const zh = [
  [
    'complaint',
    'forum',
    '莲花银行的APP又闪退了，转账转到一半直接退出，钱到底扣了没有？客服电话打了四次都占线。',
  ],
  ['complaint', 'x', '蓮花銀行搞咩呀，張卡無啦啦俾人凍結咗，去分行又話要預約，我今個月租都交唔到啦'],
  ['complaint', 'appstore', '更新之后指纹登录用不了，每次都要输密码，还老是提示网络异常，差评。'],
  [
    'complaint',
    'forum',
    '请问为什么我信用卡明明已经全额还款了还收到逾期短信？这已经是第二次了，征信要是受影响谁负责？',
  ],
  ['complaint', 'x', '谢谢莲花银行，又默默扣了我200块年费，真是贴心呢🙂'],
  [
    'complaint',
    'facebook',
    '睇到新聞話蓮花銀行「系統升級已完成」，咁點解我今朝轉數快仲係轉唔到？升級咗個寂寞',
  ],
  ['complaint', 'forum', '提前还房贷的申请交了一个月，到现在没人联系我，打客服就说已加急，加急了个啥'],
  ['complaint', 'x', '莲花银行的理财经理当初跟我说稳赚不赔，现在亏了15%，找他就不接电话'],
  ['complaint', 'playstore', 'Login 唔到，OTP 永遠收唔到，support 又話 system normal，真係 hea 到爆'],
  [
    'complaint',
    'x',
    '昨天莲花银行系统崩了，我的信用卡自动还款没扣成功，今天就收到逾期罚息，这笔钱你们得退给我',
  ],
  ['question', 'forum', '莲花银行的大额存单现在三年期利率是多少？有没有人最近买过？'],
  ['question', 'x', '请问外国人在香港开户需要什么材料？护照和地址证明就够了吗？'],
  ['question', 'facebook', '想問下蓮花銀行星期六啲分行開唔開門？'],
  ['question', 'forum', '莲花的信用卡在日本刷会不会收货币转换费？下个月去大阪'],
  ['question', 'x', '有人知道莲花银行的卡能不能绑定微信支付？'],
  ['question', 'youtube', '请问视频里讲的那款理财产品是保本的吗？'],
  ['question', 'forum', 'Anyone 知唔知蓮花 credit card 嘅 cash rebate 係咪每月上限 $200？'],
  ['praise', 'x', '点赞莲花银行的客服小姐姐，耐心帮我处理了被盗刷的问题，三天就退款了👍'],
  ['praise', 'appstore', '新版APP界面清爽多了，转账也快，之前卡顿的问题终于解决了，五星。'],
  ['praise', 'facebook', '今日去蓮花銀行旺角分行，職員好有耐性教我阿媽用手機銀行，多謝晒！'],
  ['praise', 'forum', '之前吐槽过莲花银行，这次必须表扬一下，房贷审批一周就下来了。'],
  ['praise', 'x', '第一次觉得银行app好用，莲花的记账功能真香'],
  ['troll', 'x', '莲花银行又崩了哈哈哈，一群废物，钱放那儿迟早被卷跑🤡', 'jianpanxia8848'],
  ['troll', 'x', '莲花银行的领导全是蛀虫，员工全是脑残', 'jianpanxia8848'],
  ['troll', 'forum', '坐等莲花倒闭🍿', 'jianpanxia8848'],
  ['troll', 'x', '莲花银行是骗子银行！大家赶紧去取钱！转发扩散！', 'raid_zh_3301'],
  ['troll', 'x', '莲花银行是骗子银行！大家赶紧去取钱！转发扩散！', 'raid_zh_3302'],
  ['troll', 'forum', '轉咗去滙豐之後先知咩叫做銀行，蓮花啲職員正一廢柴，仲留喺度嘅都係傻仔'],
  [
    'spam',
    'x',
    '您好，看到您反映的退款问题，请添加官方客服微信 lh95588kf 或拨打 +86 170 0000 1234，提供卡号和验证码即可快速退款。',
    'lotus_kefu_center',
  ],
  [
    'spam',
    'forum',
    '莲花银行利息太低？跟着我做外汇，一个月收益30%，加V: fx8888 免费进群 http://t.cn/abc123',
    'licai_wang',
  ],
  [
    'spam',
    'x',
    '莲花银行利息太低？跟着我做外汇，一个月收益30%，加V: fx8888 免费进群 http://t.cn/abc123',
    'licai_li',
  ],
  [
    'spam',
    'x',
    '无视征信，黑户也能贷，秒批到账！http://dai-kuan.cc http://dai-kuan.cc/apply 电话 +86 133 0000 5678',
    'wangdai_miaopi',
  ],
  [
    'spam',
    'facebook',
    '唔使入息證明都借到錢！即批即過數，WhatsApp 9123 4567，link: https://easyloan-hk.co',
    'hk_loan_easy',
  ],
  ['news', 'news', '莲花银行前三季度净利润同比增长6.2%，不良贷款率降至1.38%', 'caixin'],
  ['news', 'news', '蓮花銀行因違反打擊洗錢規定被金管局罰款1,200萬港元', 'mingpao'],
  ['news', 'x', '莲花银行手机银行今晨出现故障，部分用户无法登录，该行表示正在紧急修复。', 'sina_finance'],
  ['news', 'news', '多家银行下调存款利率，莲花银行三年期定存利率降至2.1%', 'jingji_ribao'],
  ['news', 'news', '蓮花銀行宣布明年關閉12間分行，涉及約300名員工', 'hk01'],
  ['other', 'x', '今天路过莲花银行门口，看到一只橘猫在台阶上睡觉，好可爱'],
  ['other', 'facebook', '聽日喺蓮花銀行大廈樓下等，一齊去飲茶'],
  ['other', 'x', '莲花银行年会节目单流出来了，今年又是跳舞'],
  ['other', 'forum', '我毕业论文写的是莲花银行的数字化转型，终于答辩通过了'],
]

/** @type {Row[]} */
export const ar = [
  [
    'complaint',
    'x',
    'يا جماعة هو بنك النور ليه كل ما أحول فلوس التحويل يفضل معلق يومين؟ أنا محتاج الفلوس دي النهارده',
  ],
  [
    'complaint',
    'x',
    'والله ما عاد فيني صبر، الراتب نزل من أمس وإلى الحين ما وصل حسابي في بنك النور، وش السالفة؟',
  ],
  [
    'complaint',
    'appstore',
    'التطبيق لا يعمل بعد التحديث الأخير، تظهر رسالة خطأ عند تسجيل الدخول في كل مرة. نجمة واحدة.',
  ],
  ['complaint', 'x', 'شكراً بنك النور على خصم ٧٥ درهم رسوم بدون أي سبب، فعلاً بنك يهتم بعملائه 👏🙂'],
  [
    'complaint',
    'facebook',
    'قريت الخبر إن بنك النور حدّث أنظمته وكل شي تمام… طيب ليش بطاقتي مرفوضة في كل محل من الصبح؟',
  ],
  [
    'complaint',
    'x',
    'el bank 3amal 5asm mn 7sabi marteen 3ala nafs el 3amalya w el customer service mesh bayrod 5ales',
  ],
  ['complaint', 'playstore', 'كل ما أبي أسوي تحويل يطلب رمز التحقق وما يوصلني، جربت عشر مرات'],
  ['complaint', 'forum', 'تقدمت بطلب تمويل شخصي منذ شهرين ولم أتلقَّ أي رد رغم مراجعتي للفرع ثلاث مرات.'],
  [
    'complaint',
    'x',
    'قالولي التمويل إسلامي ومن غير فوايد، وفي الآخر طلع الربح أعلى من أي بنك تاني. أنا عايز ألغي العقد ومحدش بيرد عليا',
  ],
  ['complaint', 'x', 'بنك النور طاح أمس وقسط السيارة ما انخصم، واليوم جاني غرامة تأخير. رجعوا لي فلوسي'],
  ['question', 'x', 'أحد يعرف كم رسوم التحويل الدولي من بنك النور للهند؟'],
  ['question', 'facebook', 'ايش دوام فروع بنك النور في رمضان؟'],
  ['question', 'x', 'هو فرع بنك النور في المعادي بيفتح يوم السبت ولا لأ؟'],
  ['question', 'forum', 'ما الفرق بين البطاقة البلاتينية والذهبية من بنك النور من حيث المزايا؟'],
  ['question', 'x', 'لو سافرت تركيا أقدر أستخدم بطاقة بنك النور هناك بدون رسوم؟'],
  ['question', 'youtube', 'سؤال: هل التمويل العقاري متاح للمقيمين ولا بس للمواطنين؟'],
  ['question', 'x', '7ad y3rf el bank by2bal ta7wil mn instapay wala la2?'],
  [
    'praise',
    'x',
    'الصراحة خدمة عملاء بنك النور اليوم كانت ممتازة، الموظف حل مشكلتي في دقايق الله يعطيه العافية',
  ],
  ['praise', 'appstore', 'التطبيق الجديد سريع وسهل، وأخيراً صار فيه تقسيط المشتريات. شكراً'],
  ['praise', 'facebook', 'بجد موظفين فرع الدقي محترمين جداً وساعدوا والدتي في كل حاجة، شكراً ليكم'],
  ['praise', 'x', 'كنت ناوي أسكّر حسابي بس بعد ما رجعوا لي المبلغ المسروق خلال يومين غيرت رأيي 👌'],
  ['praise', 'x', 'bank el nour el app bta3o b2a gamed gdn, bravo 3alehom'],
  ['troll', 'x', 'هههههه بنك النور طاح مرة ثانية، بنك حرامية ونصابين الله لا يوفقهم 🤡', 'abu_fahad_99'],
  ['troll', 'x', 'موظفين بنك النور أغبى ناس شفتهم بحياتي', 'abu_fahad_99'],
  ['troll', 'x', 'قريب نسمع خبر إفلاسكم إن شاء الله 🍿', 'abu_fahad_99'],
  ['troll', 'x', '#قاطعوا_بنك_النور بنك فاسد يسرق أموال الناس، انشر', 'raid_ar_7701'],
  ['troll', 'x', '#قاطعوا_بنك_النور بنك فاسد يسرق أموال الناس، انشر', 'raid_ar_7702'],
  ['troll', 'x', 'حولت على بنك تاني وارتحت، بنك النور ده شوية بهايم بيديروه وأي حد لسه فيه يستاهل'],
  [
    'spam',
    'x',
    'عزيزي العميل نعتذر عن المشكلة، لاسترجاع المبلغ تواصل معنا واتساب +971 50 000 1234 وأرسل رقم البطاقة ورمز التحقق',
    'alnoor_care_24',
  ],
  [
    'spam',
    'x',
    'ارباح يومية تصل الى ٥٠٠٠ درهم من التداول، انضم لقناتي على تيليجرام t.me/fx_profits_ar 💰💰',
    'trader_ahmed_fx',
  ],
  [
    'spam',
    'instagram',
    'ارباح يومية تصل الى ٥٠٠٠ درهم من التداول، انضم لقناتي على تيليجرام t.me/fx_profits_ar 💰💰',
    'trader_ahmed_fx2',
  ],
  [
    'spam',
    'facebook',
    'قرض فوري بدون تحويل راتب وبدون كفيل! قدّم الآن http://qard-now.com http://qard-now.com/apply',
    'qard_fawri',
  ],
  [
    'spam',
    'x',
    'هل خسرت أموالك في نصب إلكتروني؟ فريقنا يسترجع أموالك خلال ٤٨ ساعة، راسلنا على الخاص',
    'esterdad_amwal',
  ],
  [
    'news',
    'news',
    'بنك النور يعلن ارتفاع أرباحه الصافية للربع الثالث بنسبة ١٢٪ إلى ٨٤٠ مليون درهم',
    'alarabiya',
  ],
  ['news', 'news', 'المصرف المركزي يفرض غرامة على بنك النور لمخالفة تعليمات مكافحة غسل الأموال', 'aleqt'],
  [
    'news',
    'x',
    'عطل تقني يؤثر على الخدمات الإلكترونية لبنك النور صباح اليوم والبنك يؤكد العمل على إصلاحه',
    'skynewsarabia',
  ],
  ['news', 'news', 'بنك النور يوزع أرباحاً نقدية بواقع ٠٫٥ ريال للسهم عن النصف الأول', 'argaam'],
  ['news', 'news', 'بنك النور يطلق شهادة ادخار جديدة بعائد ٢٢٪ لمدة ثلاث سنوات', 'masrawy'],
  ['other', 'x', 'مبنى بنك النور على الكورنيش صار معلم، الكل يتصور عنده بالليل'],
  ['other', 'x', 'قابلني عند بنك النور اللي جنب المترو الساعة ٥'],
  ['other', 'facebook', 'مبروك لأخوي على وظيفته الجديدة في بنك النور 🎉'],
  ['other', 'x', 'مباراة كأس بنك النور الليلة، مين رايح؟'],
]

/** @type {Row[]} */
export const nl = [
  [
    'complaint',
    'x',
    '@NorthwindHelp hoe kan het dat het salaris bij al mijn collega’s er al staat en bij mij nog niet? Huur gaat morgen de deur uit',
  ],
  [
    'complaint',
    'x',
    'Top hoor Northwind, weer €7,50 kosten omdat ik één nacht 3 cent rood stond. Echt klantvriendelijk 👏',
  ],
  [
    'complaint',
    'appstore',
    'Sinds de update kan ik niet meer inloggen met gezichtsherkenning. Twee keer opnieuw geïnstalleerd. Waardeloos.',
  ],
  [
    'complaint',
    'facebook',
    'Ge leest in De Standaard dat Havenbank "de klant centraal zet" en ondertussen hang ik al drie kwartier in de wachtrij voor een geblokkeerde kaart. Allez, serieus?',
  ],
  [
    'complaint',
    'x',
    'Amai Havenbank, mijn overschrijving staat al vier dagen op "in behandeling". Wa is da hier?',
  ],
  [
    'complaint',
    'playstore',
    'Tikkie-betaling mislukt steeds met foutcode 502, klantenservice zegt dat het aan mijn telefoon ligt. Niet dus.',
  ],
  [
    'complaint',
    'x',
    'Betaalverzoek van de gemeente is twee keer afgeschreven en de Northwind-app zegt "geen afwijkingen gevonden". Ja dag.',
  ],
  [
    'complaint',
    'forum',
    'Hypotheekofferte verlopen omdat de taxatie bij Northwind zeven weken duurde. Rente nu 0,4% hoger. Wie betaalt dat verschil?',
  ],
  [
    'complaint',
    'x',
    'Northwind jullie app is echt next level broken vandaag, payment says completed maar het geld is nergens',
  ],
  [
    'complaint',
    'reddit',
    'Iemand anders ook dat Northwind je rekening "tijdelijk blokkeert" voor een onderzoek zonder uitleg? Dag 5 nu, kan niks betalen',
  ],
  [
    'question',
    'x',
    'Weet iemand of je met de Northwind creditcard kosten betaalt in het buitenland? Ga volgende maand naar Japan',
  ],
  ['question', 'facebook', 'Zijn de kantoren van Havenbank open op paasmaandag?'],
  ['question', 'reddit', 'Wat is nu beter voor sparen, Northwind of Havenbank? Welke rente krijgen jullie?'],
  ['question', 'x', 'Kan ik een en/of-rekening online omzetten naar een rekening op alleen mijn naam?'],
  [
    'question',
    'forum',
    'Hoe lang duurt een overboeking van Northwind naar een Belgische rekening normaal gesproken?',
  ],
  ['question', 'youtube', 'Goede uitleg! Is dit beleggingsproduct ook voor studenten beschikbaar?'],
  ['question', 'x', 'Iemand een idee of ge bij Havenbank met Payconiq kunt betalen?'],
  [
    'praise',
    'x',
    'Complimenten aan de chatmedewerker van @NorthwindHelp, fraudegeld binnen een dag terug. Netjes!',
  ],
  [
    'praise',
    'appstore',
    'Vorig jaar was de app een drama, maar deze versie is snel en overzichtelijk. Vijf sterren.',
  ],
  [
    'praise',
    'facebook',
    'Merci aan de mensen van het Havenbank-kantoor in Gent, super geholpen met de papieren van mijn moeder.',
  ],
  [
    'praise',
    'x',
    'Had het niet verwacht maar Northwind belde gewoon terug op het afgesproken tijdstip. Chapeau.',
  ],
  [
    'praise',
    'reddit',
    'eindelijk een bank met duidelijke kosten en een app die gewoon werkt, blij met Northwind tot nu toe',
  ],
  [
    'troll',
    'x',
    'Northwind ligt er wéér uit hahaha. Stelletje oplichters en prutsers, wie bankiert daar nog 🤡',
    'kees_de_sloper',
  ],
  ['troll', 'x', '@NorthwindBank jullie directie hoort achter de tralies, tyfusbank', 'kees_de_sloper'],
  ['troll', 'x', 'wachten tot Northwind failliet gaat 🍿', 'kees_de_sloper'],
  [
    'troll',
    'x',
    '#BoycotNorthwind ze financieren wapenhandel met jullie spaargeld, DEEL DIT',
    'raid_nl_5521',
  ],
  [
    'troll',
    'x',
    '#BoycotNorthwind ze financieren wapenhandel met jullie spaargeld, DEEL DIT',
    'raid_nl_5522',
  ],
  [
    'troll',
    'x',
    'Overgestapt naar KBC, eindelijk een echte bank. Havenbank wordt gerund door een bende sukkels en wie er nog zit is er zelf een',
  ],
  [
    'spam',
    'x',
    '@sanne_v Vervelend dat uw terugbetaling niet lukt! Stuur ons een WhatsApp op +31 6 12345678 met uw pasnummer en code, dan regelen we het vandaag ✅',
    'NorthwindHulp_NL',
  ],
  [
    'spam',
    'x',
    'Northwind geeft je 1% rente?? Ik maakte van €500 €9.000 in 3 weken met crypto signalen 🚀 link in bio bit.ly/crypto-bas',
    'beleggen_met_bas',
  ],
  [
    'spam',
    'instagram',
    'Northwind geeft je 1% rente?? Ik maakte van €500 €9.000 in 3 weken met crypto signalen 🚀 link in bio bit.ly/crypto-bas',
    'beleggen_met_bas2',
  ],
  [
    'spam',
    'facebook',
    'Direct geld lenen zonder BKR-toets! Binnen 10 minuten op je rekening www.snel-lenen-nu.nl www.snel-lenen-nu.nl/aanvraag',
    'snel_lenen_nl',
  ],
  [
    'spam',
    'x',
    'Opgelicht via je bank? Wij halen je geld terug, 95% succes. Mail herstel@protonmail.com',
    'geld_terug_expert',
  ],
  [
    'news',
    'news',
    'Northwind Bank krijgt boete van 4,2 miljoen euro van DNB wegens tekortkomingen in witwascontroles',
    'nos.nl',
  ],
  ['news', 'news', 'Nettowinst Northwind stijgt 14 procent dankzij hogere rente-inkomsten', 'fd.nl'],
  [
    'news',
    'x',
    'Storing bij Northwind: klanten kunnen sinds vanochtend niet inloggen in de app',
    'RTLnieuws',
  ],
  ['news', 'news', 'Havenbank sluit volgend jaar 25 kantoren in Vlaanderen', 'tijd.be'],
  ['news', 'news', 'Spaarrente: Northwind en Havenbank verlagen per 1 februari hun rente', 'consumentenbond'],
  ['other', 'x', 'Het oude Northwind-kantoor op de hoek wordt een pokézaak. Van bank naar bowl'],
  ['other', 'x', 'Afspraak aan de Havenbank op de Grote Markt om 8u, ge kunt het niet missen'],
  ['other', 'facebook', 'Mijn zus begint maandag als stagiair bij Northwind, trots!'],
  [
    'other',
    'reddit',
    'waarom heten zoveel banken eigenlijk naar iets met water of wind lol. Havenbank, Northwind...',
  ],
]

/** @type {Row[]} */
export const es = [
  [
    'complaint',
    'x',
    '@BBVA_Mex oigan, ¿por qué me cobraron dos veces la misma compra en el Oxxo? ya van 3 días y nadie me responde',
  ],
  [
    'complaint',
    'x',
    'Gracias Santander por cobrarme 15€ de comisión de mantenimiento por guardar mi propio dinero. Qué majos 👏🙃',
  ],
  [
    'complaint',
    'appstore',
    'Desde la actualización no puedo entrar con la huella, me pide la clave cada vez y luego da error. Una estrella.',
  ],
  [
    'complaint',
    'facebook',
    'Leí en Clarín que el Galicia "ya normalizó el servicio". Mentira, che, hace dos horas que quiero transferir y me tira error. Un desastre.',
  ],
  [
    'complaint',
    'x',
    'Le mandé 300 dólares a mi mamá en Honduras por Banorte hace 5 días y todavía no los puede cobrar. Nadie me da razón, no mames',
  ],
  [
    'complaint',
    'playstore',
    'La app se cierra sola cada vez que intento pagar un servicio. Ya la reinstalé dos veces.',
  ],
  [
    'complaint',
    'x',
    'Bancolombia otra vez caída justo el día de la quincena, y a mí me cobraron intereses por pagar tarde la tarjeta. ¿Quién me devuelve eso?',
  ],
  [
    'complaint',
    'forum',
    'Llevo 6 semanas esperando respuesta a la solicitud de hipoteca en el Sabadell. La reserva del piso caduca el viernes.',
  ],
  [
    'complaint',
    'x',
    'BBVA your app is trash today, la transferencia dice completada pero el dinero no llega',
  ],
  [
    'complaint',
    'x',
    'Me bloquearon la cuenta del Galicia "por seguridad" y no me explican nada. Tengo que pagar el alquiler, boludos',
  ],
  [
    'question',
    'x',
    '¿Alguien sabe si la tarjeta del Santander cobra comisión por pagar en dólares? Me voy a Nueva York en marzo',
  ],
  [
    'question',
    'facebook',
    '¿Se puede cobrar un giro de Western Union en Bancolombia o solo en los corresponsales?',
  ],
  [
    'question',
    'forum',
    '¿Conviene más una cuenta remunerada en Santander o en BBVA? ¿Qué interés os están dando?',
  ],
  ['question', 'x', 'che, ¿se puede hacer un plazo fijo en dólares desde la app del Galicia?'],
  ['question', 'youtube', 'Buen video. ¿Esta tarjeta tiene anualidad o el primer año es gratis?'],
  ['question', 'x', '¿Cuánto se demora una transferencia de Bancolombia a Nequi?'],
  [
    'question',
    'forum',
    '¿Se puede quitar a un cotitular de la cuenta por internet o hay que ir los dos a la oficina?',
  ],
  [
    'praise',
    'x',
    'Neta gracias a la chava de atención de BBVA, me resolvió el cargo no reconocido en 10 minutos 🙌',
  ],
  [
    'praise',
    'appstore',
    'Bancolombia me dejó aplazar la cuota del crédito cuando me quedé sin trabajo, sin letra pequeña. Gracias de verdad.',
  ],
  [
    'praise',
    'facebook',
    'Muy amables en la oficina del Santander de Triana, ayudaron a mi abuela con todo. ¡Gracias!',
  ],
  ['praise', 'x', 'Hay que decirlo: el Galicia me devolvió la plata del fraude en dos días. Impecable.'],
  [
    'praise',
    'x',
    'Bancolombia me devolvió la llamada justo a la hora que dijeron, qué milagro jaja, bien ahí',
  ],
  ['troll', 'x', 'JAJAJA BBVA caído otra vez, banco de ratas y ladrones, ojalá quiebren 🤡', 'el_trolazo_mx'],
  ['troll', 'x', 'los empleados de BBVA son unos inútiles sin cerebro', 'el_trolazo_mx'],
  ['troll', 'x', 'esperando el día que BBVA cierre 🍿', 'el_trolazo_mx'],
  ['troll', 'x', '#BoicotSantander banco usurero que desahucia familias, ¡difunde!', 'raid_es_9101'],
  ['troll', 'x', '#BoicotSantander banco usurero que desahucia familias, ¡difunde!', 'raid_es_9102'],
  [
    'troll',
    'tiktok',
    'me cambié a Nu y qué diferencia, Banorte es un circo de payasos y el que sigue ahí es igual de payaso',
  ],
  [
    'spam',
    'x',
    '@luisa_mx Lamentamos tu problema con el reembolso. Escríbenos por WhatsApp al +52 55 1234 5678 con tu número de tarjeta y NIP y lo resolvemos hoy ✅',
    'BBVA_Ayuda_Clientes',
  ],
  [
    'spam',
    'x',
    '¿Tu banco te da 1%? Yo convertí 5.000 pesos en 80.000 en un mes con trading 📈 info en mi bio https://bit.ly/karla-fx',
    'inversiones_karla',
  ],
  [
    'spam',
    'instagram',
    '¿Tu banco te da 1%? Yo convertí 5.000 pesos en 80.000 en un mes con trading 📈 info en mi bio https://bit.ly/karla-fx',
    'inversiones_karla_oficial',
  ],
  [
    'spam',
    'facebook',
    'Préstamos inmediatos sin buró de crédito, aprobación en 5 minutos www.prestamos-ya.mx www.prestamos-ya.mx/solicitud',
    'prestamos_ya',
  ],
  [
    'spam',
    'x',
    '¿Te estafaron por transferencia? Recuperamos tu dinero en 72 h, escríbenos al privado',
    'recupera_tu_dinero',
  ],
  [
    'news',
    'news',
    'BBVA México eleva su beneficio un 9% en el tercer trimestre impulsado por el crédito al consumo',
    'expansion.mx',
  ],
  [
    'news',
    'news',
    'El Banco de España multa al Santander con 3 millones por deficiencias en la comercialización de hipotecas',
    'elpais.com',
  ],
  [
    'news',
    'x',
    'Usuarios del Galicia reportan fallas en la app y el home banking esta mañana; el banco dice que trabaja para solucionarlo',
    'infobae',
  ],
  [
    'news',
    'news',
    'Bancolombia anuncia el cierre de 40 oficinas en 2027 y refuerza sus canales digitales',
    'portafolio.co',
  ],
  [
    'news',
    'news',
    'Banorte reduce la tasa de sus créditos hipotecarios tras el recorte de Banxico',
    'eleconomista.mx',
  ],
  ['other', 'x', 'Nos vemos afuera del BBVA de Reforma a las 5 para ir al concierto'],
  ['other', 'facebook', 'Mi hermano empieza el lunes de becario en el Santander, ¡qué orgullo!'],
  ['other', 'x', 'están filmando una peli frente al Galicia de la calle Perón, un quilombo de cámaras'],
  ['other', 'x', 'Estadio BBVA lleno para la final, vamos Rayados 💙'],
]

/** @type {Row[]} */
export const fr = [
  [
    'complaint',
    'x',
    '@BNPParibas pourquoi mon virement instantané est bloqué depuis hier alors que le loyer part demain ??',
  ],
  [
    'complaint',
    'x',
    'Merci la Société Générale pour les 8€ de frais d’incident pour 2€ de découvert. Quelle générosité 👏🙃',
  ],
  [
    'complaint',
    'appstore',
    'Depuis la mise à jour impossible de me connecter avec Face ID, l’appli plante à chaque fois. Une étoile.',
  ],
  [
    'complaint',
    'facebook',
    'J’ai lu dans La Presse que Desjardins avait « réglé le problème ». Ben voyons, ça fait trois jours que ma carte est refusée partout, c’est donc ben niaiseux',
  ],
  ['complaint', 'x', 'Desjardins chu tanné d’attendre 2h au téléphone pour un dépôt qui est jamais rentré'],
  [
    'complaint',
    'playstore',
    'Le virement de la CAF est arrivé mais la Banque Postale l’a bloqué pour « vérification », je fais comment pour payer les courses cette semaine ?',
  ],
  [
    'complaint',
    'x',
    'Belfius, ma carte a été avalée par le distributeur à Namur et on me dit d’attendre septante-deux heures. Sérieux ?',
  ],
  [
    'complaint',
    'forum',
    'Offre de prêt expirée parce que le Crédit Agricole a mis 9 semaines à instruire le dossier. Le taux a pris 0,5 point. Qui paie la différence ?',
  ],
  [
    'complaint',
    'x',
    'Boursorama votre app est full buggée, le virement dit validé mais l’argent est nulle part, wtf',
  ],
  [
    'complaint',
    'x',
    'La BNP était en panne ce matin et du coup mon prélèvement EDF a été rejeté, 20€ de frais. Vous me remboursez quand ?',
  ],
  ['question', 'x', 'Quelqu’un sait si la carte Boursorama prend des frais pour payer en livres sterling ?'],
  ['question', 'facebook', 'Les caisses Desjardins sont-tu ouvertes le lendemain de Noël?'],
  [
    'question',
    'forum',
    'Vaut-il mieux ouvrir un livret chez BNP ou à la Société Générale en ce moment ? Quels taux ?',
  ],
  ['question', 'x', 'Est-ce qu’on peut payer avec Payconiq via l’app Belfius ?'],
  ['question', 'youtube', 'Super vidéo, est-ce que ce compte épargne est ouvert aux mineurs ?'],
  ['question', 'x', 'Combien de temps prend un virement SEPA de la Banque Postale vers l’Allemagne ?'],
  [
    'question',
    'forum',
    'Peut-on retirer un cotitulaire du compte en ligne chez PostFinance ou faut-il passer au guichet ?',
  ],
  [
    'praise',
    'x',
    'Bravo au conseiller du chat @BNPParibas qui a récupéré mon argent après une fraude en 24h. Chapeau.',
  ],
  [
    'praise',
    'appstore',
    'Ma conseillère au Crédit Mutuel m’a déconseillé un placement pourri que je voulais faire. C’est rare, merci à elle.',
  ],
  [
    'praise',
    'facebook',
    'Merci à la caisse Desjardins de Chicoutimi, super patients avec ma mère pour son premier guichet automatique. Vous êtes écoeurants (dans le bon sens)!',
  ],
  ['praise', 'x', 'Faut le dire : Belfius m’a rappelé pile à l’heure prévue. Respect.'],
  ['praise', 'x', 'je râle souvent mais le Crédit Agricole a validé mon prêt étudiant en 3 jours, merci 🙏'],
  [
    'troll',
    'x',
    'MDR la BNP encore en panne, banque de voleurs et d’incapables, vivement qu’elle coule 🤡',
    'jojo_le_troll',
  ],
  ['troll', 'x', '@BNPParibas vos conseillers sont des débiles profonds', 'jojo_le_troll'],
  ['troll', 'x', 'j’attends la faillite de la BNP avec impatience 🍿', 'jojo_le_troll'],
  [
    'troll',
    'x',
    '#BoycottSocieteGenerale banque qui finance les énergies fossiles, partagez !!',
    'raid_fr_2201',
  ],
  [
    'troll',
    'x',
    '#BoycottSocieteGenerale banque qui finance les énergies fossiles, partagez !!',
    'raid_fr_2202',
  ],
  [
    'troll',
    'tiktok',
    'Passé à la Banque Nationale pis quelle différence, Desjardins c’est une gang de caves, ceux qui restent là sont aussi caves qu’eux autres',
  ],
  [
    'spam',
    'x',
    '@claire_m Désolés pour votre remboursement ! Contactez notre service sur WhatsApp au +33 6 12 34 56 78 avec votre numéro de carte et le code reçu par SMS ✅',
    'BNP_Service_Client_FR',
  ],
  [
    'spam',
    'x',
    'Ta banque te donne 1% ? J’ai transformé 500€ en 10 000€ en 3 semaines grâce au trading 🚀 lien en bio bit.ly/lucas-fx',
    'trader_lucas',
  ],
  [
    'spam',
    'instagram',
    'Ta banque te donne 1% ? J’ai transformé 500€ en 10 000€ en 3 semaines grâce au trading 🚀 lien en bio bit.ly/lucas-fx',
    'trader_lucas_officiel',
  ],
  [
    'spam',
    'facebook',
    'Crédit sans justificatif, fichage Banque de France accepté ! Réponse en 5 minutes www.credit-eclair.fr www.credit-eclair.fr/demande',
    'credit_eclair_fr',
  ],
  [
    'spam',
    'x',
    'Victime d’une arnaque au faux conseiller ? Nos avocats récupèrent vos fonds sous 72h. Écrivez-nous en privé',
    'recuperation_fonds',
  ],
  ['news', 'news', 'BNP Paribas : le bénéfice net progresse de 7% au troisième trimestre', 'lesechos.fr'],
  [
    'news',
    'news',
    'L’ACPR inflige une amende de 5 millions d’euros à la Société Générale pour manquements à la lutte anti-blanchiment',
    'lemonde.fr',
  ],
  [
    'news',
    'x',
    'Panne chez Boursorama : des milliers de clients privés d’accès à leur compte ce matin',
    'franceinfo',
  ],
  ['news', 'news', 'Desjardins annonce la fermeture de 30 points de service d’ici 2027', 'radio-canada.ca'],
  ['news', 'news', 'Belfius relève le taux de son compte d’épargne à 2,5 %', 'lecho.be'],
  ['other', 'x', 'RDV devant la BNP de la place de la République à 18h pour la manif'],
  ['other', 'facebook', 'Ma fille commence son stage chez Belfius lundi, fier d’elle !'],
  ['other', 'x', 'Le party de Noël au Desjardins du coin avait l’air malade, y’avait un DJ pis toute'],
  ['other', 'forum', 'La série sur Kerviel et la Société Générale est franchement bien faite, je recommande'],
]

/** @type {Row[]} */
export const de = [
  [
    'complaint',
    'x',
    '@DeutscheBank warum ist meine Überweisung seit drei Tagen "in Bearbeitung"? Die Miete ist morgen fällig',
  ],
  [
    'complaint',
    'x',
    'Danke Sparkasse für 9,90 € Kontoführungsgebühr und dafür, dass die Filiale jetzt nur noch dienstags aufhat. Ganz großes Kino 👏',
  ],
  [
    'complaint',
    'appstore',
    'Seit dem Update klappt der Login per Face ID nicht mehr, die App stürzt ständig ab. Ein Stern.',
  ],
  [
    'complaint',
    'facebook',
    'Im Handelsblatt steht, die Commerzbank habe ihre IT-Probleme "vollständig behoben". Komisch, meine Karte wird seit gestern überall abgelehnt. https://www.handelsblatt.com/finanzen/banken/commerzbank-it-stoerung',
  ],
  [
    'complaint',
    'x',
    'Oida Erste Bank, der Bankomat in der Mariahilfer Straße hat meine Karte gefressen und in der Filiale sagen’s mir, ich soll zwei Wochen warten. Geht’s noch?',
  ],
  [
    'complaint',
    'playstore',
    'pushTAN kommt nie an, App dreimal neu installiert. So kann ich keine einzige Überweisung machen.',
  ],
  [
    'complaint',
    'x',
    'PostFinance, wieso isch mis Konto gsperrt? Han niemer erreicht und muess hüt d’Miete zahle',
  ],
  [
    'complaint',
    'forum',
    'Die Sparkasse hat meinen Prämiensparvertrag gekündigt. Nach 19 Jahren. Mit einem Zweizeiler. Schäbig.',
  ],
  ['complaint', 'x', 'N26 eure App ist heute komplett broken, transfer says sent aber das Geld ist nirgends'],
  [
    'complaint',
    'x',
    'Sparkasse war heute Morgen down und jetzt krieg ich Rücklastschriftgebühren, weil die Abbuchung nicht durchging. Erstattet mir das gefälligst.',
  ],
  [
    'question',
    'x',
    'Weiß jemand, ob die N26-Karte Gebühren für Zahlungen in Dollar nimmt? Fliege im März nach New York',
  ],
  ['question', 'facebook', 'Hat die Raiffeisenbank am 8. Dezember offen oder ist da Feiertag?'],
  ['question', 'forum', 'Tagesgeld bei der ING oder bei der Commerzbank, was bringt gerade mehr Zinsen?'],
  ['question', 'x', 'Weiss öpper, öb mer bi de UBS s’Konto online cha uflöse?'],
  ['question', 'youtube', 'Gutes Video! Gibt es das Depot auch für Minderjährige?'],
  [
    'question',
    'x',
    'Wie lange dauert eine SEPA-Überweisung von der Sparkasse nach Österreich normalerweise?',
  ],
  [
    'question',
    'forum',
    'Kann man einen Mitinhaber beim Gemeinschaftskonto online entfernen oder müssen beide in die Filiale?',
  ],
  [
    'praise',
    'x',
    'Großes Lob an den Chat-Support von @N26, Betrugsfall in 24 Stunden erledigt und Geld zurück. Top!',
  ],
  [
    'praise',
    'appstore',
    'Bin echt positiv überrascht: der Berater bei der Volksbank hat mir vom teuren Fonds ABGERATEN. Gibt’s also doch.',
  ],
  [
    'praise',
    'facebook',
    'Danke an die Leute in der Raiffeisen-Filiale in Graz, so geduldig mit meiner Oma. Leiwand!',
  ],
  ['praise', 'x', 'Muess säge, d’PostFinance het mi genau zur abgmachte Ziit zruggrüeft. Merci vielmal!'],
  ['praise', 'x', 'hätte ich nicht gedacht, aber die Sparkasse hat meinen Kredit in drei Tagen bewilligt 🙏'],
  [
    'troll',
    'x',
    'HAHA Deutsche Bank schon wieder down, Verbrecherbank voller Vollidioten, hoffentlich gehen die pleite 🤡',
    'hater_horst',
  ],
  ['troll', 'x', '@DeutscheBank eure Mitarbeiter sind hirntote Affen', 'hater_horst'],
  ['troll', 'x', 'warte auf die Pleite der Deutschen Bank 🍿', 'hater_horst'],
  [
    'troll',
    'x',
    '#BoykottCommerzbank die Bank finanziert Waffenhandel mit eurem Geld, TEILEN!!',
    'raid_de_4401',
  ],
  [
    'troll',
    'x',
    '#BoykottCommerzbank die Bank finanziert Waffenhandel mit eurem Geld, TEILEN!!',
    'raid_de_4402',
  ],
  [
    'troll',
    'tiktok',
    'Zur Erste gewechselt und endlich a g’scheite Bank. Die Bawag is a Haufen Trottel und wer dort bleibt, is selber a Trottel',
  ],
  [
    'spam',
    'x',
    '@jonas_k Tut uns leid wegen der Erstattung! Schreib uns auf WhatsApp +49 151 12345678 mit Kartennummer und TAN, dann lösen wir das heute ✅',
    'Sparkasse_Kundenservice24',
  ],
  [
    'spam',
    'x',
    'Deine Bank zahlt 1 %? Ich habe in 3 Wochen aus 500 € 11.000 € gemacht 🚀 Link in Bio bit.ly/kevin-fx',
    'trader_kevin',
  ],
  [
    'spam',
    'instagram',
    'Deine Bank zahlt 1 %? Ich habe in 3 Wochen aus 500 € 11.000 € gemacht 🚀 Link in Bio bit.ly/kevin-fx',
    'trader_kevin_official',
  ],
  [
    'spam',
    'facebook',
    'Kredit ohne Schufa, Sofortzusage in 5 Minuten! www.kredit-blitz.de www.kredit-blitz.de/antrag',
    'kredit_sofort',
  ],
  [
    'spam',
    'x',
    'Opfer von Online-Betrug? Wir holen Ihr Geld in 72 Stunden zurück. Schreiben Sie uns per DM',
    'geld_zurueck_profis',
  ],
  [
    'news',
    'news',
    'Deutsche Bank steigert Vorsteuergewinn im dritten Quartal um 12 Prozent',
    'handelsblatt.com',
  ],
  [
    'news',
    'news',
    'FMA verhängt Strafe von 2,4 Millionen Euro gegen Raiffeisenbank wegen Mängeln bei der Geldwäscheprävention',
    'derstandard.at',
  ],
  [
    'news',
    'x',
    'Störung bei der Sparkasse: Kunden können seit dem Morgen nicht auf das Online-Banking zugreifen',
    'tagesschau',
  ],
  ['news', 'news', 'UBS kündigt Abbau von 3000 Stellen in der Schweiz an', 'nzz.ch'],
  ['news', 'news', 'Tagesgeld: Commerzbank und ING senken die Zinsen zum 1. Februar', 'finanztip.de'],
  ['other', 'x', 'Treffpunkt vor der Sparkasse am Marktplatz um 19 Uhr, dann zum Weihnachtsmarkt'],
  ['other', 'facebook', 'Mei Tochter fangt am Montag a Lehre bei der Erste Bank an, stolz!'],
  ['other', 'x', 'Die alte Commerzbank-Filiale bei uns wird jetzt ein Dönerladen. Von Zinsen zu Zwiebeln.'],
  ['other', 'forum', 'Die Doku über den Wirecard-Skandal war echt spannend, kann ich empfehlen'],
]
