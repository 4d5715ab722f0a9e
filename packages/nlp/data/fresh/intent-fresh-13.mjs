// Blind intent posts, SET 13 (en, zh, ar, nl, es, fr, de; 42 a language, 294 in all). Written
// 2026-12-07 from 08:13 UTC (session 4) by the redteam13 engineer BEFORE reading the intent code,
// its training data, rules or models, the posts of sets 1–12 or the README's intent sections
// (only issue 11, the schema's platform list, the first 40 lines of set 11 for the row format and
// eval-intent-fresh.mjs were read), and committed before it was first scored. Nobody tunes on it:
// it is the held-out measurement of the session's FINAL code.
//
// A different author from sets 1–12, asked to write like the real stream: replies that only make
// sense as replies, problems told as side remarks or as questions, sarcastic thanks, praise that
// tells the old problem first, masked insults, fake-support replies, publishers' outage reports.
// Each language written on its own from its countries' banks and habits (Cantonese and
// Traditional Chinese; Gulf, Egyptian, Levantine and Moroccan Arabic in Arabizi; Flemish; Mexican,
// Argentine and Chilean Spanish; Québécois, Belgian and Swiss French; Austrian and Swiss German).
// Per language: 11 complaints, 8 questions, 5 praise, 5 troll, 5 spam, 4 news, 4 other. Troll,
// spam, news and other are over-represented against a real stream so one post moves a class's
// recall by at most 0.25. Caveat: written in a few minutes by one author (then about a fifth
// of the posts rewritten so the languages move less together), so still tidier and more explicit
// than a real stream; the post types (transfer stuck, sarcastic thanks for a fee, fake-support
// WhatsApp reply, recovery and loan spam, bench and food-bank mentions, outage headlines) recur
// in most languages.
//
// Rows: [label, platform, text, author?]; the 4th field is a spam or publisher account.
// Label conventions as set 11's: a customer with a concrete problem of their own is a complaint
// even when polite, a question or sarcastic thanks; praise may tell a solved problem; abuse with
// no problem of the writer's own is troll; scams, fake support, loans, giveaways, recovery are
// spam; a publisher's report is news however negative; everything else is other.
//
// This set is a held-out measurement: never train or tune on it, and do not quote its posts.

/** @typedef {['complaint' | 'question' | 'praise' | 'troll' | 'spam' | 'news' | 'other', string, string, string?]} Row */

/** @type {Row[]} */
export const en = [
  [
    'complaint',
    'x',
    `@MonzoSupport so the pot I set up for bills just… didn't pay the bills? council tax letter today. brilliant`,
  ],
  ['complaint', 'x', `replying to @NatWest_Help "we've sent you a DM" mate I've had 4 DMs and no money back`],
  [
    'complaint',
    'reddit',
    `Long one sorry. Moved house in Sept, updated address in the app, new card still went to the old flat, new tenant apparently binned it, and now Barclays want me in branch to verify ID except the nearest branch closed in March. Anyone know if the Post Office can do it? 3 weeks without a working card and rent goes out Friday`,
  ],
  [
    'complaint',
    'appstore',
    `1 star. Used to be good. Now every time i open it "something went wrong" and face id asks me twice. pls go back to old version`,
  ],
  [
    'complaint',
    'x',
    `love how @santanderuk can approve a £3k overdraft in 30 seconds but takes 10 working days to refund £40 they took by mistake`,
  ],
  [
    'complaint',
    'facebook',
    `Does anyone else's mum keep getting her card blocked every time she buys something off the shopping channel? Third time since Bonfire night. She's 79 and has to ring them each time and sit through 40 min of that music`,
  ],
  ['complaint', 'x', `day 6 of "your payment is being processed" @Chase 🙃`],
  ['complaint', 'playstore', `App fine, customer service not. Asked to close my ISA in August, still open`],
  [
    'complaint',
    'x',
    `@WellsFargo y'all charged me an overdraft fee on a day I had $1,200 in the account because the deposit "posted" at 11:59 or something. make it make sense`,
  ],
  [
    'complaint',
    'reddit',
    `Update: branch says they can't see the complaint I made on the phone so I've had to start again. Fourth update on this thread, sorry lads`,
  ],
  [
    'complaint',
    'x',
    `cheers @HSBC_UK for the text saying my card's frozen for my own safety while I'm stood at the till in Aldi with a full trolley`,
  ],
  [
    'question',
    'reddit',
    `Do Nationwide still do the £175 switch bonus or did that end? Thinking of moving from Lloyds, no drama just want the money lol`,
  ],
  ['question', 'x', `@StarlingBank can I add my 16yo to a joint account or does she need her own teen thing`],
  [
    'question',
    'forum',
    `If I pay the credit card off in full before the statement date does it still show a balance to the credit agencies? Mortgage application next month, trying not to mess it up`,
  ],
  [
    'question',
    'x',
    `what time do @RevolutApp transfers to a UK account actually land on a Sunday? sending rent and my landlord's twitchy`,
  ],
  [
    'question',
    'facebook',
    `Can anyone recommend a bank that still has a branch in Skegness? Dad wants to talk to an actual human about his savings`,
  ],
  ['question', 'x', `is the barclays on briggate open boxing day or nah`],
  [
    'question',
    'reddit',
    `Genuinely curious, why do US landlords still want paper checks? Moved here from Manchester and mine won't take Zelle`,
  ],
  [
    'question',
    'youtube',
    `great video. at 6:40 you say the isa allowance resets in april, is that the 6th or the 1st?`,
  ],
  [
    'praise',
    'x',
    `Not often I say this but shoutout to the lady at @Nationwide Kettering who sat with my dad for an hour and sorted his power of attorney. 2 months of hassle to get there but she was brilliant`,
  ],
  [
    'praise',
    'appstore',
    `Annoyed me for ages with the login loop but the latest update fixed it. Quick, clean, does what I need. 5 stars now`,
  ],
  [
    'praise',
    'x',
    `monzo round ups have saved me £412 this year without me noticing. genuinely the only financial thing I've done right`,
  ],
  [
    'praise',
    'x',
    `fraud team rang within 2 mins of someone trying my card in Vegas (never been to Vegas). blocked, new card next day. fair play @firstdirect`,
  ],
  [
    'praise',
    'reddit',
    `Second this. Went to Chase UK after the Santander mess and the app is miles ahead, instant notifications, no faff`,
  ],
  [
    'troll',
    'x',
    `@Barclays imagine working for barclays and thinking you're a bank and not a lifestyle brand for people who enjoy queuing`,
  ],
  ['troll', 'x', `natwest staff are the thickest people on the planet no exaggeration`],
  ['troll', 'x', `ratio + you charge a fiver for a paper statement + your CEO looks like a boiled ham`],
  [
    'troll',
    'youtube',
    `whoever made this advert needs launching into the sun 🤡🤡 f*cking embarrassing company`,
  ],
  ['troll', 'x', `every bank is run by lizards and if u keep ur money in one ur a sheep. wake up`],
  [
    'spam',
    'x',
    `@NatWest_Help Hi there! We're sorry to hear that. Kindly reach out to our dedicated support line on WhatsApp for immediate assistance: wa.me/447451200938 🙏`,
    'natwest_helpdesk_247',
  ],
  [
    'spam',
    'x',
    `Lost money to a fake investment or a bank scam? Don't give up. @RecoverPro_Asset got back £38k for me in 2 weeks. DM them today`,
    'lisa_t_fx',
  ],
  [
    'spam',
    'instagram',
    `Need a loan? 💷 £500–£25,000, bad credit OK, no guarantor, same day payout. Link in bio 👆 #loans #debt #cashfast`,
    'quickcash.uk',
  ],
  [
    'spam',
    'x',
    `🎁 HSBC anniversary giveaway! First 500 to claim get £250 credited, verify your account here: hsbc-rewards-uk.com`,
    'hsbc_rewards_uk',
  ],
  [
    'spam',
    'facebook',
    `I made £4,850 this week trading from home with Mrs Angela Morris. My bank manager couldn't believe it. Message her now 👇👇`,
    'angela_morris_fx',
  ],
  [
    'news',
    'news',
    `Lloyds Banking Group to close a further 49 branches in 2027, union says 300 jobs at risk`,
    'bbcbusiness',
  ],
  [
    'news',
    'x',
    `BREAKING: Barclays customers report problems with the app and online banking; the bank says it is "aware of an issue" and working to fix it`,
    'skynewsbiz',
  ],
  [
    'news',
    'news',
    `Bank of England holds rates at 4% as inflation edges up; lenders expected to keep fixed deals steady`,
    'guardianmoney',
  ],
  [
    'news',
    'x',
    `Wells Fargo to pay $40m to settle claims it overcharged small businesses on card processing fees, court filing shows`,
    'reuters_biz',
  ],
  ['other', 'x', `sat on the bank of the Thames eating a meal deal like a Victorian orphan, love this city`],
  ['other', 'x', `who's doing the food bank collection at Tesco this Saturday, need 2 more volunteers 9-12`],
  [
    'other',
    'reddit',
    `my dog has a savings account at the treat bank (a jar on the shelf) and he's richer than me`,
  ],
  ['other', 'x', `@Monzo the hot coral card is the only thing in my wallet that matches my nails so`],
]

