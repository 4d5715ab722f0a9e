// BLIND intent posts, SET 15 (en, zh, ar, nl, es, fr, de; 42 a language, 294 in all). Written
// 2026-12-07 from 13:41 UTC by the redteam15is engineer BEFORE reading the intent code, its
// training data, rules, models, the posts of sets 1–14 or the README's intent sections (only
// issue 11, the scorer scripts' set registration, the first 30 lines of set 13 for the row shape,
// the schema's platform list and config/brands/default.json's brand names were read), and
// committed before it was first scored. Nobody tunes on it: it is the held-out measurement of the
// code on main at 942547f.
//
// Written to be less tidy than earlier sets: classes unbalanced a language (11–12 complaint,
// 7–9 other, 4–5 question, 4 praise, 4 news, 5–6 troll of which 2–3 are one raid, 3–4 spam; 83 /
// 55 / 34 / 28 / 28 / 41 / 25 in all; troll and spam still above a real stream's rate), long and very
// short posts, typos, slang, emoji, hashtags, @-mentions, quote-posts, replies that only make
// sense in context, code-switching, dialect (Cantonese; Egyptian and Gulf Arabic, some Arabizi;
// Flemish; Mexican/Argentine/Colombian Spanish; Québécois; Swiss and Austrian German).
// Hard cases in every language: sarcasm, a complaint phrased as a question, a troll naming a real
// outage, news about results or a fine, a customer quoting an article then complaining, spam
// dressed as help ("DM this number for a refund"), a coordinated raid (the same text from several
// authors), a repeat troll (one author, several abusive posts), link-heavy promotion from a
// couple of accounts, and praise for a competitor that insults the bank.
// Caveat: one author wrote all seven languages in about half an hour, so the post types recur
// across languages and the errors will move together; a real stream has far more "other" (and
// far more near-empty posts), and its troll/spam are rarer still.
//
// Rows: [label, platform, text, author?]; the 4th field is an account id where the same account
// posts more than once (repeat troll, raid, spam, publisher), else absent (a distinct author).
// Label conventions: a customer with a concrete problem of their own is a complaint, even when
// phrased as a question, sarcastic, or when praising a competitor they left for; a question
// with no problem of the writer's own is a question; praise may tell a solved problem; abuse or
// mockery with no problem of the writer's own, and coordinated raids, are troll; scams, fake
// support, phishing "compensation", signals and loan promotion are spam; a publisher's report is
// news however negative; a bare "same"/emoji reply and chatter are other.
//
// This set is a held-out measurement: never train or tune on it, and do not quote its posts.

/** @typedef {['complaint' | 'question' | 'praise' | 'troll' | 'spam' | 'news' | 'other', string, string, string?]} Row */

/** @type {Row[]} */
export const en = [
  [
    'complaint',
    'x',
    '@NorthwindHelp been on hold 47 min. forty seven. just to ask why my card got declined at tesco when theres money in the account??',
  ],
  ['other', 'x', 'lol my dad still writes cheques to pay the window cleaner, the man is a legend'],
  [
    'troll',
    'x',
    'northwind customers are the dumbest people alive, enjoy ur outage losers 🤡🤡',
    'x:grimjack88',
  ],
  [
    'news',
    'news',
    'Northwind Bank fined £12.4m by the FCA over anti-money-laundering failings between 2019 and 2022',
    'pub:cityam',
  ],
  [
    'complaint',
    'reddit',
    "Posting this as a warning I guess. Northwind froze my account for a 'security review' 9 days ago. No letter, no email, app just says contact us. Called 4 times, each time told it's been escalated. Rent is due Friday. Has anyone actually gotten out of this and how long did it take??",
  ],
  [
    'question',
    'x',
    'does northwind do joint accounts if one of us isnt a UK resident or do we both need a uk address',
  ],
  [
    'spam',
    'x',
    'Hi, sorry to hear about your issue! Our refund team can help 👉 DM us on WhatsApp +44 7700 900461 with your card details for a fast refund',
    'x:northwind_refund_desk',
  ],
  [
    'praise',
    'x',
    'ok credit where its due, Northwind app sorted my lost card in like 2 mins and the new one came next day 👏',
  ],
  ['other', 'x', '@NorthwindBank 👀'],
  [
    'complaint',
    'x',
    "Great. Love paying a £25 'unarranged overdraft' fee for being 40p over. Thanks Northwind, very cool 🙃",
  ],
  [
    'troll',
    'x',
    '@NorthwindHelp imagine working for a bank that cant keep its app up for one day. do u even have a job tmrw lmao',
    'x:grimjack88',
  ],
  [
    'news',
    'news',
    'Northwind Q3 pre-tax profit rises 8% to £1.9bn as net interest margin holds; shares up 3% in early trading',
    'pub:ftalerts',
  ],
  [
    'complaint',
    'x',
    '"Northwind profits up 8%" cool so maybe you can afford to refund the £340 a scammer took from me that youve been "investigating" since August',
  ],
  [
    'other',
    'reddit',
    'Does anyone else find the Northwind advert with the guy surfing to work deeply weird? who is this for',
  ],
  [
    'complaint',
    'appstore',
    'Update broke Face ID. Have to type my password every single time and it logs me out after 30 sec. 1 star until fixed',
  ],
  ['question', 'x', '@NorthwindHelp what time is the faster payments cutoff on bank holidays?'],
  [
    'troll',
    'x',
    '#BoycottNorthwind they fund pipelines and laugh at you. RT if you agree 🔥🔥',
    'x:r_eco_101',
  ],
  [
    'other',
    'x',
    "my bank's app told me i spent £612 on takeaways this month and honestly that's between me and deliveroo",
  ],
  [
    'troll',
    'x',
    '#BoycottNorthwind they fund pipelines and laugh at you. RT if you agree 🔥🔥',
    'x:r_eco_102',
  ],
  [
    'complaint',
    'facebook',
    "I have been a customer for 22 years and today I was treated like a criminal at the Leeds branch for paying in my own grandson's birthday money. Asked for ID three times. Absolutely disgusted, I will be moving my savings.",
  ],
  [
    'praise',
    'x',
    "shoutout to Priya at Northwind's Croydon branch who stayed 20 min after closing to help my mum with her power of attorney. legend",
  ],
  [
    'spam',
    'x',
    'I turned £250 into £8,400 in 3 weeks with @LenaFXsignals 📈📈 no bank needed!! link in bio 👉 bit.ly/3xQlena #Northwind #CrestBank #investing #passiveincome',
    'x:lena_fx_signals',
  ],
  [
    'troll',
    'x',
    '#BoycottNorthwind they fund pipelines and laugh at you!! RT if you agree 🔥',
    'x:r_eco_103',
  ],
  [
    'complaint',
    'x',
    'switched to Crest last month and they picked up in 4 minutes. FOUR. northwind couldnt manage it in 4 days. never coming back',
  ],
  [
    'troll',
    'x',
    'Crest > Northwind every day of the week. northwind staff are thick as mince and so are its customers 😂',
  ],
  ['other', 'x', '@jess_k same'],
  [
    'complaint',
    'x',
    '@jess_k same here, app dead since 8am and i cant pay the plumber who is literally standing in my kitchen',
  ],
  [
    'question',
    'reddit',
    'Northwind vs Crest for a first current account? 18, want a decent app and no monthly fee. any horror stories?',
  ],
  [
    'news',
    'x',
    'Northwind Bank to close 41 branches next year; union says 300 jobs at risk https://bbc.in/3nWbr',
    'pub:bbcbusiness',
  ],
  ['other', 'x', 'that Northwind x Rovers kit sponsorship is so ugly 😭 the wind swoosh on the chest, why'],
  [
    'complaint',
    'x',
    'pls @NorthwindHelp i beg. 3rd time asking. where is my replacment card. address is correct. its been 3 weeks',
  ],
  [
    'praise',
    'playstore',
    'Honestly the best banking app I have used. Pots and round ups actually got me saving for a holiday. Only wish it had dark mode',
  ],
  ['complaint', 'x', 'is the northwind app down or is it just me'],
  [
    'spam',
    'x',
    'Make £500/day from home with your bank card 💸 no experience! Click ➡️ bit.ly/earnfast7 ➡️ t.me/fastearn ➡️ bit.ly/earnfast8 #Northwind #loans',
    'x:lena_fx_signals',
  ],
  ['other', 'x', "Northwind's new logo looks like a sad wind turbine ngl"],
  [
    'complaint',
    'x',
    'why does @NorthwindBank need me to come into a branch to change my surname after getting married when the nearest branch is 38 miles away?? its 2026',
  ],
  [
    'spam',
    'facebook',
    "Northwind Bank customers affected by today's outage are entitled to £150 compensation. Claim before midnight: northwind-compensation-claim.co/form",
    'fb:northwind.support.claims',
  ],
  [
    'news',
    'news',
    'Crest Bank agrees to buy Havenbank mortgage book for €2.1bn, subject to regulatory approval',
    'pub:reuters',
  ],
  ['other', 'x', 'doing my tax return to the Northwind hold music on loop because honestly it slaps'],
  [
    'question',
    'x',
    '@NorthwindHelp hi! if I pay my credit card by direct debit does it take the full balance or just the minimum?',
  ],
  ['complaint', 'x', 'yet again. #NorthwindDown'],
  [
    'praise',
    'x',
    "Fair play Northwind, refunded the scam payment in full within 48h. wasn't expecting that tbh",
  ],
]

