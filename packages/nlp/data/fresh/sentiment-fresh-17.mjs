// BLIND sentiment posts, SET 17 (en, zh, ar, nl, es, fr, de; 40 a language, 280 in all).
// Written 2026-12-07 from 19:53 UTC by the redteam17is engineer BEFORE reading any sentiment
// code, lexicon, training data, model, the open or research sentiment data, the README's
// sentiment sections or the posts of sets 5–16; only issue 11, the fresh sentiment eval scripts'
// set registration, set 16's header (its first 30 lines) for the row shape, the schema's platform
// list and config/brands/default.json's brand names were read. Committed before it was first
// scored: the held-out measurement of the code on main at 36fdeb5.
//
// Rows: [text, label, topic, platform]. Per language 14 negative, 15 neutral, 11 positive; 35–36
// bank posts and 4–5 general posts the feed also catches (general posts labelled by their own
// tone). 98 / 105 / 77 in all.
// Label conventions (a bank analyst's, for the bank): the author's overall stance toward the bank
// or, for general posts, the post's tone; sarcasm by what is meant; a mixed post or a long review
// by where it ends up (a gripe fixed well is positive, a good start gone wrong is negative);
// hedged complaints ("might be me but…", "not that I'm complaining, but…", "not a disaster, but…")
// negative; a complaint phrased as a question negative; a plain question, a bare acknowledgement
// ("ok thanks", "DM sent"), a "we'll see" and news (results, a fine, an outage resolved, a branch
// move, a rate change) neutral; praise for a competitor by someone leaving the bank negative;
// laughter with the bank's ad or social team positive; emoji-only posts by the emoji (🙄 😤 🤬 💀
// 🤡 negative, 👀 🤔 🤷 neutral, ❤️ 🙌 👍 positive).
//
// Each language was written on its own, from its own market: en UK (Faster Payments, ISA
// transfers, bounced direct debits), zh mainland (mortgage rates, card instalment fees, points,
// 二类户), Hong Kong (Cantonese, 利是封) and Taiwan (理專 selling insurance), ar Gulf (mada,
// personal finance), Egyptian (شهادات الادخار, a mortgage file lost) and Levantine, nl savings
// rates, iDEAL, Tikkie, a forced app update on an old iPhone, Flemish renovation loans and
// Bancontact, es Spain (Bizum, euríbor, FEIN, subrogación), Mexico (tarjeta de nómina, anualidad,
// SPEI) and Argentina (plazo fijo vs inflation), fr France (agios, PEL, chèques), Québec (Interac,
// CELI, REER, caisse) and Belgium, de Germany (Dispo, Zustimmungsfiktion, Freistellungsauftrag),
// Austria (Bankomat fee, leiwand) and Switzerland (a Hypothek review in Mundart).
// Caveat (how tidy this is): one author wrote all seven languages in about 12 minutes from one
// list of hard-case kinds, so every language has the same mix (a sigh, an emoji-only post each
// way, a sarcastic thank-you, a complaint as a question, a hedged complaint, a long review each
// way, a leaver, neutral news of results / a fine / an outage fixed, "ok thanks", "DM sent"), and
// the short neutral and acknowledgement rows are close across languages even where the scenarios
// differ; a real stream has more near-empty and off-topic posts, far more neutral, many posts
// whose stance even two analysts would dispute, and fewer as cleanly decidable as these. Labels
// were given by the author alone. 24 of the short posts (emoji-only, a sigh, "ok thanks", "收到")
// are word for word in an earlier fresh set, as short posts are in any stream (checked by a script
// that printed only this set's matching texts); four longer matches were reworded before commit.

