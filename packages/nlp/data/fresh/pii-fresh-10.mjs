// Fresh BLIND personal-data set 10 (issue 11). Written 2026-12-07 from 01:55 UTC (session 2) by
// the redteam10p engineer BEFORE reading src/pii*.ts, the nlp README's PII sections or the posts
// and renderers of sets 1–9 (only set 9's header, its export names, the eval script and the
// standards were read), and committed before it was first scored. Nothing here is tuned on: it
// is the session's held-out measurement of masking.
//
// Posts as customers write them in public: angry @-replies, replies to a bank's "DM us", scams
// retold by their victims or their children, app reviews, money requests among friends (Tikkie,
// bote, cagnotte, Vodafone Cash, CLABE), e-mail signatures pasted into complaints, long rambling
// posts with the value near the end. Values as each country types them: cards grouped by four
// (Amex 4-6-5) or copied bare; IBANs grouped by four or bare; the phone habits of each country
// (07700 900…, (312) 555-01…, 138 xxxx xxxx, 021-xxxx xxxx, 05x xxx xxxx, 010 xxxx xxxx,
// 06-xxxxxxxx, 0476 xx xx xx, 612 xx xx xx, 55 xxxx xxxx, 06 xx xx xx xx, 0171 xxxxxxx, 089 /
// xxxx xxxx, 079 xxx xx xx); Arabic-Indic digits in some Arabic posts and full-width digits in a
// few Chinese ones as written. Most values are written once, plainly, near context words, as a
// real stream has them; phones and e-mails outnumber cards, IBANs, OTPs and national ids.
//
// Markers (read by scripts/lib/pii-render-10.mjs):
//   ⟦kind:value|other|other⟧  a sensitive value exactly as written (kinds as in packages/schema
//                              PII_KINDS), then up to two other ways the same author might have
//                              written it (bare, regrouped, international, "at … dot …");
//   ⟪…⟫                        an ordinary number that must survive masking.
//
// Values are synthetic with valid check digits (Luhn in the issuer's range: Visa 13/16, mada on
// Visa BINs, Mastercard 51–55 and 2221–2720, Amex, Discover, Maestro, UnionPay 16 and 19;
// ISO 13616 mod-97 with the national keys of FR (RIB), ES (CCC), BE and PT; the BSN 11-proef; the
// CLABE weights); SSNs keep the SSA's rules, NI numbers HMRC's prefix rules; UK and US phones
// use Ofcom's drama ranges and NANP's 555-01xx. Long ordinary references fail Luhn and mod-97.
export const sensitive = [
  // ───────────── en ─────────────
  [
    'en',
    `@LotusBank_UK 3rd time ive asked. card ending ⟪4417⟫ was cloned, full number ⟦card:4041 4679 2716 4099⟧ , £⟪86.20⟫ at some "AMZN MKTP" i never used. sort it out`,
  ],
  [
    'en',
    `Just got off the phone with your so called fraud team. I was told to "send the details by DM" but DMs are broken so here: sort code ⟦uk_account:20-45-77 43018826|204577 43018826⟧, name Mrs P Ashworth. I am ⟪78⟫ years old and this has been going on since ⟪14 November⟫. My son's number is ⟦phone:07700 900418|+44 7700 900418⟧ ring him not me.`,
  ],
  [
    'en',
    `my mum just read her whole card number out on a facebook live 🤦‍♀️ ⟦card:5286926265245241⟧ can someone from lotus bank block it pls before the scammers see`,
  ],
  [
    'en',
    `Review ⭐️ - app keeps logging me out. reset my password to ⟦password:Liverpool1892!⟧ like it asked and STILL says invalid. version ⟪4.12.1⟫ on iphone ⟪13⟫`,
  ],
  [
    'en',
    `hey @LotusBankHelp the code u sent me is ⟦otp:730194⟧ but it says expired after like ⟪20⟫ seconds?? tried ⟪3⟫ times now`,
  ],
  [
    'en',
    `> Please do not share personal details publicly.
  ok but you havent replied to my email in ⟪9⟫ days. email me at ⟦email:dan.okafor88@gmail.com|dan.okafor88 at gmail dot com⟧ or call ⟦phone:+44 161 496 0732|0161 496 0732⟧`,
  ],
  [
    'en',
    `So I applied for the mortgage in August, uploaded everything they asked for, payslips, P60, the lot. Then in October they said they never got it. Uploaded again. Then they asked for my National Insurance number AGAIN even though its on the P60, fine, it's ⟦uk_nino:OY 57 62 40 B⟧. Then nothing for ⟪3⟫ weeks. Now the rate offer of ⟪4.29%⟫ has expired and the new one is ⟪4.89%⟫. On a £⟪245,000⟫ loan thats about £⟪90⟫ a month more. Absolutely disgraceful, the broker agrees.`,
  ],
  [
    'en',
    `Amex ⟦card:3434 237298 55460⟧ declined at the airport in Dublin, gate ⟪B12⟫, flight ⟪EI 164⟫ boarding in ⟪40⟫ mins, please someone pick up`,
  ],
  [
    'en',
    `Lotus Bank US support is a joke. They wanted my SSN over twitter?? fine whatever ⟦us_ssn:594-05-3797⟧ now FIX MY ACCOUNT`,
  ],
  [
    'en',
    `reply to @lotusbank: account no. ⟦account_number:31926640⟧ , still waiting on the $⟪1,200⟫ refund, ticket ⟪#4471902⟫`,
  ],
  [
    'en',
    `To whoever runs this page. My father (⟪81⟫) was called by "the bank" and gave them his PIN ⟦otp:4096⟧ and the long card number. They took £⟪2,340⟫. The police reference is ⟪NFRC2611209⟫. You need to refund him. Contact me on ⟦email:s.hargreaves@btinternet.com⟧ please.`,
  ],
  [
    'en',
    `Kind regards,
  Tom Brennan
  Operations Manager | Brennan Haulage Ltd
  M: ⟦phone:07700 900 562|+44 (0)7700 900562⟧
  T: ⟦phone:0113 496 0219|+44 113 496 0219⟧
  E: ⟦email:tom@brennanhaulage.co.uk⟧`,
  ],
  [
    'en',
    `ok so whoever has the card ⟦card:4225181445780843⟧ i found it on the bus (route ⟪42⟫) handed it in at the branch on high st`,
  ],
  [
    'en',
    `Called the number on the back of the card ⟪3⟫ times and it just rang out. My number if anyone from the bank sees this ⟦phone:(312) 555-0186|312-555-0186|+1 312 555 0186⟧, text is fine`,
  ],
  [
    'en',
    `Irish customer here, trying to pay my landlord ⟦iban:IE36 BOFI 4019 9428 8610 13⟧ and the app says "invalid BIC". Its AIBKIE2D. Rent of €⟪1,650⟫ due on the ⟪1st⟫`,
  ],
  [
    'en',
    `i literally typed my pin wrong ⟪3⟫ times its ⟦otp:2580⟧ i KNOW it is. card blocked now. thanks lotus 🙃`,
  ],
  [
    'en',
    `Pls help!! Sent £⟪450⟫ to wrong acc. Should of been ⟦uk_account:sort code 30-96-26 acc 71425539|30 96 26 71425539⟧, I put 30-96-62. Reference was "rent nov". Been on hold ⟪1hr 15⟫`,
  ],
  [
    'en',
    `Dear Sir/Madam, I am writing to complain for the second time. My account number is ⟦account_number:0048 2291 7730⟧ and my phone number is ⟦phone:+1 (646) 555-0139|646.555.0139⟧. I was charged a $⟪35⟫ overdraft fee on ⟪11/24/2026⟫ although my balance was $⟪212.18⟫. I request a full refund. Sincerely, Harold Whitcomb`,
  ],
  [
    'en',
    `new phone who dis 😂 anyway my new number is ⟦phone:07700900347|07700 900347⟧ update it on my account pls @LotusBankUK, old one was ⟦phone:07700 900 981⟧`,
  ],
  [
    'en',
    `discover card ⟦card:6011 6831 3296 4229⟧ charged twice for the same $⟪59.99⟫ subscription. case ⟪00871342⟫`,
  ],
  [
    'en',
    `@LotusBankUK u asked for my email in the dm but it wont send so its ⟦email:kayleigh_x_smith@hotmail.co.uk⟧ x`,
  ],
  [
    'en',
    `"verification code: ⟦otp:583 921⟧. Do not share this code with anyone." - so why did your agent ask me for it on the phone??? screenshot attached`,
  ],
  [
    'en',
    `Lotus Bank texted me to "verify" my social, so stupid of me, I replied ⟦us_ssn:844944147⟧ before I realised. Now there's a $⟪3,400⟫ loan in my name. What do I do?`,
  ],
  [
    'en',
    `Form keeps rejecting my SSN format. tried ⟦us_ssn:396 21 9207⟧ and with dashes. Page just reloads. chrome ⟪131⟫`,
  ],
  [
    'en',
    `NI no. ⟦uk_nino:MG249475B⟧ - they asked on the phone then said they cant find me?? been with you since ⟪2009⟫`,
  ],
  [
    'en',
    `Pay me back for the festival tickets pls 🎫 £⟪64⟫ each
  Sort code: ⟦uk_account:04-00-04 Acc: 62719438|040004 62719438⟧
  Ta x`,
  ],
  [
    'en',
    `Salary paid into the wrong account, HR used ⟦uk_account:sort 40-12-76, account 91528304⟧ but mine ends ⟪8306⟫ not ⟪8304⟫. Can you recall it? £⟪2,180.55⟫`,
  ],
  [
    'en',
    `Starting a new job monday and payroll want my national insurance number, i dont have my P60 so i've put ⟦uk_nino:HP 613624 C⟧ from an old payslip, hopefully right lol`,
  ],
  [
    'en',
    `@LotusBankUK the form says "National Insurance number (e.g. QQ 12 34 56 C)" and wont accept mine ⟦uk_nino:wh181422c⟧ even tho its correct`,
  ],
  [
    'en',
    `ISA transfer stuck since ⟪October⟫. NINO ⟦uk_nino:TS 00 54 78 A⟧, old provider reference ⟪ISA-77120⟫, value £⟪18,430⟫. Please escalate.`,
  ],
  [
    'en',
    `Can anyone else not set up a new payee? Trying ⟦uk_account:60-83-71 / 28819054|608371 28819054⟧ (my landlord) and it says the details dont match. Confirmation of Payee my a**`,
  ],
  [
    'en',
    `Gran wrote her bank details on the christmas card to me, "sort code ⟦uk_account:09-01-29 account number 50213476⟧" bless her 😂 posting here so you can see what im up against`,
  ],
  [
    'en',
    `My daughter's social is ⟦us_ssn:809-12-5547⟧ and the college account was opened by someone else with it. Lotus Bank US please call ⟦phone:(718) 555-0164|718-555-0164⟧`,
  ],
  // ───────────── zh ─────────────
  [
    'zh',
    `莲花银行你们到底管不管？我的卡号⟦card:6214 8355 5310 3484 036⟧昨天晚上⟪23:40⟫被刷了⟪3⟫笔，一共¥⟪8,600⟫，我人在家里睡觉！客服电话打了⟪40⟫分钟没人接`,
  ],
  [
    'zh',
    `有没有人知道莲花银行信用卡中心电话？我打⟪95555⟫一直占线。我的手机⟦phone:138 1742 6093|13817426093|+86 138 1742 6093⟧，麻烦客服回个电`,
  ],
  [
    'zh',
    `刚收到短信【莲花银行】您的验证码为⟦otp:604918⟧，⟪5⟫分钟内有效。我根本没有在操作啊，是不是有人在盗我号？？`,
  ],
  [
    'zh',
    `求助帖：老妈把银行卡密码⟦otp:820316⟧告诉了一个自称"公安局"的人，卡号是⟦card:6217009493491655⟧，现在余额只剩⟪12.5⟫元了😭 已经报警，回执编号⟪110202612060087⟫`,
  ],
  [
    'zh',
    `@莲花银行客服 私信发不出去，只能在这里说了：账号⟦account_number:6217 0000 1200 3456 781⟧，户名张*明，转账⟪2万⟫到现在没到账`,
  ],
  [
    'zh',
    `联系人：王经理
  电话：⟦phone:021-5012 3867|021-50123867⟧
  手机：⟦phone:139-1688-2407|13916882407⟧
  邮箱：⟦email:wang.lei@lotus-trade.cn⟧`,
  ],
  ['zh', `app评分⭐️ 更新到⟪6.2.0⟫之后登录不了，密码⟦password:wl19900815⟧明明是对的，一直提示错误`],
  ['zh', `我的邮箱⟦email:1849302765@qq.com⟧，投诉了⟪3⟫次都没人回复，你们⟪12⟫月⟪1⟫号说⟪48⟫小时内处理的呢？`],
  [
    'zh',
    `工行转莲花银行的钱被退回了，说账户信息有误。收款卡号：⟦card:6214837348422664816⟧ 收款人：李娜，开户行：莲花银行深圳南山支行`,
  ],
  [
    'zh',
    `骗子打电话给我说是莲花银行的，号码是⟦phone:0755-8672 3190|075586723190⟧，让我提供验证码，大家小心！！！`,
  ],
  [
    'zh',
    `在香港用信用卡⟦card:4377 1097 4682 5427⟧消费HK$⟪3,280⟫，回来账单上多了一笔⟪1.5%⟫的货币转换费，之前说好免的`,
  ],
  [
    'zh',
    `转发扩散：我家老人走失，联系电话⟦phone:186 0211 7735|18602117735⟧，另外他兜里有张莲花银行的卡，捡到请别乱用`,
  ],
  [
    'zh',
    `说真的莲花银行的客服态度太差了。我是做小生意的，每个月流水⟪20⟫多万，上周突然账户被冻结，说是风控。打电话问，客服让我去柜台，柜台让我打电话，来回跑了⟪4⟫趟。今天终于有个经理加了我微信，说让我把营业执照、身份证、近⟪6⟫个月流水都发给他。我发了，然后他说还要我登录网银的密码，说帮我"解冻"，我觉得不对劲没给。后来想想他留的邮箱也很奇怪⟦email:lotusbank_service2026@163.com⟧，根本不是官方的。大家遇到这种一定要小心。我的对公账户⟦account_number:7319 0155 2604 0018⟧现在还是冻结状态。`,
  ],
  [
    'zh',
    `【交易提醒】您尾号⟪6093⟫的卡于⟪12⟫月⟪05⟫日⟪14:22⟫消费⟪2,399.00⟫元。如有疑问请致电。—— 这是我收到的短信，但我的完整卡号是⟦card:６２１４ ８３４２ １３３６ ６５６１⟧，根本没消费过`,
  ],
  ['zh', `有大佬知道北京分行座机吗？我查到的是⟦phone:010-8526 4471|(010)85264471⟧，打过去说是空号`],
  ['zh', `我老公把网银密码设成⟦password:qwe123456⟧，还在朋友圈晒出来，真是服了😅`],
  [
    'zh',
    `回复 @莲花银行：我的手机号是⟦phone:+86 159 2083 6614|15920836614⟧，邮箱⟦email:chen_xiaoyu@163.com⟧，订单号⟪DD20261203118842⟫`,
  ],
  [
    'zh',
    `台湾朋友请问一下，莲花银行的信用卡在台北能用吗？我的是万事达⟦card:5422 7360 4152 5039⟧，刷了⟪2⟫次都失败`,
  ],
  ['zh', `给你们客服发了邮件到⟦email:lotus.help@outlook.com⟧，是你们官网留的吗？还是我被骗了`],
  ['zh', `动态码⟦otp:39 21 07⟧，转账⟪5000⟫元，我没操作过，怎么回事`],
  [
    'zh',
    `我的银行卡号：⟦card:６２１７ ００００ １６３０ ８３９０ ７４９⟧。⟪11⟫月份的年费⟪200⟫元为什么又扣了？`,
  ],
  // ───────────── ar ─────────────
  [
    'ar',
    `@LotusBankKSA والله حرام عليكم، بطاقتي ⟦card:٤٣٤٤ ٥٧٥٣ ٦٠٥٦ ٦٥٥٦⟧ انسحب منها ⟪١٬٢٠٠⟫ ريال وانا نايم! ابي حل اليوم`,
  ],
  [
    'ar',
    `السلام عليكم، حاولت اتواصل مع خدمة العملاء اكثر من ⟪٥⟫ مرات بدون فايدة. رقم جوالي ⟦phone:٠٥٥ ٣٢١ ٤٨٧٦|+966 55 321 4876|0553214876⟧ ارجو الاتصال بي في اقرب وقت`,
  ],
  ['ar', `وصلني رمز التحقق ⟦otp:٤٨٢٩١٣⟧ وانا ما طلبت شي!! مين يحاول يدخل حسابي؟`],
  ['ar', `الايبان حقي ⟦iban:SA08 4514 2215 2246 6109 5145⟧ حولت لي الشركة الراتب من ⟪٣⟫ ايام وما وصل`],
  [
    'ar',
    `يا جماعة حد يعرف رقم فرع دبي مول؟ انا رقمي ⟦phone:050 412 7789|+971 50 412 7789⟧ لو حد من البنك يشوف`,
  ],
  ['ar', `بنك اللوتس مصر ⭐ التطبيق مش شغال من امبارح. الباسورد ⟦password:Ahmed@2020⟧ صح ومش بيقبله`],
  ['ar', `الحساب رقم ⟦account_number:100 2233 4871 09⟧ تم ايقافه بدون سبب، عندي اقساط لازم تتدفع يوم ⟪١٥⟫`],
  ['ar', `للتواصل: ⟦email:m.alharbi1990@gmail.com⟧ او واتساب ⟦phone:+966 50 771 2398|00966507712398⟧`],
  [
    'ar',
    `حد يساعدني، امي كبيرة في السن واتصل عليها واحد قال انه من البنك وطلب الرقم السري ⟦otp:٧٣٥١⟧ وعطته له 😢 وسحبوا ⟪٨٬٥٠٠⟫ ريال. البطاقة رقمها ⟦card:4935879534479984⟧ وقفتها الحين بس الفلوس راحت`,
  ],
  [
    'ar',
    `رد على @LotusBankUAE: الآيبان ⟦iban:AE35 5308 2243 1424 0875 560⟧ والمبلغ ⟪٤٬٧٥٠⟫ درهم، رقم المرجع ⟪FT26339018842⟫`,
  ],
  [
    'ar',
    `انا عميل من ⟪١٢⟫ سنة وهذي اول مرة اشوف تعامل بهالشكل. رحت الفرع ⟪٣⟫ مرات، كل مرة يقولون النظام واقف. طلبوا مني اكتب ايميلي في ورقة وقالوا بنتواصل معك خلال يومين. مر اسبوعين. الايميل هو ⟦email:abu_faisal77@hotmail.com⟧ اذا احد من الادارة يقرأ. وللعلم رقم الهاتف الثابت حق البيت ⟦phone:٠١١ ٤٦٥ ٢٣٨٠|+966 11 465 2380⟧`,
  ],
  [
    'ar',
    `محتاج حد يحولي ⟪٥٠٠⟫ جنيه ضروري على فودافون كاش ⟦phone:010 2876 4591|01028764591⟧ وهرجعهم اول الشهر`,
  ],
  ['ar', `بطاقة ماستر ⟦card:5374 4918 0897 1582⟧ اتسحب منها ⟪٢٬٣٥٠⟫ جنيه من موقع مش عارفه`],
  ['ar', `اخويا غير الرقم السري للتطبيق وكتبه في الجروب: ⟦password:Mm123456⟧ 🤦‍♂️ بنك اللوتس لازم يعلم الناس`],
  [
    'ar',
    `IBAN: ⟦iban:EG92 3452 1266 8208 0058 6986 5562 3⟧
  الاسم: محمود عبد الرحمن
  البنك: بنك اللوتس - فرع المعادي`,
  ],
  ['ar', `الخط الارضي ⟦phone:02 2516 7740|+20 2 2516 7740⟧ مش بيرد خالص، والفرع قالي اتصل بيه`],
  ['ar', `كود التفعيل ⟦otp:٩١٧٢٠٤⟧ ما يوصل الا بعد ما ينتهي ⟪٦٠⟫ ثانية 🙄`],
  [
    'ar',
    `شكرا لموظفة الفرع رقم ⟪٢١٤⟫ ساعدتني كثير. للي يبي يتواصل معها ايميلها ⟦email:noura.alqahtani@lotusbank.sa⟧`,
  ],
  ['ar', `دفعت بالبطاقة ⟦card:4985 4713 9925 9732⟧ في كارفور ⟪٣٤٠⟫ درهم وطلعت مرتين`],
  ['ar', `رقم حسابي في الراجحي ⟦account_number:٥٨٢٦٠٨٠١٠٠٧٤٣١٥⟧ وين فلوسي يا بنك اللوتس`],
  ['ar', `Hi @LotusBankUAE my whatsapp ⟦phone:+971 56 238 9014|056 238 9014⟧ ارجو التواصل عاجل`],
  // ───────────── nl ─────────────
  [
    'nl',
    `@LotusBankNL al ⟪3⟫ dagen geen reactie. Mijn rekeningnummer is ⟦iban:NL08 TRIO 6614 1918 56⟧ en er is €⟪1.250,00⟫ afgeschreven die ik niet herken. Bel me op ⟦phone:06-41829375|06 41 82 93 75|+31 6 41829375⟧`,
  ],
  [
    'nl',
    `wie heeft er nou een pinpas gevonden bij de AH op de Kruiskade?? ⟦card:5018 3963 1731 9706⟧ naam staat erop, breng maar naar de balie`,
  ],
  [
    'nl',
    `Ik snap er niks van. Belastingdienst vraagt om mijn BSN ⟦nl_bsn:549029072⟧ en de bank ook weer, maar het formulier werkt niet in de app (versie ⟪8.4.1⟫).`,
  ],
  ['nl', `tikkie van ⟪€23,50⟫ voor de pizza, of gewoon overmaken naar ⟦iban:NL57ABNA0615899288⟧ tnx 🍕`],
  [
    'nl',
    `Lotus Bank is echt waardeloos geworden. Vroeger kon je gewoon naar het kantoor in de stad, nu moet alles via de app en die doet het de helft van de tijd niet. Vorige week had ik een probleem met een overboeking van €⟪340⟫ naar mijn dochter, die kwam nooit aan. Heb ⟪4⟫ keer gebeld naar ⟪020⟫ nummer, telkens ⟪25⟫ minuten in de wacht. Uiteindelijk zei iemand dat ik het moest mailen. Mijn mailadres is ⟦email:h.vandenberg@ziggo.nl⟧ en mijn vaste nummer ⟦phone:010 - 4129 837|010-4129837|+31 10 412 9837⟧ want dat mobieltje gebruik ik niet.`,
  ],
  ['nl', `de sms-code was ⟦otp:285 147⟧ en toen had iemand anders ineens toegang?? hoe dan`],
  [
    'nl',
    `Aan het webcare team: mijn BSN is ⟦nl_bsn:3293.84.880⟧ en geboortedatum ⟪12-03-1958⟫. Graag een brief sturen want ik heb geen internetbankieren.`,
  ],
  [
    'nl',
    `Met vriendelijke groet,
  
  Sanne de Vries
  Financieel administrateur
  T ⟦phone:+31 (0)30 256 7180|030 256 7180⟧
  M ⟦phone:06 - 2873 1946|0628731946⟧
  ⟦email:s.devries@devriesadvies.nl⟧`,
  ],
  [
    'nl',
    `Belgische klant hier 🇧🇪 mijn rekening ⟦iban:BE97 3363 6745 7849⟧ staat al ⟪2⟫ weken geblokkeerd. Bel me op ⟦phone:0476 21 38 94|+32 476 21 38 94⟧`,
  ],
  ['nl', `wachtwoord gewijzigd naar ⟦password:Ajax2024!!⟧ en nu kan ik nog steeds niet inloggen pfff`],
  [
    'nl',
    `Pas ⟦card:4370 3014 4986 5969⟧ geweigerd in Spanje terwijl ik reizen aan had gezet. Stond ⟪45⟫ min bij de kassa voor ⟪€ 87,40⟫`,
  ],
  [
    'nl',
    `@LotusBankNL ik heb jullie gemaild vanaf ⟦email:kevin_bakker93@hotmail.com⟧, ticket ⟪#88271⟫, nog steeds niks`,
  ],
  [
    'nl',
    `mijn oma (⟪84⟫) heeft haar pincode ⟦otp:7193⟧ aan de telefoon gegeven aan een "medewerker" 😡 pas is nu geblokkeerd`,
  ],
  [
    'nl',
    `BSN ⟦nl_bsn:646 671 911⟧ — zo, nu staat het online, ik word gek van jullie formulieren die het niet doen`,
  ],
  [
    'nl',
    `Betaling van ⟦iban:DE57 8680 4514 8228 9409 86⟧ (Duitse werkgever) komt niet binnen, ik heb een ⟪NL⟫ rekening ⟦iban:NL98 SNSB 2544 8433 49⟧`,
  ],
  [
    'nl',
    `Wie kan mij helpen? Nummer van de klantenservice Antwerpen ⟦phone:03 224 81 57|+32 3 224 81 57⟧ werkt niet meer`,
  ],
  ['nl', `Creditcard ⟦card:5367111547192253⟧ dubbel belast bij bol.com, bestelnr ⟪1002384471290⟫`],
  [
    'nl',
    `appje van mijn zoon: "pap de code is ⟦otp:613 902⟧ stuur je die even door" NEE dat was hij niet dus. Opletten mensen`,
  ],
  [
    'nl',
    `Rekeningnummer ⟦account_number:47.82.19.305⟧ (oud nummer van voor IBAN, weet nog uit mijn hoofd), ik zoek afschriften uit ⟪1998⟫`,
  ],
  ['nl', `geef je nummer dan bel ik je, de mijne ⟦phone:0612345678|06 12345678⟧ 📞`],
  ['nl', `Amex ⟦card:3444 243101 96297⟧ ook al geweigerd bij de Bijenkorf, kan iemand dit uitleggen`],
  [
    'nl',
    `Mijn burgerservicenummer: ⟦nl_bsn:542428209⟧, zoals gevraagd door de medewerker. Waarom moet dit eigenlijk voor een spaarrekening?`,
  ],
  ['nl', `hoezo moet ik mn bsn nog een keer sturen, heb het al ⟪2⟫x gemaild: ⟦nl_bsn:4576 16 350⟧`],
  // ───────────── es ─────────────
  [
    'es',
    `@LotusBankES llevo ⟪3⟫ días sin poder usar la tarjeta ⟦card:4132 8374 9956 7079⟧ y nadie me da una solución. Vergonzoso.`,
  ],
  [
    'es',
    `Hola, me han cobrado ⟪2⟫ veces la cuota de mantenimiento (⟪12,00 €⟫). Mi cuenta es ⟦iban:ES28 7713 4206 4681 3380 0246⟧. Mi móvil ⟦phone:612 48 39 75|612483975|+34 612 48 39 75⟧. Gracias`,
  ],
  ['es', `q alguien me explique xq el codigo ⟦otp:847 203⟧ me llega cuando yo no he pedido nada 😰`],
  [
    'es',
    `Buenas tardes. Soy cliente desde hace más de ⟪20⟫ años y nunca me había pasado algo así. El día ⟪28 de noviembre⟫ fui a sacar dinero en el cajero de la calle Alcalá y me tragó la tarjeta. Llamé al teléfono de atención, me tuvieron ⟪35⟫ minutos esperando y me dijeron que fuera a la oficina. En la oficina me dijeron que llamara al teléfono. Así llevamos una semana. Si alguien del banco lee esto, mi teléfono fijo es ⟦phone:91 534 27 80|915342780|+34 915 34 27 80⟧ y mi correo ⟦email:mcarmen.ruizlopez@telefonica.net⟧. Estoy harta.`,
  ],
  ['es', `Desde CDMX 🇲🇽 mi tarjeta ⟦card:5156 6235 3288 6793⟧ no pasa en ningun OXXO, ya van ⟪4⟫ intentos`],
  [
    'es',
    `Para el que me pidió los datos para la transferencia: CLABE ⟦account_number:953 963 62159146147 5⟧ a nombre de Jorge Hdz, son ⟪$1,500⟫ de la rifa 🎟️`,
  ],
  [
    'es',
    `mi whats es ⟦phone:55 3847 2196|+52 1 55 3847 2196|5538472196⟧ mandenme mensaje los de Lotus Bank plis`,
  ],
  ['es', `contraseña: ⟦password:Sevilla1990⟧ y me dice incorrecta. Ya la cambié ⟪2⟫ veces hoy!!`],
  [
    'es',
    `Les mandé un correo a ⟦email:atencion.lotus@gmail.com⟧ como me dijo el "asesor" y luego me vaciaron la cuenta. Cuidado que es estafa`,
  ],
  [
    'es',
    `Señores de Lotus Bank: mi número de cuenta ⟦account_number:0190 4471 2285⟧, me han retenido la nómina de ⟪1.850 €⟫ sin avisar.`,
  ],
  [
    'es',
    `Amex ⟦card:3447 715246 17942⟧ rechazada en el aeropuerto de Barajas, T⟪4⟫, vuelo ⟪IB 3166⟫ a las ⟪7:05⟫`,
  ],
  [
    'es',
    `El "banco" me llamó desde el ⟦phone:+34 911 23 45 67|911 234 567⟧ y me pidió el PIN ⟦otp:1984⟧ 🤦🏻‍♀️ soy tonta lo sé`,
  ],
  [
    'es',
    `IBAN para el bote de la despedida de Laura 👰 ⟦iban:ES3627545963213530064636⟧ poned ⟪30€⟫ cada una porfa`,
  ],
  [
    'es',
    `Atentamente,
  Lic. Fernando Ortega Salinas
  Despacho Ortega & Asociados
  Tel. ⟦phone:(33) 3615 8824|33 3615 8824|+52 33 3615 8824⟧
  ⟦email:fortega@ortegaasociados.com.mx⟧`,
  ],
  [
    'es',
    `Código de verificación ⟦otp:502918⟧. Si no has solicitado este código... pues NO lo he solicitado, alguien quiere entrar en mi app de Lotus`,
  ],
  ['es', `Mi tarjeta de débito ⟦card:4819369133241937⟧ aparece como bloqueada en la app, ⟪versión 5.0.3⟫`],
  [
    'es',
    `@LotusBankMX depositen a la cuenta ⟦account_number:0123 4567 89⟧ el reembolso de ⟪$2,340.50⟫ que me deben desde ⟪octubre⟫`,
  ],
  [
    'es',
    `Mi marido ha puesto la clave de la banca online ⟦password:pepito123⟧ en un post-it en la nevera y la ha subido a instagram en una foto 🤣🤣`,
  ],
  ['es', `el numero de la sucursal de polanco es ⟦phone:55 5280 1943|(55) 5280-1943⟧? nadie contesta`],
  [
    'es',
    `transferencia a ⟦iban:PT50 2133 1196 2986 0372 1335 3⟧ (Portugal, el alquiler del verano) lleva ⟪5⟫ días "en proceso"`,
  ],
  ['es', `Responde al ⟦email:pablo.g.montes@yahoo.es⟧ por favor, no al twitter`],
  [
    'es',
    `Desde Texas: el banco me pidió mi seguro social por chat y luego me dijeron que era fraude?? ya lo mandé ⟦us_ssn:162-57-1521⟧ 😩 ahora qué hago`,
  ],
  // ───────────── fr ─────────────
  [
    'fr',
    `@LotusBankFR ça fait ⟪3⟫ semaines que j'attends le remboursement. Ma carte ⟦card:4223 3781 5623 4307⟧ a été débitée de ⟪89,90 €⟫ deux fois. Inadmissible.`,
  ],
  [
    'fr',
    `Bonjour, suite à votre message privé, voici mon numéro : ⟦phone:06 71 48 23 95|06.71.48.23.95|+33 6 71 48 23 95⟧. Je suis joignable après ⟪18h⟫. Cordialement`,
  ],
  [
    'fr',
    `mon RIB pour ceux qui me doivent encore pour le cadeau de Mathilde 🎁 ⟦iban:FR76 0145 5480 6549 5469 4208 127⟧ merci d'avance les loulous`,
  ],
  [
    'fr',
    `Le code reçu par SMS : ⟦otp:391 884⟧ — je ne l'ai jamais demandé, quelqu'un essaie d'accéder à mon compte ???`,
  ],
  [
    'fr',
    `Bonjour à tous, je poste ici car je suis à bout. Ma mère, ⟪79⟫ ans, a reçu un appel d'un soi-disant conseiller de Lotus Banque qui lui a demandé de "sécuriser" son compte. Elle lui a donné son code de carte ⟦otp:5062⟧ et son numéro de carte complet. En ⟪2⟫ heures, ⟪4 800 €⟫ ont disparu. La banque refuse de rembourser en disant qu'elle a été "négligente". Nous avons porté plainte au commissariat du ⟪15e⟫ arrondissement. Si quelqu'un a vécu la même chose, écrivez-moi à ⟦email:claire.mercier.75@orange.fr⟧.`,
  ],
  [
    'fr',
    `Mot de passe : ⟦password:soleil2024⟧ et l'appli me dit "identifiants incorrects" alors que je viens de le changer 🙄 version ⟪3.8.0⟫`,
  ],
  [
    'fr',
    `Cordialement,
  
  Jean-Marc Dubois
  Gérant – Boulangerie Dubois
  Tél. : ⟦phone:01 45 72 38 16|+33 1 45 72 38 16⟧
  Port. : ⟦phone:07 82 15 94 30|+33 (0)7 82 15 94 30⟧
  ⟦email:jm.dubois@boulangerie-dubois.fr⟧`,
  ],
  [
    'fr',
    `Client belge 🇧🇪 : mon compte ⟦iban:BE73 4332 4999 1960⟧ bloqué depuis vendredi, appelez-moi au ⟦phone:0485 63 12 97|+32 485 63 12 97⟧`,
  ],
  [
    'fr',
    `Carte ⟦card:5410683622977474⟧ refusée au péage de l'A⟪7⟫, j'étais coincée avec ⟪3⟫ enfants dans la voiture, merci Lotus`,
  ],
  ['fr', `jsuis dég, jai donné mon code ⟦otp:713402⟧ au mec au tel il disait etre de la banque 😭😭`],
  [
    'fr',
    `Voici le numéro de compte pour le virement : ⟦account_number:00012345678⟧ (agence ⟪00452⟫), merci de confirmer la réception`,
  ],
  [
    'fr',
    `@LotusBankFR vous pouvez me rappeler au ⟦phone:0612853047|06 12 85 30 47⟧ ? Personne ne décroche au ⟪3639⟫`,
  ],
  [
    'fr',
    `IBAN suisse de mon employeur ⟦iban:CH86 7587 5597 1188 0343 1⟧, le salaire de ⟪5 200 CHF⟫ n'est toujours pas arrivé sur mon compte français`,
  ],
  [
    'fr',
    `Mail envoyé à ⟦email:service.client@lotusbanque.fr⟧ le ⟪2 décembre⟫, toujours sans réponse. Dossier n° ⟪2026-118493⟫`,
  ],
  ['fr', `Ma carte Amex ⟦card:3745 073117 56979⟧ ne marche pas à l'étranger, pourtant j'ai prévenu l'agence`],
  [
    'fr',
    `De Montréal 🇨🇦 : vous pouvez me joindre au ⟦phone:(514) 555-0172|514-555-0172|+1 514 555 0172⟧, je suis client chez vous depuis ⟪2015⟫`,
  ],
  ['fr', `RIB: ⟦iban:FR7639719941378961893106505⟧ — c'est pour la cagnotte de l'asso, ⟪10 €⟫ minimum svp`],
  [
    'fr',
    `mon numéro de sécu c'est pas vos oignons mais mon tel c'est ⟦phone:06 58 21 47 03⟧ et mon mail ⟦email:lucas.bernard92@gmail.com⟧ voilà`,
  ],
  [
    'fr',
    `Virement vers ⟦iban:LU41 4747 4476 6146 8338⟧ (Luxembourg) bloqué par "contrôle de sécurité" depuis ⟪5⟫ jours ouvrés`,
  ],
  ['fr', `carte ⟦card:4537 9452 5717 0480⟧ avalée par le DAB rue de Rivoli hier soir à ⟪22h40⟫`],
  [
    'fr',
    `Le conseiller m'a demandé mon mot de passe ⟦password:Marseille13!⟧ au téléphone, c'est normal ça ?? Je l'ai changé depuis`,
  ],
  // ───────────── de ─────────────
  [
    'de',
    `@LotusBankDE seit ⟪3⟫ Tagen keine Antwort!! Meine Karte ⟦card:4187 3407 3012 1438⟧ wurde mit ⟪249,00 €⟫ belastet, ich war das nicht.`,
  ],
  [
    'de',
    `Hallo, auf Ihre DM kann ich nicht antworten. Hier meine IBAN ⟦iban:DE17 7500 6995 7464 3783 41⟧ und Telefon ⟦phone:0171 4829376|0171/4829376|+49 171 4829376⟧. Bitte um Rückruf.`,
  ],
  [
    'de',
    `Mit freundlichen Grüßen
  
  Dr. Klaus Wendler
  Steuerberater
  Tel.: ⟦phone:089 / 2157 3840|+49 (0)89 21573840⟧
  Mobil: ⟦phone:0152 28431967|+49 152 28431967⟧
  E-Mail: ⟦email:k.wendler@kanzlei-wendler.de⟧`,
  ],
  ['de', `TAN ⟦otp:482 615⟧ kam per SMS obwohl ich gar nichts überwiesen hab?! Hat jemand meine Daten?`],
  [
    'de',
    `Ich bin ⟪76⟫ Jahre alt und komme mit dieser neuen App überhaupt nicht zurecht. Früher habe ich meine Überweisungen in der Filiale gemacht, aber die Filiale in unserem Ort wurde im ⟪März⟫ geschlossen. Meine Enkelin hat mir das Passwort eingerichtet, es ist ⟦password:Sonnenblume1948⟧, und jetzt sagt die App es ist falsch. Ich habe schon ⟪5⟫ mal bei der Hotline angerufen. Bitte rufen Sie mich zurück unter ⟦phone:05251 873 942|+49 5251 873942⟧, am besten vormittags.`,
  ],
  [
    'de',
    `Überweisung an ⟦iban:AT76 0938 6816 6792 1051⟧ (Vermieter in Wien) hängt seit ⟪4⟫ Werktagen, Betrag ⟪1.180,00 €⟫`,
  ],
  [
    'de',
    `kann mir jemand sagen warum meine Mastercard ⟦card:2499111382369378⟧ bei Lidl abgelehnt wird?? Guthaben ist da`,
  ],
  ['de', `PIN ist ⟦otp:3719⟧ und die geht nicht mehr am Automaten, Karte eingezogen. Super Sonntag 🙃`],
  [
    'de',
    `Schreibt mir bitte an ⟦email:marco.schulze@web.de⟧, am Telefon kommt man ja nicht durch (⟪45⟫ min Warteschleife)`,
  ],
  [
    'de',
    `Für alle die noch für das Geschenk zahlen wollen: ⟦iban:DE93876932477194041848⟧, Verwendungszweck "Sabine ⟪50⟫" 🎂`,
  ],
  [
    'de',
    `Kontonummer ⟦account_number:1234 567 890⟧ BLZ ⟪370 501 98⟫ – alte Daten, aber die Bank findet meine Einzahlung von ⟪2019⟫ nicht`,
  ],
  [
    'de',
    `Habe meinen Code ⟦otp:920 341⟧ einem angeblichen Mitarbeiter am Telefon gegeben. Jetzt ⟪3.500 €⟫ weg. Anzeige ist raus.`,
  ],
  [
    'de',
    `Schweizer Kunde: IBAN ⟦iban:CH57 1976 5429 9499 1872 9⟧, Lohn von ⟪6'400 CHF⟫ nicht eingegangen. Rückruf bitte unter ⟦phone:079 482 13 65|+41 79 482 13 65⟧`,
  ],
  ['de', `Amex ⟦card:3765 397873 41729⟧ im Hotel in München abgelehnt, peinlich vor dem Kunden`],
  [
    'de',
    `Erreichbar unter ⟦phone:030 - 2841 7763|030 28417763|+49 30 28417763⟧ oder ⟦email:info@baeckerei-krueger-berlin.de⟧`,
  ],
  [
    'de',
    `Die Hotline wollte mein Online-Banking Passwort wissen: ⟦password:Fussball#2023⟧ – habs natürlich direkt geändert, aber ist das normal bei euch??`,
  ],
  [
    'de',
    `Kreditkarte ⟦card:4454316259223546⟧, Abbuchung ⟪12,99 €⟫ monatlich von "NFLX" obwohl gekündigt seit ⟪August⟫`,
  ],
  [
    'de',
    `hey leute, wer hat die whatsapp von dem typen vom Lotus Bank Stand? war ⟦phone:0176 38492017|0176/38492017⟧ glaub ich`,
  ],
  [
    'de',
    `Meine Frau und ich haben ein Gemeinschaftskonto seit ⟪1994⟫. Letzten Monat kam ein Brief, dass das Konto "umgestellt" wird und wir neue Unterlagen bekommen. Die Unterlagen kamen nie. Stattdessen eine Mahnung über ⟪38,50 €⟫ Kontoführungsgebühr. Ich habe dreimal geschrieben, zuletzt am ⟪28.11.⟫ Unsere IBAN, damit ihr es endlich findet: ⟦iban:DE65 9108 2402 2903 6931 28⟧.`,
  ],
  ['de', `Code für die Freigabe in der App: ⟦otp:66 12 90⟧ – warum kommt der doppelt??`],
  [
    'de',
    `Bitte löschen: ⟦email:jana.h@gmx.de⟧ und ⟦phone:+49 160 9382 7415|0160 93827415⟧ aus dem Verteiler, ich bin kein Kunde mehr`,
  ],
]