/** @type {Row[]} */
export const zh = [
  [
    'complaint',
    'x',
    '莲花银行app又闪退了，转账转到一半直接黑屏，钱扣了对方说没收到，客服电话打了一个小时没人接，到底怎么回事？？',
  ],
  ['other', 'x', '今天路过莲花银行门口那只橘猫又胖了哈哈'],
  [
    'complaint',
    'facebook',
    '蓮花銀行搞乜鬼呀，張卡無啦啦俾人凍結，打去熱線又話要我親身去分行，我喺深圳返工點去啊？😤',
  ],
  ['question', 'x', '请问莲花银行的大额存单现在利率多少？三年期还有额度吗'],
  ['news', 'news', '莲花银行前三季度净利润同比增长6.2%，不良贷款率降至1.31%', 'pub:caixin'],
  ['troll', 'x', '莲花银行的人都是废物，系统天天崩，建议直接倒闭吧，用的人也是脑子有坑🤡', 'x:heizi_888'],
  [
    'spam',
    'x',
    '莲花银行客户您好，您的账户存在异常，请立即添加客服微信 lh-kefu2026 办理退款，逾期将冻结🙏',
    'x:lianhua_kefu_01',
  ],
  ['complaint', 'x', '呵呵，感谢莲花银行，又一次在发工资这天系统维护，真会挑日子👍'],
  ['praise', 'x', '必须表扬一下莲花银行朝阳支行的王经理，帮我爸妈弄好了养老金账户，耐心得不得了'],
  ['other', 'x', '+1'],
  [
    'complaint',
    'reddit',
    '看到新闻说"莲花银行利润大涨"，那能不能先把我上个月被多扣的两笔年费退了？投诉了三次都说在处理',
  ],
  ['troll', 'x', '崩了吧？崩了就对了，莲花银行这种垃圾银行活该，哈哈哈哈', 'x:heizi_888'],
  ['question', 'x', '蓮花銀行嘅轉數快每日上限係幾多？想過錢俾屋企人'],
  ['news', 'news', '监管部门对莲花银行开出罚单，涉及违规发放贷款等问题，罚款合计820万元', 'pub:jiemian'],
  ['complaint', 'appstore', '更新之后指纹登录用不了，每次都要输密码，还老是提示网络异常，一星'],
  ['other', 'x', '有没有人觉得莲花银行新广告那个BGM还挺洗脑的'],
  ['troll', 'x', '#抵制莲花银行# 吸血银行，转发让更多人看到！！', 'x:dz_acct_11'],
  ['troll', 'x', '#抵制莲花银行# 吸血银行，转发让更多人看到！！', 'x:dz_acct_12'],
  ['troll', 'x', '#抵制莲花银行# 吸血银行，转发让更多人看到！', 'x:dz_acct_13'],
  [
    'complaint',
    'x',
    '换了Crest之后才知道原来银行客服可以五分钟就接电话。莲花你好好反省一下，我的房贷提前还款申请拖了一个月了',
  ],
  [
    'spam',
    'x',
    '💰日赚3000不是梦💰 无需经验 手机操作 👉 t.cn/A6xyz 👉 加V: money8866 #莲花银行 #理财 #副业',
    'x:fuye_laoshi',
  ],
  ['other', 'x', '我妈说她只信莲花银行，因为名字好听😂'],
  ['praise', 'playstore', '界面比以前清爽多了，记账功能很好用，给五星'],
  ['complaint', 'x', '@莲花银行客服 我的信用卡被盗刷了4800块，已经报案了，你们到底什么时候给我处理？？？'],
  ['question', 'x', '莲花银行的外币账户可以直接收美元工资吗？需要什么材料'],
  ['other', 'x', '回复 @小鱼: 哈哈同款'],
  ['complaint', 'x', '回复 @小鱼: 我也是，从早上八点到现在都登不上去，房租交不了'],
  ['news', 'x', '【快讯】莲花银行宣布明年起下调部分存款利率，三年期定存降15个基点', 'pub:xinlang_caijing'],
  ['complaint', 'x', '點解蓮花銀行收我手續費收得咁狠？轉一次錢收$50，搶錢咩'],
  [
    'spam',
    'x',
    '莲花银行贷款秒批！无视征信 黑户可办 当天到账 联系电话 13800138000 详情 t.cn/loanfast',
    'x:daikuan_vip',
  ],
  ['other', 'x', '莲花银行楼下新开的奶茶店排队排到马路上了'],
  ['question', 'x', '有人知道莲花银行周末哪个网点营业吗？在浦东'],
  ['troll', 'x', 'Crest甩莲花十条街，莲花的员工一个个跟僵尸一样，蠢得要命'],
  ['complaint', 'x', '工资卡被莲花风控了??? 我只是收了我妈转的2万块钱 这也要我去网点解释？？'],
  ['praise', 'x', '莲花银行这次处理诈骗退款挺快的，两天就到账了，点赞'],
  ['other', 'x', '银行排队的时候旁边大爷跟我聊了半小时股票'],
  ['complaint', 'x', '又崩了 #莲花银行崩了#'],
  ['news', 'news', '蓮花銀行宣布關閉香港12間分行，預計影響約200名員工', 'pub:mingpao'],
  ['question', 'x', '莲花银行手机银行怎么修改预留手机号？找了半天找不到入口'],
  ['other', 'x', '莲花银行的logo越看越像一朵包子'],
  ['complaint', 'x', '排队两个小时，柜员态度差到离谱，问一句就翻白眼，莲花银行你们真行'],
  ['praise', 'x', '说实话莲花的新版app比以前好用太多，转账终于不用点五次确认了'],
]

