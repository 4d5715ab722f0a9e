import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * One bank Vigil watches. Our own bank(s) have `role: 'own'`; everyone else is a competitor,
 * watched just as closely. Aliases are written as people write them, in every script.
 */
export interface BrandConfig {
  id: string
  name: string
  role: 'own' | 'competitor'
  /** Names people use, any script: "Northwind", "莲花银行", "بنك النور". */
  aliases: string[]
  /**
   * Aliases that only count when written in exactly this case (short acronyms such as
   * "ING" or "NWB" that are ordinary letters in lower case).
   */
  caseSensitiveAliases: string[]
  /** Aliases that are also ordinary words ("crest", "chase"): they need banking context. */
  ambiguousAliases: string[]
  handles: string[]
  hashtags: string[]
  cashtags: string[]
  domains: string[]
  /** Phrases that contain an alias but are not about the bank ("wave crest"). */
  exclusions: string[]
  markets: string[]
  /** Mid-sized or large: sets expectations for volume in demos and tests. */
  size: 'small' | 'mid' | 'large'
  /**
   * The bank's own accounts per platform (`x`, `facebook`, `instagram`, `youtube`, `reddit`,
   * `playstore`, `appstore`, ...): handles, numeric ids, page/channel ids, app package names
   * or App Store ids. Ingest marks their posts `isBrandAccount` and ties store reviews to the
   * bank's apps. `handles` above count on every platform as well.
   */
  accounts?: Record<string, string[]>
  /**
   * Phone numbers the bank publishes (switchboards, hotlines, branch lines), E.164 ("+442079460000"):
   * masking leaves them readable in any written form, so care staff see which number a post names.
   */
  publicNumbers?: string[]
}

export interface BrandsFile {
  brands: BrandConfig[]
}

const here = dirname(fileURLToPath(import.meta.url))
/** The shipped default: fictional banks, so demos never name a real one. */
export const DEFAULT_BRANDS_PATH = join(here, '..', 'brands', 'default.json')

export class BrandsConfigError extends Error {
  readonly code = 'VIGIL_ERR_BRANDS_CONFIG'
}

const list = (o: Record<string, unknown>, k: string, id: string): string[] => {
  const v = o[k] ?? []
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw new BrandsConfigError(`brand ${id}: ${k} must be a list of strings`)
  }
  return v as string[]
}

function accounts(o: Record<string, unknown>, id: string): Record<string, string[]> {
  const v = o.accounts ?? {}
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new BrandsConfigError(`brand ${id}: accounts must be an object of platform -> list of strings`)
  }
  const out: Record<string, string[]> = {}
  for (const platform of Object.keys(v)) {
    if (!/^[a-z]{1,32}$/.test(platform))
      throw new BrandsConfigError(`brand ${id}: bad accounts platform ${platform}`)
    out[platform] = list(v as Record<string, unknown>, platform, `${id} accounts`)
  }
  return out
}

const E164_RE = /^\+[1-9]\d{6,14}$/

function publicNumbers(o: Record<string, unknown>, id: string): string[] {
  const v = list(o, 'publicNumbers', id)
  const bad = v.find((n) => !E164_RE.test(n))
  if (bad !== undefined)
    throw new BrandsConfigError(
      `brand ${id}: publicNumbers entry ${JSON.stringify(bad)} is not E.164 ('+', country code, number, no spaces: "+442079460000")`,
    )
  return v
}

export function parseBrands(json: unknown): BrandConfig[] {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as BrandsFile).brands)) {
    throw new BrandsConfigError('brands file must be {"brands": [...]}')
  }
  const seen = new Set<string>()
  return (json as { brands: unknown[] }).brands.map((raw, i) => {
    if (typeof raw !== 'object' || raw === null) throw new BrandsConfigError(`brand #${i} is not an object`)
    const o = raw as Record<string, unknown>
    const id = o.id
    if (typeof id !== 'string' || !/^[a-z0-9_-]{1,64}$/.test(id)) {
      throw new BrandsConfigError(`brand #${i}: id must match [a-z0-9_-]{1,64}`)
    }
    if (seen.has(id)) throw new BrandsConfigError(`brand ${id} is listed twice`)
    seen.add(id)
    const role = o.role ?? 'competitor'
    if (role !== 'own' && role !== 'competitor') throw new BrandsConfigError(`brand ${id}: bad role`)
    const size = o.size ?? 'mid'
    if (size !== 'small' && size !== 'mid' && size !== 'large')
      throw new BrandsConfigError(`brand ${id}: bad size`)
    return {
      id,
      name: typeof o.name === 'string' ? o.name : id,
      role,
      aliases: list(o, 'aliases', id),
      caseSensitiveAliases: list(o, 'caseSensitiveAliases', id),
      ambiguousAliases: list(o, 'ambiguousAliases', id),
      handles: list(o, 'handles', id),
      hashtags: list(o, 'hashtags', id),
      cashtags: list(o, 'cashtags', id),
      domains: list(o, 'domains', id),
      exclusions: list(o, 'exclusions', id),
      markets: list(o, 'markets', id),
      size,
      accounts: accounts(o, id),
      publicNumbers: publicNumbers(o, id),
    }
  })
}

export function loadBrands(path = DEFAULT_BRANDS_PATH): BrandConfig[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    throw new BrandsConfigError(`cannot read brands file ${path}: ${(err as Error).message}`)
  }
  try {
    return parseBrands(JSON.parse(text))
  } catch (err) {
    if (err instanceof BrandsConfigError) throw err
    throw new BrandsConfigError(`brands file ${path} is not JSON: ${(err as Error).message}`)
  }
}
