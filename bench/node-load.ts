/** Fallback load generator (when wrk is absent): keep-alive HTTP, N concurrent loops, latency percentiles. */
import http from 'node:http';

const [url = '', maxText = '1', secondsText = '10', connText = '32'] = process.argv.slice(2);
const max = Number(maxText);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connText) });
const end = Date.now() + Number(secondsText) * 1000;
const latencies: number[] = [];
let errors = 0;

function once(): Promise<void> {
  const target = url.replace('{n}', String(1 + Math.floor(Math.random() * max)));
  const start = performance.now();
  return new Promise((resolve) => {
    http
      .get(target, { agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if ((res.statusCode ?? 500) >= 400) errors++;
          latencies.push(performance.now() - start);
          resolve();
        });
      })
      .on('error', () => {
        errors++;
        resolve();
      });
  });
}

async function loop() {
  while (Date.now() < end) await once();
}

const began = Date.now();
await Promise.all(Array.from({ length: Number(connText) }, loop));
latencies.sort((a, b) => a - b);
const pick = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
if (errors) console.error(`${errors} errors`);
console.log(JSON.stringify({ rps: latencies.length / ((Date.now() - began) / 1000), p50: pick(50), p99: pick(99) }));
agent.destroy();