/** @type {Row[]} */
export const ar = [
  [
    'complaint',
    'x',
    'يا جماعة بنك النور ده بقى مسخرة، الفيزا اتسحبت من المكينة ومحدش عايز يرجعهالي، وكل ما اكلم خدمة العملاء يقولولي استنى ٧٢ ساعة',
  ],
  ['other', 'x', 'صباح الخير يا جماعة ☕'],
  ['question', 'x', 'لو سمحتم، كم رسوم التحويل الدولي من بنك النور لحساب في الأردن؟'],
  [
    'troll',
    'x',
    'بنك النور وموظفينه شوية حرامية وأغبياء، والتطبيق واقع من الصبح، تستاهلوا 😂😂',
    'x:abu_tarbou3',
  ],
  [
    'news',
    'news',
    'بنك النور يعلن ارتفاع صافي أرباحه في الربع الثالث بنسبة ١١٪ إلى ٤٢٠ مليون درهم',
    'pub:albayan',
  ],
  ['complaint', 'x', 'شكرا بنك النور على خصم ٥٠ درهم رسوم بدون أي سبب، فعلا بنك العائلة 🙃'],
  [
    'spam',
    'x',
    'عزيزي عميل بنك النور، لاسترداد المبلغ المخصوم تواصل معنا واتساب على الرقم ‎+971 50 123 4567‎ وأرسل رقم البطاقة والرمز',
    'x:alnoor_care_help',
  ],
  ['praise', 'x', 'والله بنك النور فرع الرياض تعاملهم راقي، خلصوا لي القرض في يومين 👍'],
  [
    'complaint',
    'x',
    'ليش كل ما أحاول أدخل التطبيق يطلع لي خطأ؟ صار لي يومين ما أقدر أحول راتب العمال، وش السالفة يا بنك النور؟',
  ],
  ['other', 'x', '@AlNoorBank 🤔'],
  ['troll', 'x', 'اللي يحط فلوسه في بنك النور لازم يتعالج، بنك فاشل وعملاؤه أفشل', 'x:abu_tarbou3'],
  [
    'news',
    'news',
    'المصرف المركزي يفرض غرامة على بنك النور بقيمة ٥ ملايين درهم لمخالفات في إجراءات مكافحة غسل الأموال',
    'pub:alkhaleej',
  ],
  [
    'complaint',
    'facebook',
    'قرأت خبر ان بنك النور حقق أرباح قياسية.. طيب ممكن ترجعولي ال ٣٠٠٠ جنيه اللي اتسرقوا من حسابي من شهرين وانتو لسه "بتحققوا"؟',
  ],
  ['question', 'x', 'هل فيه فرع لبنك النور يفتح يوم السبت في جدة؟'],
  ['troll', 'x', '#قاطعوا_بنك_النور بنك يدعم الفساد، انشر الهاشتاق 🔥', 'x:hsh_acc_21'],
  ['troll', 'x', '#قاطعوا_بنك_النور بنك يدعم الفساد، انشر الهاشتاق 🔥', 'x:hsh_acc_22'],
  ['troll', 'x', '#قاطعوا_بنك_النور بنك يدعم الفساد انشر الهاشتاق🔥🔥', 'x:hsh_acc_23'],
  ['other', 'x', 'ana msh fahem leh el bank beyeb3atly 3 SMS fel yom 3an 3orod el 2orood 😂'],
  ['complaint', 'x', 'el app bta3 bank el noor wa2e3 men el sob7 w el mortab mat7awelsh, 7ad yerod 3alaya'],
  ['complaint', 'x', 'حولت لكرست بنك وردوا علي في ٣ دقايق، بنك النور ٣ أيام ما ردوا. باي باي'],
  [
    'spam',
    'x',
    '🔥 قروض فورية بدون ضمانات 🔥 موافقة خلال ساعة! سجل الآن 👈 bit.ly/qard-fast 👈 bit.ly/qard-2 #بنك_النور #قروض',
    'x:qorood_now',
  ],
  ['other', 'x', 'الجو اليوم حلو والزحمة عند البنك مو طبيعية'],
  ['praise', 'appstore', 'التحديث الجديد ممتاز، أسرع بكثير وصار فيه تسديد الفواتير بضغطة وحدة'],
  ['complaint', 'x', 'بطاقتي انسحبت ٣ مرات لنفس المشتريات!! ٩٠٠ ريال راحت ومحد يرد على الهاتف @AlNoorBank'],
  ['question', 'x', 'شو المستندات المطلوبة لفتح حساب توفير للأطفال في بنك النور؟'],
  [
    'news',
    'x',
    'عاجل | بنك النور يعلن عن عطل تقني مؤقت في الخدمات الإلكترونية والعمل جار على إصلاحه',
    'pub:sabq',
  ],
  ['other', 'x', 'رد على @salem: نفس الشي 😂'],
  ['complaint', 'x', 'رد على @salem: وانا بعد، من الصبح ما اقدر ادخل ولا اقدر ادفع الايجار'],
  ['troll', 'x', 'كرست بنك أحسن بألف مرة، بنك النور للمغفلين بس وموظفينه ما يفهمون شي'],
  ['other', 'x', 'إعلان بنك النور الجديد في رمضان كان حلو بصراحة بس الأغنية طويلة'],
  [
    'spam',
    'facebook',
    'عملاء بنك النور المتضررين من العطل يحق لهم تعويض ٥٠٠ درهم، قدم الآن على alnoor-ta3weed.com قبل انتهاء المهلة',
    'fb:alnoor.ta3weed',
  ],
  [
    'complaint',
    'x',
    'يعني معقولة عشان اغير رقم جوالي لازم اروح الفرع؟ الفرع بعيد عني ٦٠ كيلو!! ليش ما تخلونها في التطبيق؟',
  ],
  ['question', 'x', 'هل بطاقة بنك النور تشتغل في تركيا بدون رسوم؟'],
  ['praise', 'x', 'شكرًا للموظفة منى في خدمة عملاء بنك النور، حلت مشكلتي بعد ما يأست، والله تستاهل ترقية'],
  ['other', 'x', 'الواحد صار يحلم بالراتب قبل ما ينزل 😴'],
  ['complaint', 'x', 'تاني؟؟ #بنك_النور_عطلان'],
  ['news', 'news', 'بنك النور يوقع اتفاقية تمويل بقيمة ملياري ريال لمشاريع الطاقة المتجددة', 'pub:argaam'],
  ['other', 'x', 'حد عنده تجربة مع ماكينة الإيداع الجديدة؟ شكلها زي الثلاجة 😂'],
  [
    'complaint',
    'x',
    'الموظف في الفرع قالي "روح اسأل التطبيق" والتطبيق بيقولي "روح الفرع" .. حلقة مفرغة يا بنك النور 🙄',
  ],
  ['question', 'x', 'kam el fayda 3ala el shahada el sanaweya fe bank el noor delwa2ty?'],
  ['praise', 'x', 'أول مرة بنك يرجع لي فلوس عملية احتيال بدون ما أطارده، بنك النور شكرًا من القلب'],
  ['other', 'x', 'مين يعرف مطعم حلو جنب فرع بنك النور في المعادي؟'],
]

