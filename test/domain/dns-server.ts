/**
 * A local authoritative DNS server for the domain tests (dns2, UDP and TCP on the same random port
 * of 127.0.0.1): it answers from an in-memory zone, NXDOMAIN for names it does not hold, NOERROR
 * with no answer for types a name lacks, and SERVFAIL for names listed as failing. Tests never
 * touch the internet.
 */
import { Packet, TCPServer, UDPServer } from 'dns2';
import type { AddressInfo } from 'node:net';

export interface ZoneRecords {
  A?: string[];
  AAAA?: string[];
  /** each string is one TXT record; longer than 255 bytes it is split into character-strings */
  TXT?: string[];
  MX?: { exchange: string; priority: number }[];
  PTR?: string[];
}

export type Zone = Record<string, ZoneRecords>;

export interface TestDnsServer {
  /** `127.0.0.1:<port>`, for --dns */
  readonly address: string;
  readonly port: number;
  /** questions received, as `TYPE name` */
  readonly queries: string[];
  close(): Promise<void>;
}

/** The name PTR queries use for an IPv4 address. */
export function ptrName(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let index = 0; index < text.length; index += 255) out.push(text.slice(index, index + 255));
  return out.length > 0 ? out : [''];
}

const RCODE_SERVFAIL = 2;
const RCODE_NXDOMAIN = 3;

const TYPE_NAMES = new Map<number, keyof ZoneRecords>([
  [Packet.TYPE.A, 'A'],
  [Packet.TYPE.AAAA, 'AAAA'],
  [Packet.TYPE.TXT, 'TXT'],
  [Packet.TYPE.MX, 'MX'],
  [Packet.TYPE.PTR, 'PTR'],
]);

export async function startDnsServer(zoneInput: Zone, options: { servfail?: readonly string[] } = {}): Promise<TestDnsServer> {
  const zone = new Map(Object.entries(zoneInput).map(([name, records]) => [name.toLowerCase().replace(/\.$/, ''), records]));
  const servfail = new Set((options.servfail ?? []).map((name) => name.toLowerCase()));
  const queries: string[] = [];

  const handle = (request: Packet, send: (response: Packet) => unknown): void => {
    const response = Packet.createResponseFromRequest(request);
    const question = request.questions[0];
    if (!question) {
      send(response);
      return;
    }
    const name = question.name.toLowerCase().replace(/\.$/, '');
    const type = TYPE_NAMES.get(question.type);
    queries.push(`${type ?? question.type} ${name}`);
    const suffixFail = [...servfail].some((failing) => name === failing || name.endsWith(`.${failing}`));
    if (suffixFail) {
      response.header.rcode = RCODE_SERVFAIL;
      send(response);
      return;
    }
    const records = zone.get(name);
    if (!records) {
      // NXDOMAIN unless a longer name exists below this one (an empty non-terminal).
      if (![...zone.keys()].some((known) => known.endsWith(`.${name}`))) response.header.rcode = RCODE_NXDOMAIN;
      send(response);
      return;
    }
    const base = { name: question.name, class: Packet.CLASS.IN, ttl: 60 };
    const answers: Record<string, unknown>[] = [];
    if (type === 'A') for (const address of records.A ?? []) answers.push({ ...base, type: Packet.TYPE.A, address });
    if (type === 'AAAA') for (const address of records.AAAA ?? []) answers.push({ ...base, type: Packet.TYPE.AAAA, address });
    if (type === 'TXT') for (const text of records.TXT ?? []) answers.push({ ...base, type: Packet.TYPE.TXT, data: chunks(text) });
    if (type === 'MX') for (const { exchange, priority } of records.MX ?? []) answers.push({ ...base, type: Packet.TYPE.MX, exchange, priority });
    if (type === 'PTR') for (const domain of records.PTR ?? []) answers.push({ ...base, type: Packet.TYPE.PTR, domain });
    (response.answers as unknown[]).push(...answers);
    send(response);
  };

  const udp = new UDPServer((request, send) => handle(request, send));
  await udp.listen(0, '127.0.0.1');
  const port = (udp.address() as AddressInfo).port;
  // Large answers (a 2048-bit DKIM key) are truncated over UDP; the resolver retries over TCP on the same port.
  const tcp = new TCPServer((request, send) => handle(request, send));
  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(port, '127.0.0.1', () => resolve());
  });

  return {
    address: `127.0.0.1:${port}`,
    port,
    queries,
    async close() {
      await Promise.all([new Promise<void>((resolve) => udp.close(() => resolve())), new Promise<void>((resolve) => tcp.close(() => resolve()))]);
    },
  };
}
