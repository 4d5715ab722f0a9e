import type { EChartsCoreOption } from 'echarts/core'
import type { MetricPoint, MetricStream } from './stream.js'
import type { Brand } from './types.js'

/** Our bank in warm amber, thick; competitors in cool, thinner lines: the eye finds "us" first. */
const OWN_COLOR = '#ffb020'
const COMPETITOR_COLORS = ['#4fc3f7', '#9575cd', '#4db6ac', '#f06292', '#90a4ae', '#aed581']
const AXIS = '#8a94a6'
const GRID_LINE = '#263041'

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

const baseOption = (yName: string, yFormatter?: string): EChartsCoreOption => ({
  backgroundColor: 'transparent',
  animation: false,
  textStyle: { color: '#e6edf3', fontSize: 16 },
  grid: { left: 64, right: 24, top: 48, bottom: 36 },
  legend: { top: 4, textStyle: { color: '#e6edf3', fontSize: 16 } },
  tooltip: { trigger: 'axis' },
  xAxis: {
    type: 'time',
    axisLabel: { color: AXIS, fontSize: 14 },
    axisLine: { lineStyle: { color: GRID_LINE } },
    splitLine: { show: false },
  },
  yAxis: {
    type: 'value',
    name: yName,
    nameTextStyle: { color: AXIS, fontSize: 14 },
    axisLabel: { color: AXIS, fontSize: 14, ...(yFormatter ? { formatter: yFormatter } : {}) },
    splitLine: { lineStyle: { color: GRID_LINE } },
  },
})

function lineSeries(
  stream: MetricStream,
  brands: readonly Brand[],
  value: (p: MetricPoint) => number | null,
): EChartsCoreOption[] {
  // Our bank first (legend, tooltip, drawing order), then competitors as configured.
  const ids =
    brands.length > 0
      ? [...brands].sort((a, b) => Number(b.role === 'own') - Number(a.role === 'own')).map((b) => b.id)
      : stream.brands()
  return ids.map((id) => {
    const style = brandStyle(brands, id)
    return {
      id,
      name: brands.find((b) => b.id === id)?.name ?? id,
      type: 'line',
      showSymbol: false,
      z: style.own ? 3 : 2,
      lineStyle: { width: style.width, color: style.color },
      itemStyle: { color: style.color },
      data: stream.series(id).map((p) => [Date.parse(p.minute), value(p)]),
    }
  })
}

/** Mentions per minute, one line per brand. */
export function volumeOption(stream: MetricStream, brands: readonly Brand[]): EChartsCoreOption {
  return { ...baseOption('mentions / min'), series: lineSeries(stream, brands, (p) => p.volume) }
}

/** Share of negative mentions per minute, one line per brand (empty minutes are gaps, not zeros). */
export function sentimentOption(stream: MetricStream, brands: readonly Brand[]): EChartsCoreOption {
  return {
    ...baseOption('negative share', '{value}%'),
    series: lineSeries(stream, brands, (p) =>
      p.volume > 0 ? Math.round((p.negative / p.volume) * 1000) / 10 : null,
    ),
  }
}
