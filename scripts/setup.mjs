#!/usr/bin/env node
// Set-up shared by `npm start`, `npm run api|worker` and `npm test` on a fresh Debian/Ubuntu machine
// with Node 20.19 or later: install npm dependencies when missing or stale, and make sure a Redis answers at
// REDIS_URL (starting a local one, installing redis-server with apt when it is absent and we can).
// The document tools (poppler-utils, tesseract with its English and Spanish data) are installed when
// missing and we can; without them scanned pages are marked "needs OCR". `--browser` (npm test) also installs Debian's Chromium
// for the browser tests. `--postgres` (npm run test:pg), or a DATABASE_URL or TEST_DATABASE_URL naming
// a postgres:// database, also makes sure PostgreSQL answers there (starting the local cluster,
// installing Debian's postgresql with apt when it is absent and we can).
// Plain JavaScript on purpose: it runs before dependencies exist.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const log = (msg) => console.error(`[setup] ${msg}`);

function fail(msg) {
  console.error(`[setup] ERROR: ${msg}`);
  process.exit(1);
}

function run(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root, ...opts });
  return r.status === 0;
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? [] : which('sudo') && spawnSync('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : null;

/** apt-get install, when we are root or have password-less sudo. Returns false when we cannot. */
function aptInstall(packages) {
  if (!which('apt-get') || sudo === null) return false;
  const prefix = sudo;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const exec = (a) => run(prefix[0] ?? a[0], prefix.length ? [...prefix.slice(1), ...a] : a.slice(1), { env });
  log(`installing ${packages.join(' ')} with apt-get`);
  if (!exec(['apt-get', 'install', '-y', '--no-install-recommends', ...packages])) {
    exec(['apt-get', 'update']);
    return exec(['apt-get', 'install', '-y', '--no-install-recommends', ...packages]);
  }
  return true;
}

// 1. npm dependencies
function ensureDependencies() {
  const lock = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.foia-install-stamp');
  const want = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  log('installing npm dependencies (npm ci)');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) fail('npm ci failed; see the output above');
  writeFileSync(stamp, want);
}

// 2. Redis
/**
 * Whether a server answers at host:port: `hello` is written once connected, and `answered` judges the
 * first bytes that come back. No answer within the time, or a refused connection, is false.
 */
