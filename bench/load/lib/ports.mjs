import { createServer } from 'node:net'

/** A port free on 127.0.0.1 right now (the OS picks it), for a service the bench starts. */
export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