/** @type {Row[]} */
export const nl = [
  [
    'complaint',
    'x',
    '@Havenbank al 3 dagen kan ik niet inloggen in de app, steeds "er ging iets mis". Huur moet morgen betaald worden. Wie gaat dat oplossen??',
  ],
  ['other', 'x', 'maandag. koffie. zucht.'],
  [
    'question',
    'x',
    'Weet iemand of je bij de Havenbank een rekening kunt openen zonder BSN? Verhuis volgende maand vanuit Spanje',
  ],
  [
    'troll',
    'x',
    'havenbank klanten zijn echt de grootste sukkels van nederland, jullie app ligt er weer uit hahaha eigen schuld 🤡',
    'x:trollie_nl',
  ],
  [
    'news',
    'news',
    'Havenbank boekt hogere winst in derde kwartaal dankzij rente-inkomsten; nettowinst stijgt naar 612 miljoen euro',
    'pub:nos',
  ],
  [
    'complaint',
    'x',
    'Fijn hoor Havenbank, €7,50 "betaalpakketkosten" erbij zonder enige melding. Top service weer 👏👏',
  ],
  [
    'spam',
    'x',
    'Hallo! Vervelend dat u problemen heeft. Stuur ons een DM via WhatsApp 06-12345678 met uw rekeningnummer en pincode, dan regelen wij de terugbetaling 🙂',
    'x:havenbank_klantteam',
  ],
  [
    'praise',
    'x',
    'Moet toch even zeggen: de Havenbank heeft mijn gestolen pas binnen 10 minuten geblokkeerd en het geld teruggezet. Netjes!',
  ],
  [
    'complaint',
    'x',
    'Allez Havenbank, da is nu al de derde keer dat mijn overschrijving "in behandeling" blijft hangen. Ge moogt da eens uitleggen eh',
  ],
  ['other', 'x', '@Havenbank 🙄'],
  [
    'troll',
    'x',
    'wie bij havenbank werkt is te dom om een rekenmachine te bedienen, zeker die callcenter apen',
    'x:trollie_nl',
  ],
  [
    'news',
    'news',
    'DNB legt Havenbank boete op van 3,2 miljoen euro wegens tekortkomingen in witwascontroles',
    'pub:fd',
  ],
  [
    'complaint',
    'facebook',
    '"Havenbank verhoogt winst" lees ik vandaag. Mooi, dan kunnen jullie vast ook de €450 terugstorten die al 6 weken "in onderzoek" is na die phishing. Ik word er zo moe van.',
  ],
  ['question', 'x', 'Hoe lang duurt een spoedoverboeking naar Duitsland bij Havenbank?'],
  ['troll', 'x', '#BoycotHavenbank ze financieren fossiel en lachen je uit. Deel dit!!', 'x:rd_nl_31'],
  ['troll', 'x', '#BoycotHavenbank ze financieren fossiel en lachen je uit. Deel dit!!', 'x:rd_nl_32'],
  ['other', 'x', 'mijn oma noemt de pinautomaat nog steeds "de flappentap" en ik vind dat prachtig'],
  [
    'complaint',
    'x',
    'overgestapt naar Crest en die nemen gewoon binnen 5 min op. Havenbank, jullie lieten me 2 weken wachten op een nieuwe pas. Doei.',
  ],
  [
    'spam',
    'x',
    '💶 Verdien €300 per dag vanuit huis!! Geen ervaring nodig 👉 bit.ly/snelgeld-nl 👉 t.me/geldnl #Havenbank #beleggen #crypto',
    'x:snelgeld_nl',
  ],
  [
    'praise',
    'playstore',
    'Eindelijk een bankapp die gewoon werkt. Snel, overzichtelijk en de spaarpotjes zijn top',
  ],
  [
    'complaint',
    'appstore',
    'Na de update crasht de app bij het openen. Telefoon al herstart, app opnieuw geïnstalleerd. Niks helpt. 1 ster.',
  ],
  ['other', 'x', '@lisa_vd same'],
  [
    'complaint',
    'x',
    '@lisa_vd bij mij ook, sinds vanochtend kan ik niks betalen en sta nu bij de kassa met een volle kar 😩',
  ],
  ['question', 'x', 'Kan ik bij de Havenbank mijn hypotheek aflossen zonder boete als ik verhuis?'],
  [
    'news',
    'x',
    'Havenbank sluit 25 kantoren in Vlaanderen, vakbond spreekt van 180 banen die verdwijnen',
    'pub:vrtnws',
  ],
  [
    'troll',
    'x',
    'Crest is 100x beter, havenbank is voor bejaarden en idioten die graag in de wacht staan lol',
  ],
  [
    'complaint',
    'x',
    'waarom moet ik in 2026 nog naar een kantoor om mijn adres te wijzigen?? het dichtstbijzijnde kantoor is 40 km verderop @Havenbank',
  ],
  ['other', 'x', 'Die nieuwe Havenbank reclame met die zingende meeuw zit nu al 3 dagen in mn hoofd'],
  [
    'spam',
    'facebook',
    'Klanten van Havenbank die getroffen zijn door de storing hebben recht op €200 compensatie. Vraag het aan via havenbank-compensatie.nl voor middernacht!',
    'fb:havenbank.compensatie',
  ],
  ['complaint', 'x', 'ALWEER storing?? #havenbankstoring'],
  [
    'praise',
    'x',
    'Dikke merci aan de mevrouw van Havenbank in Gent, ze heeft mijn moeder super geholpen met haar pensioenrekening ❤️',
  ],
  ['other', 'x', 'ik ben niet boos op de bank, ik ben boos op mezelf en mijn bol.com winkelmandje'],
  [
    'complaint',
    'x',
    'Dubbel afgeschreven bij de Albert Heijn, €86,40 twee keer. Chat zegt "wacht 5 werkdagen". Ik heb dat geld nu nodig, niet over een week.',
  ],
  ['question', 'x', 'Heeft de Havenbank ook een studentenrekening met gratis creditcard?'],
  [
    'news',
    'news',
    'Havenbank en Crest gaan samenwerken aan gezamenlijke geldautomaten in kleine gemeenten',
    'pub:nu',
  ],
  ['other', 'x', 'waarom heet het eigenlijk "pinnen" en niet gewoon betalen, vraag voor een vriend'],
  [
    'complaint',
    'x',
    'Tof zenne, 45 minuten in de wacht en dan wordt de lijn verbroken. Bedankt Havenbank 🙃',
  ],
  ['question', 'x', '@Havenbank wat is de rente op jullie spaarrekening vanaf 1 januari?'],
  [
    'other',
    'x',
    'zit in de trein naast iemand die luid met de Havenbank aan het bellen is over zijn hypotheek, ik weet nu alles',
  ],
  [
    'complaint',
    'x',
    'Mijn rekening is geblokkeerd omdat ik geld van mijn eigen spaarrekening heb overgezet?? Jullie systemen zijn belachelijk @Havenbank',
  ],
  ['praise', 'x', 'Ok Havenbank, die nieuwe app is echt een verbetering. Bijna zo goed als Crest 😉'],
  ['other', 'x', 'geldautomaat bij ons in de straat is vervangen door een bloemenautomaat. 2026 ey'],
]