// English: UK feed (Faster Payments, ISAs, Monzo/Crest comparisons, Trustpilot-style reviews).
export const en = [
  // negative
  ['ugh', 'negative', 'bank', 'x'],
  ['💀', 'negative', 'bank', 'x'],
  ['third time this month the app has logged me out mid-payment. not impressed tbh', 'negative', 'bank', 'x'],
  ['never again. moving my salary to crest on monday', 'negative', 'bank', 'x'],
  [
    'oh brilliant, "planned maintenance" from 7pm on payday. genius move northwind 👏👏',
    'negative',
    'bank',
    'x',
  ],
  [
    'might just be me but faster payments from northwind seem to take hours lately? used to be seconds',
    'negative',
    'bank',
    'reddit',
  ],
  [
    'Been with Northwind 15 years and for most of them I would have recommended them without thinking. Branch staff knew my name, the mortgage was painless, the app was fine. Then the branch shut, the phone line became a chatbot, and last month a £900 payment vanished for six days with nobody able to tell me where it was. Salary moved. Sad, but done.',
    'negative',
    'bank',
    'appstore',
  ],
  [
    'so northwind can text me about a credit card offer every week but cant tell me why my debit card was blocked. cool cool cool',
    'negative',
    'bank',
    'x',
  ],
  ['£35 fee for a bounced £4 direct debit. genuinely unreal', 'negative', 'bank', 'x'],
  [
    'the isa transfer has now taken 7 weeks. seven. "it\'s with the other provider" every time i ring',
    'negative',
    'bank',
    'reddit',
  ],
  [
    'its not that the app is bad exactly, its just that nothing works on the first try',
    'negative',
    'bank',
    'appstore',
  ],
  ['@NorthwindHelp 😡😡😡', 'negative', 'bank', 'x'],
  [
    'stood in the rain for 40 mins waiting for a bus that never came. brilliant start',
    'negative',
    'general',
    'x',
  ],
  ['northwind app home screen right now: ⬜⬜⬜ 🙃🙃', 'negative', 'bank', 'x'],
  // neutral
  ['what time does northwind open on boxing day?', 'neutral', 'bank', 'x'],
  ['Northwind Bank reports H1 profit of £780m, broadly in line with forecasts', 'neutral', 'bank', 'news'],
  ['Northwind says the card outage earlier today has been fixed', 'neutral', 'bank', 'news'],
  ['does the northwind easy access saver pay interest monthly or annually?', 'neutral', 'bank', 'reddit'],
  ['ok thanks', 'neutral', 'bank', 'x'],
  ['@NorthwindHelp sent you a DM with the ref number', 'neutral', 'bank', 'x'],
  ['Northwind to move its Cardiff branch to Queen Street from 3 March', 'neutral', 'bank', 'news'],
  ['can you pay cheques in through the northwind app or is it branch only', 'neutral', 'bank', 'x'],
  ['FCA fines Northwind £8m over slow complaint handling', 'neutral', 'bank', 'news'],
  ['moved my cash isa to northwind, we shall see', 'neutral', 'bank', 'x'],
  ['northwind app 7.2 out today: dark mode and split the bill', 'neutral', 'bank', 'x'],
  ['is the coin counting machine still at the northwind in kingston', 'neutral', 'bank', 'facebook'],
  ['reminder the clocks go back this weekend', 'neutral', 'general', 'x'],
  ['new lidl by the station opens tomorrow apparently', 'neutral', 'general', 'facebook'],
  ['anyone watching the darts tonight', 'neutral', 'general', 'x'],
  // positive
  ['love it 😍', 'positive', 'bank', 'instagram'],
  ['❤️🙏', 'positive', 'bank', 'x'],
  ['not bad at all actually, the new app is loads quicker', 'positive', 'bank', 'x'],
  ['never had a single problem with northwind in 10 years, touch wood', 'positive', 'bank', 'reddit'],
  ['lmao the northwind chatbot just told me to "have a fab day bestie" 😂 ok queen', 'positive', 'bank', 'x'],
  [
    "Was ready to write a furious post. Card blocked at Gatwick, flight in two hours, full panic. Rang Northwind expecting hell, got a human in three minutes who unblocked it, sent a virtual card and stayed on the line until the payment went through. Proper service. Credit where it's due.",
    'positive',
    'bank',
    'appstore',
  ],
  [
    'northwind fraud team are actual heroes, stopped a £2k scam payment before it left my account',
    'positive',
    'bank',
    'x',
  ],
  ['cheers @NorthwindHelp sorted in 5 mins 👍', 'positive', 'bank', 'x'],
  [
    'app crashed twice this week but the support lady fixed it on the phone and refunded the late fee, so honestly happy',
    'positive',
    'bank',
    'x',
  ],
  [
    'the round-up savings thing has quietly saved me £600 this year, didnt even notice',
    'positive',
    'bank',
    'reddit',
  ],
  ['finally friday 🎉', 'positive', 'general', 'x'],
]

