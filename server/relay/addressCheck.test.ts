// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { addressRefusal, checkTarget, type Resolve } from './addressCheck.ts'

/** Answers from a table; these tests never ask a real resolver. */
const tableResolver = (table: Record<string, string[]>): Resolve =>
  vi.fn(async (hostname: string) => {
    const addresses = table[hostname]
    if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' })
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }) as const)
  })

const resolve = tableResolver({
  'news.example.org': ['151.101.1.140'],
  'intranet.example.org': ['10.1.2.3'],
  'sneaky.example.org': ['151.101.1.140', '192.168.1.20'],
  'v6.example.org': ['2606:4700::6810:84e5'],
})

const refusal = async (url: string, testOrigin?: string) => {
  const result = await checkTarget(url, { resolve, testOrigin })
  if (result.ok) throw new Error(`${url} was allowed; it should have been refused`)
  return result
}

describe('checkTarget refuses what the relay must never reach', () => {
  it.each([
    ['http://127.0.0.1/', '127.0.0.1', 'loopback'],
    ['http://10.0.0.1/', '10.0.0.1', 'private network'],
    ['http://172.16.5.4/', '172.16.5.4', 'private network'],
    ['http://192.168.0.1/', '192.168.0.1', 'private network'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254', 'cloud metadata'],
    ['http://[::1]/', '::1', 'loopback'],
    ['http://2130706433/', '127.0.0.1', 'loopback'], // decimal spelling
    ['http://0177.0.0.1/', '127.0.0.1', 'loopback'], // octal spelling
    ['http://0x7f000001/', '127.0.0.1', 'loopback'], // hexadecimal spelling
    ['http://0.0.0.0/', '0.0.0.0', 'unspecified'],
    ['http://[::]/', '::', 'unspecified'],
    ['http://100.64.0.1/', '100.64.0.1', 'carrier-grade NAT'],
    ['http://[fc00::1]/', 'fc00::1', 'unique-local'],
    ['http://[fd00:ec2::254]/', 'fd00:ec2::254', 'unique-local'],
    ['http://[fe80::1]/', 'fe80::1', 'link-local'],
    ['http://224.0.0.1/', '224.0.0.1', 'multicast'],
    ['http://255.255.255.255/', '255.255.255.255', 'broadcast'],
    ['http://192.0.2.10/', '192.0.2.10', 'reserved'],
    ['http://[2002:7f00:1::]/', '2002:7f00:1::', '6to4'],
  ])('%s → 403 naming %s as %s', async (url, address, kind) => {
    const result = await refusal(url)
    expect(result.status).toBe(403)
    expect(result.reason).toContain(`The address ${address} is refused`)
    expect(result.reason).toContain(kind)
  })

  it.each(['http://[::ffff:127.0.0.1]/', 'http://[::ffff:7f00:1]/'])(
    '%s (IPv4-mapped IPv6) is judged by the IPv4 address it carries',
    async (url) => {
      const result = await refusal(url)
      expect(result.status).toBe(403)
      expect(result.reason).toBe(
        'The address ::ffff:7f00:1 is refused: it is an IPv4-mapped IPv6 address for 127.0.0.1, ' +
          'which is a loopback address (this machine).',
      )
    },
  )

  it('refuses a host name that resolves to a private address, naming both', async () => {
    const result = await refusal('https://intranet.example.org/feed.xml')
    expect(result.status).toBe(403)
    expect(result.reason).toBe(
      'The host intranet.example.org resolves to 10.1.2.3, which is refused: ' +
        'it is a private network address.',
    )
  })

  it('refuses a host when any one of its addresses is private', async () => {
    const result = await refusal('https://sneaky.example.org/')
    expect(result.reason).toContain('resolves to 192.168.1.20')
  })

  it('refuses localhost by name without asking the resolver', async () => {
    const resolver = tableResolver({ localhost: ['151.101.1.140'] })
    const result = await checkTarget('http://localhost/', { resolve: resolver })
    expect(result).toEqual({
      ok: false,
      status: 403,
      reason: 'The host localhost is this machine; the relay does not fetch from it.',
    })
    expect(resolver).not.toHaveBeenCalled()
  })

  it.each([
    ['file:///etc/passwd', 'file:'],
    ['gopher://example.org/1', 'gopher:'],
    ['ftp://example.org/feed.xml', 'ftp:'],
    ['javascript:alert(1)', 'javascript:'],
  ])('%s → 403 for its scheme', async (url, scheme) => {
    const result = await refusal(url)
    expect(result.status).toBe(403)
    expect(result.reason).toBe(
      `The relay only fetches http and https addresses, not "${scheme}" ones.`,
    )
  })

  it('refuses a URL that carries a user name or password', async () => {
    for (const url of ['http://user:secret@news.example.org/', 'http://user@news.example.org/']) {
      const result = await refusal(url)
      expect(result.status).toBe(403)
      expect(result.reason).toBe(
        'The relay does not fetch addresses that carry a user name or password.',
      )
    }
  })

  it.each([
    ['http://news.example.org:8080/', '8080'],
    ['http://news.example.org:443/', '443'],
    ['https://news.example.org:22/', '22'],
  ])('%s → 403 for a port other than the default', async (url, port) => {
    const result = await refusal(url)
    expect(result.status).toBe(403)
    expect(result.reason).toContain(`not port ${port}`)
  })

  it.each(['not a url', '/relative/feed.xml', 'http://', 'http://exa mple.org/'])(
    '"%s" → 400, malformed',
    async (url) => {
      const result = await refusal(url)
      expect(result.status).toBe(400)
      expect(result.reason).toBe(`"${url}" is not a valid absolute URL.`)
    },
  )

  it('answers 502 when the host cannot be found', async () => {
    const result = await refusal('https://nowhere.example.org/')
    expect(result).toEqual({
      ok: false,
      status: 502,
      reason: 'The host nowhere.example.org could not be found (ENOTFOUND).',
    })
  })
})

describe('checkTarget lets public addresses through, pinned', () => {
  it('returns the checked address of a host name to connect to', async () => {
    const result = await checkTarget('https://news.example.org/feed.xml', { resolve })
    expect(result.ok && result.address).toEqual({ address: '151.101.1.140', family: 4 })
  })

  it('accepts public IPv4 and IPv6 literals and hosts without resolving literals', async () => {
    const resolver = tableResolver({})
    const v4 = await checkTarget('http://151.101.1.140/x', { resolve: resolver })
    const v6 = await checkTarget('https://[2606:4700::6810:84e5]/x', { resolve: resolver })
    expect(v4.ok && v4.address).toEqual({ address: '151.101.1.140', family: 4 })
    expect(v6.ok && v6.address).toEqual({ address: '2606:4700::6810:84e5', family: 6 })
    expect(resolver).not.toHaveBeenCalled()
  })

  it('resolves IPv6 hosts', async () => {
    const result = await checkTarget('https://v6.example.org/', { resolve })
    expect(result.ok && result.address.family).toBe(6)
  })
})

describe('the test-only origin', () => {
  const testOrigin = 'http://127.0.0.1:4180'

  it('lets exactly that origin through although it is loopback', async () => {
    const result = await checkTarget('http://127.0.0.1:4180/feed.xml', { resolve, testOrigin })
    expect(result.ok && result.address).toEqual({ address: '127.0.0.1', family: 4 })
  })

  it('opens no other port or address of this machine', async () => {
    expect((await refusal('http://127.0.0.1:4181/', testOrigin)).reason).toContain('not port 4181')
    expect((await refusal('http://127.0.0.1/', testOrigin)).reason).toContain('loopback')
    expect((await refusal('https://127.0.0.1:4180/', testOrigin)).reason).toContain('not port')
  })
})

describe('addressRefusal', () => {
  it('accepts public unicast addresses', () => {
    expect(addressRefusal('151.101.1.140')).toBeUndefined()
    expect(addressRefusal('2606:4700::6810:84e5')).toBeUndefined()
  })

  it('refuses what is not an IP address at all', () => {
    expect(addressRefusal('example.org')).toBe('it is not an IP address')
  })
})