/** @type {Row[]} */
export const es = [
  [
    'complaint',
    'x',
    '@NorthwindHelp neta ya llevo 2 semanas esperando mi tarjeta de reposición y nadie me dice nada, ¿qué onda con ustedes?',
  ],
  ['other', 'x', 'jajaja el cajero del súper me dio el cambio en monedas de 1 peso, ni modo'],
  [
    'question',
    'x',
    'Alguien sabe si Northwind cobra comisión por transferencias a otros bancos en Colombia?',
  ],
  [
    'troll',
    'x',
    'los de Northwind son unos ladrones y unos inútiles, se les cayó la app otra vez jajaja ojalá quiebren 🤡',
    'x:elchiquitroll',
  ],
  [
    'news',
    'news',
    'Northwind reporta utilidad neta de 3.400 millones de pesos en el tercer trimestre, un 9% más que el año anterior',
    'pub:elfinanciero',
  ],
  [
    'complaint',
    'x',
    'Gracias Northwind por cobrarme 350 pesos de "anualidad" en una tarjeta que me vendieron como "sin anualidad" 🙃 qué detallazo',
  ],
  [
    'spam',
    'x',
    'Hola, lamentamos tu inconveniente 🙏 Escríbenos por WhatsApp al +52 55 1234 5678 con tu número de tarjeta y NIP para procesar tu reembolso hoy mismo',
    'x:northwind_soporte_mx',
  ],
  ['praise', 'x', 'la verdad Northwind me resolvió lo del cargo no reconocido en 1 día, chapeau 👏'],
  [
    'complaint',
    'x',
    'Che, Northwind, ¿me explican por qué me bloquearon la cuenta por cobrar mi propio sueldo? Estoy hace 3 horas en la sucursal de Palermo y nadie sabe nada',
  ],
  ['other', 'x', '@NorthwindBank 😐'],
  [
    'troll',
    'x',
    'trabajar en Northwind debe ser para los que no pasaron la primaria jajaja manga de boludos',
    'x:elchiquitroll',
  ],
  [
    'news',
    'news',
    'La CNBV multa a Northwind con 18 millones de pesos por fallas en la prevención de lavado de dinero',
    'pub:expansion',
  ],
  [
    'complaint',
    'facebook',
    'Leo "Northwind gana un 9% más". Genial. Entonces pueden devolverme los 4.200 pesos que me robaron con una clonación y que llevan dos meses "investigando"? No es justo.',
  ],
  ['question', 'x', 'a qué hora cierran las sucursales de Northwind los sábados en Monterrey?'],
  ['troll', 'x', '#NorthwindRatas roban a los pobres y financian a los ricos. Comparte!! 🔥', 'x:rd_es_41'],
  ['troll', 'x', '#NorthwindRatas roban a los pobres y financian a los ricos. Comparte!! 🔥', 'x:rd_es_42'],
  ['troll', 'x', '#NorthwindRatas roban a los pobres y financian a los ricos comparte 🔥🔥', 'x:rd_es_43'],
  ['other', 'x', 'mi abuela sigue guardando la plata debajo del colchón y la verdad ya no la juzgo'],
  [
    'complaint',
    'x',
    'Crest me dio la tarjeta de crédito en una semana y con mejor tasa. Northwind me la negó 3 veces sin explicar por qué. Ya ni me busquen',
  ],
  [
    'spam',
    'x',
    'Préstamos rápidos sin buró 💵 hasta $80,000 aprobados en 1 hora!! escríbenos al WhatsApp 55 9876 5432 👉 bit.ly/prestaya #Northwind #prestamos #Crest',
    'x:prestamos_ya',
  ],
  [
    'praise',
    'playstore',
    'Por fin puedo sacar dinero sin tarjeta en el cajero con la app, súper práctico 🙌 5 estrellas',
  ],
  [
    'complaint',
    'appstore',
    'La app nueva no muestra los movimientos de la tarjeta de crédito, solo los de débito. ¿Cómo pago si no sé cuánto debo? Pésimo',
  ],
  ['other', 'x', '@vale_mtz 😂'],
  ['complaint', 'x', '@vale_mtz a mí me pasó igual, el SPEI de la renta salió dos veces y nadie responde 😭'],
  ['question', 'x', '¿Cuánto cobra Northwind por sacar plata en cajeros de otro banco acá en Argentina?'],
  [
    'news',
    'x',
    'Northwind reporta falla en pagos con tarjeta durante 3 horas; el banco asegura que ya está resuelto',
    'pub:milenio',
  ],
  [
    'troll',
    'x',
    'jajaja quién sigue en Northwind en 2026?? en Crest se ríen de ustedes, bola de dinosaurios pendejos',
  ],
  [
    'complaint',
    'x',
    '¿Por qué me piden ir a sucursal a actualizar mi INE si ya la subí 2 veces a la app?? @NorthwindHelp',
  ],
  ['other', 'x', '¿alguien va a ir al concierto que patrocina Northwind el sábado?'],
  [
    'spam',
    'facebook',
    'Clientes de Northwind afectados por la caída del sistema tienen derecho a una compensación de $1,500. Solicítala en northwind-compensacion.mx antes de las 12!',
    'fb:northwind.compensacion',
  ],
  ['complaint', 'x', 'otra vez caída?? #NorthwindCaido'],
  [
    'praise',
    'x',
    'Le quiero agradecer a la señorita Lupita de la sucursal Coyoacán, súper amable y me ayudó con todo el trámite de mi mamá 💕',
  ],
  ['other', 'x', 'quincena llegó y se fue en 3 horas, como siempre'],
  [
    'complaint',
    'x',
    'Me cobraron dos veces la misma compra en Oxxo, $890 cada una. El chat solo dice "espere 10 días hábiles". Parce, necesito esa plata ya',
  ],
  ['question', 'x', 'Northwind tiene cuentas en dólares para freelancers? cuáles son los requisitos'],
  ['news', 'news', 'Northwind nombra a nueva directora general tras la salida de su CEO', 'pub:reforma'],
  [
    'spam',
    'x',
    'Préstamos sin buró 💵 hasta $80,000 en 1 hora, WhatsApp 55 9876 5432 👉 bit.ly/prestaya2 #Northwind #prestamos',
    'x:prestamos_ya2',
  ],
  [
    'complaint',
    'x',
    '"Estimado cliente, su reclamo fue resuelto". NO fue resuelto, sigo sin poder usar la tarjeta en el exterior. Qué chanta que son, Northwind',
  ],
  ['question', 'x', '@NorthwindHelp cuál es la tasa de la tarjeta de crédito oro?'],
  ['other', 'x', 'mi perro se comió el sobre con el NIP nuevo, no es broma'],
  [
    'complaint',
    'x',
    'Me congelaron la cuenta por "actividad sospechosa" por recibir un depósito de mi propia hermana. Ridículo, @NorthwindBank',
  ],
  ['praise', 'x', 'Bueno, hay que decirlo: la nueva app de Northwind está muy buena. Ya era hora'],
]