/** @type {Row[]} */
export const zh = [
  [
    'complaint',
    'forum',
    `招行的朋友们，你们APP最近是不是又在升级？我昨晚十一点转房租，转了三次都提示“系统繁忙”，房东以为我赖账。今天早上又能转了，手续费还扣了两次`,
  ],
  [
    'complaint',
    'x',
    `@中国银行 信用卡年费说好刷满6次免，我刷了8次还是扣了，客服说“系统统计口径不同”，什么口径？`,
  ],
  ['complaint', 'appstore', `更新后人脸识别一直失败，换了三个地方光线都不行，老人根本用不了。一星`],
  ['complaint', 'x', `谢谢建行，让我在零下十度的ATM前面站了二十分钟，卡被吞了，然后告诉我周一再来拿😊`],
  ['complaint', 'forum', `有没有人跟我一样，工行的ETC扣费扣了两遍？打95588说让我自己去高速公司查，我查啥啊`],
  ['complaint', 'x', `农行网点取五万块钱要提前一天预约，还问我取钱干嘛，我自己的钱啊😤`],
  ['complaint', 'x', `交行APP又把我登出了，第四次了，每次都要重新绑卡，我真的会谢`],
  ['complaint', 'forum', `香港滙豐嘅app成日彈出嚟，轉數快又唔得，打熱線等咗成個鐘都冇人聽，真係頂唔順`],
  ['complaint', 'x', `工资卡被冻结了，说是涉嫌电诈，要我去开户行所在地解冻，可我人在深圳，卡是老家办的……`],
  ['complaint', 'appstore', `理财产品到期了钱一直不到账，APP里显示“处理中”已经五天，客服只会说请耐心等待`],
  ['complaint', 'x', `回复@小红薯123：我也被扣了那个什么“账户管理费”，每季度三块，加起来不多但是凭什么`],
  ['question', 'forum', `请问现在去银行换外币还需要预约吗？下个月去日本，想换点日元`],
  ['question', 'x', `有没有大佬知道招行的留学生卡在英国取现手续费怎么算的`],
  ['question', 'forum', `房贷提前还款是去网点还是APP上就能申请？工行的`],
  ['question', 'x', `台灣的朋友問一下，玉山的數位帳戶可以綁LINE Pay嗎？`],
  ['question', 'forum', `个人养老金账户到底开哪家好？看了一圈每家都送立减金，有点懵`],
  ['question', 'x', `@招商银行 周末网点几点关门啊`],
  ['question', 'tiktok', `视频里说的那个大额存单利率是几年期的？三年还是五年？`],
  ['question', 'forum', `兄弟们，美元定期现在哪家利率高一点？四点几那种还有吗`],
  ['praise', 'x', `之前吐槽过招行掌上生活，不过这次信用卡被盗刷他们两小时就处理完了，钱也退了，点个赞👍`],
  ['praise', 'forum', `今天去建行办业务，大堂经理特别耐心，帮我妈把社保卡激活了，还给倒了杯热水`],
  ['praise', 'appstore', `新版本终于有深色模式了，转账也快了，好评`],
  ['praise', 'x', `網銀凌晨兩點還有真人客服，中銀香港今次真係幫到手，多謝晒`],
  ['praise', 'x', `宁波银行的存款利率在这年头算良心了，存了一年到账了，开心`],
  ['troll', 'x', `四大行的客服是不是都是AI变的，脑子都没有`],
  ['troll', 'x', `某行的行长能不能出来走两步？一群吸血鬼🧛`],
  ['troll', 'forum', `在银行上班的都是S*，别跟我杠`],
  ['troll', 'x', `某行客服的智商我真的服了，跟他们说话像在跟墙说话`],
  ['troll', 'x', `又是来给XX银行洗地的水军吧，收了多少钱啊，五毛还是一块`],
  ['spam', 'x', `【福利】信用卡额度不够？专业提额，黑户也能下卡，当天放款，加V：dk8899xx`, 'tie_kaxiaobang'],
  [
    'spam',
    'x',
    `被网络诈骗的朋友别灰心，我们团队专业追回资金，已成功帮助上千人，私信咨询👇`,
    'zhuihui_zhuanjia',
  ],
  ['spam', 'tiktok', `手机兼职日结，每天两小时，月入过万，宝妈学生都可以，评论区扣1`, 'jianzhi_rijie'],
  [
    'spam',
    'x',
    `@工商银行 您好，我是工行在线客服，您的问题请添加官方客服QQ：33829017 处理`,
    'icbc_kefu_help',
  ],
  ['spam', 'forum', `建行周年庆活动！点击链接领取888元红包，限前1000名：ccb-hongbao.cn`, 'ccb_huodong'],
  ['news', 'news', `央行宣布下调存款准备金率0.25个百分点，释放长期资金约5000亿元`, 'xinhua_finance'],
  [
    'news',
    'x',
    `【突发】多名网友反映某国有大行手机银行无法登录，该行客服回应称系统正在维护，预计两小时内恢复`,
    'caixin',
  ],
  ['news', 'news', `多家银行下调大额存单利率，三年期普遍跌破2%`, 'yicai'],
  ['news', 'x', `香港金管局：本港銀行業第三季盈利按年上升，不良貸款比率微升`, 'rthk_news'],
  ['other', 'x', `银行门口新开了一家奶茶店，排队的人比办业务的还多哈哈`],
  ['other', 'x', `血库告急！本周六市中心血站欢迎大家献血，献血可以获得纪念品`],
  ['other', 'forum', `梦见自己在银行上班，醒来发现是周一，真的要上班了😭`],
  ['other', 'x', `谁说程序员不浪漫，我给女朋友做了个“爱情银行”小程序，每天存一件开心的事`],
]

