// Starts a real Bluesky PDS and the PLC directory it needs, both on 127.0.0.1, for Steward's
// connector tests. Run by BlueskyTestServer (Java) with Node 22 from the install cache:
//
//   node launcher.mjs            (environment: STEWARD_PDS_DATA = a fresh, empty folder)
//
// Prints one JSON line {"ready":true,"pds":"http://localhost:<port>","plc":...,"adminPassword":...}
// on stdout when both answer, and stops cleanly on SIGTERM, SIGINT or when stdin closes (the JVM
// that started it is gone), so no server outlives its test run.
//
// The file is copied next to the installed node_modules before it runs, so the imports below
// resolve there and nothing is installed inside the repository.
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import path from 'node:path'
import { PDS, envToCfg, envToSecrets, readEnv } from '@atproto/pds'
import plc from '@did-plc/server'

const HOST = '127.0.0.1'
const dataDir = process.env.STEWARD_PDS_DATA
if (!dataDir) {
  console.error('STEWARD_PDS_DATA must name a fresh folder')
  process.exit(2)
}

// Both servers call app.listen(port) without a host, which binds every interface: bind loopback.
function bindToLoopback(app) {
  const listen = app.listen.bind(app)
  app.listen = (port, ...rest) => listen(port, HOST, ...rest)
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, HOST, () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const hex = (bytes) => randomBytes(bytes).toString('hex')

// The PLC directory: in memory, as @atproto/dev-env's TestPlc runs it.
const plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: await freePort() })
bindToLoopback(plcServer.app)
const plcHttp = await plcServer.start()
const plcPort = plcHttp.address().port

const pdsPort = await freePort()
const adminPassword = hex(16)
Object.assign(process.env, {
  PDS_HOSTNAME: 'localhost',
  PDS_PORT: String(pdsPort),
  PDS_DATA_DIRECTORY: dataDir,
  PDS_BLOBSTORE_DISK_LOCATION: path.join(dataDir, 'blobs'),
  // A host name, not 127.0.0.1: the PDS's DID resolver refuses IP-literal URLs.
  PDS_DID_PLC_URL: `http://localhost:${plcPort}`,
  PDS_SERVICE_HANDLE_DOMAINS: '.test',
  PDS_JWT_SECRET: hex(32),
  PDS_ADMIN_PASSWORD: adminPassword,
  PDS_DPOP_SECRET: hex(32),
  PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: hex(32),
  PDS_INVITE_REQUIRED: 'true',
  PDS_DEV_MODE: 'true',
  PDS_RATE_LIMITS_ENABLED: 'false',
  LOG_ENABLED: 'false',
})
// No app view, crawlers, e-mail or Redis: the PDS then makes no outside calls.
for (const name of ['PDS_BSKY_APP_VIEW_URL', 'PDS_BSKY_APP_VIEW_DID', 'PDS_CRAWLERS',
  'PDS_EMAIL_SMTP_URL', 'PDS_REDIS_SCRATCH_ADDRESS']) {
  delete process.env[name]
}

const env = readEnv()
const pds = await PDS.create(envToCfg(env), envToSecrets(env))
bindToLoopback(pds.app)
await pds.start()

let stopping = false
async function stop(code) {
  if (stopping) return
  stopping = true
  try {
    await pds.destroy()
    await plcServer.destroy()
  } finally {
    process.exit(code)
  }
}
process.on('SIGTERM', () => stop(0))
process.on('SIGINT', () => stop(0))
process.stdin.on('end', () => stop(0))
process.stdin.on('error', () => stop(0))
process.stdin.resume()

process.stdout.write(JSON.stringify({
  ready: true,
  pds: `http://localhost:${pdsPort}`,
  plc: `http://localhost:${plcPort}`,
  adminPassword,
}) + '\n')
