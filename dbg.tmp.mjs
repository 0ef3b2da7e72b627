import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
const port = process.argv[2];
const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 16, duration: 5, headers: { Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json' }, requests: [{ method: 'POST', path: '/api/avis', setupRequest: (req) => ({ ...req, body: JSON.stringify({ key: randomUUID(), target: '/x', origin: 'code', value: 'oui', seq: 1 }) }) }] });
console.log('2xx', r['2xx'], 'non2xx', r.non2xx, 'p99', r.latency.p99, 'rps', r.requests.average);
