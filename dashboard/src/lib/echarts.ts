import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import { type EChartsCoreOption, init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Only what the dashboard draws: line charts (wall, competitors, releases) and bars on a grid,
// release markers as mark lines.
use([
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
])

/**
 * One chart = one Svelte action (after Evidence's echarts.action.ts): the instance is created
 * once, follows its element's size, receives updates as a merge (`setOption` without
 * notMerge, series matched by id) so a tick does not rebuild the chart, and is disposed with
 * the element.
 */
const seriesKey = (o: EChartsCoreOption): string =>
  Array.isArray(o.series) ? o.series.map((s: { id?: unknown }) => String(s.id)).join(',') : ''

export function echart(node: HTMLElement, option: EChartsCoreOption) {
  const chart = init(node, undefined, { renderer: 'canvas' })
  chart.setOption(option)
  let key = seriesKey(option)
  let latest = option
  const resize = new ResizeObserver(() => chart.resize())
  resize.observe(node)
  // Canvas text is drawn with whatever font is loaded at that moment: redraw once the shipped
  // fonts have arrived, or the axes keep the fallback's glyphs.
  const redraw = () => chart.setOption(latest, { notMerge: true })
  document.fonts?.addEventListener('loadingdone', redraw)
  return {
    update(next: EChartsCoreOption) {
      latest = next
      const nextKey = seriesKey(next)
      // A tick merges series by id (new data, same styles). Only when the set or order of
      // series changes (the brand list arrived) is the option replaced as a whole.
      chart.setOption(next, { lazyUpdate: true, notMerge: nextKey !== key })
      key = nextKey
    },
    destroy() {
      document.fonts?.removeEventListener('loadingdone', redraw)
      resize.disconnect()
      chart.dispose()
    },
  }
}
