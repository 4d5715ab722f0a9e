// Fresh BLIND personal-data set 11 (issue 11). Written 2026-12-07 from 04:45 UTC (session 3) by
// the redteam11p engineer BEFORE reading src/pii*.ts, the nlp README's PII sections or the posts
// and renderers of sets 1–10 (only set 10's header and export names, the eval script and the
// standards were read), and committed before it was first scored. Nothing here is tuned on: it
// is the session's held-out measurement of masking.
//
// Each language written on its own, from that country's situations and habits (not translated
// from one another): UK and US complaints and scam stories, Chinese Weibo/小红书 rants and 转账
// requests, Gulf and Egyptian posts (Arabic-Indic digits where people type them), Dutch and
// Belgian Tikkie/IBAN/DigiD stories, Spanish and Mexican Bizum/CLABE/SPEI posts, French RIB and
// Lydia posts, German Überweisung/Kleinanzeigen/Paket posts. Voices: old and young, formal and
// slang, typos, missing accents, emoji, hashtags, @handles, quoted replies, e-mail signatures,
// pasted DMs, one-liners and long posts with the value near the end; some values with no
// context word at all (a bare mobile number after a name, a card number pasted alone).
// Phones and e-mails outnumber cards and IBANs; OTPs, PINs, passwords and national ids are rarer.
//
// Markers (read by scripts/lib/pii-render-11.mjs):
//   ⟦kind:value|other|other⟧  a sensitive value exactly as written (kinds as in packages/schema
//                              PII_KINDS), then up to two other ways the same author might have
//                              written it;
//   ⟪…⟫                        an ordinary number that must survive masking.
//
// Values are synthetic with valid check digits: Luhn in the issuer's range (Visa 13/16/19, mada
// and CB on Visa/Mastercard BINs, Mastercard 51–55 and 2221–2720, Amex, Diners 14, Discover,
// JCB, Maestro 12–19, UnionPay 16/19, Meeza); ISO 13616 mod-97 (FR with the RIB key, ES with the
// CCC digits, BE with its national key); the BSN 11-proef; the CLABE weights. SSNs keep the
// SSA's rules, NI numbers HMRC's prefix rules; UK phones Ofcom's drama ranges, US phones 555-01xx.
// Long ordinary references fail Luhn or mod-97.
export const sensitive = [
  // ───────────── en ─────────────
  [
    'en',
    `@LotusBankUK someone has used my card ⟦card:4638 3368 7068 3802⟧ at a petrol station in Luton at ⟪3am⟫. I live in Truro. Been on hold ⟪47⟫ minutes. Absolute joke`,
  ],
  [
    'en',
    `Hi, my mum (⟪81⟫) got a call "from the bank" and read out the code they texted her, it was ⟦otp:592 174|592174⟧. She's now lost £⟪2,340⟫. Can someone ring her on ⟦phone:01632 960 418|01632960418⟧ please, she doesn't do twitter`,
  ],
  [
    'en',
    `Can anyone help? Trying to pay my rent and it keeps bouncing. Sort code ⟦uk_account:40-12-76 31846602|401276 31846602⟧ , ref FLAT ⟪3B⟫. Landlord is going mental 😩`,
  ],
  [
    'en',
    `lol my flatmate just posted his whole bank details in the group chat to get paid back for pizza. ⟦uk_account:20 32 06 / 53184772|20-32-06 53184772⟧. mate. MATE.`,
  ],
  [
    'en',
    `Replying to @LotusHelp\n\nI DID send a DM. Nobody answered. Call me back: ⟦phone:07700 900327|+44 7700 900327⟧`,
  ],
  [
    'en',
    `Dear Sir/Madam,\nI wish to complain in the strongest terms about the closure of the Kettering branch. I have banked with you since ⟪1974⟫. Please write to me or telephone ⟦phone:(0113) 496 0592|0113 496 0592⟧ between ⟪10⟫ and ⟪4⟫.\nYours faithfully,\nD. Harrow`,
  ],
  [
    'en',
    `this is the third time this month the app logged me out mid transfer. username is ⟦email:jade.okafor94@hotmail.co.uk⟧ if anyone from lotus is actually reading this`,
  ],
  [
    'en',
    `Never had to give my NI number to open a savings acct before?? ⟦uk_nino:JT 45 82 19 C|JT458219C⟧ there happy now, can I have my ⟪5.1%⟫ isa`,
  ],
  [
    'en',
    `They want my SSN again for the "verification" - it's ⟦us_ssn:390-62-8421|390 62 8421⟧, same as the last ⟪4⟫ times I sent it. Closing this account Friday`,
  ],
  [
    'en',
    `@LotusBank_US card declined at Costco, Disc ⟦card:6011 9441 2404 8318⟧ exp ⟪09/27⟫. Called ⟦phone:(312) 555-0147|312-555-0147⟧ is my cell, no one has called back`,
  ],
  [
    'en',
    `pasting the chat so people can see how useless they are:\n> Agent: please confirm the full account number\n> Me: ⟦account_number:31846602⟧\n> Agent: and the passcode\n> Me: ⟦password:Bluebell1966!⟧\n> Agent: I'm afraid I can't help with that today\nTHEN WHY ASK`,
  ],
  [
    'en',
    `Anyone else getting texts saying "Lotus: your code is ⟦otp:803 119⟧ do not share"? I never requested anything. Phone no. ⟦phone:07700 900 812|07700900812⟧ if it's a fraud thing`,
  ],
  [
    'en',
    `Sent £⟪150⟫ to my sister, ⟦iban:GB49 BARC 2000 0018 6176 63|GB49BARC20000018617663⟧, it's been "pending" ⟪3⟫ days. Barclays says it never arrived. Who has my money??`,
  ],
  [
    'en',
    `My late husband's card ⟦card:3497 1469 8895 824|349714698895824⟧ is STILL being charged £⟪12.99⟫ a month for something. I've sent the death certificate twice. Please call ⟦phone:0161 496 0733⟧ and ask for Margaret.`,
  ],
  [
    'en',
    `⟦card:4204301639689502|4204 3016 3968 9502⟧ just found this on a receipt printed in full?? at a Lotus ATM in Leeds. that's MY card number lads. #dataprotection`,
  ],
  [
    'en',
    `Rang the fraud line, they asked for my pin to "verify" me. told them ⟦otp:4719⟧ before my brain caught up. cancelled the card straight after. Is that normal?? seems dodgy`,
  ],
  [
    'en',
    `--\nTom Bradshaw | Finance Director\nBradshaw & Kemp Ltd\nM: ⟦phone:+44 (0)7700 900561|07700 900561⟧ | T: ⟦phone:020 7946 0285|+44 20 7946 0285⟧\n⟦email:tom.bradshaw@bradshawkemp.co.uk⟧\n\nForwarding this to your complaints team since the business account has been frozen since ⟪28 Nov⟫.`,
  ],
  [
    'en',
    `for the new joiners asking about the payroll form: they need NI no (mine's ⟦uk_nino:NH730241A|NH 73 02 41 A⟧), sort code + acc (⟦uk_account:30-94-66 10442378⟧) and your p45. took me ⟪2⟫ weeks to get paid lol`,
  ],
  [
    'en',
    `hey can u text me ⟦phone:2125550163|(212) 555-0163⟧ my phone died and the bank app wont let me log in, think it locked me. also pw is ⟦password:hunter2hunter2⟧ if u can check it for me 🙏`,
  ],
  [
    'en',
    `So I got scammed on Marketplace. Guy gave me his "bank" acct to pay a deposit: routing ⟪021000021⟫ acct ⟦account_number:4820 1176 5531|482011765531⟧. Sent $⟪600⟫. Now blocked me. Chase says they can't do anything. Name on it was K. Miller, phone ⟦phone:+1 415 555 0182|415-555-0182⟧`,
  ],
  [
    'en',
    `I'm 23, first time doing taxes, the form asked for my social and I typed ⟦us_ssn:233193833|233-19-3833⟧ into the chat box by accident 💀 can someone delete that`,
  ],
  [
    'en',
    `Mastercard ⟦card:2223 8718 4845 7884⟧ refund for order ⟪112-4839201-5529013⟫ never came back. Amazon says it's on Lotus's side. It's been ⟪30⟫ days`,
  ],
  [
    'en',
    `Got a letter from HMRC saying my NI number ⟦uk_nino:LW 95 57 21 B|LW955721B⟧ is linked to a job in Bristol. I've never been to Bristol. Lotus froze my account over it. Brilliant.`,
  ],
  [
    'en',
    `Student loan co says my details don't match... NI ⟦uk_nino:kg697774c|KG 69 77 74 C⟧, sort code ⟦uk_account:60-16-13 49022436⟧, checked it ⟪5⟫ times 🙃`,
  ],
  [
    'en',
    `Replying to @LotusBankUK\n> please DM us your details\nmy DMs are closed to non followers so: Natalie Reeves, DOB ⟪14/06/1987⟫, NI ⟦uk_nino:SL620877B⟧, acc ⟦uk_account:09-01-28 / 17730542|090128 17730542⟧. please just fix the direct debit`,
  ],
  [
    'en',
    `US expat here, Lotus wants a W-9 again. SSN ⟦us_ssn:701-99-5941|701995941⟧. Third form this year. Why can't your US and UK sides talk to each other`,
  ],
  [
    'en',
    `my dad literally read his social out loud on a facebook live 😭 ⟦us_ssn:099 30 1240|099-30-1240⟧ someone please tell me how to get that deleted`,
  ],
  [
    'en',
    `Application rejected AGAIN. I double checked: SSN ⟦us_ssn:826-89-7724⟧, income $⟪58,000⟫, address unchanged since ⟪2019⟫. What am I missing??`,
  ],
  [
    'en',
    `paying back the stag do money, its ⟦uk_account:11-04-37 28815590|11 04 37 28815590⟧ (Rob) not the old Monzo one. ⟪£85⟫ each, cheers lads`,
  ],
  [
    'en',
    `New job wants NI + bank details by email. Sent ⟦uk_nino:PX 19 53 66 D⟧ to ⟦email:hr-onboarding@northgate-logistics.co.uk⟧ hope that's legit`,
  ],
  [
    'en',
    `Someone opened a credit card with my SSN ⟦us_ssn:693-25-7854⟧, I found out when Lotus sent me a welcome pack. Call me ⟦phone:(646) 555-0129⟧ before I call a lawyer`,
  ],
  // ───────────── zh ─────────────
  [
    'zh',
    `@莲花银行 我的卡号⟦card:6265 1616 8058 5515 536|6265161680585515536⟧昨天晚上被人盗刷了⟪3⟫笔，一共¥⟪8,600⟫，客服电话打了一个小时都打不进去！！`,
  ],
  [
    'zh',
    `有没有人知道怎么办 我妈被骗了 骗子说是银行的 让她把验证码⟦otp:583917⟧告诉他 她就说了 现在卡里钱全没了 😭😭`,
  ],
  ['zh', `房东的卡号发一下大家看看，我要转房租，不知道对不对：⟦card:6203 2689 6308 5571⟧ 莲花银行 张伟`],
  [
    'zh',
    `求助!!! 今天在ATM取钱 卡被吞了 打银行电话没人接 麻烦工作人员看到联系我 ⟦phone:139 1068 2245|13910682245⟧ 谢谢`,
  ],
  [
    'zh',
    `收款码坏了，直接转我卡上吧 ⟦card:6266447690270808728|6266 4476 9027 0808 728⟧ 户名李娜 收到回我一下`,
  ],
  [
    'zh',
    `#莲花银行# 客户经理态度太差了，我说要投诉，他给了我他的手机⟦phone:186-2107-5531|18621075531⟧，结果打过去是空号？？？`,
  ],
  [
    'zh',
    `刚刚收到短信：【莲花银行】您的验证码为⟦otp:704826⟧，请勿泄露。我根本没有操作过啊，是不是有人在登我的账号`,
  ],
  [
    'zh',
    `我是做外贸的，客户要我提供公司账户，发在这里备份一下：开户行 莲花银行上海分行 账号 ⟦account_number:3100 4088 1200 5231 7|31004088120052317⟧，联系人王先生 ⟦phone:021-5489 2211|021-54892211⟧`,
  ],
  [
    'zh',
    `吐槽一下莲花的APP⟪6.2.1⟫版本，绑定信用卡⟦card:4570 1383 6680 2916⟧的时候一直提示"卡号有误"，试了⟪5⟫次，最后还把我锁了`,
  ],
  ['zh', `谁能帮忙问一下，我在香港开户要填邮箱，我填的⟦email:liuyang_1988@163.com⟧一直收不到验证邮件`],
  [
    'zh',
    `淘宝卖家让我加微信付款，微信号就是手机号⟦phone:15021837764⟧，说银行卡转账可以便宜⟪200⟫块。。。我是不是要被骗了`,
  ],
  [
    'zh',
    `老爸把网银密码写在便签上贴电脑屏幕上：⟦password:zhang19580312⟧，我真的服了，发出来让大家引以为戒（已经让他改了）`,
  ],
  [
    'zh',
    `信用卡账单有一笔境外消费 USD ⟪459.00⟫，卡号尾号⟪0292⟫，完整卡号⟦card:5220 9966 8584 0292⟧，根本不是我刷的。银行说要我自己去报警？？`,
  ],
  [
    'zh',
    `联系方式：⟦phone:010-62345678⟧（办公室）⟦phone:138 1174 9203|+86 138 1174 9203⟧（手机）\n邮箱：⟦email:chenjing@qq.com|chenjing at qq dot com⟧\n以上是我们公司财务，莲花银行对公业务一直拖着不办`,
  ],
  [
    'zh',
    `刚被莲花银行的"客服"打电话，号码是⟦phone:+86 171 3302 9418|17133029418⟧，说我的信用卡有风险要我转到"安全账户"，大家小心！！`,
  ],
  [
    'zh',
    `日本旅游刷JCB卡⟦card:3528 0931 8364 0145⟧被拒了⟪4⟫次，酒店前台都看我像骗子一样 😅 莲花银行能不能给个说法`,
  ],
  [
    'zh',
    `我的工资卡⟦account_number:6228 4801 2233 9015 76|622848012233901576⟧每个月都被扣⟪10⟫元管理费，问了三次都说是系统收的`,
  ],
  [
    'zh',
    `网银登录密码⟦password:Lh@2024abc⟧，短信验证码⟦otp:391 052|391052⟧，都给"客服"了，怎么办，现在还能冻结吗？在线等，很急`,
  ],
  [
    'zh',
    `朋友圈看到的，转给大家：借我⟪5000⟫的那个人电话⟦phone:0755-2663 1234|(0755)26631234⟧，说好月底还，现在人找不到了`,
  ],
  ['zh', `莲花银行信用卡中心说会给我回电，留的是⟦phone:13652718809⟧，等了两天了`],
  // ───────────── ar ─────────────
  [
    'ar',
    `@LotusBankSA يا جماعة بطاقتي مدى ⟦card:4464 0145 0924 5876|4464014509245876⟧ انسحب منها ⟪1,250⟫ ريال وانا نايم 😡 ابي حل اليوم`,
  ],
  [
    'ar',
    `السلام عليكم، ابغى احد من خدمة العملاء يتواصل معي على الرقم ⟦phone:٠٥٥١٢٣٤٨٧٠|055 123 4870⟧ بخصوص تحويل معلق من ⟪٣⟫ ايام`,
  ],
  [
    'ar',
    `حولت لأخوي على الايبان ⟦iban:SA62 8009 4158 2891 5207 4524|SA6280094158289152074524⟧ وللحين ما وصل، والبنك يقول العملية ناجحة!! وين راحت الفلوس؟`,
  ],
  [
    'ar',
    `انتبهوا: وصلتني رسالة "رمز التحقق ⟦otp:٤٨٢٧⟧ لا تشاركه مع أحد" وبعدها اتصل واحد يقول انه من البنك ويطلب الرمز. لا تعطونه لأحد`,
  ],
  [
    'ar',
    `رقم حسابي ⟦account_number:٦٠٨٠١٠١٦٧٥١٩|608010167519⟧ مصرف الراجحي، عايز اعرف ليه اتخصم مني ⟪٥٠⟫ ريال رسوم`,
  ],
  [
    'ar',
    `للتواصل واتساب ⟦phone:+971 50 413 2297|0504132297⟧ \nبيع سيارة كامري ⟪2019⟫ ممشى ⟪85⟫ الف، السعر ⟪48,000⟫ درهم، التحويل بنكي فقط`,
  ],
  [
    'ar',
    `يا بنك لوتس مصر، الفيزا بتاعتي ⟦card:٥٠٧٨٨٣١٣٦٣١٠٤٩٨٩|5078 8313 6310 4989⟧ ميزة اتوقفت فجأة ومحدش بيرد على ⟪19623⟫ خالص`,
  ],
  ['ar', `حد يعرف ازاي اغير الباسورد؟ انا حاطط ⟦password:Ahmed@1990⟧ والتطبيق بيقول ضعيف 😂`],
  [
    'ar',
    `من فضلكم، اختي كبيرة في السن ودخلت بياناتها في رابط نصب. رقمها ⟦phone:٠١٠١٢٣٤٥٦٧٨|010 1234 5678⟧ والايميل ⟦email:nadia.hassan61@yahoo.com⟧، محتاجين حد يقفل الحساب بسرعة`,
  ],
  [
    'ar',
    `تم تحويل مبلغ ⟪3,000⟫ درهم الى الحساب ⟦iban:AE67 0336 7536 2962 8742 919|AE670336753629628742919⟧ بتاريخ ⟪2026/11/30⟫ ولم يصل للمستفيد حتى الآن. أرجو المتابعة.`,
  ],
  ['ar', `الكود اللي جالي ⟦otp:٧٣٩١٠٥⟧ بس التطبيق بيقول منتهي الصلاحية، جربت ⟪٤⟫ مرات`],
  [
    'ar',
    `اخوي مسافر وابي ارسل له فلوس، عطاني حسابه في بنك الكويت الوطني ⟦iban:KW66 NBOK 5380 2982 4535 9410 7108 80⟧ هل التحويل من السعودية ياخذ وقت؟`,
  ],
  [
    'ar',
    `لو سمحت اتصلوا على ⟦phone:٠١١٤٨٧١٢٠٩|011 487 1209⟧ (البيت) او الجوال ⟦phone:٠٥٦٩٠٢٤٤١٧|+966 56 902 4417⟧ ابوي ما يعرف يستخدم التطبيق`,
  ],
  [
    'ar',
    `بطاقة الماستر ⟦card:5380 3317 5073 8088⟧ تم رفضها في امازون رغم ان الرصيد كافي، ممكن توضيح؟ #بنك_لوتس`,
  ],
  [
    'ar',
    `تحويل رواتب العمال متأخر. الحساب ⟦iban:SA36 1094 0066 7710 9794 1351⟧ باسم مؤسسة الفهد للمقاولات، والمبلغ ⟪٤٧٬٥٠٠⟫ ريال. ايميل المحاسب ⟦email:accounts@alfahd-contracting.com.sa⟧`,
  ],
  ['ar', `انا اتنصب عليا في ⟪٢٠٠٠⟫ جنيه. النصاب رقمه ⟦phone:٠١١٤٥٥٣٢٢١٠⟧ وبعتلي على فودافون كاش. ارجو النشر`],
  ['ar', `يا جماعة غلطت وكتبت الرقم السري في الشات العام ⟦otp:١٩٨٤⟧ 🤦‍♂️ غيرته خلاص بس للامانة`],
  [
    'ar',
    `حولوا على حسابي في البنك الأهلي المصري ⟦iban:EG98 1102 6686 9718 7383 4393 3690 2|EG981102668697187383439336902⟧ ، التبرع لعلاج طفل، جزاكم الله خير`,
  ],
  [
    'ar',
    `دبي - تواصل معنا: ⟦phone:٠٤-٣٩٨٢٢١٧|04 398 2217⟧ او ⟦email:info.dxb@gulfstar-trading.ae⟧ — نحن عملاء بنك لوتس منذ ⟪٢٠١٢⟫ ولم نستلم الشيكات`,
  ],
  [
    'ar',
    `بطاقتي ⟦card:٤٥٥٢٨٠٨١٤١٤٢١٥٤٥|4552 8081 4142 1545⟧ انسرقت في المول، اوقفتها من التطبيق بس ابي اتأكد ما صار عليها شي`,
  ],
  [
    'ar',
    `ابي اعرف ليش طلبتوا مني كلمة المرور في المكالمة؟ قلت له ⟦password:Riyadh2030!!⟧ وبعدين انتبهت. هل المكالمة من عندكم؟`,
  ],
  // ───────────── nl ─────────────
  [
    'nl',
    `@LotusBankNL waarom staat mijn overboeking naar ⟦iban:NL43 RABO 8802 7945 80|NL43RABO8802794580⟧ al ⟪3⟫ dagen op "in behandeling"?? Huur moest gister betaald zijn`,
  ],
  [
    'nl',
    `Tikkie link werkt niet, maak maar over naar ⟦iban:NL12INGB7911633308|NL12 INGB 7911 6333 08⟧ tnv J. de Vries, €⟪12,50⟫ pp voor de bbq 🍖`,
  ],
  [
    'nl',
    `Ik ben gebeld door een "medewerker" van de bank. Hij wist mijn naam en adres en vroeg om de code uit de sms: ⟦otp:482 913|482913⟧. Ik heb hem gegeven 😢 Nu staat er €⟪4.200⟫ af. Wat moet ik doen`,
  ],
  [
    'nl',
    `Mijn vader (⟪79⟫) heeft zijn BSN ⟦nl_bsn:342852346|3428 52 346⟧ in een formulier op een nepsite ingevuld. Bij wie moeten we dit melden? DigiD al geblokkeerd`,
  ],
  ['nl', `bel me even terug aub ⟦phone:06-41827735|06 41 82 77 35⟧ , al ⟪2x⟫ via de app geprobeerd`],
  [
    'nl',
    `Met vriendelijke groet,\n\nMarleen Bakker\nFinanciële administratie\nT ⟦phone:010 - 241 57 90|010-2415790⟧\nM ⟦phone:+31 (0)6 2210 4581|06-22104581⟧\nE ⟦email:m.bakker@vanderheijden-transport.nl⟧\n\n(doorgestuurd omdat jullie klantenservice al ⟪2⟫ weken niet reageert)`,
  ],
  [
    'nl',
    `Kan iemand mij uitleggen waarom mijn pas ⟦card:5531 2686 1648 9910⟧ geweigerd wordt bij de Albert Heijn terwijl er genoeg op staat? ⟪3e⟫ keer deze week`,
  ],
  [
    'nl',
    `Oplichter op Marktplaats, wil dat je eerst betaalt naar ⟦iban:NL41 ABNA 3112 7688 16⟧ en reageert daarna niet meer. Nummer ⟦phone:0612873304⟧. Deel dit aub!! #marktplaats #oplichting`,
  ],
  [
    'nl',
    `wachtwoord van mn bankapp is gewoon ⟦password:Appeltaart88⟧ en nu vragen ze om een sterker wachtwoord. doe normaal`,
  ],
  [
    'nl',
    `Voor de belastingaangifte van mijn moeder moest ik haar BSN opgeven, ⟦nl_bsn:701439658⟧, en het formulier crashte ⟪3⟫ keer. En dan vragen ze waarom ouderen niet online willen`,
  ],
  [
    'nl',
    `Hoi! Ik verkoop mijn fiets, €⟪175⟫, ophalen in Utrecht. Appen naar ⟦phone:+31 6 38 91 24 07|06 38912407⟧`,
  ],
  [
    'nl',
    `Belgische klant hier: mijn rekening ⟦iban:BE98 0015 3096 0393|BE98001530960393⟧ werd geblokkeerd na een overschrijving van €⟪2.500⟫. Niemand bij jullie in Antwerpen weet waarom. Bel ⟦phone:0476 31 82 90|+32 476 31 82 90⟧`,
  ],
  [
    'nl',
    `"uw verificatiecode is ⟦otp:5029 17|502917⟧" krijg ik nu elke ⟪5⟫ minuten. Ik heb niks aangevraagd. Iemand probeert in te loggen?`,
  ],
  [
    'nl',
    `Gelukt met de hypotheek! Alleen raar dat de adviseur mijn BSN en rekeningnummer per gewone mail wilde. Heb het gestuurd naar ⟦email:advies@hypotheekhuis-zuid.nl⟧, BSN ⟦nl_bsn:127 758 768|127758768⟧... achteraf niet zo slim denk ik`,
  ],
  [
    'nl',
    `Kaart kwijt in de trein. Debitcard eindigt op ⟪6372⟫. Hele nummer staat in de app: ⟦card:4766 7446 8359 6372|4766744683596372⟧. Graag blokkeren, ik kom niet in de app`,
  ],
  [
    'nl',
    `@LotusHulp mijn mail is ⟦email:sanne_vd_berg@ziggo.nl⟧ en ik krijg geen bevestiging van de pas-aanvraag`,
  ],
  [
    'nl',
    `Eindelijk iemand van de bank aan de lijn, ze belt me terug op ⟦phone:020 794 61 18|020-7946118⟧ morgen tussen ⟪9:00⟫ en ⟪12:00⟫. Benieuwd`,
  ],
  [
    'nl',
    `Ik heb per ongeluk mijn pincode ⟦otp:7351⟧ in een reactie hier gezet ipv in de app 🙈 kan die verwijderd worden? Heb m al veranderd`,
  ],
  [
    'nl',
    `Gemeente vraagt om BSN van mn zoontje voor de kinderopvangtoeslag, ⟦nl_bsn:318959938⟧, en dan krijg ik een melding dat het "ongeldig" is. Klopt toch gewoon`,
  ],
  [
    'nl',
    `Voor de actie van de voetbalclub: overmaken naar ⟦iban:NL33SNSB6116952163⟧ o.v.v. naam + team. Vragen? ⟦email:penningmeester@vv-deursen.nl⟧ of ⟦phone:0412 452 381|0412-452381⟧`,
  ],
  [
    'nl',
    `Waarom moet ik mijn rekeningnummer ⟦account_number:0611 6952 16|611695216⟧ nou weer doorgeven? Staat al ⟪12⟫ jaar bij jullie in het systeem 🙄`,
  ],
  [
    'nl',
    `Zorgverzekeraar heeft mijn BSN verkeerd, het moet ⟦nl_bsn:716152794|716 152 794⟧ zijn, nu wordt de premie van de verkeerde rekening afgeschreven 😤`,
  ],
  [
    'nl',
    `Voor iedereen die vraagt hoe je je BSN vindt: staat op je paspoort. De mijne: ⟦nl_bsn:1410.21.949|141021949⟧ (ja ik weet het, niet slim, maar de bank vraagt het elke keer opnieuw)`,
  ],
  [
    'nl',
    `formulier van de bank vraagt: burgerservicenummer ⟦nl_bsn:533383110⟧ + kopie id + loonstrook. voor een creditcard van ⟪€ 1.000⟫ limiet. serieus?`,
  ],
  // ───────────── es ─────────────
  [
    'es',
    `@LotusBankES me han cobrado ⟪2⟫ veces los ⟪89,90⟫€ de la luz en la tarjeta ⟦card:4274 1018 8200 7526⟧. Llevo desde el lunes llamando y nada`,
  ],
  [
    'es',
    `Para el regalo de Lucía hacedme bizum al ⟦phone:612 48 37 90|612483790⟧ que mi IBAN no me lo sé de memoria jajaja, son ⟪15⟫€ cada uno`,
  ],
  [
    'es',
    `Os dejo mi cuenta para lo del piso: ⟦iban:ES10 2100 2306 8906 3664 3444|ES1021002306890636643444⟧ (Caixa). Fianza ⟪1.200⟫€ antes del día ⟪15⟫ porfa`,
  ],
  [
    'es',
    `Hoy me llamó un tal "departamento de seguridad" pidiendome el codigo que me llegaba por sms, ⟦otp:738 204|738204⟧, y como boba se lo di. Me han vaciado la cuenta. Denuncia puesta en la Guardia Civil`,
  ],
  [
    'es',
    `Buenas tardes, soy cliente desde ⟪1998⟫ y quiero una explicación de por qué me han cancelado la tarjeta. Mi teléfono es el ⟦phone:91 456 23 78|914562378⟧, llamen por la mañana por favor. Un saludo, Carmen`,
  ],
  [
    'es',
    `neta @LotusBankMX ya me cansé, la CLABE ⟦account_number:012180034296531759|012 180 03429653175 9⟧ me sale "cuenta inexistente" cuando me depositan la nómina. Urge!!`,
  ],
  [
    'es',
    `Quien me pueda ayudar con info del fraude, mi whats es ⟦phone:55 4172 8806|+52 1 55 4172 8806⟧. Me clonaron la tarjeta ⟦card:5495 1505 4131 4104⟧ en un cajero de Insurgentes`,
  ],
  [
    'es',
    `Me pide la app "introduce tu contraseña" y pongo ⟦password:Sevilla1992⟧ y dice que no es válida, cuando la cambié ayer. Alguien más??`,
  ],
  [
    'es',
    `Transferencia SPEI a ⟦account_number:014180006780913123⟧ por $⟪3,500.00⟫ MXN, se hizo el ⟪28/11/2026⟫ y la persona dice que no le llegó. Folio ⟪MBAN01002611280045123⟫`,
  ],
  [
    'es',
    `correo para que me mandeis el certificado: ⟦email:jgarcia.lopez@yahoo.es⟧ , el que teneis es antiguo`,
  ],
  [
    'es',
    `Mi abuela de ⟪86⟫ años recibió un sms con un enlace, metió la tarjeta ⟦card:4160933693897928|4160 9336 9389 7928⟧ y el PIN ⟦otp:2580⟧. No hay derecho que no la avisaran`,
  ],
  ['es', `Hola, vendo sofá en Valencia, ⟪120⟫€, interesados whatsapp ⟦phone:+34 655 201 874|655201874⟧`],
  [
    'es',
    `Cuenta para donaciones de la asociación de vecinos: ⟦iban:ES92 0049 8388 0284 4160 3393⟧ (Santander). Gracias a todos ❤️`,
  ],
  [
    'es',
    `pinche banco me bloqueó la amex ⟦card:3708 7239 3747 070|370872393747070⟧ porque "movimiento inusual" en Cancún, pues si estoy de vacaciones wey`,
  ],
  [
    'es',
    `--\nLic. Roberto Méndez Aguilar\nDirector Administrativo\nTel. ⟦phone:(33) 3615 4420|33 3615 4420⟧ ext. ⟪112⟫\nCel. ⟦phone:33 1298 0467|3312980467⟧\n⟦email:rmendez@grupoaltamira.com.mx⟧`,
  ],
  [
    'es',
    `Es la ⟪3ª⟫ vez que pido que me devolváis el cargo. IBAN para el abono: ⟦iban:ES6101822909634548680971⟧`,
  ],
  [
    'es',
    `el código de verificación que me llegó es ⟦otp:916 402|916402⟧ pero la web de Lotus me dice "código incorrecto" 🤬🤬`,
  ],
  [
    'es',
    `Me llamaron del "banco" desde el ⟦phone:+34 911 02 44 18|911024418⟧ y sabían mis datos. Cuidado con ese número, no es de Lotus`,
  ],
  [
    'es',
    `Os paso el contacto de mi gestora para lo de la hipoteca: ⟦email:lucia.fdz@asesoriamartin.es⟧, tlf ⟦phone:963 52 18 07⟧`,
  ],
  [
    'es',
    `Tarjeta ⟦card:4445 2561 6702 7⟧ (la vieja, de ⟪13⟫ dígitos) sigue cobrándome la cuota de ⟪36⟫€. ¿No estaba cancelada?`,
  ],
  [
    'es',
    `mi contraseña de la banca online era ⟦password:Mireya*2019⟧ y me la han cambiado sin avisar, no puedo entrar, el tlf de atencion no contesta`,
  ],
  // ───────────── fr ─────────────
  [
    'fr',
    `@LotusBanqueFR ça fait ⟪3⟫ semaines que j'attends ma nouvelle carte, l'ancienne ⟦card:4970 8757 0511 2186⟧ est bloquée et je peux plus rien payer. Service client injoignable. Lamentable.`,
  ],
  [
    'fr',
    `Bonjour, voici mon RIB pour le remboursement : ⟦iban:FR76 3000 4211 6575 8675 7919 453|FR7630004211657586757919453⟧ (BNP). Merci de me confirmer par mail ⟦email:claire.dubois56@orange.fr⟧`,
  ],
  [
    'fr',
    `Ma mère a reçu un appel du "service fraude", elle a donné le code reçu par SMS ⟦otp:651 308|651308⟧. ⟪1 800⟫ € partis en ⟪10⟫ minutes. Elle a ⟪77⟫ ans. Vous faites quoi ???`,
  ],
  ['fr', `rappelez moi au ⟦phone:06 12 47 83 95|0612478395⟧ svp jsuis pas dispo avant ⟪18h⟫`],
  [
    'fr',
    `Pour la cagnotte du départ de Sylvie, virement sur ⟦iban:FR76 2004 1061 8715 2425 5776 480⟧ ou Lydia au ⟦phone:07.81.26.44.19|07 81 26 44 19⟧ 🎁`,
  ],
  [
    'fr',
    `J'ai tapé mon mot de passe ⟦password:Soleil75!⟧ dans la barre de recherche au lieu du champ de connexion... et maintenant il est dans l'historique de l'ordi du boulot 😭`,
  ],
  [
    'fr',
    `Cordialement,\n\nPierre-Yves Le Gall\nResponsable comptable – Menuiserie Le Gall SARL\nTél. : ⟦phone:02 98 44 71 30|+33 2 98 44 71 30⟧\nPort. : ⟦phone:06 74 19 58 02⟧\n⟦email:py.legall@menuiserie-legall.fr⟧`,
  ],
  [
    'fr',
    `Carte ⟦card:5382570285391925|5382 5702 8539 1925⟧ débitée deux fois de ⟪49,99⟫ € par Free le ⟪2⟫ décembre. J'ai fait opposition mais toujours rien de remboursé`,
  ],
  [
    'fr',
    `Belgique ici : on m'a demandé mon numéro de compte par téléphone, j'ai donné ⟦iban:BE17 0682 9909 8921⟧ et depuis j'ai des prélèvements bizarres. Quelqu'un a eu pareil avec Lotus ?`,
  ],
  ['fr', `code de validation ⟦otp:4093 51|409351⟧ reçu alors que je n'ai rien demandé, c'est normal ??`],
  [
    'fr',
    `J'ai un souci de prélèvement, pouvez-vous me rappeler sur mon fixe ⟦phone:01 45 63 28 70|0145632870⟧ ? Je ne reçois pas les SMS, j'habite en zone blanche. Bien à vous, M. Roussel`,
  ],
  [
    'fr',
    `le mec du leboncoin voulait que je lui envoie l'argent sur ⟦iban:FR7610278332432154758524964⟧ avant de voir la moto, j'ai refusé, son num c'est ⟦phone:+33 7 56 83 12 09|07 56 83 12 09⟧ méfiez-vous`,
  ],
  [
    'fr',
    `Ma carte Visa Premier ⟦card:4201 0318 3563 0058⟧ a été refusée à l'étranger alors que j'avais prévenu l'agence de ⟪Nantes⟫. Très déçu après ⟪15⟫ ans chez vous.`,
  ],
  [
    'fr',
    `quelqu'un a le mail du service réclamations ? moi c'est ⟦email:kev.martin93@gmail.com⟧ si un conseiller passe par là`,
  ],
  [
    'fr',
    `pin de ma carte oublié, j'ai essayé ⟦otp:0712⟧ puis ⟦otp:1207⟧ (ma date d'anniv lol) et maintenant elle est bloquée. Bravo moi.`,
  ],
  [
    'fr',
    `Bonjour, vous pouvez verser l'acompte sur le compte de l'entreprise, IBAN ⟦iban:FR76 3000 2450 9840 6482 1443 625⟧, BIC ⟪CRLYFRPP⟫. Pour toute question : ⟦phone:04 78 92 15 66⟧`,
  ],
  [
    'fr',
    `La conseillère m'a dit de lui envoyer mon numéro de compte ⟦account_number:04512873690|045 1287 3690⟧ par SMS au ⟦phone:06 33 90 12 84⟧. C'est vraiment la procédure ?`,
  ],
  [
    'fr',
    `Virement de ⟪2 450,00⟫ € vers ⟦iban:FR76 1130 6905 5364 4818 7931 417|FR76 11306 90553 64481879314 17⟧ toujours pas arrivé. Réf ⟪VIR-20261201-88341⟫`,
  ],
  [
    'fr',
    `Mastercard ⟦card:2720 3599 7288 0467⟧, paiement refusé chez Leclerc, solde ok. 3e fois cette semaine. #LotusBanque`,
  ],
  [
    'fr',
    `Mot de passe : ⟦password:Chouquette2021⟧ — voilà, je le mets ici pour que mon fils puisse se connecter, il est en Erasmus et n'a pas accès à ses mails`,
  ],
  [
    'fr',
    `J'ai écrit à ⟦email:reclamations.client@wanadoo.fr⟧ (mon adresse perso) pour recevoir la copie du courrier, rien reçu. Rappelez moi au ⟦phone:05 56 21 84 37⟧ merci`,
  ],
  // ───────────── de ─────────────
  [
    'de',
    `@LotusBankDE Seit ⟪4⟫ Tagen hängt meine Überweisung an ⟦iban:DE12 2266 7844 5068 2919 91|DE12226678445068291991⟧. Vermieter droht schon mit Mahnung. Geht's noch?`,
  ],
  [
    'de',
    `Hallo zusammen, wer hat Lust auf Tippspiel? Einsatz ⟪10⟫ €, bitte an ⟦iban:DE98618325169541652853⟧ überweisen (Verwendungszweck: Name) oder PayPal an ⟦email:tippspiel.stammtisch@gmx.de⟧`,
  ],
  [
    'de',
    `Meine Mutter (⟪83⟫) hat am Telefon ihre TAN ⟦otp:718 402|718402⟧ durchgegeben, weil der Anrufer sagte er sei von der Bank. ⟪6.300⟫ € weg. Die Polizei sagt wir sollen uns an die Bank wenden, die Bank sagt Polizei. Super.`,
  ],
  ['de', `ruf mich mal an ⟦phone:0176 24815530|0176-24815530⟧ hab kein Netz fürs Whatsapp`],
  [
    'de',
    `Mit freundlichen Grüßen\n\nDipl.-Ing. Klaus Wiedemann\nWiedemann Haustechnik GmbH\nTel.: ⟦phone:089 / 4521 8830|089 45218830⟧\nMobil: ⟦phone:+49 (0)171 3928461|0171 3928461⟧\nE-Mail: ⟦email:k.wiedemann@wiedemann-haustechnik.de⟧\nSitz: München, HRB ⟪182734⟫`,
  ],
  [
    'de',
    `Karte ⟦card:4619 6726 7466 2896⟧ wurde in Spanien belastet, ich war nie in Spanien. Sperr-Notruf ⟪116 116⟫ ging sofort, aber das Geld (⟪389,00⟫ €) ist noch nicht zurück`,
  ],
  [
    'de',
    `Kleinanzeigen-Betrüger: will dass man vorab auf ⟦iban:DE85 6067 0841 1687 7309 47⟧ zahlt, Name "Andreas Müller", Handy ⟦phone:0157 38291046|+49 157 38291046⟧. Bitte teilen!!`,
  ],
  [
    'de',
    `Hab mein Passwort für das Onlinebanking vergessen, war irgendwas wie ⟦password:Schalke04!Fan⟧ 🙈 wie setze ich das zurück ohne Filiale?`,
  ],
  [
    'de',
    `Sehr geehrte Damen und Herren, ich bitte um Rückruf unter ⟦phone:030 2847 1956|030 28471956⟧ (tagsüber) bezüglich der Kündigung meines Kontos ⟦account_number:1004 5829 37|1004582937⟧. Hochachtungsvoll, H. Krüger`,
  ],
  [
    'de',
    `Die neue Kreditkarte ⟦card:5171252155118937|5171 2521 5511 8937⟧ funktioniert bei Apple Pay nicht, Fehler ⟪-2014⟫. Jemand ne Idee?`,
  ],
  [
    'de',
    `pushTAN kam 3x hintereinander obwohl ich nix gemacht hab. letzter code ⟦otp:493106⟧. ist das ein hackversuch??`,
  ],
  [
    'de',
    `Österreicherin hier: Konto ⟦iban:AT35 0284 3619 9066 9916|AT350284361990669916⟧, Überweisung aus Deutschland seit einer Woche nicht da. Die Bank in Wien sagt es liegt an euch.`,
  ],
  [
    'de',
    `Kontakt fürs Elternbeiratsgeld: ⟦email:elternbeirat.gs-lindenweg@web.de⟧ oder telefonisch ⟦phone:0711 / 84 39 27⟧. Bankverbindung ⟦iban:DE04 3189 8381 4331 4739 67⟧`,
  ],
  [
    'de',
    `Amex ⟦card:3476 7207 5308 849|347672075308849⟧ abgelehnt im Hotel in Hamburg, obwohl Limit ⟪5.000⟫ €. Peinlich vor den Kollegen.`,
  ],
  [
    'de',
    `Warum ruft mich eure "Sicherheitsabteilung" von ⟦phone:+49 221 98476320⟧ an und fragt nach meiner PIN?? Ich hab natürlich nichts gesagt`,
  ],
  [
    'de',
    `Ich hab euch ⟪2⟫ mal geschrieben, an service@lotusbank.de und über das Kontaktformular. Meine Mail ist ⟦email:j.schneider1971@t-online.de⟧, Antwort bitte dorthin.`,
  ],
  [
    'de',
    `Schweiz: mein Konto ⟦iban:CH57 3670 8759 4528 3299 7⟧ wurde belastet, CHF ⟪1'250.00⟫, ohne dass ich was gekauft habe. Hotline 0800 123 456 sagt, falsche Abteilung.`,
  ],
  [
    'de',
    `Opa hat die PIN ⟦otp:3916⟧ auf die Karte geschrieben und die Karte dann verloren 🤦 Karte ist gesperrt aber ich poste das hier als Warnung für alle`,
  ],
  [
    'de',
    `meine Handynr. ist ⟦phone:01523 9940718|0152 39940718⟧, bitte per SMS melden wegen der Rückbuchung, danke`,
  ],
  [
    'de',
    `Diners Club Karte ⟦card:3664 8682 6001 05⟧ wird nirgendwo mehr akzeptiert. Wozu zahle ich ⟪150⟫ € im Jahr?`,
  ],
  [
    'de',
    `An alle, die sich über die Bestätigungscodes wundern: Ich hab heute auch einen bekommen (⟦otp:205 817⟧) und nix beantragt. Screenshot an die Bank geschickt.`,
  ],
]

