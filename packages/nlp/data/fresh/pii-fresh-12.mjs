// Fresh BLIND personal-data set 12 (issue 11). Written 2026-12-07 from 07:52 UTC (session 4) by the
// redteam12p engineer BEFORE reading src/pii*.ts, the nlp README's PII sections or the posts and
// renderers of sets 1–11 (only set 11's header and export names, the eval script and the
// standards were read), and committed before it was first scored. Nothing here is tuned on: it is
// the session's held-out measurement of masking.
//
// Each language drafted on its own from its countries' situations (not translated): UK/US/IE
// complaints, Faster Payments and Zelle, NI and SSN letters, WhatsApp "hi mum" scams; mainland
// Weibo/小红书 posts with 19-digit UnionPay cards, 11-digit mobiles, QQ/163 mail, 闲鱼 scams, a few
// HK/TW posts; Saudi, Emirati and Egyptian posts (mada, Meeza, InstaPay, Vodafone Cash, Arabic-Indic
// digits where people type them); Dutch and Flemish Tikkie/Marktplaats/BSN/huurcontract posts;
// Spanish Bizum/Wallapop and Mexican CLABE/SPEI/NIP posts; French RIB/Lydia/faux-conseiller posts
// and Belgian GSM numbers; German Überweisung/Kleinanzeigen/TAN posts, Austrian and Swiss ones.
// Voices: elderly letters, signatures, slang, one-liners, pasted chat logs and screenshots, quoted
// SMS, long stories with the value near the end, values with no context word at all.
// Phones and e-mails outnumber cards and IBANs; OTPs/PINs, passwords and national ids are rarer.
//
// Markers (read by scripts/lib/pii-render-12.mjs):
//   ⟦kind:value|other|other⟧  a sensitive value exactly as written (kinds as in packages/schema
//                              PII_KINDS), then up to two other ways the same author writes it;
//   ⟪…⟫                        an ordinary number that must survive masking.
//
// Synthetic values with valid check digits: Luhn in the issuer's range (Visa, Mastercard 51–55 and
// 2221–2720, Amex, Maestro, UnionPay 16/19, mada, Meeza, CB on Visa BINs); ISO 13616 mod-97 with
// the national lengths (FR with the RIB key, ES with the CCC digits, BE with its national key, NL
// with the old 11-check); BSN 11-proef; CLABE weights; SSA rules for SSNs, HMRC prefixes for NI
// numbers; UK phones in Ofcom's drama ranges, North American ones in 555-01xx. Long ordinary
// references fail Luhn (whole number), mod-97 or the 11-proef (the 22-digit USPS number aside).
export const sensitive = [
  // ───────────── en (UK, US, a few IE) ─────────────
  [
    'en',
    `@LotusBankUK why has my card been declined 3 times today?? It's ⟦card:4339 3117 5565 7728|4339311755657728⟧ and there's definitely money in the account. Stood at the till in Tesco like a lemon`,
  ],
  [
    'en',
    `Replying to @LotusHelp\n\nI did DM you!! twice!! ⟦phone:07700 900417|+447700900417|07700900417⟧ is my number, nobody has rung. Case ref ⟪CAS-0091823⟫`,
  ],
  [
    'en',
    `my nan gave a man on the phone her long card number AND the 3 numbers on the back. he said he was from the fraud team lol. card was ⟦card:5534 2852 8941 9286⟧ she's cancelled it now but what happens to the £⟪1,200⟫ he took`,
  ],
  [
    'en',
    `Can anyone from @LotusBankUK help. Paid my rent to the wrong account, sort code ⟦uk_account:30-96-34 69483638|309634 69483638⟧ instead of my landlords. Bank says they can't do anything for ⟪10⟫ working days`,
  ],
  [
    'en',
    `For anyone asking for my details for the GoFundMe: Nationwide, ⟦uk_account:07-04-36, 31926819|070436 31926819⟧. Thank you all so much ❤️`,
  ],
  [
    'en',
    `"Hi mum my phone broke this is my new number ⟦phone:07700 900 582|07700900582⟧ can you send £⟪450⟫ to ⟦iban:GB98 BARC 2000 0012 2148 78|GB98BARC20000012214878⟧ urgently x" — PSA, this is the text my mum got. DON'T`,
  ],
  [
    'en',
    `ok so the app literally told me my OTP on the screen and then asked me to type it in?? ⟦otp:738 201|738201⟧ lmao what is the point`,
  ],
  [
    'en',
    `someone help, I think I just gave my pin away. guy on the phone said to confirm it by typing it on the keypad, it was ⟦otp:4471⟧ 😭😭 do I need to go into branch`,
  ],
  [
    'en',
    `To whom it may concern,\n\nI have written three times regarding the closure of my late husband's account. I enclose again his National Insurance number, ⟦uk_nino:JT 48 61 92 C|JT486192C⟧, and the account number ⟦account_number:41239958⟧. I am ⟪82⟫ years old and cannot keep travelling to Exeter.\n\nYours faithfully,\nMargaret Holloway\n⟦phone:01632 960 213|01632960213⟧`,
  ],
  [
    'en',
    `lost my wallet in a taxi in manchester, if found pls call ⟦phone:0161 496 0735|01614960735⟧ or email ⟦email:beth.okafor94@gmail.com⟧. NI card is in there too (⟦uk_nino:NH 52 90 17 A|NH529017A⟧) so freaking out`,
  ],
  [
    'en',
    `@LotusBankUS ive been trying to update my SSN on file for 2 wks, its ⟦us_ssn:412-53-8806|412538806⟧ not what you have. fix it before tax season pls`,
  ],
  [
    'en',
    `my identity got stolen. someone opened a credit line using my social ⟦us_ssn:521 47 3390|521-47-3390⟧ and my old address in Phoenix. credit bureaus are useless. anyone been through this??`,
  ],
  [
    'en',
    `Support sent me this and I still cant log in:\n> Your temporary password is ⟦password:Tulip-8842-kq⟧\n> Please change it after first login\nit says invalid every time`,
  ],
  [
    'en',
    `username jdelgado88 password ⟦password:Summer2024!⟧ someone pls try logging into the lotus app for me i swear it's broken not me`,
  ],
  [
    'en',
    `Cheers for nothing. Rang the number on the back of my card and got cut off after ⟪52⟫ mins. My mob is ⟦phone:+44 7700 900 863|07700 900863⟧ if anyone actually wants to help`,
  ],
  [
    'en',
    `Text me (⟦phone:(312) 555-0143|312-555-0143|3125550143⟧) if you want the details of the scam, they got my sister for $⟪3,800⟫ through Zelle`,
  ],
  [
    'en',
    `Whoever has my card ⟦card:372389782939539|3723 897829 39539⟧ (Amex) I hope you enjoy the Uber Eats 🙃`,
  ],
  [
    'en',
    `Sent the money to the IBAN you gave me (⟦iban:IE20AIBK93115253287115|IE20 AIBK 9311 5253 2871 15⟧), can you confirm? Order ⟪#48213⟫`,
  ],
  [
    'en',
    `Lotus Bank Customer Services\n⟦email:support@lotusbank-help.co⟧\nThank you for contacting us. Please reply with your full card number and date of birth to ⟦email:verify.accounts@lotus-secure-uk.com⟧ to unlock your account.\n\nis this real??? looks dodgy`,
  ],
  [
    'en',
    `pls call me back on ⟦phone:020 7946 0519|02079460519⟧ between 2 and 4, I can't do DMs on this laptop. account no ⟦account_number:58201747⟧`,
  ],
  [
    'en',
    `my verification code got sent to my ex's number (⟦phone:07700 900 144|07700900144⟧) because I never updated it. now she's got my code ⟦otp:503917⟧ and the bank won't talk to me. love that`,
  ],
  [
    'en',
    `for the direct deposit form they want routing + account. routing is the one on the check, acct # ⟦account_number:483920175⟧. is that safe to give my new employer??`,
  ],
  [
    'en',
    `Zelle'd my landlord $⟪1,650⟫ to ⟦email:rcastillo.properties@yahoo.com⟧ and it says pending for 3 days. Lotus says it went through. He says it didn't. Who do I believe`,
  ],
  [
    'en',
    `Discover card ⟦card:6011 7197 4574 5033⟧ got a charge from "APPLE.COM/BILL" for $⟪89.99⟫ i dont even own an iphone`,
  ],
  [
    'en',
    `hey guys my cousin is selling her car, serious buyers only, text ⟦phone:07700900331|07700 900 331⟧ (not on whatsapp)`,
  ],
  [
    'en',
    `Hi Emma, following up on our call. Please send the signed form to ⟦email:e.watts@hollowayandsons.co.uk⟧\n\nKind regards\nEmma Watts | Accounts Payable\nT: ⟦phone:0113 496 0802|+44 (0)113 496 0802⟧\nM: ⟦phone:07700 900 965⟧`,
  ],
  ['en', `@LotusHelp ⟦phone:07700 900 248|07700900248⟧ ta`],
  [
    'en',
    `Right so long story. Moved house in August, updated my address in the app, got a letter confirming it, all fine. Then in October the new card goes to the OLD address. The people who live there now are lovely and posted it through my door, but by then someone had already tried to use it online twice (blocked, thank god). Rang up, they cancel it, new one on the way. New one ALSO goes to the old address. I've now spent about ⟪6⟫ hours of my life on this. The card that went astray the second time was ⟦card:4352 4457 7925 2835⟧ so if that shows up anywhere, it's not me. Still waiting on number three.`,
  ],
  [
    'en',
    `[14:02, 03/12/2026] Mum: Hi love is this the right account for the holiday money\n[14:02, 03/12/2026] Mum: ⟦uk_account:20-45-77 13952046|204577 13952046⟧\n[14:05, 03/12/2026] Me: no mum that's not mine 😭\n\n...she'd copied it from a text she got yesterday. thank god she asked`,
  ],
  [
    'en',
    `Card number\n⟦card:4894 8271 9197 5207|4894827191975207⟧\nExpiry ⟪09/28⟫\n\n^ this is what the scam site screenshot showed my dad, he nearly typed in the rest`,
  ],
  [
    'en',
    `quoting the email "we" sent, apparently:\n> Dear customer, to confirm your identity please call ⟦phone:0161 496 0118⟧ quoting your date of birth and the last ⟪4⟫ digits of your card.\nthat isn't even your number lotus??`,
  ],
  [
    'en',
    `IRS letter says my SSN doesn't match my name on the 1099-INT from @LotusBankUS. the number on the form is ⟦us_ssn:418-72-6635|418726635⟧ which is right!! so whose name did they put`,
  ],
  [
    'en',
    `Applying for the Lotus secured card and the form keeps rejecting my SSN. I'm typing ⟦us_ssn:237 81 4402|237814402⟧ exactly as it is on the card. Tried Safari and Chrome. anyone?`,
  ],
  [
    'en',
    `PSA for my fellow immigrants: a "bank officer" asked me for my social over text, I sent ⟦us_ssn:601-38-2274⟧ before I realized. froze my credit with all 3 bureaus right after. dont be me`,
  ],
  [
    'en',
    `New job starts Monday and HR want my NI number before payroll runs. It's ⟦uk_nino:SP 73 48 02 B|SP734802B⟧, does Lotus need it too for the account switch or just them?`,
  ],
  [
    'en',
    `Why does the Lotus ISA form want my NI no. when I've already given it twice. ⟦uk_nino:PE 81 37 56 C|PE813756C⟧ there, happy now`,
  ],
  [
    'en',
    `Received a call "from HMRC" quoting my national insurance ⟦uk_nino:WL 60 19 47 D|WL601947D⟧ and saying there's a warrant. Hung up. How did they get it??`,
  ],
  [
    'en',
    `Sending money to my son at uni - his details are Monzo ⟦uk_account:04-00-04 52837164|040004 52837164⟧ but the app keeps saying "name doesn't match". It's his name!`,
  ],
  [
    'en',
    `They keep saying the payment bounced. Sort code 60-16-13 account number ⟦uk_account:24879717⟧ — that's definitely right, I've paid him before`,
  ],
  // ───────────── zh (mainland Weibo/小红书/知乎, a few HK/TW) ─────────────
  [
    'zh',
    `@莲花银行客服 我的卡号⟦card:6217 0009 0838 3756 945|6217000908383756945⟧ 昨晚凌晨被盗刷了⟪3⟫笔，一共¥⟪8,650⟫，我人在成都根本没出门！！客服电话打了⟪40⟫分钟没人接`,
  ],
  [
    'zh',
    `求助！！我妈被冒充客服的骗子骗了，对方让她报了验证码⟦otp:825193⟧，然后卡里的钱就没了。骗子电话是⟦phone:17185420396|171 8542 0396⟧，大家小心`,
  ],
  [
    'zh',
    `有没有人知道莲花银行信用卡中心人工怎么转？？我手机号⟦phone:138 1647 2290|13816472290⟧一直收不到验证短信，急`,
  ],
  [
    'zh',
    `工资卡换成莲花了，卡号给财务发过去：⟦card:6222 0262 6396 5568 411|6222026263965568411⟧ 户名 王晓燕 开户行 莲花银行杭州西湖支行`,
  ],
  [
    'zh',
    `转账记录截图贴一下，收款账号⟦card:6228483340202337272|6228 4833 4020 2337 272⟧ 对方收了钱就把我拉黑了😤 闲鱼买的二手iPhone，报警了`,
  ],
  [
    'zh',
    `小红书的姐妹们，莲花银行那个开户送⟪88⟫元的活动是真的吗？我填了邮箱⟦email:lily_chen0721@163.com⟧一直没收到`,
  ],
  [
    'zh',
    `联系方式：微信同号⟦phone:159 0213 8847|15902138847⟧，QQ邮箱⟦email:2784451902@qq.com⟧，有意私聊，中介勿扰`,
  ],
  [
    'zh',
    `回复 @小鱼不吃鱼：你直接打他们网点座机 ⟦phone:021-5432 6618|021-54326618|02154326618⟧ 比打⟪95⟫开头的热线快多了`,
  ],
  [
    'zh',
    `我真的服了，APP登录密码⟦password:wxy19920315⟧都输了⟪5⟫遍还说错误，然后锁了⟪24⟫小时。生日当密码是我的错吗`,
  ],
  [
    'zh',
    `刚刚有人冒充莲花银行给我打电话，号码是＋８６ ⟦phone:１８８ ２１７３ ６０４５|18821736045|+86 188 2173 6045⟧，说我的信用卡要降额，让我下载什么APP。已举报`,
  ],
  [
    'zh',
    `在知乎看到有人说境外收款要填SWIFT和IBAN，我朋友给的是⟦iban:DE78 1005 0000 3998 8427 59|DE78100500003998842759⟧，这个是德国的吧？直接在手机银行填就行吗`,
  ],
  ['zh', `卡丢了，挂失之前最后四位是⟪4417⟫。莲花的挂失流程真的太麻烦了，排了⟪1⟫个半小时`],
  [
    'zh',
    `客服小姐姐让我把取款密码告诉她核实身份…我说了⟦otp:708326⟧之后才反应过来不对劲，赶紧去柜台改了，吓死`,
  ],
  ['zh', `老人机收不到短信，把验证码发到我这个号吧 ⟦phone:13957102284⟧ 谢谢`],
  [
    'zh',
    `北京的朋友帮个忙，帮我联系一下莲花银行朝阳支行，电话⟦phone:010-8526 7730|(010)85267730⟧，我在国外打不通`,
  ],
  [
    'zh',
    `香港嘅朋友，我張 Visa 卡 ⟦card:4591 7447 4861 6828⟧ 喺日本俾人盜用咗，打去熱線都係等等等，有冇人知點算`,
  ],
  [
    'zh',
    `【莲花银行】您的动态验证码为⟦otp:461027⟧，请勿泄露给他人。\n\n↑收到这条短信但是我根本没操作，是不是被盗号了？`,
  ],
  [
    'zh',
    `我把邮箱也一起贴这吧 ⟦email:zhangwei.sh@foxmail.com⟧ 哪位律师看到可以联系我，被莲花信用卡催收骚扰⟪3⟫个月了`,
  ],
  ['zh', `借呗逾期的事情，催收员天天打我同事电话⟦phone:186-0213-5547|18602135547⟧，这合法吗？？`],
  ['zh', `银联卡 ⟦card:6253415774634969⟧ 在泰国刷不了，换了Visa才行，建议大家出国多带一张`],
  [
    'zh',
    `台灣的朋友問一下，我的手機 ⟦phone:0928-417-366|0928417366⟧ 收不到蓮花銀行的OTP，是不是要開國際漫遊`,
  ],
  [
    'zh',
    `有偿求助：英国留学，家里汇款到我的英国账户 ⟦uk_account:40-05-15 38188990|400515 38188990⟧ 第三天了还没到，莲花说已经发出，汇款单号⟪HK20261203004817⟫`,
  ],
  [
    'zh',
    `说一下我这两个月的经历吧，给大家避坑。⟪10⟫月份我在莲花申请了一张信用卡，额度⟪2万⟫，一开始都挺好。后来有一天突然接到电话说我的卡涉嫌洗钱要冻结，让我配合调查，对方连我的身份证后四位都知道，我就信了。他让我把钱转到"安全账户"，我转了⟪3⟫次，一共⟪4.6万⟫。后来才知道全是假的。报警的时候民警说这种太多了。对方的收款卡号我记下来了：⟦card:6207 2566 9358 4484 164|6207256693584484164⟧，希望大家别再上当`,
  ],
  [
    'zh',
    `聊天记录：\n客服：请提供您的手机号码以便核实\n我：⟦phone:１３７ ０６２８ ４４１９|13706284419⟧\n客服：好的，稍后会有验证码发送到您手机\n\n然后就再也没人理我了，这是真客服吗？？`,
  ],
  [
    'zh',
    `急急急 收款人 李建国 ⟦card:6285 1808 2271 4781|6285180822714781⟧ 农行 这个号码被好几个人举报过，大家帮忙转发`,
  ],
  [
    'zh',
    `大家好，我是做外贸的，有个西班牙客户付款总是失败，他给的IBAN是⟦iban:ES49 2085 5112 0382 8928 5144|ES4920855112038289285144⟧，有没有懂的帮我看看格式对不对，莲花柜台说要核实`,
  ],
  // ───────────── ar (Saudi, UAE, Egypt; some values typed with Arabic-Indic digits) ─────────────
  [
    'ar',
    `@LotusBankSA السلام عليكم، انخصم من بطاقتي مدى ⟦card:٩٦٨٢ ٠٩٢٥ ١٩٣٠ ٦٠٣٢|9682092519306032⟧ مبلغ ⟪٣٤٠⟫ ريال من متجر ما اعرفه، ابي استرجاع المبلغ بأسرع وقت`,
  ],
  [
    'ar',
    `ياخي وش ذا البنك، صار لي ⟪3⟫ ايام اتصل ومحد يرد. جوالي ⟦phone:٠٥٥١٨٤٧٢٩٣|0551847293|+966551847293⟧ اتصلوا علي الله يخليكم`,
  ],
  [
    'ar',
    `حد يعرف ازاي ارجع فلوسي؟ حولت ⟪5000⟫ جنيه لواحد على انستاباي وطلع نصاب، رقمه ⟦phone:01012847735|010 1284 7735⟧ ربنا ينتقم منه`,
  ],
  [
    'ar',
    `تنبيه للجميع ⚠️ وصلتني رسالة من رقم ⟦phone:+966 53 771 2048|0537712048⟧ تقول بطاقتك موقوفة وحدث بياناتك على رابط. لا تضغطون على أي رابط!`,
  ],
  [
    'ar',
    `الموظف طلب مني رمز التحقق وقلت له ⟦otp:٥٨٢٠١٣|582013⟧ وبعدها بدقيقة انسحب الراتب كامل 💔 #بنك_لوتس #احتيال`,
  ],
  [
    'ar',
    `السادة خدمة العملاء،\nأرجو التكرم بتحويل المبلغ المسترد إلى حسابي رقم الآيبان ⟦iban:SA51 8085 8798 2716 7399 3696|SA5180858798271673993696⟧ باسم عبدالله محمد القحطاني.\nوتقبلوا فائق الاحترام`,
  ],
  [
    'ar',
    `ايبان ⟦iban:SA0410395639328688484499⟧\nالاسم: نوره\nاللي حاب يساهم في علاج الوالدة الله يجزاه خير 🤲`,
  ],
  [
    'ar',
    `يا جماعة البطاقة الجديدة وصلت والرقم السري ⟦otp:٧٢٣٩⟧ مكتوب على الورقة مع البطاقة نفسها!! وش الفايدة من الأمان`,
  ],
  [
    'ar',
    `عايز اغير رقم الموبايل المسجل في البنك من ⟦phone:01127730451|0112 773 0451⟧ لـ ⟦phone:01552904186|0155 290 4186⟧ ومش عارف اعمل كده من الابلكيشن، لازم اروح الفرع؟`,
  ],
  [
    'ar',
    `انا اتسرقت بطاقتي ميزة ⟦card:5078 0313 9782 2058|5078031397822058⟧ في المترو، بلغت البنك ولسه مفيش رد من امبارح`,
  ],
  [
    'ar',
    `للتواصل بخصوص الشقة ⟦phone:٠٥٠ ٤١٨ ٢٢٧٦|0504182276|+971504182276⟧ واتساب فقط. الإيجار ⟪85,000⟫ درهم سنوي`,
  ],
  [
    'ar',
    `حولولي الراتب على الايبان الغلط ⟦iban:AE81 0336 5788 9242 6046 619|AE810336578892426046619⟧ والموارد البشرية تقول مو مسؤوليتنا 🙄`,
  ],
  [
    'ar',
    `المرجو ارسال كشف الحساب على الايميل ⟦email:khalid.alharbi88@hotmail.com⟧ لاني مسافر ومو قادر ادخل التطبيق`,
  ],
  [
    'ar',
    `ابني ادخل كلمة المرور ⟦password:Ahmad@1985⟧ غلط مرتين وانقفل الحساب، كيف افتحه بدون ما اروح الفرع؟`,
  ],
  [
    'ar',
    `رقم الحساب بتاعي في البنك الأهلي ⟦iban:EG20 0019 0005 6904 3784 4531 7025 1|EG200019000569043784453170251⟧ لو حد عايز يحول بدل ما يبعت فودافون كاش`,
  ],
  [
    'ar',
    `دفعت بالفيزا ⟦card:4406 4777 8500 7289⟧ في موقع حجوزات فنادق وطلع وهمي. البنك رفض يرجع ⟪1,750⟫ ريال`,
  ],
  [
    'ar',
    `@LotusBankUAE this is my number ⟦phone:+971 55 602 8814|055 602 8814⟧ please call me, عندي مشكلة في التحويل الدولي ولا احد يرد بالشات`,
  ],
  ['ar', `كود التفعيل اللي وصلني ⟦otp:304917⟧ ما يشتغل، كل مرة يقول منتهي الصلاحية`],
  ['ar', `وصلني ايميل من ⟦email:security@lotus-bank-verify.net⟧ يطلبون تحديث البيانات، هذا رسمي ولا نصب؟`],
  [
    'ar',
    `لو سمحتوا ارقام التواصل: البيت ⟦phone:٠١١ ٤٨٢ ٧٧١٣|0114827713⟧ والجوال ⟦phone:٠٥٦٩ ٣٣٠ ٢٧١|0569330271⟧ وشكراً`,
  ],
  ['ar', `الحمدلله رجع المبلغ بعد ⟪٢١⟫ يوم، شكراً للموظفة هيفاء في فرع العليا 🌹 ورقم الطلب كان ⟪REQ-558120⟫`],
  [
    'ar',
    `ماستركارد ⟦card:5359 0507 8407 8587⟧ انسرقت بياناتها من موقع تسوق، كيف اعرف انه ما فيه عمليات ثانية؟`,
  ],
  [
    'ar',
    `ممكن احد من الراجحي يساعدني؟ رقم حسابي ⟦account_number:٥٠٤٦٠٨٠١٠٠٧٢٥٣١|504608010072531⟧ والتحويل من حساب ابوي معلق من امس`,
  ],
  [
    'ar',
    `قصتي مع البنك باختصار: فتحت حساب جديد قبل شهرين، وطلبت بطاقة ائتمانية، وانتظرت اسبوعين، وبعدين قالوا الطلب مرفوض بدون سبب. رحت الفرع وقالوا قدمي مرة ثانية. قدمت وانقبلت الحمدلله بس البطاقة وصلت على عنوان قديم. المهم الحين البطاقة ⟦card:٤٦٥٧ ٤٤٥٥ ٢٩٠١ ٩٥٠٢|4657445529019502⟧ معي بس ما تتفعل من التطبيق، وش الحل؟`,
  ],
  ['ar', `@LotusBankEG\n⟦phone:01098451273|+20 109 845 1273⟧\nكلموني ضروري`],
  [
    'ar',
    `هذي الرسالة اللي وصلت الوالد:\n"عميلنا العزيز تم ايقاف بطاقتك، للتفعيل ارسل الرمز ⟦otp:٩١٣٠٤٨|913048⟧ الى الرقم ⟦phone:٠٥٠٣٣٩١٨٢٧|0503391827⟧"\nالله لا يوفقهم`,
  ],
  [
    'ar',
    `اسمي ريم، موظفة حكومية، راتبي ينزل على حساب في بنك الإمارات دبي الوطني. الشهر هذا ما نزل الراتب ولما سألت قالوا في خطأ في رقم الايبان المسجل عند جهة العمل. الايبان الصحيح ⟦iban:AE11 0356 8870 4246 5110 398|AE110356887042465110398⟧ وعطيتهم اياه من شهرين!`,
  ],
  // ───────────── nl (Netherlands, Flanders) ─────────────
  [
    'nl',
    `@LotusBankNL ik heb gisteren ⟪€ 1.250⟫ overgemaakt naar ⟦iban:NL14 ABNA 5713 5355 33|NL14ABNA5713535533⟧ en het staat nog steeds op 'in behandeling'. Hoe lang nog??`,
  ],
  [
    'nl',
    `Tikkie van de verjaardag ging niet, dus maak maar over naar ⟦iban:NL97RABO1168328292⟧ tnv S. de Vries 🎉`,
  ],
  [
    'nl',
    `Pas op mensen, word net gebeld door "de fraudeafdeling" vanaf ⟦phone:085 208 4417|0852084417⟧. Ze wisten mijn naam en adres. Opgehangen.`,
  ],
  [
    'nl',
    `Marktplaats oplichter!! Heeft mijn geld maar geen fiets gestuurd. Zijn rekening: ⟦iban:NL83 BUNQ 8195 0674 33⟧, telefoon ⟦phone:06-41827306|0641827306|+31641827306⟧. Melding gedaan bij de politie`,
  ],
  [
    'nl',
    `waarom vraagt jullie app om mijn BSN?? ⟦nl_bsn:527185802|5271 85 802⟧ heb ik maar ingevuld maar voelt niet goed`,
  ],
  [
    'nl',
    `Geachte heer/mevrouw,\n\nHierbij mijn gegevens voor het wijzigen van de tenaamstelling: burgerservicenummer ⟦nl_bsn:921.241.720|921241720⟧, rekeningnummer ⟦iban:NL36 SNSB 5530 2618 68|NL36SNSB5530261868⟧.\n\nMet vriendelijke groet,\nH.J. Bakker\n⟦phone:010-4127739|010 412 7739⟧`,
  ],
  [
    'nl',
    `mn pinpas is ingeslikt door de automaat bij de Albert Heijn, pincode was ⟦otp:4827⟧ moet ik nu een nieuwe aanvragen of komt ie terug?`,
  ],
  [
    'nl',
    `Ik krijg steeds sms'jes met een code (laatste: ⟦otp:716 204|716204⟧) maar ik probeer helemaal niet in te loggen. Iemand anders dus wel? 😳`,
  ],
  ['nl', `bel me ff terug op ⟦phone:06 2793 5518|0627935518⟧ ik zit in de trein en kan niet chatten`],
  [
    'nl',
    `Hoi, mijn moeder (⟪79⟫) is opgelicht via WhatsApp, "hoi mam nieuw nummer". Het nummer was ⟦phone:+31 6 18427730|+31618427730⟧. Ze heeft ⟪€ 2.400⟫ overgemaakt. Kan de bank nog iets doen?`,
  ],
  [
    'nl',
    `Belastingdienst stuurt brief naar verkeerd adres, BSN ⟦nl_bsn:912638060⟧, al ⟪3⟫ keer gebeld. Ik word er gek van`,
  ],
  [
    'nl',
    `@LotusBankBE mijn kaart ⟦card:4970 5860 1735 3679⟧ werkt niet meer in de winkel sinds de update van vorige week. Bancontact doet het wel`,
  ],
  [
    'nl',
    `Voor de inschrijving van het kamp mag je storten op ⟦iban:BE16 0018 4459 8274|BE16001844598274⟧ met vermelding naam kind + groep. Vragen? Mail ⟦email:kamp.scouts.sintjan@gmail.com⟧`,
  ],
  [
    'nl',
    `gsm ⟦phone:0478 12 64 90|0478126490|+32 478 12 64 90⟧ als er iemand mijn portefeuille vindt, verloren in de tram in Antwerpen`,
  ],
  [
    'nl',
    `Wachtwoord vergeten, reset gedaan, nieuw wachtwoord ⟦password:Hondje2019!!⟧ en nog steeds 'onjuiste gegevens'. Lotus app is echt een drama`,
  ],
  [
    'nl',
    `Kun je dit doorsturen naar ⟦email:m.vandenberg@ziggo.nl⟧? Dan kijkt mijn schoonvader er even naar, die weet van die dingen`,
  ],
  [
    'nl',
    `Creditcard ⟦card:5471 4934 3249 5121⟧ dubbel afgeschreven voor mijn vlucht naar Lissabon. Klantenservice zegt ⟪5⟫ tot ⟪10⟫ werkdagen. Serieus?`,
  ],
  [
    'nl',
    `ik heb mijn BSN ⟦nl_bsn:581168124⟧ ingevuld bij het openen van de rekening maar hij zegt 'ongeldig', kan iemand van de bank me helpen mijn gegevens te checken? 🙈`,
  ],
  [
    'nl',
    `Voor wie wil helpen met de dierenambulance: ⟦iban:NL93ASNB3863209079|NL93 ASNB 3863 2090 79⟧. Alle beetjes helpen 🐾`,
  ],
  [
    'nl',
    `vast nummer thuis: ⟦phone:020-6273814|020 627 3814⟧, mobiel heb ik geen bereik. Graag terugbellen over mijn hypotheekaanvraag ⟪HA-2026-11873⟫`,
  ],
  [
    'nl',
    `Jullie medewerker vroeg om de code uit de app te lezen, ⟦otp:30 91 58|309158⟧, dat mag toch helemaal niet?? Heb meteen de pas geblokkeerd`,
  ],
  [
    'nl',
    `Mijn oude rekeningnummer was ⟦account_number:55.30.26.186|553026186⟧, van voor het IBAN gedoe. Staat dat nog ergens bij jullie? Mijn vader heeft er nog een spaarrekening op`,
  ],
  [
    'nl',
    `Lang verhaal, sorry. Mijn vader (⟪84⟫) woont nog zelfstandig in Zwolle en doet zelf zijn bankzaken, tot vorige week. Hij kreeg een brief "van de bank" dat zijn pas vervangen moest worden en dat er iemand langs zou komen om de oude op te halen. Die man kwam, knipte de pas "doormidden" (niet dus) en vroeg om de pincode ter controle. Mijn vader gaf hem, ⟦otp:1958⟧, zijn geboortejaar natuurlijk. Dezelfde middag is er ⟪€ 3.000⟫ gepind in Deventer. De bank zegt nu dat het zijn eigen schuld is.`,
  ],
  [
    'nl',
    `> Kun je je BSN even sturen voor het huurcontract?\n⟦nl_bsn:765538635|7655 38 635⟧\n> Top dank je\n\nachteraf: was dit slim? de makelaar zegt dat het moet maar ik twijfel`,
  ],
  [
    'nl',
    `Naam: J. de Groot\nIBAN: ⟦iban:NL16 INGB 3677 8429 05|NL16INGB3677842905⟧\nBedrag: ⟪€ 45,00⟫\nOmschrijving: borg sleutel\n\nDit stuurde de 'verhuurder' me via Facebook. Nep?`,
  ],
  ['nl', `@LotusBankNL ⟦phone:06-51932087|0651932087⟧ graag terugbellen, chat blijft hangen`],
  [
    'nl',
    `Op mijn loonstrook staat een ander BSN dan het mijne: ⟦nl_bsn:826056118⟧. Mijn werkgever zegt dat ze het van de bank hebben gekregen?? Hoe dan`,
  ],
  // ───────────── es (Spain, Mexico, a few Argentina/Colombia) ─────────────
  [
    'es',
    `@LotusBankES me habéis cobrado ⟪2⟫ veces la cuota de la tarjeta ⟦card:4100 3656 7515 6804|4100365675156804⟧, ¿alguien me lo explica? Llevo ⟪3⟫ días llamando`,
  ],
  ['es', `Hazme un bizum al ⟦phone:644 82 17 39|644821739⟧ y te paso las entradas, son ⟪45⟫€ cada una`],
  [
    'es',
    `me han estafado por wallapop, le hice una transferencia al ⟦iban:ES73 2100 0418 4282 8187 5978|ES7321000418428281875978⟧ y el tío ya no contesta. ¿El banco puede hacer algo?`,
  ],
  [
    'es',
    `Buenas tardes, les escribo porque mi madre de ⟪84⟫ años recibió un SMS de "Lotus" pidiendo la clave de firma. Se la dio: ⟦otp:519 228|519228⟧. Le vaciaron la cuenta. Su teléfono fijo es ⟦phone:91 458 23 70|914582370⟧ por si la quieren llamar, que yo vivo en Valencia`,
  ],
  [
    'es',
    `para la fiesta de fin de curso ingresad ⟪20⟫ euros en la cuenta del AMPA ⟦iban:ES68 0049 1500 0893 6318 5934⟧ poned nombre del niño porfa 🙏`,
  ],
  [
    'es',
    `@LotusBankMX ya me cansé, mi NIP es el mismo desde hace años y hoy dice incorrecto. Ya lo puse ⟪3⟫ veces, era ⟦otp:2580⟧, ahora bloqueada. Qué hago`,
  ],
  [
    'es',
    `Mi CLABE por si alguien me quiere apoyar con lo del hospital de mi papá: ⟦account_number:012180071504997349|012 180 07150499734 9⟧ BBVA a nombre de Guadalupe R. Gracias de corazón 🙏🙏`,
  ],
  [
    'es',
    `mándame la transferencia por SPEI a la CLABE ⟦account_number:002180434410194896⟧ y ya te envío el celular, es nuevo en caja`,
  ],
  [
    'es',
    `Oigan alguien sabe si es real este número que me marcó diciendo que es de Lotus? ⟦phone:55 3172 8846|5531728846|+52 55 3172 8846⟧ me pidió los datos de la tarjeta`,
  ],
  [
    'es',
    `Mi tarjeta de débito ⟦card:4941 9054 1594 1610⟧ no pasa en ningún OXXO ni en la tienda, pero en la app dice activa 🤡`,
  ],
  ['es', `cambié la contraseña de la banca online a ⟦password:Perrito.Coco.77⟧ y ahora no me deja entrar`],
  [
    'es',
    `Por favor contactadme al ⟦phone:+34 622 91 40 85|622914085⟧ o al correo ⟦email:jorge.mtnez.lopez@gmail.com⟧, necesito cancelar la hipoteca antes del ⟪15 de enero⟫`,
  ],
  [
    'es',
    `Estimados señores:\nSolicito la devolución del recibo a la cuenta ⟦iban:ES80 0182 2370 4955 3923 9285|ES8001822370495539239285⟧, titular María José Fernández Ruiz.\nAtentamente.\nTel. ⟦phone:963 52 18 44|963521844⟧`,
  ],
  [
    'es',
    `el código que me llegó por sms es ⟦otp:847302⟧ pero la app se cierra sola antes de poder meterlo 😤😤`,
  ],
  [
    'es',
    `Si alguien encontró una cartera negra en el metro de Sol, dentro iba mi tarjeta ⟦card:5138 0426 3886 5655⟧ (ya cancelada) y mi DNI, llamad al ⟦phone:688 214 903|688214903⟧ por favor`,
  ],
  [
    'es',
    `banco lotus ARGENTINA me debita ⟪$ 12.500⟫ todos los meses de un seguro que nunca contraté. mi cel ⟦phone:11 5823-4471|+54 9 11 5823-4471⟧ llamenme`,
  ],
  [
    'es',
    `wey me llegó un correo de ⟦email:alertas@lotus-mx-seguridad.com⟧ diciendo que mi cuenta se va a bloquear, eso es phishing verdad??`,
  ],
  [
    'es',
    `Les paso mi correo personal para el estado de cuenta porque el del trabajo rebota: ⟦email:ale.gzz_88@hotmail.com⟧`,
  ],
  [
    'es',
    `Transferí desde mi cuenta ⟦iban:ES70 1465 0100 9008 1429 8493⟧ a una cuenta de Alemania y el banco me cobró ⟪35⟫ € de comisión. ¿Eso es legal dentro de la UE?`,
  ],
  [
    'es',
    `Tengo la Amex ⟦card:375281062435832|3752 810624 35832⟧ y me rechazan en casi todos lados en México, ¿alguien más?`,
  ],
  [
    'es',
    `Llamé al ⟦phone:55 5128 6630|(55) 5128 6630⟧ que es el teléfono de la sucursal de Polanco y nadie contesta nunca`,
  ],
  [
    'es',
    `Por si alguien quiere el contacto del cerrajero que me abrió la puerta: Manolo, ⟦phone:678 30 21 94⟧, muy majo y barato`,
  ],
  [
    'es',
    `Os cuento lo que me pasó porque estoy que no me lo creo. Vendí un sofá por Wallapop, me escribe un comprador muy amable, me dice que me paga por "Wallapop envíos" y que me llegará un enlace para cobrar. Me llega, meto los datos de la tarjeta para "recibir el dinero" (ya, ya sé) y al rato me llega un SMS del banco con un código. El tío me dice que se lo pase para confirmar. Y se lo pasé: ⟦otp:604 817|604817⟧. ⟪890⟫ € menos. Lotus dice que yo autoricé la operación.`,
  ],
  [
    'es',
    `Datos para el depósito:\nBanco: BBVA\nCuenta: ⟦account_number:0471 2389 56|0471238956⟧\nCLABE: ⟦account_number:014320040968524312|014 320 04096852431 2⟧\nTitular: Fernando Ríos\n\n¿Alguien ha tratado con este vendedor de Marketplace?`,
  ],
  ['es', `@LotusBankES\n⟦phone:+34 611 48 27 93|611482793⟧\nllamadme hoy si puede ser`],
  [
    'es',
    `Mi mamá me pidió que le pasara su número para el banco porque ella no sabe usar el WhatsApp, es el ⟦phone:33 1847 2290|3318472290⟧ de Guadalajara, gracias a quien pueda ayudarla con lo de su pensión`,
  ],
  // ───────────── fr (France, Belgique, Québec) ─────────────
  [
    'fr',
    `@LotusBankFR bonjour, ma carte ⟦card:4974 8674 0562 2651|4974867405622651⟧ a été débitée ⟪2⟫ fois pour le même achat chez Darty (⟪649,99⟫ €). Merci de me rappeler`,
  ],
  [
    'fr',
    `Je vous remets mon RIB puisque visiblement personne ne l'a reçu : ⟦iban:FR76 3000 4008 2346 4488 4936 577|FR7630004008234644884936577⟧. C'est la ⟪4⟫e fois que je l'envoie.`,
  ],
  [
    'fr',
    `Vous pouvez me joindre au ⟦phone:06 47 82 19 33|0647821933|+33 6 47 82 19 33⟧ après 18h, je travaille en journée`,
  ],
  [
    'fr',
    `arnaque au faux conseiller : il m'a appelé du ⟦phone:01 84 88 27 16|0184882716⟧ (numéro qui ressemble à celui de l'agence), m'a demandé de valider sur l'appli "pour annuler une opération". résultat ⟪2 300⟫ € partis. #arnaque`,
  ],
  [
    'fr',
    `le code reçu par sms ⟦otp:718 402|718402⟧ marche pas, ça fait ⟪20⟫ min que j'essaie de payer mon billet SNCF`,
  ],
  [
    'fr',
    `Bonjour, pour le remboursement de la cagnotte Leetchi, envoyez sur ce RIB : ⟦iban:FR7616606100258720399714866|FR76 1660 6100 2587 2039 9714 866⟧ (Crédit Agricole). Merci à tous ❤️`,
  ],
  [
    'fr',
    `Ma grand-mère a donné son code secret ⟦otp:6103⟧ à un "technicien de la banque" venu chez elle récupérer sa carte. Faites passer le message à vos proches svp`,
  ],
  [
    'fr',
    `mdp de l'appli changé pour ⟦password:Marseille13!⟧ et il me dit déjà que c'est pas bon, je vais péter un câble`,
  ],
  [
    'fr',
    `Madame, Monsieur,\n\nSuite à notre échange téléphonique, je vous prie de trouver ci-dessous mes coordonnées bancaires pour le prélèvement :\nIBAN ⟦iban:FR76 2004 1010 0553 2969 5504 216|FR7620041010055329695504216⟧\nBIC PSSTFRPPXXX\n\nCordialement,\nJean-Pierre Morel\nTél. : ⟦phone:04 91 73 26 58|0491732658⟧`,
  ],
  [
    'fr',
    `Lydia me dit que le numéro ⟦phone:07 81 23 46 95|0781234695⟧ n'a pas de compte alors que c'est celui de mon coloc… quelqu'un a déjà eu ça ?`,
  ],
  [
    'fr',
    `Si quelqu'un trouve un portefeuille marron place Bellecour, la CB dedans c'est ⟦card:5595 1194 7293 2605⟧, je l'ai opposée mais j'aimerais récupérer mes papiers. Contact : ⟦email:camille.bernard.lyon@orange.fr⟧`,
  ],
  [
    'fr',
    `@LotusBankBE ma carte ⟦card:4825568021309258⟧ est bloquée depuis mon séjour à Lille. Mon GSM : ⟦phone:0475 38 21 60|+32 475 38 21 60⟧`,
  ],
  [
    'fr',
    `virement de ⟪1 500⟫ € vers ⟦iban:BE05 3630 0280 6875|BE05363002806875⟧ toujours pas arrivé après ⟪6⟫ jours ouvrés, c'est normal ???`,
  ],
  [
    'fr',
    `Québec : Desjardins m'a appelé du ⟦phone:514 555-0138|(514) 555-0138⟧ pour une "transaction suspecte", je voulais juste vérifier que c'est bien eux avant de rappeler`,
  ],
  ['fr', `envoie moi un mail à ⟦email:theo.dumont2@laposte.net⟧ je te transfère la facture`],
  [
    'fr',
    `Le conseiller m'a demandé mon identifiant ET mon mot de passe par téléphone... J'ai donné l'identifiant mais pas le mot de passe ⟦password:Chaton2018⟧ heureusement (oui je sais, je viens de l'écrire ici, je le change)`,
  ],
  ['fr', `ptdr le code de validation c'est ⟦otp:000 481|000481⟧, on dirait un code de cadenas de vélo`],
  [
    'fr',
    `numéro de compte ⟦account_number:08698667166⟧ chez LCL, quelqu'un sait comment retrouver la clé RIB ?`,
  ],
  [
    'fr',
    `Fixe : ⟦phone:02 40 18 73 95|0240187395⟧\nPortable : ⟦phone:06.12.84.47.30|0612844730⟧\nJe suis joignable du lundi au vendredi`,
  ],
  [
    'fr',
    `Besoin d'aide svp, mon fils a payé un jeu en ligne avec ma carte American Express ⟦card:342518700324377⟧ et ça fait ⟪430⟫ € en un week-end 😩`,
  ],
  [
    'fr',
    `Écrivez à la médiatrice, Mme Leroy, ⟦email:s.leroy@lotusbank.fr⟧ directement, sur Twitter ils répondent jamais. Moi j'ai mis ma réf dossier ⟪LIT-2026-004519⟫ dans l'objet et ils m'ont répondu en ⟪48⟫h`,
  ],
  [
    'fr',
    `@LotusBankFR on me demande de confirmer le virement avec le code ⟦otp:592037⟧ alors que je n'ai RIEN demandé !!!! Qui a accès à mon compte ?`,
  ],
  ['fr', `@Sophie_Lgd c'est ⟦phone:06 23 91 47 08|0623914708⟧ 😘`],
  [
    'fr',
    `Bon je raconte parce que ça peut servir. Vendredi soir, appel d'un "conseiller fraude" de Lotus, numéro masqué, très pro, il connaît mon nom, mon agence, mes dernières opérations. Il me dit qu'un virement de ⟪1 850⟫ € vers la Lituanie est en cours et qu'il faut l'annuler. Pour ça il m'envoie un code par SMS que je dois lui lire. Je lis : ⟦otp:284 619|284619⟧. Évidemment c'était pour valider le virement, pas l'annuler. La banque refuse de rembourser. Méfiez-vous.`,
  ],
  [
    'fr',
    `Titulaire : M. ou Mme Petit\nDomiciliation : LOTUS BANK PARIS ⟪9⟫\nIBAN : ⟦iban:FR76 3000 3036 2035 6317 7296 386|FR7630003036203563177296386⟧\nBIC : LOTBFRPP\n\nvoilà mon RIB pour ceux qui m'ont demandé pour le cadeau de Léa 🎁`,
  ],
  // ───────────── de (Deutschland, Österreich, Schweiz) ─────────────
  [
    'de',
    `@LotusBankDE Ich warte seit ⟪8⟫ Tagen auf meine Rückerstattung. Meine IBAN: ⟦iban:DE29 3704 0044 6769 4621 16|DE29370400446769462116⟧. Bitte endlich überweisen.`,
  ],
  [
    'de',
    `Kleinanzeigen-Betrüger!!! Hab ⟪180⟫ € für ne PS5 überwiesen an ⟦iban:DE92 5001 0517 4962 9010 10⟧, seitdem ist der Typ weg. Handy ⟦phone:0176 48213907|0176/48213907|+49 176 48213907⟧ geht nicht mehr ran`,
  ],
  [
    'de',
    `Sehr geehrte Damen und Herren,\n\nbitte buchen Sie die Lastschrift vom ⟪03.12.2026⟫ auf mein Konto ⟦iban:DE78701500000253106103|DE78 7015 0000 0253 1061 03⟧ zurück. Die Abbuchung war nicht autorisiert.\n\nMit freundlichen Grüßen\nGerhard Weiß\nTel. ⟦phone:089 / 21 84 36 70|08921843670|089 21843670⟧`,
  ],
  [
    'de',
    `Meine Mutter hat am Telefon die TAN ⟦otp:416 829|416829⟧ vorgelesen, weil der Anrufer sagte er sei von der Sparkasse. ⟪4.900⟫ € weg. Die Bank sagt grob fahrlässig. Super.`,
  ],
  ['de', `Ruft mich bitte zurück: ⟦phone:0151 23 84 71 92|015123847192⟧. Im Chat komm ich nicht weiter.`],
  [
    'de',
    `Wer hat meine Kreditkarte ⟦card:4789 8582 3378 9361⟧ in Berlin bei Zalando benutzt?? Ich war die ganze Woche in Köln`,
  ],
  [
    'de',
    `PIN vergessen 🙄 dachte es wäre ⟦otp:8031⟧, zweimal falsch. Nach dem dritten Versuch ist die Karte weg, oder?`,
  ],
  [
    'de',
    `Spendenkonto für das Tierheim Hagen:\n⟦iban:DE77 1203 0000 2804 9738 40|DE77120300002804973840⟧\nVerwendungszweck: Spende Winter ⟪2026⟫\nDanke euch allen 🐶🐱`,
  ],
  [
    'de',
    `Hab mein Passwort für Onlinebanking auf ⟦password:Bayern1900!⟧ geändert und jetzt sperrt die App mich aus. Was soll das`,
  ],
  [
    'de',
    `Festnetz ⟦phone:030 8847 2195|030-88472195|+49 30 88472195⟧, bin ab ⟪17⟫ Uhr zu Hause. Es geht um die Kündigung meines Depots ⟪Nr. 7741⟫`,
  ],
  [
    'de',
    `@LotusBankAT Überweisung auf mein Konto ⟦iban:AT92 2011 1691 8867 2414|AT922011169188672414⟧ seit Freitag nicht da, bei euch abgebucht. Wo ist das Geld?`,
  ],
  [
    'de',
    `Die Sparkasse hat mir ne Mail von ⟦email:sicherheit@sparkasse-kundenservice.info⟧ geschickt mit "Ihr Konto wird gesperrt" – das ist doch Phishing oder?`,
  ],
  [
    'de',
    `Schickt mir die Unterlagen bitte per Mail an ⟦email:thomas.krueger@web.de⟧, meine Postadresse ändert sich gerade`,
  ],
  [
    'de',
    `Mastercard ⟦card:2221 7489 8837 7639⟧ wurde bei einem Online-Shop in Litauen belastet, ⟪3⟫ Abbuchungen zu je ⟪99,00⟫ €. Karte ist gesperrt. Wie komm ich an mein Geld?`,
  ],
  ['de', `Handy: ⟦phone:0171/5529034|0171 5529034⟧ (WhatsApp auch). Verkaufe mein altes iPad, ⟪150⟫ VB`],
  ['de', `ich hab die SMS-TAN ⟦otp:38 24 91|382491⟧ nicht angefordert!!! ist mein Konto gehackt??`],
  [
    'de',
    `Grüezi, meine Karte ⟦card:5018 4684 3806 8676⟧ (Maestro) funktioniert in Deutschland nicht am Automaten. Bin bis Sonntag in München. Natel ⟦phone:+41 79 382 15 60|079 382 15 60⟧`,
  ],
  [
    'de',
    `Kontonummer ⟦account_number:0253106103⟧ BLZ ⟪70150000⟫ – so stand's auf meinem alten Überweisungsträger, kann mir jemand die IBAN daraus ausrechnen?`,
  ],
  [
    'de',
    `Wie dumm kann man sein: hab meine Zugangsdaten in die Gruppe gepostet statt an meinen Mann. Anmeldename lotus_gw, Passwort ⟦password:Sommer2026⟧. Schon geändert. Peinlich.`,
  ],
  [
    'de',
    `Betreff: Ihre Anfrage\n\nHallo Herr Yilmaz,\nich erreiche Sie leider nicht unter ⟦phone:0202 47 19 386|0202 4719386⟧. Bitte melden Sie sich unter ⟦email:a.schneider@kanzlei-schneider-wuppertal.de⟧.\n\nGruß\nA. Schneider`,
  ],
  [
    'de',
    `Neue Debitkarte ⟦card:5251 8971 3080 3160⟧ ist da, aber Apple Pay sagt 'Karte wird nicht unterstützt'. Mit der alten ging's doch auch??`,
  ],
  [
    'de',
    `Leute, IBAN von meinem Schwager für die Geburtstagskasse: ⟦iban:DE08430609670025192932⟧ – ⟪20⟫ € pro Nase 🎂`,
  ],
  [
    'de',
    `Kurze Zusammenfassung meiner Woche mit der Lotus Bank: Montag Karte gesperrt wegen "verdächtiger Aktivität" (war ich selbst, im Urlaub in Spanien). Dienstag Hotline, ⟪45⟫ Minuten Warteschleife, dann aufgelegt. Mittwoch in der Filiale, die können "da nichts machen". Donnerstag neue Karte bestellt. Freitag kommt ein Brief mit der alten PIN?? Heute, Samstag, ruft jemand von ⟦phone:0711 93842755|+49 711 93842755⟧ an und will meine Kartennummer zur "Entsperrung". Ich hab aufgelegt.`,
  ],
  [
    'de',
    `Screenshot vom Chat mit dem angeblichen Käufer:\n"Bitte schick mir den Code aus der SMS damit ich zahlen kann"\nIch: ⟦otp:731 905|731905⟧\n\nJa. Ich weiß. ⟪350⟫ € weg.`,
  ],
  [
    'de',
    `Kontoinhaber: Mehmet Öztürk\nIBAN: ⟦iban:DE73 7602 6000 6175 4711 02|DE73760260006175471102⟧\nBank: Postbank\n\nFür alle, die beim Umzug geholfen haben und die Pizza auslegen mussten 🍕 danke!!`,
  ],
  [
    'de',
    `@LotusBankDE ⟦email:jana.h.92@gmx.de⟧ – an die Adresse bitte die Kündigungsbestätigung, die Post kommt hier nie an`,
  ],
]

