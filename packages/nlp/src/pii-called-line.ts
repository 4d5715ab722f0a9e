/**
 * A line the writer rang and queued on is a call centre's, whatever its range: "called 0345 300
 * 0000 and waited 47 minutes", "Bel maar 020 123 45 67 zeggen ze, wachttijd 38 min", "Hotline
 * 069 1234 5678 ständig besetzt", "Le 09 69 32 00 00 sonne dans le vide". Nobody queues for a
 * person's phone, hears hold music on it, or finds it engaged all day: those are what a post says
 * of a business's switchboard. The digits alone cannot tell (a Frankfurt or Amsterdam switchboard
 * is a Frankfurt or Amsterdam landline, and French 09 numbers are held by households too).
 *
 * Words only ever unmask here, and narrowly: the number must be a landline, VoIP or service number
 * in a market of the signal's language and a mobile in no plan (`businessLine`), nobody may own
 * it in the clause and no person may be named before it (pii-line-owner.ts: "call me", "my
 * number", "home", "my mum": the line of a relative rings out too). Signals are what a phone
 * line does, not what a person does: "still no answer" is said of an e-mail as well. A
 * customer's own number stays masked whatever call-centre words surround it
 * (pii-called-line.property.test.ts).
 */
import type { CountryCode } from 'libphonenumber-js/max'
import {
  AR_MARKETS,
  DE_MARKETS,
  EN_MARKETS,
  ES_MARKETS,
  FR_MARKETS,
  NL_MARKETS,
  ZH_MARKETS,
} from './pii-language-markets.js'
import { personNamedBefore, privateLine } from './pii-line-owner.js'
import { businessLine, clauseAfter, clauseBefore } from './pii-service-clause.js'

/** How far after the number a queue signal is read ("… and waited 47 minutes", "… ständig besetzt"). */
const AFTER_REACH = 48

interface QueueSignal {
  markets: readonly CountryCode[]
  re: RegExp
}