/** @type {Row[]} */
export const fr = [
  [
    'complaint',
    'x',
    "Le guichet de Northwind rue de Rivoli a avalé ma carte ce matin, l'agence me dit qu'ils ne peuvent pas la récupérer avant 10 jours. Je fais comment pour payer quoi que ce soit en attendant ?",
  ],
  ['other', 'x', "il pleut, j'ai pas de parapluie, et mon café est froid. bonne journée à tous"],
  [
    'question',
    'x',
    "Est-ce que Northwind propose un PEL ou seulement des livrets ? j'ai pas trouvé sur le site",
  ],
  [
    'troll',
    'x',
    'Northwind = banque de guignols. leur appli plante encore, bien fait pour les clients qui sont assez cons pour rester là 😂',
    'x:le_troll_du_75',
  ],
  [
    'news',
    'news',
    'Northwind publie un résultat net en hausse de 7 % au troisième trimestre, porté par la banque de détail',
    'pub:lesechos',
  ],
  [
    'complaint',
    'x',
    'Merci Northwind pour les 8€ de « frais de tenue de compte » ajoutés sans prévenir. Vraiment, quelle générosité 🙃',
  ],
  [
    'spam',
    'x',
    "Bonjour, désolé pour ce souci ! Contactez notre service remboursement sur WhatsApp au +33 6 12 34 56 78 avec votre numéro de carte et code pour être remboursé aujourd'hui",
    'x:northwind_sav_fr',
  ],
  [
    'praise',
    'x',
    'Faut le dire quand ça marche : conseillère Northwind de Lyon 3 au top, prêt immo bouclé en 2 semaines. Merci Camille 🙏',
  ],
  [
    'complaint',
    'x',
    "Tabarnak, ça fait 3 fois que j'appelle pour mon virement Interac bloqué pis on me dit d'attendre 48h. C'est quoi l'affaire @NorthwindHelp ?",
  ],
  ['other', 'x', '@NorthwindBank 😶'],
  [
    'troll',
    'x',
    "les conseillers Northwind ont le QI d'une huître, c'est prouvé scientifiquement",
    'x:le_troll_du_75',
  ],
  [
    'news',
    'news',
    "L'ACPR inflige une amende de 4,5 millions d'euros à Northwind pour manquements à la lutte contre le blanchiment",
    'pub:lemonde',
  ],
  [
    'complaint',
    'facebook',
    "« Northwind : des bénéfices records » dit le journal ce matin. Génial. Alors peut-être que vous pouvez me rembourser les 1 200 € du faux conseiller qui m'a appelé en septembre ? Ça fait 3 mois que mon dossier est « à l'étude ». Je suis cliente depuis 1998, franchement écœurée.",
  ],
  ['question', 'x', 'Y a-t-il une agence Northwind ouverte le samedi à Genève ?'],
  [
    'troll',
    'x',
    '#NorthwindVoleurs ils ferment nos agences et gonflent les bonus. RT massif !',
    'x:rd_fr_51',
  ],
  [
    'complaint',
    'x',
    'Prélèvement EDF rejeté + 20€ de frais de rejet, alors que mon salaire tombait LE LENDEMAIN. Vous pouviez pas attendre 24h ?',
  ],
  [
    'troll',
    'x',
    '#NorthwindVoleurs ils ferment nos agences et gonflent les bonus. RT massif !',
    'x:rd_fr_52',
  ],
  [
    'other',
    'x',
    'ma grand-mère appelle encore ça « la carte bleue » même quand elle est noire et franchement je respecte',
  ],
  [
    'complaint',
    'x',
    "Chez Crest mon prêt a été accordé en 48h. Chez Northwind on m'a demandé 14 justificatifs et au bout d'un mois c'était non. Bye.",
  ],
  [
    'spam',
    'x',
    'Prêt entre particuliers sérieux 💶 de 2 000 à 50 000 € sans justificatif, taux 2 %, contactez Mme Durand : pretrapide.durand@gmail.com #Northwind #Crest #pret #credit',
    'x:pret_durand',
  ],
  ['troll', 'x', '#NorthwindVoleurs ils ferment nos agences et gonflent les bonus RT massif', 'x:rd_fr_53'],
  [
    'praise',
    'playstore',
    "Le virement instantané gratuit, enfin. Et l'appli ne plante plus depuis la dernière version. Bravo.",
  ],
  [
    'complaint',
    'x',
    "Quelqu'un peut m'expliquer pourquoi mon conseiller Northwind change tous les 6 mois et que le nouveau ne répond jamais aux mails ?",
  ],
  ['other', 'x', '@julie_b 😂😂'],
  [
    'complaint',
    'x',
    '@julie_b même chose ici, le virement du loyer est parti deux fois et personne ne bouge',
  ],
  ['question', 'x', "c'est combien les frais pour retirer au Maroc avec la carte Northwind ?"],
  [
    'news',
    'x',
    'Northwind signale une panne de ses services de paiement mobile, rétablis vers 14h selon la banque',
    'pub:leparisien',
  ],
  [
    'troll',
    'x',
    'Crest >>> Northwind. chez Northwind même le distributeur est plus intelligent que les conseillers 🤣',
  ],
  [
    'complaint',
    'x',
    "Opposition faite sur ma carte il y a 12 jours, toujours rien reçu, et je pars en voyage samedi. @NorthwindHelp vous pouvez me dire ce qu'il se passe ??",
  ],
  [
    'other',
    'x',
    "le nouveau siège de Northwind à La Défense ressemble à une râpe à fromage, désolé mais c'est vrai",
  ],
  [
    'spam',
    'facebook',
    "Clients Northwind touchés par la panne : vous avez droit à 150€ d'indemnisation. Faites votre demande sur northwind-indemnisation.fr avant minuit !",
    'fb:northwind.indemnisation',
  ],
  ['complaint', 'x', '3e jour sans appli. 3e.'],
  ['praise', 'x', 'Merci @NorthwindHelp, double débit réglé en une heure par le chat. Chapeau 👏'],
  ['other', 'x', 'septante, nonante, et les Français qui font encore des calculs, allez bisous'],
  [
    'complaint',
    'x',
    'Le TWINT lié à mon compte Northwind ne marche plus depuis la migration et la hotline est fermée le week-end. Génial, merci.',
  ],
  [
    'question',
    'x',
    "Northwind fait des comptes pour les frontaliers ? Je bosse à Genève et j'habite à Annemasse",
  ],
  [
    'news',
    'news',
    'Le patron de Northwind quitte ses fonctions après la polémique sur les frais bancaires',
    'pub:latribune',
  ],
  [
    'spam',
    'x',
    'Prêt entre particuliers 💶 2 000 à 50 000 € sans justificatif, taux 2 %, écrivez à Mme Durand pretrapide.durand@gmail.com #Northwind #pret',
    'x:pret_durand2',
  ],
  [
    'complaint',
    'x',
    "Une heure au Bancontact de la gare, les 2 machines hors service et l'agence fermée le lundi. Une fois, sérieux.",
  ],
  [
    'question',
    'x',
    "@NorthwindHelp l'assurance annulation de la carte marche si j'ai payé seulement l'acompte avec ?",
  ],
  [
    'other',
    'x',
    "mon chat a marché sur le clavier pendant un virement, heureusement qu'il y a la validation lol",
  ],
  ['praise', 'x', 'Bon ben chapeau Northwind, mon hypothèque approuvée en 3 jours, chu ben content 🎉'],
]

