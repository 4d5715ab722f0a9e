/**
 * The markets whose numbering plans a number written the national way is read in, by the
 * language it is written in. A national form means something only in a country: "0345 300 0000"
 * is a UK non-geographic line (Ofcom 03) and a Halle landline (BNetzA area code 0345), "920000000"
 * a Saudi unified number (CST 9200) and a landline in Ávila. A post in English dials the first;
 * a post in German the second. Where the language is not known, every plan counts.
 */
import type { CountryCode } from 'libphonenumber-js/max'

export const EN_MARKETS: readonly CountryCode[] = ['GB', 'IE', 'US']
export const NL_MARKETS: readonly CountryCode[] = ['NL', 'BE']
export const DE_MARKETS: readonly CountryCode[] = ['DE', 'AT', 'CH']
export const FR_MARKETS: readonly CountryCode[] = ['FR', 'BE', 'CH', 'LU', 'MA']
export const ES_MARKETS: readonly CountryCode[] = ['ES', 'MX', 'AR', 'CO', 'CL']
export const ZH_MARKETS: readonly CountryCode[] = ['CN', 'HK', 'TW', 'SG', 'MO']
export const AR_MARKETS: readonly CountryCode[] = ['SA', 'AE', 'EG', 'MA', 'JO', 'KW', 'QA']

const BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['en', EN_MARKETS],
      ['nl', NL_MARKETS],
      ['de', DE_MARKETS],
      ['fr', FR_MARKETS],
      ['es', ES_MARKETS],
      ['zh', ZH_MARKETS],
      ['ar', AR_MARKETS],
    ] as const
  ).map(([lang, markets]) => [lang, new Set<string>(markets)]),
)

/** The markets of `lang` (an ISO 639-1 code), or undefined when it is not a served language. */
export function marketsOfLanguage(lang: string | undefined): ReadonlySet<string> | undefined {
  return lang === undefined ? undefined : BY_LANGUAGE.get(lang)
}