/** @type {Row[]} */
export const ar = [
  [
    'complaint',
    'x',
    `@alrajhibank ليش كل ما احول لأحد جديد يطلب مني اروح الصراف افعّل؟ والصراف الوحيد القريب مني خربان من اسبوع`,
  ],
  ['complaint', 'x', `شكراً البنك الأهلي على رسالة "تم خصم ٢٥ ريال رسوم" بدون ما اعرف على ايش 🙂`],
  [
    'complaint',
    'facebook',
    `بنك مصر الفرع اللي في مدينة نصر زحمة موت، استنيت ٣ ساعات عشان اطلع كشف حساب وفي الآخر السيستم واقع`,
  ],
  ['complaint', 'appstore', `التطبيق يعلق عند تسجيل الدخول ولما يفتح يقولي الجلسة انتهت. حذفته ونزلته مرتين`],
  [
    'complaint',
    'x',
    `الراتب نزل من الصبح والبطاقة للحين مرفوضة في كل مكان، جربت البنزينة والسوبرماركت. وش السالفة يا @SNB_Care`,
  ],
  [
    'complaint',
    'x',
    `حد عنده نفس المشكلة مع CIB؟ الكارت اتسحب في المكنة ومحدش بيرد على الخط الساخن من امبارح`,
  ],
  [
    'complaint',
    'facebook',
    `يعني بدي افهم ليش بنك عودة بيسحب عمولة على كل تحويل وانا حسابي بالدولار والتحويل بالدولار؟؟ صار الها شهرين`,
  ],
  [
    'complaint',
    'x',
    `3andi mouchkil m3a l CIH, l'application ma bghatch t7el w ana 3andi khlass dial l kra lyoum 😡`,
  ],
  [
    'complaint',
    'x',
    `كملت شهر وانا اطالب باسترجاع المبلغ المخصوم مرتين، كل مرة يقولون رفعنا الطلب. رفعتوه لوين؟ للسما؟`,
  ],
  ['complaint', 'playstore', `ربطت الحساب وكل شي تمام بس ليش كل تحديث يرجعني لتسجيل جديد؟ مزعج جداً`],
  ['complaint', 'x', `رد على @EmiratesNBD: نفس الشي صار لي، القسط انخصم مرتين وقالوا انتظر ٧ ايام عمل`],
  ['question', 'x', `سؤال: هل يقدر الطالب يفتح حساب في بنك الانماء بدون تعريف راتب؟`],
  ['question', 'x', `حد يعرف دوام فروع الراجحي في رمضان؟`],
  [
    'question',
    'facebook',
    `لو سمحتو الشهادة الجديدة بتاعة البنك الأهلي المصري عائدها كام وبتصرف شهري ولا سنوي؟`,
  ],
  ['question', 'x', `Ana b3id 3la l wkala, kifach n7el compte f Attijari online? chi wa7ed jerrbha?`],
  ['question', 'x', `هل فيه رسوم على التحويل من بنك لبنك عن طريق سريع؟ ولا مجاني؟`],
  ['question', 'forum', `مين جرب بطاقة السفر من بنك دبي الاسلامي؟ الصرف فيها احسن من البطاقة العادية؟`],
  ['question', 'x', `@QNBGroup كم الحد الأدنى للراتب للحصول على بطاقة ائتمانية؟`],
  ['question', 'x', `شو الفرق بين الحساب الجاري وحساب التوفير بالبنك العربي؟ بدي افتح لابني`],
  ['praise', 'x', `والله موظفة فرع الراجحي بالعليا ما قصرت، خلصت معاملتي في ربع ساعة بعد ما كنت متوقع يومين`],
  [
    'praise',
    'appstore',
    `التحديث الجديد ممتاز، التحويل صار اسرع والواجهة واضحة. كان فيه مشاكل قبل بس الحين تمام 👍`,
  ],
  ['praise', 'x', `الصراحة بنك الإمارات دبي الوطني رجعوا لي الفلوس المسروقة في يومين. شكراً لفريق الاحتيال`],
  [
    'praise',
    'facebook',
    `عايز اشكر خدمة عملاء بنك مصر على الصبر، والدتي كبيرة في السن وقعدوا معاها على التليفون نص ساعة لحد ما فهمت`,
  ],
  ['praise', 'x', `stc bank احسن شي صار لي هالسنة، التحويلات فورية وبدون رسوم`],
  ['troll', 'x', `البنوك كلها حرامية واللي يدافع عنهم اغبى منهم`],
  ['troll', 'x', `موظفين خدمة العملاء عندكم مكانهم الصحيح رعي الغنم مو البنك`],
  ['troll', 'x', `يا ك*** انتو وبنككم`],
  ['troll', 'x', `الراجحي بنك الشيبان، ما فيه احد عاقل يفتح فيه حساب اليوم 😂`],
  ['troll', 'x', `كل من يحط فلوسه في هالبنك يستاهل اللي يصير له 🐑`],
  [
    'spam',
    'x',
    `مرحباً، نحن فريق دعم البنك الأهلي. لحل مشكلتك تواصل معنا عبر الواتساب على الرابط wa.me/966571100293 🙏`,
    'snb_support_care',
  ],
  [
    'spam',
    'x',
    `تمويل شخصي فوري بدون كفيل وبدون تحويل راتب، للسعوديين والمقيمين، تواصل خاص 📲`,
    'tamweel_fawri',
  ],
  [
    'spam',
    'instagram',
    `استرجاع اموالك المسروقة من شركات التداول الوهمية خلال ٧ ايام مضمون ١٠٠٪ راسلنا`,
    'istirja3_amwal',
  ],
  [
    'spam',
    'x',
    `🎉 مسابقة اليوم الوطني: اربح ٥٠٠٠ ريال! اضغط الرابط وادخل بيانات بطاقتك للتحقق alahli-gift.com`,
    'alahli_gifts',
  ],
  [
    'spam',
    'x',
    `عزيزي العميل تم ايقاف بطاقتك مؤقتاً، لتفعيلها يرجى تحديث بياناتك عبر الرابط: sa-bank-update.com`,
    'bank_update_sa',
  ],
  ['news', 'news', `البنك المركزي السعودي يثبت معدل اتفاقية إعادة الشراء عند ٥٪`, 'argaamnews'],
  [
    'news',
    'x',
    `عاجل | عطل تقني يصيب تطبيقات عدد من البنوك في الإمارات، والمصرف المركزي يؤكد متابعة الموقف`,
    'alkhaleej_eco',
  ],
  ['news', 'news', `البنك الأهلي المصري يطرح شهادة ادخار جديدة بعائد ٢٢٪ لمدة عام`, 'masrawy_eco'],
  ['news', 'x', `مصرف الراجحي يعلن أرباحاً صافية بقيمة ٤.٦ مليار ريال في الربع الثالث`, 'cnbcarabia'],
  ['other', 'x', `بنك الطعام المصري محتاج متطوعين يوم الجمعة لتوزيع الكراتين`],
  ['other', 'x', `قدام البنك فيه محل فول يفتح الساعة ٦ الصبح، افضل فول في الرياض والله`],
  ['other', 'x', `حلمت اني مدير بنك وصحيت على صوت المنبه، حتى في الحلم ما كملت 😂`],
  ['other', 'x', `بنك الدم في مستشفى الملك فهد يطلب متبرعين فصيلة O سالب، انشروها`],
]

