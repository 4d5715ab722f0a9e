import { brokerOutageTest } from './broker-outage.js'

brokerOutageTest({
  title: 'broker stopped and started mid-stream: every mention stored exactly once, aggregates match',
  fault: 'broker stop/start',
  signal: 'SIGTERM',
  takeDown: (broker) => broker.stop(),
})