// Chinese: Weibo/Xiaohongshu (x/instagram) mainland, LIHKG (forum) Cantonese, PTT (forum) Taiwan.
export const zh = [
  // negative
  ['呵呵', 'negative', 'bank', 'x'],
  ['🙄🙄🙄', 'negative', 'bank', 'x'],
  ['莲花的房贷利率到底什么时候降？别家早降了就你家纹丝不动', 'negative', 'bank', 'x'],
  ['再也不碰莲花的信用卡了，分期手续费说是0.6%，算下来年化快13%', 'negative', 'bank', 'instagram'],
  ['周五晚上十点系统维护，真会挑时间啊莲花👍', 'negative', 'bank', 'x'],
  ['可能是我网不好？莲花app最近转个账老是转圈圈…', 'negative', 'bank', 'x'],
  ['說是VIP理財專員，其實就是一直推儲蓄險，不推薦', 'negative', 'bank', 'forum'],
  [
    '用莲花七八年了，本来挺满意的，网点近，柜员也熟。去年开始什么都要在app上办，我妈六十多了根本不会用，上周去网点挂失，大堂经理让她回家自己下载app操作，最后还是我请假陪她去的。服务越来越差，准备转走了。',
    'negative',
    'bank',
    'x',
  ],
  ['蓮花個app成日要重新登入，好煩，唔係好掂', 'negative', 'bank', 'forum'],
  ['早转去招行了，莲花这种排队两小时的体验再也不想有', 'negative', 'bank', 'x'],
  ['这app是给人用的？找个转账记录要点七层菜单', 'negative', 'bank', 'appstore'],
  ['说好的积分永久有效呢？？？一觉醒来清零了', 'negative', 'bank', 'x'],
  ['不是说不好，就是每次打客服都要先听三分钟广告', 'negative', 'bank', 'x'],
  ['今天又加班到十点，累成狗', 'negative', 'general', 'x'],
  // neutral
  ['莲花银行周末网点营业吗', 'neutral', 'bank', 'x'],
  ['莲花银行发布三季报：营收同比基本持平，净利润增长2.1%', 'neutral', 'bank', 'news'],
  ['莲花银行今日起调整部分外币存款利率', 'neutral', 'bank', 'news'],
  ['莲花银行昨晚系统故障已修复，官方称未造成客户资金损失', 'neutral', 'bank', 'news'],
  ['请问莲花信用卡可以绑Apple Pay吗', 'neutral', 'bank', 'x'],
  ['收到', 'neutral', 'bank', 'x'],
  ['莲花app更新了，多了个长辈模式', 'neutral', 'bank', 'x'],
  ['蓮花銀行旺角分行下個月搬去彌敦道', 'neutral', 'bank', 'forum'],
  ['有人买过莲花的美元定存吗 利息大概多少', 'neutral', 'bank', 'instagram'],
  ['莲花银行宣布任命新的首席风险官', 'neutral', 'bank', 'news'],
  ['在莲花开了个二类户，先放着', 'neutral', 'bank', 'x'],
  ['👀', 'neutral', 'bank', 'x'],
  ['莲花ATM能无卡取款吗', 'neutral', 'bank', 'x'],
  ['明天降温十度，记得穿秋裤', 'neutral', 'general', 'x'],
  ['周末去哪吃饭好 求推荐', 'neutral', 'general', 'instagram'],
  // positive
  ['好评👍', 'positive', 'bank', 'x'],
  ['❤️❤️', 'positive', 'bank', 'x'],
  ['莲花客服还不错嘛，没想到十分钟就解决了', 'positive', 'bank', 'x'],
  ['不得不说，莲花的app是我用过最顺手的', 'positive', 'bank', 'appstore'],
  ['用莲花五年从来没出过问题，稳', 'positive', 'bank', 'x'],
  [
    '去年失业那阵子房贷差点断供，抱着试试的心态找了莲花的客户经理，本来以为会被踢皮球，结果她帮我申请了半年延期还款，流程也讲得清清楚楚。那段时间真的救了我。现在重新上班了，还是想说声谢谢。',
    'positive',
    'bank',
    'instagram',
  ],
  ['蓮花今年嘅利是封好靚😍', 'positive', 'bank', 'forum'],
  ['哈哈哈莲花新广告里那只熊猫笑死我了', 'positive', 'bank', 'x'],
  ['莲花信用卡积分换了个空气炸锅，香', 'positive', 'bank', 'instagram'],
  ['終於有間銀行唔使等，讚', 'positive', 'bank', 'forum'],
  ['今天终于发年终奖了！！🎉', 'positive', 'general', 'x'],
]