/** @type {Row[]} */
export const nl = [
  [
    'complaint',
    'x',
    `Tikkie van m'n huisgenoot staat al 3 dagen open omdat ik niet kan inloggen met die nieuwe identificatiecode. Ze denkt nu dat ik niet wil betalen. @ING_nl`,
  ],
  [
    'complaint',
    'x',
    `Hoe is het mogelijk dat ik bij @Rabobank 25 minuten in de wacht sta om een pas te blokkeren die al gestolen is`,
  ],
  [
    'complaint',
    'appstore',
    `Na de laatste update werkt de scanner voor QR-betalingen niet meer. iPhone 12. Graag fixen`,
  ],
  [
    'complaint',
    'x',
    `ABN stuurt een brief dat mijn rekening "onder review" staat voor het klantonderzoek, binnen 14 dagen uploaden, maar de uploadlink geeft een 404. ja dank`,
  ],
  [
    'complaint',
    'facebook',
    `Mijn vader (82) kan sinds de overstap naar de nieuwe app helemaal niet meer bij zijn geld. Geen filiaal meer in het dorp. Wat moet hij nou?`,
  ],
  [
    'complaint',
    'x',
    `KBC mobile ligt er al de hele voormiddag uit en mijn lening wordt vandaag afgehouden. Merci hé`,
  ],
  [
    'complaint',
    'forum',
    `Iemand anders ook dat de hypotheekaanvraag bij de SNS al 7 weken "in behandeling" staat? Onze koopakte loopt af eind van de maand`,
  ],
  [
    'complaint',
    'x',
    `reactie op @bunq: same. kaart geweigerd in Portugal bij het tanken, terwijl er genoeg op stond`,
  ],
  [
    'complaint',
    'x',
    `de naam-nummercheck van de ING zegt dat de naam niet klopt bij mijn eigen spaarrekening lol`,
  ],
  [
    'complaint',
    'playstore',
    `Belfius app vraagt elke keer opnieuw om itsme, ook als ik net ben ingelogd. Zeer irritant`,
  ],
  [
    'complaint',
    'x',
    `3 weken terug fraudemelding gedaan, sindsdien 2 mails "we kijken ernaar". Intussen is mijn €650 weg en hoor ik niks`,
  ],
  [
    'question',
    'x',
    `Weet iemand of je bij de ASN nog contant geld kan storten? Spaarpot van mijn zoontje zit vol munten`,
  ],
  [
    'question',
    'forum',
    `Kun je je betaalrekening met de overstapservice meenemen als je ook een hypotheek bij de oude bank hebt?`,
  ],
  ['question', 'x', `@Rabobank geldt de nieuwe rente op de spaarrekening ook voor bestaande rekeningen?`],
  [
    'question',
    'x',
    `Hoe lang duurt een overschrijving van KBC naar een Nederlandse rekening eigenlijk? Voor de huur van ons kot`,
  ],
  ['question', 'reddit', `Bunq of Revolut voor een jaar in Australië? Wil geen gedoe met pinkosten`],
  ['question', 'x', `Is het ING-kantoor bij Utrecht CS nog open of zijn die ook allemaal weg?`],
  [
    'question',
    'youtube',
    `Goeie uitleg! Maar geldt die vrijstelling in box 3 per persoon of per fiscale partner?`,
  ],
  [
    'question',
    'facebook',
    `Mag je nog een gewone pinpas hebben of moet iedereen over naar die debitcard met Mastercard-logo? Mijn moeder snapt er niks van`,
  ],
  [
    'praise',
    'x',
    `Eerlijk is eerlijk: klantenservice van Triodos heeft vandaag in 10 min geregeld waar ik bij mijn vorige bank 3 weken mee bezig was`,
  ],
  [
    'praise',
    'appstore',
    `Eindelijk een bank-app die gewoon werkt. Had eerst problemen met inloggen maar na de update prima. 5 sterren`,
  ],
  [
    'praise',
    'x',
    `shout-out naar de medewerker van het Rabo-kantoor in Zwolle die mijn oma hielp met internetbankieren, ze was er zo blij mee`,
  ],
  [
    'praise',
    'x',
    `bunq gaf meteen een nieuwe virtuele kaart toen mijn pas op vakantie gestolen werd. Top geregeld`,
  ],
  [
    'praise',
    'facebook',
    `Argenta blijft voor mij de beste, gewoon vriendelijk aan het loket en geen fratsen met kosten`,
  ],
  ['troll', 'x', `ING is gewoon een stelletje oplichters in pak, iedereen die er nog bankiert is dom`],
  ['troll', 'x', `rabo medewerkers zijn allemaal k*tboeren die geen computer kunnen bedienen`],
  ['troll', 'x', `@ASNBank duurzaam bankieren haha jullie zijn net zo'n stelletje graaiers als de rest`],
  [
    'troll',
    'x',
    `@ABNAMRO jullie service is net een brandblusser: alleen voor noodgevallen en dan werkt ie niet`,
  ],
  ['troll', 'tiktok', `bankmedewerkers zijn parasieten, punt`],
  [
    'spam',
    'x',
    `@ING_nl Hallo, wat vervelend om te horen! Neem contact op via WhatsApp met onze klantenservice: wa.me/31612345600 voor snelle hulp`,
    'ing_klantenservice_nl',
  ],
  [
    'spam',
    'x',
    `Geld kwijt aan online oplichting? Ons team haalt het terug, 97% succes. DM voor gratis advies 💯`,
    'geldterug_experts',
  ],
  [
    'spam',
    'instagram',
    `Snel lenen zonder BKR-toets! Tot €15.000 binnen 24 uur op je rekening. Link in bio`,
    'snelgeld.nl',
  ],
  [
    'spam',
    'x',
    `🎁 Rabobank Winactie: beantwoord 3 vragen en win €500! Vul je gegevens in op rabo-winactie.nl`,
    'rabo_winactie',
  ],
  [
    'spam',
    'x',
    `Gefeliciteerd! U komt in aanmerking voor terugbetaling van €386,40 te veel betaalde bankkosten. Claim via bankkosten-terug.nl/claim`,
    'bankkosten_retour',
  ],
  ['news', 'news', `Storing bij ING: klanten kunnen niet inloggen in de app, bank onderzoekt oorzaak`, 'nos'],
  [
    'news',
    'news',
    `DNB: banken moeten meer doen tegen witwassen, boetes kunnen oplopen tot miljoenen`,
    'fd_nl',
  ],
  ['news', 'x', `ABN Amro sluit nog eens twaalf kantoren, vakbond kritisch`, 'rtlnieuws'],
  ['news', 'news', `KBC verhoogt getrouwheidspremie op spaarrekening naar 1,5 procent`, 'tijd_be'],
  ['other', 'x', `de voedselbank in Rotterdam-Zuid zoekt nog vrijwilligers voor zaterdag, wie kan?`],
  ['other', 'x', `net een nieuwe bank gekocht bij de Ikea en nu past hij niet door de deur. help`],
  ['other', 'x', `op een bankje in het Vondelpark met een broodje kroket, leven is goed`],
  ['other', 'x', `Iemand een bankstel over voor een studentenhuis in Groningen? Ophalen kan zaterdag`],
]