/** @type {Row[]} */
export const de = [
  [
    'complaint',
    'x',
    '@NorthwindHelp seit Montag funktioniert die pushTAN nicht mehr, ich kann keine einzige Überweisung freigeben. Hotline sagt "bekanntes Problem". Und jetzt? Miete ist fällig.',
  ],
  ['other', 'x', 'Montagmorgen, Regen, S-Bahn fällt aus. Läuft.'],
  [
    'question',
    'x',
    'Weiß jemand, ob man bei Northwind ein Gemeinschaftskonto auch online eröffnen kann oder muss man dafür in die Filiale?',
  ],
  [
    'troll',
    'x',
    'Northwind-Kunden sind einfach zu blöd zum Wechseln, App schon wieder down, selbst schuld ihr Opfer 😂',
    'x:derTrollmeister',
  ],
  [
    'news',
    'news',
    'Northwind steigert Quartalsgewinn um 6 Prozent auf 540 Millionen Euro, Zinsüberschuss stabil',
    'pub:handelsblatt',
  ],
  [
    'complaint',
    'x',
    'Danke Northwind für die neuen 4,90 € Kontoführungsgebühr ohne Vorwarnung. Echt kundenfreundlich 🙃',
  ],
  [
    'spam',
    'x',
    'Hallo, tut uns leid! Unser Erstattungsteam hilft sofort 👉 schreiben Sie uns per WhatsApp an +49 151 23456789 mit Kartennummer und PIN, Rückerstattung noch heute',
    'x:northwind_service_de',
  ],
  [
    'praise',
    'x',
    'Muss auch mal gesagt werden: Northwind hat meine geklaute Karte sofort gesperrt und die Abbuchungen innerhalb von 2 Tagen erstattet. Top 👍',
  ],
  [
    'complaint',
    'x',
    'Grüezi @NorthwindHelp, mini Zahlig isch jetzt scho drü Täg "in Bearbeitung". Chönd Sie mir bitte erkläre was da los isch? Mis Vermieter wartet.',
  ],
  ['other', 'x', '@NorthwindBank 🫠'],
  [
    'troll',
    'x',
    'Wer bei Northwind arbeitet hat die Schule nicht geschafft, lauter Vollpfosten im Callcenter',
    'x:derTrollmeister',
  ],
  [
    'news',
    'news',
    'BaFin verhängt Bußgeld von 2,8 Millionen Euro gegen Northwind wegen Mängeln bei der Geldwäscheprävention',
    'pub:tagesschau',
  ],
  [
    'complaint',
    'facebook',
    '"Northwind mit Rekordgewinn" lese ich heute. Schön für euch. Dann könnt ihr mir ja vielleicht endlich die 780 Euro zurückzahlen, die mir ein falscher Bankmitarbeiter am Telefon abgeknöpft hat. Seit 10 Wochen "in Prüfung". Ich bin seit 30 Jahren Kunde und so behandelt man niemanden.',
  ],
  ['question', 'x', 'Hat die Northwind-Filiale in Graz am Samstag offen?'],
  ['troll', 'x', '#NorthwindAbzocke Filialen dicht, Boni rauf. Alle teilen!!', 'x:rd_de_61'],
  [
    'complaint',
    'x',
    'Dispozinsen von 13,9 %? Ernsthaft? Und dann wundert ihr euch, dass die Leute wechseln. Ich kündige zum Monatsende.',
  ],
  ['troll', 'x', '#NorthwindAbzocke Filialen dicht, Boni rauf. Alle teilen!!', 'x:rd_de_62'],
  [
    'other',
    'x',
    'Meine Oma zahlt immer noch alles bar und hat wahrscheinlich mehr Überblick über ihre Finanzen als ich',
  ],
  [
    'complaint',
    'x',
    'Bei Crest war das Depot in 10 Minuten eröffnet. Bei Northwind warte ich seit 5 Wochen auf die Freischaltung, dreimal Postident gemacht. Ich bin raus.',
  ],
  [
    'spam',
    'x',
    'Seriöser Privatkredit 💶 2.000 bis 50.000 € ohne Schufa, 2 % Zins, Kontakt: kredit.weber@gmail.com #Northwind #Crest #Kredit #Finanzen',
    'x:kredit_weber',
  ],
  ['troll', 'x', '#NorthwindAbzocke Filialen dicht Boni rauf alle teilen', 'x:rd_de_63'],
  [
    'praise',
    'playstore',
    'Echtzeitüberweisung jetzt kostenlos und die App ist seit dem letzten Update stabil. Daumen hoch',
  ],
  [
    'complaint',
    'x',
    'Wieso wird mir die Karte im Ausland ständig gesperrt, obwohl ich die Reise in der App gemeldet hab?? Steh hier in Lissabon ohne Geld @NorthwindHelp',
  ],
  ['other', 'x', '@lena_m 😂😂'],
  [
    'complaint',
    'x',
    '@lena_m bei mir auch, seit heute früh geht gar nix, steh an der Kassa im Billa und die Karte wird abgelehnt. Oida.',
  ],
  [
    'question',
    'x',
    'Gibt es bei Northwind eigentlich noch Kontoauszugsdrucker oder kommt alles nur noch als PDF?',
  ],
  [
    'news',
    'x',
    'Northwind meldet Störung beim mobilen Bezahlen, laut Bank seit 14 Uhr behoben',
    'pub:spiegel',
  ],
  ['troll', 'x', 'Crest >>> Northwind. Bei Northwind ist sogar der Geldautomat schlauer als die Berater 🤣'],
  [
    'complaint',
    'appstore',
    'Neue App-Version: Umsätze laden ewig, Suche findet nichts, Widget weg. Wer hat das getestet? 1 Stern',
  ],
  ['other', 'x', 'Die neue Northwind-Zentrale in Frankfurt sieht aus wie eine Käsereibe, sorry'],
  [
    'spam',
    'facebook',
    'Northwind-Kunden, die von der Störung betroffen sind, haben Anspruch auf 150€ Entschädigung. Jetzt beantragen auf northwind-entschaedigung.de, nur bis Mitternacht!',
    'fb:northwind.entschaedigung',
  ],
  ['complaint', 'x', 'Tag 4 ohne Onlinebanking. Tag. Vier.'],
  ['praise', 'x', 'Dank an die Hotline, Doppelbuchung in 20 min per Chat geklärt. So geht das 👏'],
  ['other', 'x', 'Gehalt kam heute, ist morgen weg. Das Leben eines Millennials'],
  [
    'complaint',
    'x',
    'Kontoauflösung im Oktober beantragt, im Dezember immer noch Gebühren abgebucht. Gehts noch, Northwind?',
  ],
  ['question', 'x', 'Bietet Northwind ein Konto für Grenzgänger an? Arbeite in Basel, wohne in Lörrach'],
  ['news', 'news', 'Northwind-Chef tritt nach Kritik an Gebührenerhöhungen zurück', 'pub:sz'],
  [
    'spam',
    'x',
    'Privatkredit 💶 2.000–50.000 € ohne Schufa, 2 % Zins, schreiben Sie an kredit.weber@gmail.com #Northwind #Kredit',
    'x:kredit_weber2',
  ],
  [
    'complaint',
    'x',
    'Mein Berater hat in 2 Jahren viermal gewechselt und keiner antwortet auf Mails. Wofür zahl ich eigentlich Kontoführung?',
  ],
  [
    'question',
    'x',
    '@NorthwindHelp gilt die Reiserücktrittsversicherung der Kreditkarte auch, wenn ich nur die Anzahlung mit der Karte bezahlt hab?',
  ],
  ['other', 'x', 'Servus, kennt wer ein gutes Café bei der Northwind-Filiale am Stephansplatz?'],
  ['praise', 'x', 'Merci vielmal Northwind Züri, d Hypothek isch innert 3 Täg bewilliget worde 🎉'],
]
