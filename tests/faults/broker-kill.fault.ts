import { brokerOutageTest } from './broker-outage.js'

brokerOutageTest({
  title: 'broker killed -9 and started mid-stream: every mention stored exactly once, aggregates match',
  fault: 'kill -9 broker',
  signal: 'SIGKILL',
  takeDown: (broker) => broker.kill9(),
})