// Arabic: Gulf (mada, SADAD, تمويل), Egyptian (InstaPay, شهادات الادخار), Levantine.
export const ar = [
  // negative
  ['اف', 'negative', 'bank', 'x'],
  ['😤😤', 'negative', 'bank', 'x'],
  ['ليش كل ما احتاج التطبيق يكون تحت الصيانة؟ ليش؟', 'negative', 'bank', 'x'],
  ['خلاص ما عاد اتعامل مع بنك النور، سكرت الحساب وارتحت', 'negative', 'bank', 'x'],
  ['مشكورين يا بنك النور على رسالة "نشكركم على صبركم" للمرة العاشرة، صبرنا خلص 🙂', 'negative', 'bank', 'x'],
  ['ما ادري اذا بس انا، بس حاس ان رسوم البطاقة السنوية زادت بدون ما احد يقول؟', 'negative', 'bank', 'x'],
  [
    'بقالي تلات شهور بحاول أخلص ورق التمويل العقاري. كل مرة الموظف يطلب ورقة جديدة، ومرة قالولي الملف ضاع وابدأ من الأول. الموظفين في الفرع لطاف والله ومش ذنبهم، بس النظام نفسه بايظ. خلاص أنا رايح بنك تاني وربنا يسهل.',
    'negative',
    'bank',
    'facebook',
  ],
  ['مش وحش بس مش حلو برضه، الأبلكيشن الجديد تقيل اوي', 'negative', 'bank', 'playstore'],
  ['شهادات الادخار عندكم عايدها أقل من كل البنوك التانية، ليه كده؟', 'negative', 'bank', 'facebook'],
  ['خدمة العملاء زي الزفت، بقالي أسبوع مستني حد يرد', 'negative', 'bank', 'facebook'],
  ['كتير تعبت معكن، كل مرة بدكن ورقة جديدة لتفتحوا الحساب', 'negative', 'bank', 'facebook'],
  ['رسوم على كشف الحساب كمان؟ الله المستعان', 'negative', 'bank', 'x'],
  ['اشتغل يا تطبيق 😭😭', 'negative', 'bank', 'x'],
  ['الزحمة اليوم في طريق الملك فهد لا تطاق', 'negative', 'general', 'x'],
  // neutral
  ['متى يفتح فرع بنك النور يوم السبت؟', 'neutral', 'bank', 'x'],
  ['بنك النور يعلن نتائج الربع الثالث: صافي الربح ٩٠٠ مليون درهم', 'neutral', 'bank', 'news'],
  ['بنك النور: عودة جميع الخدمات الإلكترونية بعد العطل الفني', 'neutral', 'bank', 'news'],
  ['هل يمكن فتح حساب للأطفال في بنك النور؟', 'neutral', 'bank', 'x'],
  ['تم', 'neutral', 'bank', 'x'],
  ['بنك النور ينقل فرع الخبر إلى مجمع الراشد ابتداء من الشهر القادم', 'neutral', 'bank', 'news'],
  ['@AlNoorBank ارسلت لكم رسالة خاصة', 'neutral', 'bank', 'x'],
  ['المصرف المركزي يغرم بنك النور ٣ ملايين درهم', 'neutral', 'bank', 'news'],
  ['فتحت حساب في بنك النور اليوم، نشوف', 'neutral', 'bank', 'x'],
  ['ايش الفرق بين بطاقة مدى والبطاقة الائتمانية عندكم؟', 'neutral', 'bank', 'x'],
  ['بنك النور يضيف خدمة الدفع بالجوال في تطبيقه', 'neutral', 'bank', 'news'],
  ['🤔', 'neutral', 'bank', 'x'],
  ['كم رسوم التحويل الدولي لمصر؟', 'neutral', 'bank', 'x'],
  ['الجو بكرة غائم جزئيا مع احتمال أمطار على المرتفعات', 'neutral', 'general', 'x'],
  ['مين يعرف مطعم مندي زين في جدة؟', 'neutral', 'general', 'x'],
  // positive
  ['ماشاء الله تبارك الله 👍', 'positive', 'bank', 'x'],
  ['❤️❤️❤️', 'positive', 'bank', 'instagram'],
  ['والله ما قصرتوا، شكرا بنك النور', 'positive', 'bank', 'x'],
  ['مو سيئ ابد عرض التمويل الشخصي حقهم، النسبة معقولة مقارنة بغيرهم', 'positive', 'bank', 'x'],
  ['من يوم ما حولت راتبي عندهم ولا مرة صار خصم غلط، الحمدلله', 'positive', 'bank', 'x'],
  [
    'ابوي كبير في السن وما يعرف للتطبيقات، رحنا الفرع نحدث بياناته وكنا متوقعين طابور وتعب. الموظفة طلعت له بنفسها للسيارة لأنه ما يقدر يمشي كثير، وخلصت كل شي في ربع ساعة وهي تضحك معه. هذا الشي ما ينسى، الله يجزاها خير.',
    'positive',
    'bank',
    'x',
  ],
  ['هههههه اعلان بنك النور الجديد، الجدة اللي ترقص 😂😂', 'positive', 'bank', 'tiktok'],
  ['احلى شي في بنك النور ان التحويل لحظي حتى يوم الجمعة', 'positive', 'bank', 'x'],
  ['شغل نظيف 👌', 'positive', 'bank', 'x'],
  ['يعطيكم العافية يا شباب، ردكم بالخاص كان سريع', 'positive', 'bank', 'x'],
  ['الحمد لله خلصت الاختبارات 🎉', 'positive', 'general', 'x'],
]