/** @type {Row[]} */
export const es = [
  [
    'complaint',
    'x',
    `Le hice un SPEI a mi casero desde la app de @BBVA_Mex, a él le llegó una vez y a mí me lo cargaron dos. Ya hablé tres veces, me dan folio y nada`,
  ],
  [
    'complaint',
    'x',
    `el cajero de Bankinter me dio 20€ menos, tengo el ticket y todo, y me dicen que hasta el arqueo no saben nada. ¿y cuándo es el arqueo? nadie sabe`,
  ],
  [
    'complaint',
    'appstore',
    `desde que actualizaron no me deja entrar con huella, pide la clave cada vez y la clave no la reconoce. fatal`,
  ],
  [
    'complaint',
    'x',
    `tres horas en la sucursal de Santander en Puebla para que me digan que "no hay sistema"`,
  ],
  [
    'complaint',
    'facebook',
    `¿A alguien más le han bloqueado la cuenta en Banamex sin aviso? Me cayó el aguinaldo y ahora no puedo sacar nada`,
  ],
  [
    'complaint',
    'x',
    `che @BancoGalicia me debitaron dos veces el seguro del auto y en el chat me dicen que "no figura". figura en mi resumen, loco`,
  ],
  [
    'complaint',
    'x',
    `respondiendo a @BancSabadell: a mí igual, la transferencia inmediata lleva dos días "en proceso"`,
  ],
  [
    'complaint',
    'playstore',
    `La aplicación de BancoEstado se cae justo cuando uno va a pagar. Siempre. Arreglen eso`,
  ],
  [
    'complaint',
    'x',
    `Llevo un mes pidiendo la baja de la tarjeta de crédito en ING y me siguen cobrando la cuota`,
  ],
  [
    'complaint',
    'forum',
    `Mi padre tiene 80 años y le obligan a sacar dinero en el cajero porque en ventanilla "solo martes y jueves de 9 a 11". Luego hablan de inclusión`,
  ],
  [
    'complaint',
    'x',
    `Nu, qué bonito: me clonaron la tarjeta, hice la aclaración hace 45 días y ahora me dicen que "no procede" 🙃`,
  ],
  [
    'question',
    'x',
    `¿Alguien sabe si Bizum tiene límite diario? Quiero pasarle a mi hermano lo del alquiler`,
  ],
  [
    'question',
    'forum',
    `¿Conviene más una cuenta remunerada en Openbank o en Trade Republic? Tengo unos ahorrillos parados`,
  ],
  ['question', 'x', `@Banorte_mx ¿a qué hora abren las sucursales el 24 de diciembre?`],
  ['question', 'x', `pregunta seria: ¿Mercado Pago cuenta como banco para el SAT?`],
  [
    'question',
    'reddit',
    `Me mudo a Madrid desde Buenos Aires, ¿qué banco me abre cuenta con NIE provisional?`,
  ],
  ['question', 'x', `¿Cuánto tarda en llegar la tarjeta nueva de Santander? La pedí el lunes`],
  [
    'question',
    'youtube',
    `Buen video. ¿Lo de la deducción por hipoteca aplica solo si la compraste antes de 2013?`,
  ],
  ['question', 'x', `alguien sabe si Nu ya tiene cajeros propios en CDMX o hay que usar los de otros bancos`],
  [
    'praise',
    'x',
    `Tengo que decirlo: la chica de la oficina de BBVA en Gràcia me solucionó en 10 minutos lo que llevaba semanas atascado. Un 10`,
  ],
  [
    'praise',
    'appstore',
    `Al principio daba errores pero desde la última actualización va perfecta. Transferencias al instante`,
  ],
  ['praise', 'x', `Nu me devolvió el cargo no reconocido en 48 horas sin hacerme dar mil vueltas. Así sí`],
  [
    'praise',
    'x',
    `Después de 20 años con el banco de toda la vida me pasé a Openbank y ojalá lo hubiera hecho antes`,
  ],
  [
    'praise',
    'facebook',
    `Gracias a la gente de BancoEstado de Valdivia que ayudó a mi abuelo con la Cuenta RUT, súper amables`,
  ],
  [
    'troll',
    'x',
    `los de atención al cliente de Santander tienen el cerebro de un mosquito, no se salva ni uno`,
  ],
  ['troll', 'x', `banqueros = ladrones con corbata, y los que defienden a los bancos son unos pendejos`],
  ['troll', 'x', `jajaja Santander patrocinando la F1 con lo que nos roban en comisiones, payasos`],
  ['troll', 'x', `@BBVA hdp`],
  ['troll', 'x', `todos los que trabajan en banca deberían ir presos, punto. no me importa tu caso`],
  [
    'spam',
    'x',
    `@BBVA_Mex Hola, lamentamos lo sucedido. Escríbenos por WhatsApp en wa.me/5215512340099 y un asesor te atenderá de inmediato 🙏`,
    'bbva_soporte_mx',
  ],
  [
    'spam',
    'x',
    `¿Te estafaron con criptomonedas? Recuperamos tu dinero en 72 horas. Escríbeme por DM ✅`,
    'recupera_tu_dinero',
  ],
  [
    'spam',
    'instagram',
    `Préstamos rápidos sin buró 💸 hasta $50,000 depositados hoy. Manda mensaje`,
    'prestamos.express.mx',
  ],
  [
    'spam',
    'x',
    `🎁 Santander sortea 1.000€ entre sus clientes. Verifica tu cuenta aquí para participar: santander-premios.es`,
    'santander_premios',
  ],
  [
    'spam',
    'x',
    `Su envío está retenido por tasas pendientes (1,99€). Pague aquí con su tarjeta para recibirlo: correos-envio-es.com`,
    'correos_aviso',
  ],
  [
    'news',
    'news',
    `El Banco de España alerta del aumento de estafas por suplantación de entidades bancarias`,
    'elpais_economia',
  ],
  [
    'news',
    'x',
    `Caída en la app de BBVA México: usuarios reportan fallas para hacer transferencias; el banco dice que ya trabaja en ello`,
    'elfinanciero_mx',
  ],
  ['news', 'news', `Banxico recorta la tasa de interés en 25 puntos base, a 7%`, 'expansion_mx'],
  ['news', 'news', `Sabadell cerrará 30 oficinas en Cataluña en el primer trimestre`, 'lavanguardia'],
  ['other', 'x', `en la cola del banco una señora me contó toda su vida y sinceramente mejor que Netflix`],
  ['other', 'x', `el banco de alimentos de Sevilla necesita voluntarios el sábado, ¿quién se apunta?`],
  ['other', 'x', `mi gato se ha montado un banco de calcetines debajo del sofá, van 14`],
  ['other', 'reddit', `Hilo de memes de bancos que os hayan hecho reír, empiezo yo`],
]