// What callers say of a call centre's line, per language: the queue and a wait counted in minutes
// or hours ("waited three days for a reply" is no call), hold music, a line engaged or ringing
// out, nobody picking up.
const SIGNALS: readonly QueueSignal[] = [
  {
    markets: EN_MARKETS,
    re: /(?<!\p{L})(?:(?:waited|waiting) (?:for )?(?:over |almost |nearly |about |around )?(?:\d+|an?|half an|two|three) (?:min|mins|minutes|hours?|hrs?)|wait(?:ing)? times?|on hold|hold music|in (?:a|the) queue|queued|queuing|queueing|engaged tone|(?:line|number)(?:['’]s| is| was)? (?:always |constantly |still )?(?:busy|engaged)|(?:always|constantly) (?:busy|engaged)|busy (?:tone|signal|all day)|(?:nobody|no one|noone) (?:picks up|picked up|picking up)|rings out|rang out|went to voicemail|automated (?:message|menu)|(?:\d+|an?|half an|two|three) (?:min|mins|minutes|hours?) (?:wait|waiting|on hold|in (?:a|the) queue))(?!\p{L})/iu,
  },
  {
    markets: NL_MARKETS,
    re: /(?<!\p{L})(?:wachttijd|wachttijden|in de wacht|wachtrij|wachtmuziek|(?:min|minuten|uur|kwartier) gewacht|bezet|in gesprek|niemand neemt op|neemt (?:niet|nooit) op|nemen (?:niet|nooit) op|gaat maar over|(?:\d+|een|twee|drie) (?:min|minuten|uur|kwartier) wachten)(?!\p{L})/iu,
  },
  {
    markets: DE_MARKETS,
    re: /(?<!\p{L})(?:warteschleife|wartezeit|wartezeiten|wartemusik|(?:min|minuten|stunden?|std) gewartet|besetzt|niemand (?:geht ran|nimmt ab)|keiner (?:geht ran|nimmt ab)|geht (?:keiner|niemand) ran|nimmt (?:keiner|niemand) ab)(?!\p{L})/iu,
  },
  {
    markets: FR_MARKETS,
    re: /(?<!\p{L})(?:sonne dans le vide|mise? en attente|en attente depuis|temps d['’]attente|musique d['’]attente|attendu (?:\d+|une|deux) (?:min|minutes|heures?)|toujours occupée?|(?:ligne|numéro) occupée?|personne ne (?:décroche|decroche)|ne (?:décroche|decroche) (?:pas|jamais)|(?:\d+|une|deux|trois) (?:min|minutes|heures?) d['’]attente)(?!\p{L})/iu,
  },
  {
    markets: ES_MARKETS,
    re: /(?<!\p{L})(?:tiempo de espera|música de espera|musica de espera|(?:me|nos) (?:dejaron|tienen|tuvieron|dejan) en espera|esper[eé] (?:\d+|una|dos) (?:min|minutos|horas?)|estuve esperando|comunicando|(?:da|sale|siempre|est[aá]) ocupad[oa]|nadie (?:lo )?coge|no (?:lo )?cogen|(?:\d+|una|dos|tres) (?:min|minutos|horas?) de espera)(?!\p{L})/iu,
  },
  {
    markets: ZH_MARKETS,
    // A wait counted in minutes or hours ("等了三天", days, is no call).
    re: /排队|排隊|占线|佔線|没人接|沒人接|无人接听|無人接聽|打不通|忙音|等了(?:\d+|[一二三四五六七八九十两兩半]+)(?:分钟|分鐘|个小时|個小時|小时|小時)/u,
  },
  {
    markets: AR_MARKETS,
    // On hold, the queue, an hour's wait, engaged; a conjunction or preposition is written joined
    // to the next word ("وانتظرت", "بالانتظار").
    re: /(?<!\p{L})(?:[وفب]?(?:على|في) (?:ال)?انتظار|قائمة (?:ال)?انتظار|[وف]?انتظرت (?:\p{L}+ )?(?:ساعة|ساعتين|ساعات|دقيقة|دقائق|\d+ دقيقة)|[وف]?(?:ال)?(?:خط )?مشغول)(?!\p{L})/u,
  },
]

// A line that never answers, said with the number as its subject ("Le 09 69 … ne répond jamais",
// "0345 … never answers"): what a call centre's line does. Said of anything else (a person, an
// e-mail: "nobody answers", "لا أحد يرد") it is no signal, so only right after the number.
const NEVER_ANSWERS: readonly QueueSignal[] = [
  {
    markets: EN_MARKETS,
    re: /^[\s,)]*(?:never|doesn['’]t|does not|won['’]t) (?:answer|answers|pick up|picks up)(?!\p{L})/iu,
  },
  {
    markets: NL_MARKETS,
    re: /^[\s,)]*(?:(?:neemt|nemen) (?:nooit|niet) op|(?:wordt|werd) nooit opgenomen)(?!\p{L})/iu,
  },
  {
    markets: DE_MARKETS,
    re: /^[\s,)]*(?:antwortet nie(?:mals)?|geht nie(?:mals)? (?:jemand |einer )?ran|nimmt nie(?:mals)? (?:jemand |einer )?ab|ist nie erreichbar)(?!\p{L})/iu,
  },
  {
    markets: FR_MARKETS,
    re: /^[\s,)]*(?:ne|n['’]) ?(?:répond|repond|décroche|decroche) (?:pas|jamais|plus)(?!\p{L})/iu,
  },
  { markets: ES_MARKETS, re: /^[\s,)]*(?:nunca|no) (?:contesta|contestan|coge|cogen)(?!\p{L})/iu },
  { markets: ZH_MARKETS, re: /^[\s,)]*(?:从来没人接|永远没人接)/u },
  { markets: AR_MARKETS, re: /^[\s,)]*(?:لا|ما) (?:يرد|يردون)(?!\p{L})/u },
]

/** A cheap test before the signal scan: some signal's stem is in the text. */
export const QUEUE_HINT_RE =
  /wait|hold|queu|engaged|busy|pick|rings out|rang out|voicemail|automated|wacht|bezet|gesprek|neemt|nemen|gaat maar|warte|gewartet|besetzt|geht|nimmt|sonne|attente|attendu|occup|décroche|decroche|espera|esper|comunicando|ocupad|coge|contesta|never|répond|repond|opgenomen|erreichbar|antwortet|等了|يرد|排队|排隊|占线|佔線|没人接|沒人接|接听|接聽|打不通|忙音|انتظ|مشغول/iu

/**
 * The phone number at norm[start, end) (normalised) is a call centre's line by its sentence (see
 * the file comment).
 */
export function presentedAsCalledLine(norm: string, start: number, end: number): boolean {
  const before = clauseBefore(norm, start)
  const after = clauseAfter(norm, end, AFTER_REACH)
  const sentence = `${before} ${after}`
  let markets: CountryCode[] | null = null
  for (const s of SIGNALS) if (s.re.test(sentence)) markets = [...(markets ?? []), ...s.markets]
  for (const s of NEVER_ANSWERS) if (s.re.test(after)) markets = [...(markets ?? []), ...s.markets]
  if (markets === null) return false
  if (privateLine(norm, start, end) || personNamedBefore(before)) return false
  const number = /^[^\p{L}]*/u.exec(norm.slice(start, end))![0]
  return businessLine(number, markets)
}