// Dutch: Netherlands (spaarrente, iDEAL, Tikkie, Geldmaat, Tweakers) and Flanders (Bancontact, Havenbank, Flemish).
export const nl = [
  // negative
  ['zucht', 'negative', 'bank', 'x'],
  ['🤬', 'negative', 'bank', 'x'],
  [
    'Wat fijn dat de spaarrente weer met 0,05% omhoog gaat, kan ik eindelijk die villa kopen. Bedankt Northwind 🙏',
    'negative',
    'bank',
    'x',
  ],
  ['Ligt iDEAL bij Northwind er nou alweer uit? Derde keer deze week', 'negative', 'bank', 'x'],
  [
    "Niet dat ik wil klagen, maar drie weken wachten op een reactie over m'n hypotheekoversluiting is toch wat lang?",
    'negative',
    'bank',
    'facebook',
  ],
  [
    'Ik gebruik de Northwind app al jaren en was tevreden: overzichtelijk, snel, betaalverzoekjes werkten prima. Maar sinds de verplichte update draait hij niet meer op mijn iPhone 8, en de klantenservice zegt doodleuk dat ik "een nieuwere telefoon moet overwegen". Dus nu moet ik voor elke overboeking naar m\'n zoon. Twee sterren, en dat is nog vriendelijk.',
    'negative',
    'bank',
    'appstore',
  ],
  ['allez Havenbank, weeral geen Bancontact vandaag. ambetant', 'negative', 'bank', 'x'],
  [
    '€3 per maand voor een creditcard die ik nooit gebruik en die ik niet kan opzeggen in de app. lekker dan',
    'negative',
    'bank',
    'x',
  ],
  ['bel morgen maar terug, zeggen ze. dat zeiden ze gisteren ook', 'negative', 'bank', 'x'],
  ['Sinds ik bij Havenbank zit snap ik pas hoe slecht Northwind eigenlijk was', 'negative', 'bank', 'reddit'],
  ['😒 northwind', 'negative', 'bank', 'x'],
  ['ja nee, de nieuwe app is niet onwerkbaar ofzo, maar echt fijn is anders', 'negative', 'bank', 'reddit'],
  ['Northwind en klantvriendelijk in één zin? grapje zeker 🤡', 'negative', 'bank', 'x'],
  ['regen regen regen, ik ben er klaar mee', 'negative', 'general', 'x'],
  // neutral
  ['Zijn de Northwind kantoren open op tweede kerstdag?', 'neutral', 'bank', 'x'],
  ['Northwind maakt kwartaalcijfers bekend: winst licht gestegen tot 610 miljoen', 'neutral', 'bank', 'news'],
  ['Storing bij Northwind is volgens de bank verholpen', 'neutral', 'bank', 'news'],
  [
    'Kan ik bij Northwind een jongerenrekening openen voor mijn dochter van 12?',
    'neutral',
    'bank',
    'facebook',
  ],
  ['ok dank je', 'neutral', 'bank', 'x'],
  ['Havenbank verhuist het kantoor Antwerpen-Zuid naar de Leopold De Waelplaats', 'neutral', 'bank', 'news'],
  ['@NorthwindBank DM gestuurd', 'neutral', 'bank', 'x'],
  ['DNB legt Northwind een last onder dwangsom op', 'neutral', 'bank', 'news'],
  ['Northwind verlaagt per 1 januari de rente op Vrij Sparen naar 1,5%', 'neutral', 'bank', 'news'],
  ['wat is de rente op de Northwind spaarrekening nu eigenlijk?', 'neutral', 'bank', 'reddit'],
  ['Moet ik het jaaroverzicht van Northwind zelf downloaden voor de aangifte?', 'neutral', 'bank', 'x'],
  ['🤷‍♂️', 'neutral', 'bank', 'x'],
  ['Northwind stopt per 1 april met het accepteren van cheques', 'neutral', 'bank', 'news'],
  ['morgen kans op gladheid in het noorden', 'neutral', 'general', 'x'],
  ['wie gaat er zaterdag naar de markt?', 'neutral', 'general', 'x'],
  // positive
  ['top!', 'positive', 'bank', 'x'],
  ['🙌🙌', 'positive', 'bank', 'instagram'],
  ['niet verkeerd hoor, die nieuwe spaarrekening van Northwind', 'positive', 'bank', 'x'],
  ['nog nooit gedoe gehad met Northwind, al 12 jaar klant', 'positive', 'bank', 'reddit'],
  [
    'We hebben bij Havenbank een renovatielening aangevraagd voor ons rijhuis in Mechelen. Eerlijk gezegd verwachtte ik papierwerk tot in den treure, maar de adviseur kwam gewoon langs, keek naar de offertes van de aannemer en had binnen een week een voorstel. Rente was correct, geen verborgen kosten. Zalig als het eens zo vlot gaat.',
    'positive',
    'bank',
    'facebook',
  ],
  ['haha pepernoten bij de geldmaat van Northwind vandaag 😂 leuk gedaan', 'positive', 'bank', 'x'],
  ['Dankjewel @HavenbankHelpt, snel opgelost 👍', 'positive', 'bank', 'x'],
  ['amai, dat was rap geregeld, merci Havenbank', 'positive', 'bank', 'x'],
  ['prima service, niks op aan te merken', 'positive', 'bank', 'x'],
  ['Tikkie terugbetaald binnen 2 seconden, northwind doet het gewoon 💪', 'positive', 'bank', 'x'],
  ['eindelijk vrijdag 🍻', 'positive', 'general', 'x'],
]