/** @type {Row[]} */
export const fr = [
  [
    'complaint',
    'x',
    `Plafond de CB passé à 300€ sans prévenir, je l'ai découvert à la caisse de Leroy Merlin avec un chariot plein de placo. @CreditAgricole`,
  ],
  [
    'complaint',
    'x',
    `Il paraît que j'ai changé de conseillère. Personne ne m'a prévenu, la nouvelle ne répond pas et mon rachat de crédit est "en attente de validation" depuis septembre`,
  ],
  [
    'complaint',
    'appstore',
    `Depuis la mise à jour impossible de valider avec Sécuripass, ça tourne dans le vide. Nul`,
  ],
  ['complaint', 'x', `1h15 d'attente à l'agence LCL de Bordeaux pour qu'on me dise de prendre rdv en ligne`],
  [
    'complaint',
    'facebook',
    `Quelqu'un a réussi à joindre le Crédit Agricole ces jours-ci ? Ma carte est bloquée depuis vendredi et j'ai mes courses à faire`,
  ],
  ['complaint', 'x', `Desjardins encore en panne un vendredi de paye, c'est rendu une tradition`],
  [
    'complaint',
    'x',
    `en réponse à @Boursorama : pareil ici, le virement instantané est parti mais j'ai été débité deux fois`,
  ],
  [
    'complaint',
    'playstore',
    `L'appli Belfius plante dès qu'on veut ajouter un bénéficiaire. Une fois sur deux. Réparez ça svp`,
  ],
  [
    'complaint',
    'x',
    `Ma mère a 84 ans, son agence ferme, la plus proche est à 30 km et elle ne conduit plus. La Banque Postale, service public mon œil`,
  ],
  [
    'complaint',
    'forum',
    `3 mois que j'attends la clôture de mon compte joint après le divorce, toujours des frais chaque mois, personne ne répond aux courriers`,
  ],
  [
    'complaint',
    'x',
    `Prêt immo validé, offre éditée, et là on me dit qu'il manque un papier que j'ai envoyé 3 fois. Signature chez le notaire vendredi. Je craque`,
  ],
  [
    'question',
    'x',
    `Quelqu'un sait si on peut encore déposer des chèques au guichet à la Caisse d'Épargne ou c'est que par automate maintenant ?`,
  ],
  [
    'question',
    'forum',
    `Le livret A à 2,4% ça vaut encore le coup ou je passe sur un LDDS ? Je comprends rien`,
  ],
  ['question', 'x', `@Revolut est-ce que l'IBAN français marche pour recevoir la CAF ?`],
  ['question', 'x', `C'est quoi les horaires de la BNP à Lyon Part-Dieu le samedi ?`],
  [
    'question',
    'reddit',
    `Au Québec, TD ou Desjardins pour un étudiant étranger? J'arrive de France en janvier`,
  ],
  ['question', 'x', `Avec une Visa Premier à l'étranger, y a des frais sur les retraits ou pas ?`],
  [
    'question',
    'youtube',
    `Merci pour la vidéo ! Le PEA on peut l'ouvrir dans une banque en ligne et le transférer plus tard ?`,
  ],
  ['question', 'x', `Question bête : on peut avoir un compte PostFinance quand on est frontalier ?`],
  [
    'praise',
    'x',
    `Franchement chapeau au conseiller du Crédit Mutuel de Colmar qui a rappelé mon père trois fois pour être sûr qu'il avait compris. Ça se fait plus`,
  ],
  [
    'praise',
    'appstore',
    `Après des mois de bugs elle est enfin stable. Rapide, claire, les notifs arrivent tout de suite. Bravo`,
  ],
  ['praise', 'x', `Boursorama m'a remboursé la fraude en 3 jours, j'y croyais pas. Merci`],
  [
    'praise',
    'x',
    `Desjardins m'a appelé en 5 minutes pour une transaction louche, carte bloquée, nouvelle carte en 2 jours. Ben correct`,
  ],
  [
    'praise',
    'facebook',
    `Hello bank c'est vraiment bien pour les jeunes, pas de frais et l'appli est simple. Je recommande`,
  ],
  ['troll', 'x', `Les banquiers sont des parasites et ceux qui les défendent des larbins`],
  ['troll', 'x', `le service client de la SG c'est 3 neurones qui se battent en duel`],
  ['troll', 'x', `@LCL bande de c*nnards`],
  [
    'troll',
    'x',
    `@BanquePopulaire vous êtes la preuve vivante qu'on peut être incompétent et payé quand même`,
  ],
  ['troll', 'x', `si t'as encore ton argent chez eux t'es un pigeon, faut pas venir pleurer`],
  [
    'spam',
    'x',
    `@BNPParibas Bonjour, désolé pour la gêne occasionnée. Contactez notre service client par WhatsApp : wa.me/33757000112 pour une résolution rapide`,
    'bnp_assistance_fr',
  ],
  [
    'spam',
    'x',
    `Victime d'une arnaque crypto ou d'un faux conseiller ? Nos experts récupèrent vos fonds sous 7 jours, écrivez-nous en privé`,
    'recup_fonds_pro',
  ],
  [
    'spam',
    'instagram',
    `Prêt entre particuliers sérieux, 2% taux fixe, de 2 000 à 50 000 €, réponse en 24h. Contactez-moi 📩`,
    'pret_serieux_fr',
  ],
  [
    'spam',
    'x',
    `🎁 Le Crédit Agricole offre 300€ à 1000 clients pour son anniversaire ! Participez ici : ca-cadeau.fr`,
    'ca_cadeaux',
  ],
  [
    'spam',
    'x',
    `Ameli : un remboursement de 147,30€ est en attente. Confirmez vos coordonnées bancaires : ameli-remboursement.info`,
    'ameli_info_rembt',
  ],
  [
    'news',
    'news',
    `Panne géante : les clients de plusieurs banques privés de paiement par carte pendant deux heures`,
    'franceinfo',
  ],
  ['news', 'news', `La Banque de France relève sa prévision de croissance pour 2027`, 'lesechos'],
  ['news', 'x', `Desjardins annonce la fermeture de 12 points de service en Mauricie`, 'radiocanada'],
  ['news', 'news', `Société Générale va supprimer 900 postes en France d'ici 2028`, 'lefigaro_eco'],
  ['other', 'x', `la banque alimentaire de Lille cherche des bénévoles ce week-end, partagez`],
  ['other', 'x', `j'ai rêvé que je braquais une banque avec ma grand-mère, on était en trottinette`],
  [
    'other',
    'x',
    `mon fils joue à la marchande et il a ouvert une banque de billes dans sa chambre, il prend 10% de frais 😂`,
  ],
  [
    'other',
    'reddit',
    `Vos pires anecdotes de stage en banque ? Je commence : on m'a fait classer des fax en 2024`,
  ],
]