// Hard negatives: every ⟪…⟫ must still be readable after masking.
export const ordinary = [
  // ───────────── en ─────────────
  [
    'en',
    `@LotusBankUK still waiting on my refund for order ⟪#112-4839201-7730616⟫, it's been ⟪14⟫ days. Case number ⟪CAS-20261129-0417⟫`,
  ],
  [
    'en',
    `The app update (v⟪8.41.2⟫, build ⟪20261203.1⟫) logged me out and now Face ID doesn't work. iPhone ⟪15⟫, iOS ⟪18.1.1⟫`,
  ],
  [
    'en',
    `Flight ⟪BA 2490⟫ to Malaga cancelled, card refund of £⟪1,284.60⟫ showing as pending since ⟪02/12/2026⟫. Booking ref ⟪XK7P2Q⟫`,
  ],
  [
    'en',
    `Lotus raised my overdraft rate to ⟪39.9%⟫ EAR without telling me. On a balance of £⟪2,150⟫ that's about £⟪60⟫ a month. Disgusting`,
  ],
  [
    'en',
    `Royal Mail tracking ⟪KF 4827 3301 9GB⟫ says delivered. It wasn't. New card has been "delivered" ⟪3⟫ times now to ⟪BS8 1TH⟫`,
  ],
  ['en', `branch on ⟪42⟫ High St closing on ⟪17 January⟫, next nearest one is ⟪11⟫ miles away. cheers lotus`],
  [
    'en',
    `Transaction ID ⟪4248372806104758⟫ shows as failed on my end but the money's gone. Been ⟪3⟫ hrs on hold (hold music on loop since ⟪9:15⟫)`,
  ],
  [
    'en',
    `USPS tracking ⟪9400 1118 9922 3847 1659 27⟫ hasn't moved since Tuesday, that's my replacement card. $⟪35⟫ fee for expedited 🙄`,
  ],
  [
    'en',
    `my paycheck was $⟪2,847.16⟫ and the bank held $⟪1,200⟫ of it for ⟪5⟫ business days. who decided that`,
  ],
  [
    'en',
    `Login page throws error ⟪0x80070005⟫ from IP ⟪192.168.1.254⟫, anyone else? Started around ⟪14:32⟫ GMT`,
  ],
  [
    'en',
    `Been a customer since ⟪1987⟫. ⟪39⟫ years. And this is how you treat people. Ref ⟪4413768236680078⟫ for my complaint, still nothing`,
  ],
  ['en', `Been charged twice for the same ⟪£39.99⟫ order. Card ending ⟪7708⟫. Not happy`],
  [
    'en',
    `Windows build ⟪10.0.19045.3693⟫, Chrome ⟪131.0.6778.86⟫, still can't download statements as PDF. Error code ⟪5003-21⟫`,
  ],
  ['en', `Lotus made £⟪1.82bn⟫ profit last year and closed ⟪114⟫ branches. Think about that`],
  [
    'en',
    `Parcel ⟪JD014600006281934178⟫ (Evri) — the card reader you sent is lost somewhere between Leeds and here since ⟪28/11⟫`,
  ],
  // ───────────── zh ─────────────
  ['zh', `淘宝订单号⟪2351631444657990953⟫，退款¥⟪1,299.00⟫说原路退回莲花信用卡，⟪7⟫天了还没到账`],
  ['zh', `顺丰单号⟪SF1428830516207⟫，莲花银行寄的新卡显示已签收，可我根本没收到！`],
  ['zh', `莲花APP更新到⟪6.3.1⟫版本以后一直闪退，华为Mate ⟪60⟫，鸿蒙⟪4.2⟫，有人一样吗`],
  ['zh', `今年的年化利率从⟪3.65%⟫降到⟪2.1%⟫，存了⟪50万⟫少拿好几千，真的不想在莲花存了`],
  ['zh', `⟪12月3日⟫下午⟪3点⟫去莲花银行⟪0417⟫网点办业务，排号⟪A108⟫，等了⟪2⟫个小时`],
  ['zh', `交易流水号⟪2277773309734460442⟫，商户扣款失败但钱被冻结了，客服说⟪48⟫小时内解冻`],
  ['zh', `我的房贷每月还⟪6,382.47⟫元，一共⟪360⟫期，利率⟪LPR+0.3%⟫，提前还款要交⟪1%⟫违约金，合理吗？`],
  ['zh', `航班⟪MU5137⟫延误了⟪4⟫小时，用莲花信用卡买的延误险说要⟪15⟫个工作日才赔`],
  ['zh', `工单编号：⟪GD202612070031⟫。回复我的只有一句“已反馈”`],
  ['zh', `京东订单⟪287491650235⟫的退款到账了，金额⟪４５９⟫元，谢谢莲花客服小姐姐`],
  ['zh', `莲花银行⟪2026⟫年三季度净利润⟪128.6亿⟫元，同比增长⟪3.2%⟫，不良率⟪1.27%⟫`],
  ['zh', `快递单号 ⟪YT7519083426617⟫ 圆通的，信用卡寄了⟪6⟫天还没到，查不到物流`],
  ['zh', `服务器IP ⟪203.119.4.88⟫ 访问莲花网银一直超时，换了⟪4G⟫也一样，是不是你们系统又崩了`],
  // ───────────── ar ─────────────
  ['ar', `رقم الطلب ⟪٧٨٢٤٥١٠٩⟫ وللحين ما رجع المبلغ ⟪٢٬٣٥٠⟫ ريال، صار لي ⟪١٢⟫ يوم`],
  ['ar', `رحلة ⟪SV 1023⟫ الغيت وقالوا الاسترداد على البطاقة خلال ⟪14⟫ يوم عمل. اليوم واليوم صار ⟪21⟫ ولا شي`],
  ['ar', `التطبيق بعد التحديث ⟪5.12.0⟫ ما يفتح ابد، جوال سامسونج ⟪S23⟫، حذفته ونزلته مرتين`],
  ['ar', `نسبة المرابحة ⟪4.99%⟫ على التمويل الشخصي، والراتب ⟪12,500⟫ ريال، كم يطلع القسط الشهري تقريباً؟`],
  ['ar', `فرع البنك في شارع التحلية رقم ⟪٣١٢⟫ مسكر من الساعة ⟪٢:٣٠⟫ بدون سبب`],
  ['ar', `رقم الشحنة من ارامكس ⟪47281930564⟫ والبطاقة الجديدة ما وصلت لحد دلوقتي، والمفروض خلال ⟪٥⟫ ايام`],
  ['ar', `الرسوم السنوية للبطاقة زادت من ⟪٢٥٠⟫ الى ⟪٤٥٠⟫ جنيه من اول ⟪يناير ٢٠٢٧⟫، ليه؟`],
  ['ar', `رقم البلاغ ⟪INC0098213⟫ منذ ⟪2026/11/28⟫ ولم يتم التواصل معي`],
  ['ar', `مرجع العملية ⟪FT26337XK4Q2⟫ والمبلغ ⟪AED 3,400.00⟫، الفلوس طلعت من حسابي وما وصلت للمستفيد`],
  ['ar', `الرمز البريدي ⟪12271⟫ والعنوان صحيح، ليش البطاقة ترجع للفرع كل مرة؟`],
  ['ar', `الاصدار ⟪١٠.٤.٢⟫ من التطبيق فيه مشكلة في الدخول بالبصمة، جربت على ايفون ⟪13⟫ و ⟪15⟫`],
  ['ar', `القرض ⟪٣٥٠٬٠٠٠⟫ ريال على ⟪٦٠⟫ شهر والقسط ⟪٦٬٨٢٠⟫، صح الحسبة ولا فيه رسوم مخفية؟`],
  ['ar', `رقم الحوالة ⟪20261204EGY0047719⟫ بتاريخ ⟪٤/١٢/٢٠٢٦⟫ والمبلغ ⟪١٥٬٠٠٠⟫ جنيه لسه ما وصلش`],
  // ───────────── nl ─────────────
  [
    'nl',
    `Pakketje met mijn nieuwe pas: ⟪3SLTB4820175093⟫ bij PostNL, al ⟪4⟫ dagen 'gesorteerd'. Postcode klopt gewoon, ⟪3512 JK⟫`,
  ],
  [
    'nl',
    `Rente op spaarrekening naar ⟪1,25%⟫?? Bij de concurrent is het ⟪2,1%⟫. Na ⟪22⟫ jaar klant ga ik toch overstappen`,
  ],
  ['nl', `Storing sinds ⟪08:45⟫, app versie ⟪7.18.0 (2041)⟫ op Android ⟪14⟫. Kan niet eens mijn saldo zien`],
  [
    'nl',
    `Mijn huur is ⟪€ 1.385,00⟫ per maand en jullie schrijven hem ⟪2⟫ keer af. Kenmerk van de afschrijving ⟪774574459⟫`,
  ],
  [
    'nl',
    `Bestelnummer bij bol ⟪1042938815⟫, terugbetaling van ⟪€ 89,99⟫ staat nog steeds niet op mijn rekening`,
  ],
  [
    'nl',
    `Vlucht ⟪KL 1724⟫ naar Barcelona, ⟪06:55⟫ vertrek, en de pas werkt niet bij de incheckbalie. Geweldig`,
  ],
  ['nl', `klantnummer ⟪0004 7193⟫ — ik heb al ⟪3⟫ keer gebeld en het gesprek kost ⟪€ 0,10⟫ per minuut`],
  [
    'nl',
    `Betalingskenmerk ⟪7000 1234 5678 9012⟫ voor de belasting, moet dat nu met spaties of zonder? Het bedrag is ⟪€ 2.417⟫`,
  ],
  ['nl', `Filiaal Utrecht Centraal gaat per ⟪1 maart 2027⟫ dicht. Volgende is ⟪12⟫ km verderop`],
  ['nl', `Dossiernummer ⟪2026-NL-0049132⟫, behandeltermijn ⟪6⟫ weken volgens de brief van ⟪28-11-2026⟫`],
  [
    'nl',
    `Sinds ⟪2 december⟫ om ⟪23:14⟫ zie ik een afschrijving van ⟪€ 12.450,00⟫ op mijn rekening, terwijl ik maar ⟪€ 1.245,00⟫ had overgemaakt. Komma verkeerd??`,
  ],
  [
    'nl',
    `Factuurnummer ⟪F2026-0012874⟫, kenmerk ⟪952968321⟫, bedrag ⟪€ 312,50⟫. Waarom is de incasso gestorneerd?`,
  ],
  ['nl', `Zendingnummer DHL ⟪JVGL0612837465019283⟫ en nog steeds geen pasje. Postcode ⟪2514 GL⟫ Den Haag`],
  // ───────────── es ─────────────
  [
    'es',
    `Número de pedido ⟪408-3317265-9012244⟫ de Amazon, me devolvieron ⟪129,90⟫ € pero no aparece en la cuenta`,
  ],
  ['es', `El recibo de la luz de ⟪1.342,17⟫ € ¿¿?? En noviembre. Lotus me lo cobró sin avisar`],
  ['es', `Vuelo ⟪IB 3166⟫ cancelado, reembolso a la tarjeta pendiente desde el ⟪02/12/2026⟫`],
  ['es', `La app versión ⟪4.27.1⟫ no deja hacer bizum desde ayer a las ⟪21:40⟫`],
  ['es', `Número de seguimiento de Correos ⟪PQ4B7K0601238940128003K⟫ y la tarjeta sin llegar`],
  ['es', `Folio de la aclaración ⟪2448547950987231998⟫, me dijeron ⟪45⟫ días hábiles para responder 😒`],
  ['es', `Tasa de interés del ⟪36.5%⟫ anual en la tarjeta de crédito, ⟪$18,450.00⟫ de deuda, no salgo nunca`],
  ['es', `Sucursal ⟪0418⟫ de Barcelona, código postal ⟪08021⟫, me atendieron genial, gracias a Marta`],
  ['es', `Oficina ⟪2370⟫ cerrada desde el ⟪lunes 30⟫ y ni un cartel. ⟪3⟫ días sin poder sacar dinero`],
  ['es', `referencia de la operación ⟪ES20261203XK492117⟫, importe ⟪2.500,00 EUR⟫, estado "en revisión"`],
  ['es', `Me cobraron ⟪1.249.000⟫ pesos colombianos por un vuelo que no hice, número de reserva ⟪LX4Q9T⟫`],
  [
    'es',
    `Horario de la sucursal: de ⟪8:30⟫ a ⟪14:00⟫, y ayer a las ⟪13:15⟫ ya estaba cerrada. Calle Mayor ⟪27⟫, ⟪28013⟫ Madrid`,
  ],
  ['es', `El Euríbor a ⟪12⟫ meses está en ⟪2,48 %⟫ y mi hipoteca sigue subiendo, ⟪684,32⟫ € al mes`],
  // ───────────── fr ─────────────
  ['fr', `Commande n° ⟪171-9920384-5521903⟫, remboursement de ⟪249,00⟫ € toujours pas arrivé sur mon compte`],
  [
    'fr',
    `Mon loyer c'est ⟪1 120⟫ € et la banque me prend ⟪8,50⟫ € de frais pour un virement instantané. Sérieux ?`,
  ],
  ['fr', `Colissimo ⟪6A18492037615⟫ : la nouvelle carte est "en cours d'acheminement" depuis le ⟪29/11⟫`],
  ['fr', `Vol ⟪AF 1148⟫ annulé, ⟪412,60⟫ € remboursés sur la carte… dans ⟪30⟫ jours 🙃`],
  ['fr', `Appli version ⟪9.4.0⟫ sur iPhone : écran blanc au lancement depuis ⟪7h⟫ ce matin`],
  ['fr', `Taux du livret passé à ⟪1,7 %⟫ au ⟪1er août⟫, sur ⟪22 950⟫ € ça fait pas grand chose`],
  [
    'fr',
    `Numéro de dossier ⟪4683095209567972⟫ (c'est ce qu'ils m'ont donné, ⟪16⟫ chiffres pour un dossier…)`,
  ],
  ['fr', `Agence de ⟪75011⟫ fermée le samedi maintenant, il faut aller jusqu'à la ⟪14⟫ rue de la Roquette`],
  [
    'fr',
    `Référence de l'opération ⟪TRF202612040087731⟫, montant ⟪3 000,00 EUR⟫, statut rejeté sans explication`,
  ],
  ['fr', `Ça fait ⟪45⟫ min que je suis en attente au ⟪3639⟫, j'ai déjà payé ⟪2,40⟫ € de communication`],
  [
    'fr',
    `Prélèvement de ⟪1 249,90⟫ € le ⟪03/12/2026⟫ à ⟪14h32⟫, libellé ⟪PRLV SEPA 0047719283⟫ que je ne reconnais pas`,
  ],
  ['fr', `Numéro de suivi Chronopost ⟪XY482019376FR⟫, toujours rien. Code postal ⟪69003⟫ Lyon`],
  [
    'fr',
    `Avis de situation : ⟪596014674⟫, montant ⟪3 512⟫ €, échéance le ⟪15/01⟫. La banque a rejeté le prélèvement des impôts !`,
  ],
  // ───────────── de ─────────────
  ['de', `Bestellnummer ⟪302-5584917-2290617⟫, Erstattung von ⟪79,99⟫ € immer noch nicht auf dem Konto`],
  ['de', `DHL Sendungsnummer ⟪00340434161094038273⟫ – neue Karte seit ⟪5⟫ Tagen "in Zustellung"`],
  ['de', `Dispozins ⟪13,75 %⟫ bei ⟪2.500⟫ € Rahmen, das sind im Jahr über ⟪300⟫ €. Wucher`],
  ['de', `Filiale Hauptstraße ⟪12⟫ in ⟪69117⟫ Heidelberg macht zum ⟪31.03.2027⟫ zu`],
  ['de', `App Version ⟪5.22.1 (Build 10487)⟫ stürzt beim Login ab, Android ⟪15⟫, Pixel ⟪8⟫`],
  ['de', `Flug ⟪LH 2036⟫ gestrichen, Erstattung von ⟪1.248,40⟫ € kommt angeblich in ⟪7⟫ Werktagen`],
  [
    'de',
    `Vorgangsnummer ⟪DE10370400440996403475⟫ hat mir die Hotline genannt, sieht aus wie eine IBAN, ist aber keine??`,
  ],
  ['de', `Seit ⟪1994⟫ Kunde, ⟪32⟫ Jahre, und jetzt ⟪9,90⟫ € Kontoführung im Monat. Danke für nix`],
  [
    'de',
    `Überweisung am ⟪05.12.⟫ um ⟪23:58⟫ gemacht, Echtzeit soll ⟪10⟫ Sekunden dauern. Ist jetzt ⟪2⟫ Tage her`,
  ],
  ['de', `Transaktions-ID ⟪4769440828103634⟫, Betrag ⟪€ 1.049,00⟫, Status abgelehnt. Karte ist aber gedeckt`],
  [
    'de',
    `Rechnungsnummer ⟪RE-2026-118734⟫, Kundennummer ⟪40018827⟫, Betrag ⟪1.183,20⟫ € – Lastschrift zurückgegangen, warum?`,
  ],
  [
    'de',
    `Zinsen fürs Tagesgeld von ⟪3,0 %⟫ auf ⟪1,75 %⟫ gesenkt, Festgeld ⟪12⟫ Monate ⟪2,1 %⟫. Bei ⟪25.000⟫ € lohnt sich das kaum noch`,
  ],
  [
    'de',
    `IP ⟪85.214.132.117⟫ wird beim Login blockiert, laut Support 'aus Sicherheitsgründen'. Ich sitze in ⟪10115⟫ Berlin, nicht im Ausland`,
  ],
]