// Spanish: Spain (Bizum, euríbor, comisiones, Forocoches), Mexico (tarjeta de nómina, anualidad, SPEI), Argentina (plazo fijo, voseo).
export const es = [
  // negative
  ['puf', 'negative', 'bank', 'x'],
  ['🤡', 'negative', 'bank', 'x'],
  [
    'Qué detalle Northwind subirme la comisión de mantenimiento justo en Navidad, sois unos cielos 🎄',
    'negative',
    'bank',
    'x',
  ],
  ['¿otra vez sin Bizum? ¿en serio? tengo que pagarle al fontanero', 'negative', 'bank', 'x'],
  [
    'no sé si es cosa mía pero el euríbor baja y mi cuota de Northwind no, ¿alguien más?',
    'negative',
    'bank',
    'forum',
  ],
  [
    'Me dieron la tarjeta de nómina de Northwind en la chamba y al principio todo bien, depositan puntual y la app jala. Pero este año me empezaron a cobrar anualidad "por no llegar al consumo mínimo", que nadie me explicó, y cuando fui a la sucursal me dijeron que era normal. Ya pedí cambiar mi nómina a otro banco. No se vale.',
    'negative',
    'bank',
    'facebook',
  ],
  [
    'che, el plazo fijo en Northwind rinde menos que la inflación de una semana, qué chiste',
    'negative',
    'bank',
    'x',
  ],
  ['wey Northwind me cobró 200 pesos de comisión por un SPEI, ¿neta?', 'negative', 'bank', 'x'],
  ['me largo al Openbank, Northwind ya no me compensa', 'negative', 'bank', 'x'],
  ['la gestora no me coge el teléfono desde hace una semana 🙃', 'negative', 'bank', 'x'],
  [
    'no es que la app sea un desastre, pero cada vez que entro me pide actualizar',
    'negative',
    'bank',
    'playstore',
  ],
  ['3€ por sacar en un cajero de otro banco. de traca', 'negative', 'bank', 'forum'],
  ['😩😩😩 northwind', 'negative', 'bank', 'x'],
  ['odio los lunes con toda mi alma', 'negative', 'general', 'x'],
  // neutral
  ['¿a qué hora abre Northwind el 24?', 'neutral', 'bank', 'x'],
  ['Northwind gana 450 millones en el tercer trimestre', 'neutral', 'bank', 'news'],
  ['Northwind restablece Bizum tras la incidencia de esta mañana', 'neutral', 'bank', 'news'],
  ['¿se puede pedir la tarjeta de débito desde la app o hay que ir a la oficina?', 'neutral', 'bank', 'x'],
  ['vale, gracias', 'neutral', 'bank', 'x'],
  ['Northwind traslada su oficina de la calle Colón al número 12 de Xàtiva', 'neutral', 'bank', 'news'],
  ['@NorthwindBank os he escrito por privado', 'neutral', 'bank', 'x'],
  [
    'El Banco de España abre un expediente a Northwind por retrasos en reclamaciones',
    'neutral',
    'bank',
    'news',
  ],
  [
    'Northwind manda carta: el 1 de marzo cambian las condiciones de la cuenta nómina',
    'neutral',
    'bank',
    'x',
  ],
  ['¿Northwind quita la comisión si domicilias la pensión?', 'neutral', 'bank', 'facebook'],
  ['🤔', 'neutral', 'bank', 'x'],
  ['¿Northwind tiene cajeros en Valencia ciudad?', 'neutral', 'bank', 'forum'],
  ['Northwind cambia el horario de sus oficinas desde enero: de 8:30 a 14:00', 'neutral', 'bank', 'x'],
  ['mañana hay huelga de metro en Barcelona', 'neutral', 'general', 'x'],
  ['¿qué serie me recomendáis para el finde?', 'neutral', 'general', 'x'],
  // positive
  ['10/10', 'positive', 'bank', 'x'],
  ['❤️', 'positive', 'bank', 'instagram'],
  ['pues no está nada mal la cuenta nueva de Northwind, sin comisiones de verdad', 'positive', 'bank', 'x'],
  ['ni un solo problema con Northwind en 8 años, que siga así', 'positive', 'bank', 'forum'],
  [
    'Os cuento mi experiencia con la subrogación de la hipoteca porque leo mucha queja por aquí. Llevé la oferta de otro banco a Northwind pensando que me iban a marear, y el gestor me la igualó en dos días, me quitó el seguro de vida obligatorio y me explicó cada línea de la FEIN sin prisas. Firmamos en notaría en tres semanas. Muy contento, la verdad.',
    'positive',
    'bank',
    'forum',
  ],
  [
    'jajaja el community manager de Northwind contestando con memes de Aída, quién es 😂',
    'positive',
    'bank',
    'x',
  ],
  [
    'me aprobaron el préstamo del coche en una tarde y sin papeleo, muy bien Northwind 👍',
    'positive',
    'bank',
    'x',
  ],
  ['la app de Northwind anda bárbaro, posta', 'positive', 'bank', 'playstore'],
  ['qué chido que Northwind ya tenga SPEI al instante', 'positive', 'bank', 'x'],
  ['muy buena atención hoy en la oficina de Triana, gracias a Rocío', 'positive', 'bank', 'x'],
  ['¡por fin viernes! 🍻', 'positive', 'general', 'x'],
]