/** @type {Row[]} */
export const de = [
  [
    'complaint',
    'x',
    `@Sparkasse schreibt, ich soll die neuen AGB bestätigen, sonst wird gekündigt. Der Link im Online-Banking führt auf eine Fehlerseite. Also was jetzt`,
  ],
  [
    'complaint',
    'x',
    `Commerzbank hat die Kontoführung auf 12,90 € hochgesetzt und mir das per Postfach-Nachricht mitgeteilt, die ich nie lese. Kündigung läuft, aber natürlich nur schriftlich`,
  ],
  ['complaint', 'appstore', `Seit dem Update geht die pushTAN-Freigabe nicht mehr, hängt ewig. Unbrauchbar`],
  [
    'complaint',
    'x',
    `50 Minuten in der Filiale der Deutschen Bank am Hauptbahnhof, um zu erfahren, dass ich online einen Termin machen soll`,
  ],
  [
    'complaint',
    'facebook',
    `Hat noch jemand Probleme mit der Volksbank-Karte? Seit Freitag gesperrt, keine Ahnung warum, Hotline sagt nur "wird geprüft"`,
  ],
  ['complaint', 'x', `Bank Austria wieder mal down, grad am Monatsersten. Eh klar`],
  [
    'complaint',
    'x',
    `als Antwort auf @N26: same hier, Konto einfach gesperrt wegen "Überprüfung", seit 2 Wochen kein Zugriff auf mein Gehalt`,
  ],
  [
    'complaint',
    'playstore',
    `Die ING App loggt mich ständig aus, sobald ich kurz in eine andere App wechsle. Nervig`,
  ],
  [
    'complaint',
    'x',
    `Meine Oma, 86, soll jetzt für jede Überweisung in die nächste Stadt fahren, weil die Filiale im Dorf zu ist. Danke Raiffeisen`,
  ],
  [
    'complaint',
    'forum',
    `Seit 8 Wochen warte ich auf die Zusage der Baufinanzierung, der Notartermin wurde schon zweimal verschoben. Niemand ruft zurück`,
  ],
  [
    'complaint',
    'x',
    `Kreditkarte im Urlaub gesperrt "zu meiner Sicherheit". Stand in Lissabon an der Hotelrezeption wie ein Depp`,
  ],
  ['question', 'x', `Weiß jemand, ob man bei der Postbank noch Münzgeld einzahlen kann und was das kostet?`],
  [
    'question',
    'forum',
    `Tagesgeld bei Trade Republic oder lieber bei der Hausbank lassen? Geht um 10k Notgroschen`,
  ],
  ['question', 'x', `@ING_de gilt der Neukundenzins auch, wenn ich vor 5 Jahren mal ein Konto hatte?`],
  ['question', 'x', `Hat die Sparkasse an Heiligabend offen oder alles zu?`],
  [
    'question',
    'reddit',
    `Ziehe von Wien nach München, brauche ich ein deutsches Konto fürs Gehalt oder geht auch die Erste Bank?`,
  ],
  [
    'question',
    'x',
    `Wie lange dauert eine SEPA-Echtzeitüberweisung eigentlich wirklich? Sollen doch 10 Sekunden sein`,
  ],
  ['question', 'youtube', `Gutes Video! Gilt der Sparerpauschbetrag pro Person oder pro Konto?`],
  [
    'question',
    'x',
    `Frage an die Schweizer: kann man bei der UBS noch ein Sparkonto für Kinder ohne Gebühren eröffnen?`,
  ],
  [
    'praise',
    'x',
    `Muss auch mal gesagt werden: die Dame von der Sparkasse in Hameln hat meiner Mutter eine Stunde lang das Online-Banking erklärt. Super geduldig`,
  ],
  [
    'praise',
    'appstore',
    `War lange buggy, aber seit dem letzten Update läuft alles flüssig. Echtzeitüberweisung top`,
  ],
  [
    'praise',
    'x',
    `DKB hat mir das Geld vom Phishing innerhalb einer Woche erstattet. Hätte ich nicht gedacht, danke`,
  ],
  [
    'praise',
    'x',
    `Nach 15 Jahren Deutsche Bank endlich zu einer Direktbank gewechselt, hätte ich viel früher machen sollen`,
  ],
  [
    'praise',
    'facebook',
    `Großes Lob an die Raiffeisenbank in Tirol, unkompliziert und freundlich, so muss das`,
  ],
  ['troll', 'x', `Banker sind Schmarotzer und wer die verteidigt ist genauso dumm`],
  ['troll', 'x', `Die Hotline der Postbank ist besetzt mit Leuten, die nicht bis drei zählen können`],
  ['troll', 'x', `@commerzbank ihr Wi***er`],
  ['troll', 'x', `Deutsche Bank: seit 20 Jahren Skandale im Abo. Wer da noch Kunde ist, ist selber schuld`],
  ['troll', 'x', `wer noch bei der Sparkasse ist, hat's nicht anders verdient. Schafe`],
  [
    'spam',
    'x',
    `@Sparkasse Hallo, das tut uns leid! Bitte kontaktieren Sie unseren Kundenservice über WhatsApp: wa.me/4915112345600 für schnelle Hilfe`,
    'sparkasse_hilfe_de',
  ],
  [
    'spam',
    'x',
    `Geld durch Online-Betrug verloren? Wir holen es zurück – 95 % Erfolgsquote. Schreiben Sie uns per DM`,
    'geld_zurueck_profis',
  ],
  [
    'spam',
    'instagram',
    `Kredit ohne Schufa 💶 bis 20.000 € sofort aufs Konto, auch für Selbstständige. Link in Bio`,
    'kredit.sofort.de',
  ],
  [
    'spam',
    'x',
    `🎁 Volksbank Jubiläumsaktion: 500 € für die ersten 1000 Kunden! Jetzt Daten bestätigen: vb-jubilaeum.de`,
    'vb_aktion',
  ],
  [
    'spam',
    'x',
    `Ihr Sparkassen-Konto wurde vorübergehend eingeschränkt. Bestätigen Sie Ihre Identität unter sparkasse-legitimation.de innerhalb von 24 Std.`,
    'sparkasse_sicherheit',
  ],
  ['news', 'news', `Störung bei mehreren Sparkassen: Kunden können nicht mit Karte zahlen`, 'tagesschau'],
  ['news', 'news', `EZB senkt den Einlagensatz um 0,25 Prozentpunkte`, 'handelsblatt'],
  [
    'news',
    'x',
    `Commerzbank streicht weitere 3.900 Stellen, Gewerkschaft kündigt Widerstand an`,
    'spiegel_wirtschaft',
  ],
  ['news', 'news', `Erste Group meldet Rekordgewinn im dritten Quartal`, 'derstandard'],
  ['other', 'x', `Sitze auf einer Bank im Englischen Garten und die Sonne scheint, Dezember ist verrückt`],
  ['other', 'x', `die Blutbank im Uniklinikum braucht dringend A negativ, bitte teilen`],
  ['other', 'x', `Mein Sohn spielt Bank mit seinen Kuscheltieren und verlangt 5 % Zinsen vom Teddy 😂`],
  [
    'other',
    'reddit',
    `Was war euer dümmster Ferienjob in einer Bank? Ich: Kontoauszüge nach Farbe sortieren`,
  ],
]
