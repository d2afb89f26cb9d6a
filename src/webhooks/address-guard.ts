/**
 * Webhooks never reach internal addresses: loopback, private, link-local (the cloud metadata
 * service at 169.254.169.254), unique-local, unspecified, multicast and other reserved ranges are
 * refused when a subscription is made and again at each delivery, on the addresses the name
 * resolves to at connect time (so a name cannot be re-pointed after the check). Internal receivers
 * are allowed by name, address or range in WEBHOOK_ALLOW_INTERNAL.
 */
import { type LookupAddress, lookup } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { AppError } from '../errors.js';

export interface AllowList {
  allows(host: string, address: string): boolean;
}

/** `WEBHOOK_ALLOW_INTERNAL`: comma-separated host names, addresses or CIDR ranges. */
export function parseAllowList(text: string | undefined): AllowList {
  const hosts = new Set<string>();
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const item of (text ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    if (item.includes('/')) ranges.push(ipaddr.parseCIDR(item));
    else if (ipaddr.isValid(item)) ranges.push([ipaddr.parse(item), ipaddr.parse(item).kind() === 'ipv4' ? 32 : 128]);
    else hosts.add(item);
  }
  return {
    allows(host, address) {
      if (hosts.has(host.toLowerCase())) return true;
      // As written (an allowed ::1/128) and as judged (an allowed 127.0.0.0/8 for ::ffff:127.0.0.1).
      const ips = [ipaddr.parse(address), normal(address)];
      return ranges.some(([net, bits]) => ips.some((ip) => net.kind() === ip.kind() && ip.match(net, bits)));
    },
  };
}

/**
 * An IPv6 address that carries an IPv4 one (mapped ::ffff:a.b.c.d, or the old IPv4-compatible
 * ::a.b.c.d, which ipaddr.js calls plain unicast) is judged as that IPv4 address. `::` and `::1`
 * become 0.0.0.0 and 0.0.0.1, both refused as unspecified.
 */
function normal(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const ip = ipaddr.parse(address);
  if (ip.kind() !== 'ipv6') return ip;
  const v6 = ip as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  const p = v6.parts;
  if (p.slice(0, 6).every((n) => n === 0)) {
    return new ipaddr.IPv4([(p[6] ?? 0) >> 8, (p[6] ?? 0) & 255, (p[7] ?? 0) >> 8, (p[7] ?? 0) & 255]);
  }
  return ip;
}

/** Why an address is internal (e.g. "loopback"), or null for an ordinary public unicast address. */
export function internalRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an address';
  const range = normal(address).range();
  return range === 'unicast' ? null : range;
}

function refusal(host: string, address: string, range: string): AppError {
  return new AppError(
    422,
    'internal_address',
    `Webhooks may not reach internal addresses: ${host} is ${address} (${range}). To allow an internal receiver, list it in WEBHOOK_ALLOW_INTERNAL.`,
    { errors: [{ path: 'url', message: `${host} resolves to an internal address (${range})` }] },
  );
}

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    lookup(host, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses)));
  });
}

/** Refuses a URL whose host is, or resolves to, an internal address that is not allowed. */
export async function checkWebhookUrl(url: string, allow: AllowList): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await resolveAll(host)).map((a) => a.address);
    } catch (err) {
      // Not resolvable now (a receiver not yet in DNS, no network): nothing to refuse yet, and each
      // delivery is checked on the addresses it connects to.
      if (
        (err as NodeJS.ErrnoException).code &&
        /^(ENOTFOUND|EAI_AGAIN|ENODATA|ESERVFAIL)$/.test(String((err as NodeJS.ErrnoException).code))
      )
        return;
      throw err;
    }
  }
  for (const address of addresses) {
    const range = internalRange(address);
    if (range && !allow.allows(host, address)) throw refusal(host, address, range);
  }
}

/**
 * A `lookup` for http.request that refuses internal addresses as the connection is made: the
 * address checked is the address connected to.
 */
export function guardedLookup(allow: AllowList) {
  return (
    host: string,
    options: { all?: boolean; family?: number },
    callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    resolveAll(host).then(
      (addresses) => {
        for (const a of addresses) {
          const range = internalRange(a.address);
          if (range && !allow.allows(host, a.address)) return callback(refusal(host, a.address, range), '', 0);
        }
        if (options.all) return callback(null, addresses);
        const first = addresses[0];
        if (!first) return callback(new Error(`${host} has no address`), '', 0);
        callback(null, first.address, first.family);
      },
      (err: Error) => callback(err, '', 0),
    );
  };
}
