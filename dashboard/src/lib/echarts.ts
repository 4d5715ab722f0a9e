import { LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { type EChartsCoreOption, init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Only what the wall screen draws: line charts on a grid, with legend and tooltip.
use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

/**
 * One chart = one Svelte action (after Evidence's echarts.action.ts): the instance is created
 * once, follows its element's size, receives updates as a merge (`setOption` without
 * notMerge, series matched by id) so a tick does not rebuild the chart, and is disposed with
 * the element.
 */
export function echart(node: HTMLElement, option: EChartsCoreOption) {
  const chart = init(node, undefined, { renderer: 'canvas' })
  chart.setOption(option)
  const resize = new ResizeObserver(() => chart.resize())
  resize.observe(node)
  return {
    update(next: EChartsCoreOption) {
      chart.setOption(next, { lazyUpdate: true })
    },
    destroy() {
      resize.disconnect()
      chart.dispose()
    },
  }
}