// French: France (agios, Livret A, PEL, conseiller), Belgium (Bancontact), Québec (CELI, REER, caisse, guichet).
export const fr = [
  // negative
  ['pff', 'negative', 'bank', 'x'],
  ['😑', 'negative', 'bank', 'x'],
  [
    'Merci Northwind pour le cadeau de Noël : +2€ de frais de tenue de compte 🎁 trop gentil',
    'negative',
    'bank',
    'x',
  ],
  [
    "c'est normal que l'appli soit encore HS ce matin ? je peux même pas voir mon solde",
    'negative',
    'bank',
    'x',
  ],
  [
    "je sais pas si c'est moi mais j'ai l'impression qu'on me facture des trucs que j'ai jamais demandés ?",
    'negative',
    'bank',
    'x',
  ],
  [
    "Notre dossier de prêt immo chez Northwind a démarré super bien : conseillère dispo, simulation claire, accord de principe en une semaine. Et puis plus rien. Pièces redemandées trois fois, conseillère mutée sans prévenir, offre éditée la veille de l'expiration du compromis. On a signé, mais avec des sueurs froides et aucune excuse. Je ne recommande pas.",
    'negative',
    'bank',
    'facebook',
  ],
  [
    "Chu écoeuré, Northwind m'a chargé des frais pour un virement Interac qui a même pas passé",
    'negative',
    'bank',
    'facebook',
  ],
  [
    "Depuis que je suis chez Boursorama je me demande comment j'ai pu supporter Northwind 10 ans",
    'negative',
    'bank',
    'x',
  ],
  ['chèque encaissé en 8 jours ouvrés. on est en 2026 les gars.', 'negative', 'bank', 'x'],
  ["le conseiller m'a raccroché au nez. classe.", 'negative', 'bank', 'x'],
  [
    "c'est pas catastrophique hein, mais l'appli rame vraiment depuis la dernière version",
    'negative',
    'bank',
    'appstore',
  ],
  ['grosse déception Northwind', 'negative', 'bank', 'x'],
  ["46 € d'agios ce mois-ci 😭😭💸", 'negative', 'bank', 'x'],
  ['encore des bouchons sur le périph, je craque', 'negative', 'general', 'x'],
  // neutral
  ['Northwind est ouvert le 26 décembre ?', 'neutral', 'bank', 'x'],
  ['Northwind publie un bénéfice stable au troisième trimestre', 'neutral', 'bank', 'news'],
  ['La panne des cartes Northwind est résolue, selon la banque', 'neutral', 'bank', 'news'],
  ["Est-ce qu'on peut ouvrir un livret jeune chez Northwind en ligne ?", 'neutral', 'bank', 'x'],
  ["d'accord merci", 'neutral', 'bank', 'x'],
  ["L'agence Northwind de Namur déménage rue de Fer en janvier", 'neutral', 'bank', 'news'],
  ['@NorthwindBank je vous ai envoyé un MP', 'neutral', 'bank', 'x'],
  ["L'ACPR sanctionne Northwind d'une amende de 3 millions d'euros", 'neutral', 'bank', 'news'],
  [
    'La caisse Northwind de Limoilou sera fermée le samedi à partir de janvier',
    'neutral',
    'bank',
    'facebook',
  ],
  ['Northwind ajoute Wero dans son appli à partir de lundi', 'neutral', 'bank', 'news'],
  ['Le PEL ouvert en 2016 chez Northwind, il rapporte combien maintenant ?', 'neutral', 'bank', 'x'],
  ["C'est quoi le plafond de cotisation CELI cette année chez vous?", 'neutral', 'bank', 'facebook'],
  ['Northwind a-t-il des distributeurs en Belgique ?', 'neutral', 'bank', 'x'],
  ['météo : neige attendue dans les Vosges ce week-end', 'neutral', 'general', 'x'],
  ['des idées de resto à Lille ce soir ?', 'neutral', 'general', 'x'],
  // positive
  ['top !', 'positive', 'bank', 'x'],
  ['🥰', 'positive', 'bank', 'instagram'],
  ['pas mal du tout le nouveau livret, franchement', 'positive', 'bank', 'x'],
  ['jamais eu le moindre souci avec Northwind en 10 ans', 'positive', 'bank', 'x'],
  [
    "Petit témoignage parce qu'on lit surtout du négatif ici. Ma conseillère à la caisse Northwind de Trois-Rivières m'a appelée d'elle-même en février pour me dire que j'avais de la place dans mon REER et que ça me ferait un beau retour d'impôt. Elle a tout monté en vingt minutes au téléphone. Je savais même pas que ça existait. Merci, vraiment.",
    'positive',
    'bank',
    'facebook',
  ],
  ['la campagne Northwind avec les aînés qui apprennent Interac 😂 trop cute', 'positive', 'bank', 'tiktok'],
  ["opposition sur ma carte faite en 2 clics dans l'appli, efficace 👍", 'positive', 'bank', 'x'],
  [
    "C'est tiguidou, Northwind a réglé mon affaire en deux temps trois mouvements",
    'positive',
    'bank',
    'facebook',
  ],
  ["service impeccable à l'agence ce matin, merci à Karim", 'positive', 'bank', 'x'],
  ["Northwind c'est vraiment correct pour les étudiants, zéro frais", 'positive', 'bank', 'x'],
  ['vive les vacances 🎉', 'positive', 'general', 'x'],
]