// Hard negatives: posts whose numbers are all ordinary and must survive masking.
export const ordinary = [
  // ───────────── en ─────────────
  [
    'en',
    `waited ⟪45⟫ minutes on the phone, then got cut off at ⟪17:32⟫. Case ⟪CS-2025-118734⟫. this is the ⟪4th⟫ time this month`,
  ],
  ['en', `App update ⟪7.3.0⟫ (build ⟪7300412⟫) broke face ID. iOS ⟪18.1.1⟫. ⭐️`],
  [
    'en',
    `£⟪1,249.99⟫ for a fridge and lotus bank flags it as fraud. Order ⟪204-7781293-5519034⟫ from amazon. i just want my fridge`,
  ],
  [
    'en',
    `branch at ⟪221⟫ Deansgate closes at ⟪4pm⟫ now?? and the queue was ⟪30⟫ people long. postcode ⟪M3 4EN⟫ if anyone wants to join me`,
  ],
  ['en', `Tracking number ⟪1Z999AA10123456784⟫ says delivered but my new card never came. ordered ⟪Nov 12⟫`],
  [
    'en',
    `Interest rate went from ⟪5.1%⟫ to ⟪3.75%⟫ on savings overnight. ⟪£10,000⟫ balance loses me like ⟪£135⟫ a year. noted.`,
  ],
  [
    'en',
    `Transaction ID ⟪TXN8830194421756⟫ shows pending for ⟪6⟫ days, amount $⟪2,000.00⟫. support ticket ⟪#559201⟫`,
  ],
  [
    'en',
    `The ⟪2026⟫ annual report says ⟪12,400⟫ staff and profits of ⟪£1.9bn⟫ while they close ⟪63⟫ branches. Shameful.`,
  ],
  [
    'en',
    `flight ⟪BA 2490⟫ cancelled and lotus travel insurance wants a reference ⟪4471 0092 3318 6650⟫ i dont even have??`,
  ],
  [
    'en',
    `Server at ⟪192.168.10.254⟫ doesnt matter, the app just shows error ⟪502⟫ since ⟪06:10⟫ this morning`,
  ],
  [
    'en',
    `Paid my council tax ⟪£187.00⟫ on ⟪03/12/2026⟫, ref ⟪90012833471⟫, it bounced. Call me maybe? no, just fix it`,
  ],
  // ───────────── zh ─────────────
  ['zh', `莲花银行APP⟪6.1.3⟫版本又闪退了，华为Mate⟪60⟫，鸿蒙⟪4.2⟫，已经是第⟪5⟫次了`],
  ['zh', `今天⟪10:30⟫在南京西路支行排队，前面有⟪37⟫个人，叫号⟪A128⟫，等到⟪12:15⟫才办完`],
  ['zh', `⟪2026⟫年第三季度莲花银行净利润⟪128.6⟫亿元，同比增长⟪4.7%⟫，不良率⟪1.32%⟫`],
  ['zh', `快递单号⟪SF1402387765210⟫，信用卡寄出⟪7⟫天了还没到，顺丰说地址不对`],
  ['zh', `理财产品年化⟪2.85%⟫，买了⟪50,000⟫元，⟪90⟫天到期只拿到⟪320.45⟫元收益，比说好的少`],
  ['zh', `投诉工单号⟪GD202612050093377⟫，客服说⟪3⟫到⟪5⟫个工作日回复，今天已经第⟪8⟫天了`],
  ['zh', `航班⟪MU5137⟫延误⟪3⟫小时，用莲花信用卡买的延误险，理赔编号⟪CLM8830219947⟫`],
  ['zh', `交易流水号⟪2026120514223300918⟫，显示失败但钱扣了⟪¥1,288⟫`],
  ['zh', `邮编⟪518057⟫，地址改了⟪2⟫次系统还是显示旧的`],
  ['zh', `房贷利率从⟪4.9%⟫降到⟪3.55%⟫，每个月少还⟪860⟫块，这个必须点赞👍`],
  ['zh', `排队号码⟪B047⟫，柜台只开了⟪2⟫个窗口，⟪1⟫个小时了还没轮到`],
  // ───────────── ar ─────────────
  ['ar', `الفرع فتح الساعة ⟪٩:٣٠⟫ بدل ⟪٨⟫ والطابور ⟪٤٠⟫ شخص 😤`],
  ['ar', `رسوم التحويل ⟪٢٥⟫ ريال + ضريبة ⟪١٥٪⟫ على كل تحويل، ليش؟`],
  ['ar', `تحديث التطبيق ⟪٥.٤.٢⟫ خرب كل شي، ما يفتح على آيفون ⟪١٥⟫`],
  ['ar', `رقم الشكوى ⟪CMP-2026-448190⟫ ومر عليها ⟪١٠⟫ ايام بدون رد`],
  ['ar', `القرض ⟪٢٥٠٬٠٠٠⟫ ريال على ⟪٥⟫ سنوات بفائدة ⟪٤.٢٥٪⟫ هل هذا عرض زين؟`],
  ['ar', `رحلة ⟪SV 1024⟫ اتأجلت والبنك ما رجع لي فلوس التذكرة ⟪٣٬٨٧٠⟫ ريال`],
  ['ar', `رقم العملية ⟪٢٠٢٦١٢٠٤٨٨١٣٠٩٥٥٢⟫ والحالة معلقة من يوم ⟪٤⟫ ديسمبر`],
  ['ar', `فرع مدينة نصر رقم ⟪١٠٧⟫ قفل الساعة ⟪٢⟫ الظهر، يعني ازاي؟`],
  ['ar', `ارباح البنك في ⟪٢٠٢٦⟫ وصلت ⟪٣.٢⟫ مليار والخدمة زفت`],
  ['ar', `الشحنة رقم ⟪AWB 7719 2048 3366⟫ فيها البطاقة الجديدة ولسه ما وصلت`],
  ['ar', `سعر الدولار ⟪٤٨.٦٥⟫ جنيه في البنك و ⟪٥٠⟫ برا، مين يصدق`],
  // ───────────── nl ─────────────
  [
    'nl',
    `Wachttijd ⟪47⟫ minuten, om ⟪16:45⟫ opgehangen. Klantnummer bij jullie ⟪10294⟫, zaaknummer ⟪2026-0341827⟫`,
  ],
  ['nl', `Rente op spaarrekening naar ⟪1,25%⟫, was ⟪1,75%⟫. Op ⟪€ 25.000⟫ scheelt me dat ⟪€ 125⟫ per jaar`],
  ['nl', `App versie ⟪9.12.0⟫ (build ⟪91200345⟫) crasht op mijn Samsung Galaxy ⟪S23⟫ met Android ⟪14⟫`],
  ['nl', `Pakket ⟪3SDEVC123456789⟫ met mijn nieuwe pas ligt al ⟪4⟫ dagen bij PostNL in ⟪3542 AB⟫ Utrecht`],
  ['nl', `De hypotheek van ⟪€ 385.000⟫ tegen ⟪3,9%⟫ over ⟪30⟫ jaar, is dat nog normaal?`],
  ['nl', `Kantoor ⟪Coolsingel 104⟫ gaat per ⟪1 januari 2027⟫ dicht. Weer ⟪1⟫ minder 🙁`],
  ['nl', `Transactiekenmerk ⟪0050001234567890⟫ staat op mijn afschrift, €⟪19,99⟫, geen idee wat het is`],
  [
    'nl',
    `Vlucht ⟪KL 1583⟫ geannuleerd, terugbetaling van ⟪€ 412,-⟫ gaat naar de creditcard, duurt ⟪6-8⟫ weken??`,
  ],
  ['nl', `Storing sinds ⟪07.15⟫ uur, ⟪3⟫ december, foutcode ⟪E-4012⟫`],
  ['nl', `ING en Lotus Bank, samen ⟪14.200⟫ klachten in ⟪2026⟫ volgens de AFM`],
  ['nl', `Betalingskenmerk ⟪1234 5678 9012 3451⟫ voor de Belastingdienst, ⟪€ 1.043⟫ aanslag`],
  // ───────────── es ─────────────
  ['es', `Me cobran ⟪1.234,56 €⟫ de una compra en ⟪2023⟫ que ya devolví. Nº de pedido ⟪408-1937725-6620348⟫`],
  ['es', `Cola de ⟪45⟫ minutos en la oficina ⟪0182⟫ de Gran Vía. Abren a las ⟪8:30⟫ y solo ⟪1⟫ ventanilla`],
  ['es', `La app ⟪v5.2.1⟫ no funciona en Android ⟪13⟫ desde el ⟪01/12/2026⟫`],
  ['es', `Hipoteca al ⟪Euríbor + 0,99%⟫, ⟪25⟫ años, ⟪180.000 €⟫. ¿Os parece bien?`],
  [
    'es',
    `El envío ⟪PQ4F3G0712345670128003B⟫ de Correos con la tarjeta nueva sigue sin llegar a ⟪28013⟫ Madrid`,
  ],
  ['es', `Número de incidencia ⟪INC-0049218733⟫, me dijeron ⟪48⟫ horas, hoy son ⟪9⟫ días`],
  ['es', `Subieron la comisión a ⟪$350 MXN⟫ mensuales si no tienes ⟪$10,000⟫ de saldo promedio. Adiós Lotus`],
  ['es', `Vuelo ⟪VY 1291⟫ cancelado y el seguro de la tarjeta no cubre nada. Referencia ⟪SIN-77420⟫`],
  ['es', `Folio de la operación ⟪20261205583019⟫ por ⟪$4,999.00⟫ aparece rechazada pero ya me descontaron`],
  ['es', `Beneficio neto de Lotus Bank en ⟪2026⟫: ⟪3.150 millones⟫, un ⟪12 %⟫ más. Y cierran ⟪200⟫ oficinas`],
  ['es', `Localizador ⟪8831 0274 4519 6603⟫ de Renfe, pagado con la tarjeta y me sale como no pagado`],
  // ───────────── fr ─────────────
  ['fr', `⟪45⟫ minutes d'attente au ⟪3639⟫, puis raccroché à ⟪17h52⟫. Réclamation n° ⟪RC-2026-0071843⟫`],
  [
    'fr',
    `Frais de tenue de compte passés de ⟪2,00 €⟫ à ⟪3,50 €⟫ par mois, soit ⟪18 €⟫ de plus par an. Merci pour rien`,
  ],
  ['fr', `Mise à jour ⟪4.21.0⟫ de l'appli : plantage au lancement sur iPhone ⟪12⟫ (iOS ⟪17.6⟫)`],
  ['fr', `Prêt immo de ⟪230 000 €⟫ à ⟪3,45 %⟫ sur ⟪25⟫ ans, mensualité de ⟪1 148,72 €⟫, c'est correct ?`],
  ['fr', `Colis ⟪6A12345678901⟫ avec ma nouvelle carte bloqué au centre de tri de ⟪69100⟫ Villeurbanne`],
  ['fr', `Agence du ⟪12⟫ boulevard Haussmann fermée le samedi désormais, horaires ⟪9h-12h30⟫ en semaine`],
  ['fr', `Vol ⟪AF 1148⟫ annulé, l'assurance de la carte Premier me demande ⟪15⟫ justificatifs`],
  ['fr', `Référence de l'opération ⟪CB261105993184⟫ sur mon relevé, ⟪59,99 €⟫, je ne connais pas`],
  ['fr', `Bénéfice de ⟪2,4 milliards d'euros⟫ en ⟪2026⟫, +⟪8 %⟫, et ⟪1 200⟫ suppressions de postes. Bravo`],
  ['fr', `Numéro de transaction ⟪7741 2290 5518 3306⟫, paiement refusé mais montant de ⟪129,00 €⟫ bloqué`],
  ['fr', `Appli indisponible de ⟪02:00⟫ à ⟪06:00⟫ le ⟪08/12⟫ pour maintenance, c'est noté`],
  // ───────────── de ─────────────
  ['de', `⟪52⟫ Minuten in der Warteschleife, um ⟪16:40 Uhr⟫ aufgelegt. Vorgangsnummer ⟪VG-2026-448213⟫`],
  [
    'de',
    `Kontoführung jetzt ⟪9,90 €⟫ statt ⟪4,90 €⟫ im Monat. Bei ⟪12⟫ Monaten sind das ⟪60 €⟫ mehr. Tschüss`,
  ],
  ['de', `App-Version ⟪6.14.2⟫ (Build ⟪61420118⟫) stürzt auf dem Pixel ⟪8⟫ ab, Android ⟪15⟫`],
  ['de', `Baufinanzierung ⟪320.000 €⟫ zu ⟪3,6 %⟫, ⟪15⟫ Jahre Zinsbindung – noch okay?`],
  [
    'de',
    `Sendungsnummer ⟪00340434161094042557⟫ (DHL), die neue Karte ist seit ⟪5⟫ Tagen in der Filiale in ⟪10115⟫ Berlin`,
  ],
  ['de', `Filiale Nr. ⟪0417⟫ in der Königstraße ⟪28⟫ schließt am ⟪31.12.2026⟫`],
  ['de', `Flug ⟪LH 2034⟫ gestrichen, Kreditkartenversicherung verlangt Schadennummer ⟪SN-8841207⟫`],
  ['de', `Transaktions-ID ⟪4FB2-99A1-0C3E⟫, ⟪1.299,00 €⟫ reserviert, Kauf nie abgeschlossen`],
  ['de', `Gewinn ⟪2026⟫: ⟪1,8 Mrd. €⟫, gleichzeitig ⟪240⟫ Filialen weniger`],
  ['de', `Mandatsreferenz ⟪000012847731980⟫ bei der Lastschrift, wer ist das?`],
  ['de', `Störung seit ⟪07:45⟫, ⟪502 Bad Gateway⟫, IP ⟪10.24.118.3⟫ laut Fehlermeldung`],
]
