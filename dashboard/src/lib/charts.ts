import type { EChartsCoreOption } from 'echarts/core'
import { completeMinutes, type MetricPoint, type MetricStream } from './stream.js'
import type { Clock } from './time.js'
import type { Brand } from './types.js'

/** Our bank in warm amber, thick; competitors in cool, thinner lines: the eye finds "us" first. */
const OWN_COLOR = '#ffb020'
const COMPETITOR_COLORS = ['#4fc3f7', '#9575cd', '#4db6ac', '#f06292', '#90a4ae', '#aed581']
const AXIS = '#b4bdcc'
const GRID_LINE = '#263041'
/** The shipped fonts (see app.css): canvas text needs the same stack as the page. */
export const FONT_STACK = '"Noto Sans", "Noto Sans Arabic", "Noto Sans SC", sans-serif'

export function brandStyle(
  brands: readonly Brand[],
  id: string,
): { color: string; width: number; own: boolean } {
  const brand = brands.find((b) => b.id === id)
  if (brand?.role === 'own') return { color: OWN_COLOR, width: 5, own: true }
  const competitors = brands.filter((b) => b.role !== 'own').map((b) => b.id)
  const i = Math.max(0, competitors.indexOf(id))
  return { color: COMPETITOR_COLORS[i % COMPETITOR_COLORS.length] ?? '#90a4ae', width: 2.5, own: false }
}

/**
 * Everything a chart needs besides its data: the clock (time zone of the axis labels), the
 * root font size in px (the page scales it with the viewport; canvas text must follow), and
 * "now", so the still-filling minute is held back.
 */
export interface ChartFrame {
  clock: Clock
  remPx: number
  nowMs: number
}

interface TooltipParam {
  seriesId?: string
  seriesName?: string
  marker?: string
  value?: [number, number | null]
}

/** The banks' values at the pointed minute, in the wall's zone; the bands' helper series left out. */
function tooltipText(params: TooltipParam[], clock: Clock): string {
  const rows = params.filter((p) => !p.seriesId?.startsWith('band'))
  const at = rows[0]?.value?.[0]
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
  const lines = rows.map((p) => {
    const v = p.value?.[1]
    return `${p.marker ?? ''}<bdi>${esc(p.seriesName ?? '')}</bdi> ${typeof v === 'number' ? Math.round(v * 10) / 10 : '—'}`
  })
  return [at === undefined ? '' : `${clock.hm(at)} ${esc(clock.zone)}`, ...lines].join('<br/>')
}