// German: Germany (Dispo, Schufa, Zustimmungsfiktion, Filialschließungen), Austria (Bankomat, leiwand), Switzerland (Hypothek, TWINT, Mundart).
export const de = [
  // negative
  ['Ätzend.', 'negative', 'bank', 'x'],
  ['🙄', 'negative', 'bank', 'x'],
  ['Wow, 13,9 % Dispozins. Sehr sozial, Northwind. Applaus 👏', 'negative', 'bank', 'x'],
  ['Ist die Northwind App schon wieder down? Komm seit heute früh nicht rein', 'negative', 'bank', 'x'],
  [
    'Vielleicht seh ich das zu eng, aber wenn die Filiale schließt, könnte man die Kunden ja mal informieren?',
    'negative',
    'bank',
    'facebook',
  ],
  [
    'Ich war zwanzig Jahre Kunde, mit Girokonto, Depot und Baufinanzierung, und hatte früher einen festen Berater, der meine Familie kannte. Heute landet man in einer Hotline, und als mein Konto letzten Monat wegen einer angeblich verdächtigen Überweisung gesperrt wurde, hat es neun Tage gedauert, bis jemand zurückgerufen hat. Neun Tage ohne Zugriff aufs eigene Gehalt. Ich habe alles zur DKB übertragen.',
    'negative',
    'bank',
    'appstore',
  ],
  ["Oida, jetzt verrechnen s' 2 Euro fürs Abheben am Bankomat. Geht's noch?", 'negative', 'bank', 'facebook'],
  [
    'Seit ich bei der Sparkasse bin, keine Probleme mehr. Northwind war echt eine Katastrophe.',
    'negative',
    'bank',
    'x',
  ],
  ['Dispo von 3000 auf 500 gekürzt, ohne Vorwarnung. Klasse.', 'negative', 'bank', 'x'],
  ['Hotline meint, ich soll es morgen nochmal versuchen. Danke für nichts.', 'negative', 'bank', 'x'],
  [
    'ist jetzt nicht so, dass die App gar nicht geht, aber jede zweite Überweisung will nochmal eine TAN',
    'negative',
    'bank',
    'playstore',
  ],
  ['Enttäuschend, Northwind.', 'negative', 'bank', 'x'],
  [
    'Brief mit neuen Preisen bekommen, "Ihr Schweigen gilt als Zustimmung". Nein danke 😤📩',
    'negative',
    'bank',
    'x',
  ],
  ['Montag. Regen. Kaffeemaschine kaputt.', 'negative', 'general', 'x'],
  // neutral
  ['Hat Northwind an Heiligabend geöffnet?', 'neutral', 'bank', 'x'],
  ['Northwind meldet stabilen Gewinn im dritten Quartal', 'neutral', 'bank', 'news'],
  [
    'Online-Banking bei Northwind läuft laut Bank wieder, Ursache war ein Fehler im Rechenzentrum',
    'neutral',
    'bank',
    'news',
  ],
  ['Kann man bei Northwind ein Gemeinschaftskonto online eröffnen?', 'neutral', 'bank', 'x'],
  ['ok danke', 'neutral', 'bank', 'x'],
  ['Northwind-Filiale Innsbruck zieht in die Maria-Theresien-Straße', 'neutral', 'bank', 'news'],
  ['@NorthwindBank habe euch per DM geschrieben', 'neutral', 'bank', 'x'],
  ['BaFin ordnet Sonderprüfung bei Northwind an', 'neutral', 'bank', 'news'],
  [
    'Northwind schreibt, dass mein Sparbuch im März auf ein Tagesgeldkonto umgestellt wird.',
    'neutral',
    'bank',
    'x',
  ],
  [
    'Muss ich den Freistellungsauftrag bei Northwind neu stellen oder geht das in der App?',
    'neutral',
    'bank',
    'x',
  ],
  ['👀', 'neutral', 'bank', 'x'],
  ['Gibt es bei Northwind noch Kontoauszugsdrucker?', 'neutral', 'bank', 'x'],
  ['Northwind führt ab Januar Wero im Girokonto ein', 'neutral', 'bank', 'news'],
  ['Morgen Glatteis in Bayern erwartet', 'neutral', 'general', 'x'],
  ['Tipps für ein gutes Restaurant in Leipzig?', 'neutral', 'general', 'x'],
  // positive
  ['Top!', 'positive', 'bank', 'x'],
  ['👍👍', 'positive', 'bank', 'x'],
  ['gar nicht mal so schlecht, das neue Tagesgeld', 'positive', 'bank', 'x'],
  ['In 15 Jahren nie ein Problem mit Northwind gehabt', 'positive', 'bank', 'x'],
  [
    'Mir händ d Hypothek bi Northwind in Winterthur abgschlosse. Ich ha zerscht gmeint, das wird es Gschtürm mit Pensionskassevorbezug und so, aber de Berater het eus alles erklärt, drü Offerte verglichä und am Schluss sogar es bessers Angebot usegholt als online. Huere zfriede.',
    'positive',
    'bank',
    'facebook',
  ],
  [
    'Der Northwind Weihnachtsspot mit dem Opa und dem Tablet 🥲 hab kurz geheult, schön gemacht',
    'positive',
    'bank',
    'youtube',
  ],
  [
    'Kreditkarte fürs Auslandssemester kam nach drei Tagen, ohne Jahresgebühr. Passt 👍',
    'positive',
    'bank',
    'x',
  ],
  ['Merci vielmal Northwind, alles super gloffe', 'positive', 'bank', 'x'],
  ['Sehr freundliche Beratung heute in der Filiale, leiwand', 'positive', 'bank', 'x'],
  ['Gebühr ohne Diskussion zurückerstattet, fair von Northwind', 'positive', 'bank', 'x'],
  ['Endlich Wochenende 🍻', 'positive', 'general', 'x'],
]
