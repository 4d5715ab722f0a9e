// A consumer process for member-ledger.int.test.ts to kill with SIGKILL: it joins `groupId`
// keeping a member ledger in `memberFile`, with a 60 s session unless SESSION_MS is given (so a
// successor that waited the session out would be plainly late), and prints each record it
// handled. Run from the built code: node ledger-member.mjs BROKERS TOPIC GROUP MEMBER_FILE [SESSION_MS]

import { createLogger } from '../../config/dist/index.js'
import { createKafka, runConsumer } from '../dist/index.js'

const [brokers, topic, groupId, memberFile, sessionMs = '60000'] = process.argv.slice(2)
const logger = createLogger('ledger-member', 'silent')
const kafka = createKafka({ brokers: brokers.split(','), clientId: 'ledger-member', logger, memberFile })
await runConsumer({
  kafka,
  groupId,
  topics: [topic],
  fromBeginning: true,
  logger,
  sessionTimeoutMs: Number(sessionMs),
  handleBatch: async (records) => {
    for (const r of records) process.stdout.write(`handled ${String(r.value)}\n`)
  },
})
process.stdout.write('running\n')