const baseOption = (f: ChartFrame, yName: string, yFormatter?: string): EChartsCoreOption => {
  // Axes and legend are detail for people near the screen: the near tier, 1.05 rem (app.css).
  const label = Math.round(f.remPx * 1.05)
  return {
    backgroundColor: 'transparent',
    animation: false,
    textStyle: { color: '#e6edf3', fontSize: label, fontFamily: FONT_STACK },
    grid: { left: label * 3.6, right: label * 1.2, top: label * 3.8, bottom: label * 2.6 },
    legend: {
      top: 0,
      itemWidth: label * 1.6,
      itemHeight: label * 0.7,
      textStyle: { color: '#e6edf3', fontSize: label, fontFamily: FONT_STACK },
    },
    tooltip: {
      trigger: 'axis',
      textStyle: { fontSize: label, fontFamily: FONT_STACK },
      formatter: (params: TooltipParam[]) => tooltipText(params, f.clock),
    },
    xAxis: {
      type: 'time',
      name: f.clock.zone,
      nameLocation: 'end',
      nameGap: label * 0.4,
      nameTextStyle: {
        color: AXIS,
        fontSize: Math.round(label * 0.8),
        align: 'right',
        verticalAlign: 'top',
        padding: [label * 1.3, 0, 0, 0],
      },
      axisLabel: {
        color: AXIS,
        fontSize: label,
        hideOverlap: true,
        // The first and last times stay inside the plot instead of running into the y labels.
        alignMinLabel: 'left',
        alignMaxLabel: 'right',
        formatter: (ms: number) => f.clock.hm(ms),
      },
      axisPointer: { label: { formatter: (p: { value: number }) => f.clock.hms(p.value) } },
      axisLine: { lineStyle: { color: GRID_LINE } },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: yName,
      nameGap: label * 0.6,
      nameTextStyle: { color: AXIS, fontSize: label, align: 'left' },
      axisLabel: { color: AXIS, fontSize: label, ...(yFormatter ? { formatter: yFormatter } : {}) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
  }
}

const ordered = (stream: MetricStream, brands: readonly Brand[]): string[] =>
  brands.length > 0
    ? [...brands].sort((a, b) => Number(b.role === 'own') - Number(a.role === 'own')).map((b) => b.id)
    : stream.brands()

function lineSeries(
  stream: MetricStream,
  brands: readonly Brand[],
  f: ChartFrame,
  value: (p: MetricPoint) => number | null,
): EChartsCoreOption[] {
  // Our bank first (legend, tooltip, drawing order), then competitors as configured.
  return ordered(stream, brands).map((id) => {
    const style = brandStyle(brands, id)
    return {
      id,
      name: brands.find((b) => b.id === id)?.name ?? id,
      type: 'line',
      showSymbol: false,
      z: style.own ? 4 : 3,
      lineStyle: { width: (style.width * f.remPx) / 20, color: style.color },
      itemStyle: { color: style.color },
      // The minute still filling is held back: drawn, it would read as a plunge at the edge.
      data: completeMinutes(stream.series(id), f.nowMs).map((p) => [Date.parse(p.minute), value(p)]),
    }
  })
}

/**
 * Each bank's expected band, from the detector's `expectedVolume` (live ticks only; history from
 * the store has none, so the band starts where the live feed does). The width is the Poisson
 * 95 % range, expected ± 1.96·√expected: the detector's own yardstick is wider (it allows for
 * overdispersion), so a line just outside the band is unusual, not yet an incident.
 */
export function expectedBand(p: MetricPoint): [number, number] | null {
  if (p.expectedVolume === undefined) return null
  const mu = Math.max(0, p.expectedVolume)
  const half = 1.96 * Math.sqrt(mu)
  return [Math.max(0, mu - half), mu + half]
}

function bandSeries(stream: MetricStream, brands: readonly Brand[], f: ChartFrame): EChartsCoreOption[] {
  return ordered(stream, brands).flatMap((id) => {
    const style = brandStyle(brands, id)
    const points = completeMinutes(stream.series(id), f.nowMs)
    const lower = points.map((p) => [Date.parse(p.minute), expectedBand(p)?.[0] ?? null])
    const width = points.map((p) => {
      const b = expectedBand(p)
      return [Date.parse(p.minute), b ? b[1] - b[0] : null]
    })
    const common = {
      type: 'line',
      stack: `band-${id}`,
      showSymbol: false,
      silent: true,
      lineStyle: { width: 0 },
      tooltip: { show: false },
      z: 1,
    }
    return [
      { ...common, id: `band-lo-${id}`, name: `band-lo-${id}`, data: lower },
      {
        ...common,
        id: `band-${id}`,
        name: `band-${id}`,
        data: width,
        areaStyle: { color: style.color, opacity: style.own ? 0.28 : 0.1 },
      },
    ]
  })
}

/** Mentions per minute, one line per brand over its expected band. */
export function volumeOption(
  stream: MetricStream,
  brands: readonly Brand[],
  f: ChartFrame,
): EChartsCoreOption {
  const base = baseOption(f, 'mentions / min')
  const lines = lineSeries(stream, brands, f, (p) => p.volume)
  return {
    ...base,
    legend: { ...(base.legend as object), data: lines.map((s) => s.name as string) },
    series: [...bandSeries(stream, brands, f), ...lines],
  }
}

/** Share of negative mentions per minute, one line per brand (empty minutes are gaps, not zeros). */
export function sentimentOption(
  stream: MetricStream,
  brands: readonly Brand[],
  f: ChartFrame,
): EChartsCoreOption {
  const base = baseOption(f, 'negative share', '{value}%')
  const lines = lineSeries(stream, brands, f, (p) =>
    p.volume > 0 ? Math.round((p.negative / p.volume) * 1000) / 10 : null,
  )
  return {
    ...base,
    legend: { ...(base.legend as object), data: lines.map((s) => s.name as string) },
    series: lines,
  }
}