function probe(host, port, hello, answered, timeoutMs = 800) {
  return new Promise((resolve) => {
    const socket = net.createConnection({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write(hello));
    socket.on('data', (d) => done(answered(d)));
  });
}

/** Whether a Redis answers PING (or asks for a password, which still means a Redis is there). */
function ping(host, port) {
  return probe(host, port, 'PING\r\n', (d) => d.toString().startsWith('+PONG') || d.toString().startsWith('-NOAUTH'));
}

async function ensureRedis() {
  const url = new URL(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  const host = url.hostname || '127.0.0.1';
  const port = Number(url.port || 6379);
  if (await ping(host, port)) return;
  const local = ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);
  if (!local) fail(`no Redis answers at ${url.href} and it is not on this machine; start it there or set REDIS_URL`);
  if (!which('redis-server') && !aptInstall(['redis-server'])) {
    fail(
      `no Redis answers at ${host}:${port} and redis-server is not installed.\n` +
        '  Install it with:  sudo apt-get install -y redis-server\n' +
        '  or point REDIS_URL at a running Redis.',
    );
  }
  const dir = join(root, 'data', 'redis');
  mkdirSync(dir, { recursive: true });
  log(`starting a local redis-server on ${host}:${port}`);
  try {
    execFileSync(which('redis-server') ?? 'redis-server', [
      '--daemonize',
      'yes',
      '--port',
      String(port),
      '--bind',
      host === 'localhost' ? '127.0.0.1' : host.replace(/[[\]]/g, ''),
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
      '--logfile',
      join(dir, 'redis.log'),
    ]);
  } catch (err) {
    fail(`redis-server did not start: ${err.message}`);
  }
  for (let i = 0; i < 50; i++) {
    if (await ping(host, port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`redis-server was started but does not answer on ${host}:${port}; see ${join(dir, 'redis.log')}`);
}

// 3. PostgreSQL, only when asked for.
const isPostgresUrl = (url) => /^postgres(ql)?:\/\//i.test(url ?? '');

function postgresWanted() {
  return (
    args.has('--postgres') || isPostgresUrl(process.env.DATABASE_URL) || isPostgresUrl(process.env.TEST_DATABASE_URL)
  );
}

/** Whether a PostgreSQL server answers: it replies S or N to an SSL request, before any password. */
function pgAnswers(host, port) {
  const sslRequest = Buffer.alloc(8);
  sslRequest.writeInt32BE(8, 0);
  sslRequest.writeInt32BE(80877103, 4);
  return probe(host, port, sslRequest, (d) => d[0] === 0x53 || d[0] === 0x4e);
}

/** Debian's clusters (`pg_lsclusters`): version, name, port, status. */
function clusters() {
  const r = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  if (r.status !== 0) return [];
  return r.stdout
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 4)
    .map(([version, name, port, status]) => ({ version, name, port: Number(port), status }));
}

async function ensurePostgres() {
  const named = [process.env.DATABASE_URL, process.env.TEST_DATABASE_URL].find(isPostgresUrl);
  const url = new URL(named ?? 'postgres://127.0.0.1:5432/postgres');
  const host = url.hostname || '127.0.0.1';
  const port = Number(url.port || 5432);
  if (await pgAnswers(host, port)) return;
  const local = ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);
  if (!local)
    fail(`no PostgreSQL answers at ${host}:${port} and it is not on this machine; start it there or fix the URL`);
  if (!which('pg_lsclusters') && !aptInstall(['postgresql'])) {
    fail(
      `no PostgreSQL answers at ${host}:${port} and it is not installed; install it with: sudo apt-get install -y postgresql`,
    );
  }
  const cluster = clusters().find((c) => c.port === port);
  if (!cluster) {
    const version = clusters()[0]?.version ?? '15';
    fail(
      `PostgreSQL is installed but no cluster listens on port ${port}; create one with: sudo pg_createcluster --start -p ${port} ${version} foia`,
    );
  }
  if (sudo === null)
    fail(
      `PostgreSQL ${cluster.version}/${cluster.name} is not running and starting it needs root: sudo pg_ctlcluster ${cluster.version} ${cluster.name} start`,
    );
  log(`starting PostgreSQL ${cluster.version}/${cluster.name} on port ${port}`);
  const prefix = sudo;
  const ctl = ['pg_ctlcluster', cluster.version, cluster.name, 'start'];
  if (!run(prefix[0] ?? ctl[0], prefix.length ? [...prefix.slice(1), ...ctl] : ctl.slice(1))) {
    fail(`PostgreSQL ${cluster.version}/${cluster.name} did not start; see /var/log/postgresql/`);
  }
  for (let i = 0; i < 100; i++) {
    if (await pgAnswers(host, port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`PostgreSQL was started but does not answer on ${host}:${port}; see /var/log/postgresql/`);
}

// 4. Tools from Debian: OCR and PDF rendering for ingestion, Chromium for the browser tests.
/** The OCR languages tesseract has data for (`eng`, `spa`, `osd` ...); none when it is not installed. */
function ocrLanguages() {
  const r = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (r.status !== 0) return [];
  return `${r.stdout}\n${r.stderr}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[a-z]{3}(_[a-z]+)?$/.test(l));
}

// The languages documents are OCRed in (src/documents/extract/tools.ts): English, and Spanish, in
// which many records from ICE and border jurisdictions come.
const OCR_DATA = [
  ['eng', 'tesseract-ocr-eng'],
  ['spa', 'tesseract-ocr-spa'],
];

function ensureTools() {
  const wanted = [
    ['pdftoppm', 'poppler-utils'],
    ['tesseract', 'tesseract-ocr'],
  ];
  if (args.has('--browser')) wanted.push(['chromium', 'chromium']);
  const missing = wanted.filter(([cmd]) => !which(cmd)).map(([, pkg]) => pkg);
  const languages = missing.includes('tesseract-ocr') ? [] : ocrLanguages();
  for (const [code, pkg] of OCR_DATA) if (!languages.includes(code)) missing.push(pkg);
  if (!missing.length) return;
  if (!aptInstall(missing)) {
    log(
      `not installed: ${missing.join(' ')} (no root or sudo). Scanned pages will be marked "needs OCR"` +
        ' (or OCRed without the missing language)' +
        (args.has('--browser') ? ', and browser tests will be skipped' : '') +
        `; install with: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
}

// The minimum is package.json's engines.node (">=X.Y.Z"), the README's promise, which
// tests/system/engines.test.ts holds every installed package to.
function checkNode() {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;
  const wanted = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!wanted) fail(`package.json engines.node must read ">=X.Y.Z", not ${range}`);
  const have = process.versions.node.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const want = Number(wanted[i + 1]);
    if (have[i] > want) return;
    if (have[i] < want) {
      fail(`Node ${process.versions.node} is too old; install Node ${wanted.slice(1).join('.')} or later`);
    }
  }
}

checkNode();
if (!args.has('--no-install')) ensureDependencies();
await ensureRedis();
if (postgresWanted()) await ensurePostgres();
if (!args.has('--no-tools')) ensureTools();
