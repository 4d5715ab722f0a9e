/**
 * Markets of a mention: the matched brands' markets, narrowed by the language when the
 * language points at some of them (a Dutch post about a GB+NL bank is about NL).
 */
import type { BrandConfig } from '@vigil/config'

const LANG_MARKETS: Record<string, string[]> = {
  en: ['GB', 'US', 'IE', 'AU', 'CA', 'SG', 'HK', 'IN', 'AE', 'NZ', 'ZA'],
  nl: ['NL', 'BE'],
  de: ['DE', 'AT', 'CH'],
  fr: ['FR', 'BE', 'CH', 'LU', 'CA'],
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'US'],
  it: ['IT', 'CH'],
  pt: ['PT', 'BR'],
  tr: ['TR'],
  id: ['ID'],
  hi: ['IN'],
  zh: ['CN', 'HK', 'TW', 'SG'],
  ar: ['AE', 'SA', 'EG', 'QA', 'KW', 'BH', 'OM', 'JO'],
}

export function marketsFor(brands: (BrandConfig | undefined)[], lang: string): string[] {
  const all: string[] = []
  for (const b of brands) for (const mk of b?.markets ?? []) if (!all.includes(mk)) all.push(mk)
  const langMarkets = LANG_MARKETS[lang]
  if (!langMarkets || lang === 'en') return all
  const narrowed = all.filter((mk) => langMarkets.includes(mk))
  return narrowed.length > 0 ? narrowed : all
}