export const ordinary = [
  // ───────────── en ─────────────
  [
    'en',
    `Order ⟪#204-7731982-4410365⟫ still says "dispatched" since ⟪Nov 28⟫. Royal Mail tracking ⟪JD014600003828401237⟫ shows nothing. Paid £⟪1,249.99⟫ on my Lotus card`,
  ],
  [
    'en',
    `Lotus app ⟪v8.14.2⟫ (build ⟪81402113⟫) crashes on iOS ⟪17.6.1⟫ every time I open statements. Pixel users fine apparently`,
  ],
  [
    'en',
    `Mortgage rate went from ⟪4.29%⟫ to ⟪5.84%⟫, that's £⟪312⟫ more a month on a £⟪185,000⟫ loan. Cheers Lotus`,
  ],
  [
    'en',
    `Flight ⟪BA2490⟫ cancelled, booked ⟪EZY8832⟫ instead, card charged twice £⟪86.40⟫ each. Case ref ⟪CAS-4471930⟫`,
  ],
  [
    'en',
    `Branch ⟪40-12-76⟫ in Hull closing ⟪31/01/2027⟫. Nearest one is ⟪14⟫ miles away. Not everyone can drive, Lotus`,
  ],
  [
    'en',
    `My ticket number is ⟪INC0049812734⟫, opened ⟪6 weeks⟫ ago. Complaint ref ⟪4637696935116914⟫. Still nothing.`,
  ],
  ['en', `The outage hit from ⟪07:45⟫ to ⟪11:20⟫ GMT, status page said ⟪99.95%⟫ uptime lol`],
  [
    'en',
    `Transaction ID ⟪TXN-8829-1047-2231⟫ for $⟪2,450.00⟫ reversed on ⟪12/03/2026⟫ but still shows pending. Zip ⟪60614⟫ if that matters`,
  ],
  [
    'en',
    `Anyone else's card reader giving error ⟪0x80070057⟫? Using the app from IP ⟪192.168.1.104⟫ works fine on wifi, not on 4G`,
  ],
  [
    'en',
    `been with lotus since ⟪1989⟫, ⟪37⟫ years, and now they want £⟪4.50⟫ a month for a basic account. postcode ⟪SW1A 2AA⟫ branch closed too`,
  ],
  [
    'en',
    `Council tax ref ⟪50021893711⟫ paid on the ⟪1st⟫, £⟪164.00⟫, and they've taken it again on the ⟪3rd⟫. Order of £⟪3,000⟫ overdraft fees to follow I guess`,
  ],
  // ───────────── zh ─────────────
  ['zh', `莲花银行APP更新到⟪7.3.0⟫以后，转账一直卡在⟪99%⟫，客服说是系统升级，要等到⟪12月10日⟫`],
  ['zh', `顺丰单号⟪SF1428673309215⟫，信用卡寄了⟪7⟫天还没到，我人在⟪上海市浦东新区⟫`],
  ['zh', `今年的理财收益率只有⟪2.15%⟫，去年还有⟪3.8%⟫，我存了⟪50万⟫进去，亏大了`],
  ['zh', `打了⟪95588⟫转莲花人工，排队第⟪47⟫位，等了⟪35⟫分钟`],
  ['zh', `订单号⟪20261203145522908177⟫，退款¥⟪1,299.00⟫，说⟪3-5⟫个工作日到账，现在第⟪9⟫天了`],
  ['zh', `莲花银行⟪2026⟫年第三季度净利润⟪152.3⟫亿元，同比增长⟪4.7%⟫`],
  ['zh', `航班⟪MU5137⟫延误了⟪3⟫个小时，用莲花信用卡买的延误险，理赔编号⟪CLM202612040031⟫还没处理`],
  ['zh', `去⟪朝阳区⟫第⟪0183⟫号网点办业务，⟪9:00⟫开门，⟪8:30⟫就排了⟪20⟫多个人`],
  ['zh', `交易流水号⟪4400583312582766⟫ 显示失败，但钱扣了¥⟪6,888⟫`],
  ['zh', `房贷利率从⟪4.9%⟫降到⟪3.55%⟫，月供少了⟪612⟫块，这个还不错👍`],
  // ───────────── ar ─────────────
  ['ar', `التطبيق تحديث ⟪5.2.7⟫ بطيء جدا، كل عملية تاخذ ⟪30⟫ ثانية او اكثر`],
  ['ar', `رقم الطلب ⟪٧٨٢٣٤٥١⟫ للبطاقة الجديدة من ⟪١٥⟫ يوم وما وصلت`],
  ['ar', `العائد على الوديعة ⟪5.25%⟫ لمدة ⟪١٢⟫ شهر، والحد الادنى ⟪١٠٬٠٠٠⟫ ريال. هل فيه افضل؟`],
  ['ar', `رحلة ⟪EK 202⟫ من دبي، دفعت ⟪٢٬٨٥٠⟫ درهم بالبطاقة وانخصمت مرتين`],
  ['ar', `الفرع رقم ⟪١٢٤⟫ في حي النسيم مقفل من الساعة ⟪٢⟫ الظهر، ليش؟`],
  ['ar', `رقم الشكوى ⟪CMP-2026-118374⟫ ولحد الحين ما احد رد علي`],
  ['ar', `حولت ⟪١٥٬٠٠٠⟫ جنيه يوم ⟪٢٠٢٦/١٢/٠١⟫ ورقم العملية ⟪FT26335K9X2M⟫ ولسه متعلقة`],
  ['ar', `سعر الدولار اليوم ⟪٤٨٫٦٥⟫ جنيه في البنك و⟪٥٢⟫ برا 😅`],
  ['ar', `رقم المرجع ⟪DE83691567944428272612⟫ طلع في كشف الحساب وما اعرفه، ايش هذا؟`],
  ['ar', `مكتوب في الفاتورة ⟪٣٬٤٩٩٫٠٠⟫ ريال شامل الضريبة ⟪١٥٪⟫`],
  // ───────────── nl ─────────────
  ['nl', `Pakket ⟪3SDEVC4921873⟫ via PostNL komt al ⟪4⟫ dagen niet, betaald met iDEAL €⟪64,95⟫`],
  ['nl', `De app ⟪versie 9.41⟫ logt me steeds uit na ⟪2⟫ minuten. Android ⟪14⟫, Samsung`],
  ['nl', `Rente op spaarrekening naar ⟪1,75%⟫, was ⟪2,25%⟫. Op ⟪€ 25.000⟫ scheelt dat ⟪€ 125⟫ per jaar`],
  ['nl', `Storing van ⟪14:05⟫ tot ⟪16:40⟫, betalen bij de Jumbo lukte niet. ⟪3e⟫ keer deze maand`],
  ['nl', `Postcode ⟪1012 AB⟫, kantoor in de Kalverstraat ⟪92⟫ is per ⟪1 januari⟫ dicht`],
  ['nl', `Mijn klachtnummer is ⟪KL-20261130-0442⟫ en ik wacht nu ⟪21⟫ dagen`],
  ['nl', `Vlucht ⟪KL1342⟫ geannuleerd, terugbetaling van ⟪€ 1.318,40⟫ nog niet binnen`],
  ['nl', `Betalingskenmerk ⟪7011 2039 4456 1120⟫ van de Belastingdienst, €⟪2.318⟫ voor ⟪1 februari⟫`],
  ['nl', `Jaaroverzicht ⟪2025⟫: ⟪1.247⟫ transacties, ⟪€ 38.412,16⟫ uitgegeven. Schrik`],
  ['nl', `Referentie ⟪4081166707446536⟫ op het afschrift, geen idee waar dat van is`],
  // ───────────── es ─────────────
  ['es', `Pedido ⟪406-2284713-7790112⟫ de Amazon, ⟪59,99⟫€, me lo cobraron ⟪2⟫ veces`],
  ['es', `La app ⟪v6.3.12⟫ no deja hacer bizum desde el martes. Android ⟪13⟫`],
  ['es', `Euríbor al ⟪2,48%⟫ y mi hipoteca sube ⟪87⟫€ al mes. ⟪180.000⟫€ pendientes a ⟪25⟫ años`],
  ['es', `Vuelo ⟪IB3166⟫ Madrid-París cancelado, reembolso de ⟪243,50⟫€ pendiente desde el ⟪14/11⟫`],
  ['es', `Oficina ⟪0987⟫ de la calle Alcalá, CP ⟪28014⟫, cerrada sin avisar`],
  ['es', `Número de incidencia ⟪INC-2026-0381722⟫, abierta hace ⟪3⟫ semanas`],
  ['es', `Folio de la aclaración ⟪4565496413309164⟫, me dijeron ⟪45⟫ días hábiles`],
  ['es', `Comisión de ⟪$1,250.00⟫ MXN por "manejo de cuenta", ¿en serio? Saldo promedio ⟪$8,400⟫`],
  ['es', `Cajero de Av. Reforma ⟪222⟫ se tragó ⟪$2,000⟫, ticket ⟪000482731⟫`],
  ['es', `Horario de ⟪8:30⟫ a ⟪14:00⟫, ⟪1⟫ cajero para ⟪40⟫ personas 😤`],
  // ───────────── fr ─────────────
  ['fr', `Commande n° ⟪FR-2026-1183347⟫ livrée ? Non. Colissimo ⟪6A21984736510⟫ bloqué depuis le ⟪28/11⟫`],
  ['fr', `Application ⟪v4.22.1⟫ : impossible de valider un virement, erreur ⟪503⟫`],
  ['fr', `Livret A à ⟪2,4 %⟫, plafond ⟪22 950⟫ €, et vous me proposez ⟪1,5 %⟫ sur le compte à terme ?`],
  [
    'fr',
    `Frais de tenue de compte : ⟪2,50⟫ € par mois, soit ⟪30⟫ € par an. Pour un compte où il y a ⟪12 340,56⟫ € 🙄`,
  ],
  ['fr', `Agence de Lyon ⟪69003⟫, rue Garibaldi, fermée le samedi à partir du ⟪1er janvier 2027⟫`],
  ['fr', `Vol ⟪AF1680⟫ annulé, remboursement ⟪318,70⟫ € pas encore crédité. Dossier n° ⟪RC-883104⟫`],
  ['fr', `Référence de l'opération ⟪FR94505933534801402735⟫ ? Jamais vu ça sur mon relevé`],
  ['fr', `Bug entre ⟪9h15⟫ et ⟪10h40⟫ ce matin, ⟪0⟫ paiement sans contact possible`],
  ['fr', `Prêt immo : ⟪250 000⟫ € sur ⟪20⟫ ans à ⟪3,45 %⟫, mensualité ⟪1 434,77⟫ €`],
  ['fr', `Ticket de caisse n° ⟪0042 118 9337⟫, ⟪87,30⟫ € débités deux fois`],
  // ───────────── de ─────────────
  [
    'de',
    `Bestellung ⟪302-5519920-1184463⟫, ⟪129,99⟫ € abgebucht, Ware nie angekommen. DHL Sendung ⟪00340434161094042557⟫`,
  ],
  ['de', `App-Version ⟪12.8.0⟫ (Build ⟪4471⟫) stürzt bei der Fotoüberweisung ab`],
  ['de', `Dispozins ⟪11,9 %⟫, Tagesgeld ⟪2,1 %⟫. Auf ⟪10.000⟫ € sind das ⟪210⟫ € im Jahr, na toll`],
  ['de', `Filiale ⟪1047⟫ in ⟪10115⟫ Berlin macht zu, nächste in ⟪6,5⟫ km`],
  ['de', `Flug ⟪LH 1734⟫ gestrichen, Erstattung ⟪412,60⟫ € seit ⟪5⟫ Wochen offen`],
  ['de', `Vorgangsnummer ⟪VG-2026-4471903⟫, Beschwerde vom ⟪03.11.2026⟫, keine Antwort`],
  ['de', `Kassenbon ⟪4637 0012 8843⟫, Betrag ⟪1.249,00⟫ € wurde zweimal reserviert`],
  ['de', `Verwendungszweck "⟪DE44733652886740441142⟫" — was soll das sein? Nicht meine IBAN`],
  ['de', `Störung heute von ⟪8:10⟫ bis ⟪9:45⟫ Uhr, Server ⟪10.0.12.7⟫ laut Fehlermeldung nicht erreichbar`],
  ['de', `Kontoführungsgebühr von ⟪4,95⟫ € auf ⟪7,90⟫ € erhöht, ⟪+60 %⟫, seit ⟪2008⟫ Kunde`],
]
