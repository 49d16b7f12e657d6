import { describe, expect, it } from 'vitest'
import { auditVerdict } from './auditVerdict.mjs'

/** The `metadata` block of an npm 10/11 `npm audit --omit=dev --json` report. */
const metadata = (/** @type {Partial<Record<string, number>>} */ counts, prod = 91) => ({
  vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
  dependencies: { prod, dev: 0, optional: 2, peer: 0, peerOptional: 0, total: prod - 1 },
})

const axiosHigh = {
  name: 'axios',
  severity: 'high',
  isDirect: true,
  via: [
    {
      source: 1097679,
      name: 'axios',
      dependency: 'axios',
      title: 'Server-Side Request Forgery in axios',
      url: 'https://github.com/advisories/GHSA-8hc4-vh64-cxmj',
      severity: 'high',
      cwe: ['CWE-918'],
      cvss: { score: 0, vectorString: null },
      range: '>=1.3.2 <=1.7.3',
    },
  ],
  effects: [],
  range: '1.3.2 - 1.7.3',
  nodes: ['node_modules/axios'],
  fixAvailable: true,
}

const nanoidModerate = {
  name: 'nanoid',
  severity: 'moderate',
  isDirect: false,
  via: [
    {
      source: 1101163,
      name: 'nanoid',
      dependency: 'nanoid',
      title: 'Predictable results in nanoid generation when given non-integer values',
      url: 'https://github.com/advisories/GHSA-mwcw-c2x4-8c55',
      severity: 'moderate',
      cwe: ['CWE-835'],
      cvss: { score: 4.3, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:N/A:N' },
      range: '<3.3.8',
    },
  ],
  effects: [],
  range: '<3.3.8',
  nodes: ['node_modules/nanoid'],
  fixAvailable: true,
}

const json = (/** @type {unknown} */ value) => JSON.stringify(value, null, 2)

describe('auditVerdict', () => {
  it('fails on a high advisory in a production dependency and names it', () => {
    const verdict = auditVerdict({
      stdout: json({
        auditReportVersion: 2,
        vulnerabilities: { axios: axiosHigh, nanoid: nanoidModerate },
        metadata: metadata({ high: 1, moderate: 1, total: 2 }),
      }),
    })
    expect(verdict.kind).toBe('vulnerable')
    expect(verdict.exitCode).toBe(1)
    expect(verdict.kind === 'vulnerable' && verdict.advisories).toEqual([
      {
        package: 'axios',
        severity: 'high',
        title: 'Server-Side Request Forgery in axios',
        url: 'https://github.com/advisories/GHSA-8hc4-vh64-cxmj',
      },
    ])
    expect(verdict.lines.join('\n')).toContain(
      'axios (high): Server-Side Request Forgery in axios — https://github.com/advisories/GHSA-8hc4-vh64-cxmj',
    )
    // The moderate one does not gate.
    expect(verdict.lines.join('\n')).not.toContain('nanoid')
  })

  it('fails on a critical package that is vulnerable only through another one', () => {
    const verdict = auditVerdict({
      stdout: json({
        auditReportVersion: 2,
        vulnerabilities: {
          'form-data': {
            name: 'form-data',
            severity: 'critical',
            isDirect: false,
            via: [
              {
                source: 1106507,
                name: 'form-data',
                dependency: 'form-data',
                title: 'form-data uses unsafe random function for choosing boundary',
                url: 'https://github.com/advisories/GHSA-fjxv-7rqg-78g4',
                severity: 'critical',
                range: '>=4.0.0 <4.0.4',
              },
            ],
            effects: ['axios'],
            range: '4.0.0 - 4.0.3',
            nodes: ['node_modules/form-data'],
            fixAvailable: true,
          },
          axios: {
            name: 'axios',
            severity: 'critical',
            isDirect: true,
            via: ['form-data'],
            effects: [],
            range: '1.0.0 - 1.11.0',
            nodes: ['node_modules/axios'],
            fixAvailable: true,
          },
        },
        metadata: metadata({ critical: 2, total: 2 }),
      }),
    })
    expect(verdict.exitCode).toBe(1)
    expect(verdict.kind === 'vulnerable' && verdict.advisories.map((a) => a.package)).toEqual([
      'form-data',
      'axios',
    ])
    expect(verdict.lines.join('\n')).toContain('axios (critical): vulnerable through form-data')
  })

  it('passes on moderate and low advisories only, counting production dependencies', () => {
    const verdict = auditVerdict({
      stdout: json({
        auditReportVersion: 2,
        vulnerabilities: { nanoid: nanoidModerate },
        metadata: metadata({ moderate: 1, total: 1 }, 57),
      }),
    })
    expect(verdict).toMatchObject({ kind: 'clean', dependencies: 57, exitCode: 0 })
    expect(verdict.lines).toEqual([
      'audit: 0 high/critical advisories in 57 production dependencies',
    ])
  })

  it('passes a clean report', () => {
    const verdict = auditVerdict({
      stdout: json({ auditReportVersion: 2, vulnerabilities: {}, metadata: metadata({}, 91) }),
    })
    expect(verdict.exitCode).toBe(0)
    expect(verdict.lines).toEqual([
      'audit: 0 high/critical advisories in 91 production dependencies',
    ])
  })

  // Captured on the build machine, whose registry proxy refuses the advisory endpoint.
  const refused405 = json({
    message:
      '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    method: 'POST',
    uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    headers: {
      allow: ['GET,HEAD'],
      date: ['Thu, 26 Nov 2026 06:02:20 GMT'],
      'content-length': ['0'],
      'x-fetch-attempts': ['1'],
    },
    statusCode: 405,
    body: '',
    error: { summary: '', detail: '' },
  })

  it('reports a refused advisory service as NOT VERIFIED, with the reason, and passes', () => {
    const verdict = auditVerdict({ stdout: refused405 })
    expect(verdict.kind).toBe('not-verified')
    expect(verdict.exitCode).toBe(0)
    expect(verdict.lines[0]).toBe(
      "audit: NOT VERIFIED — the registry's advisory service refused the request " +
        '(405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk)',
    )
  })

  it('fails a refused advisory service in strict mode', () => {
    const verdict = auditVerdict({ stdout: refused405, strict: true })
    expect(verdict).toMatchObject({ kind: 'not-verified', exitCode: 1 })
    expect(verdict.lines[1]).toContain('STORYLOOM_AUDIT_STRICT=1')
  })

  it.each([
    [
      'ECONNREFUSED',
      'request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9',
    ],
    [
      'ENOTFOUND',
      'request to http://storyloom-audit.invalid/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND storyloom-audit.invalid',
    ],
  ])('reports an unreachable registry (%s) as NOT VERIFIED', (code, message) => {
    const verdict = auditVerdict({ stdout: json({ message, error: { summary: '', detail: '' } }) })
    expect(verdict).toMatchObject({ kind: 'not-verified', exitCode: 0 })
    expect(verdict.lines[0]).toContain(code)
    expect(verdict.lines[0]).toMatch(/^audit: NOT VERIFIED/)
  })

  it('reports an error with only a code as NOT VERIFIED with that code', () => {
    const verdict = auditVerdict({
      stdout: json({ error: { code: 'EAI_AGAIN', summary: 'getaddrinfo EAI_AGAIN', detail: '' } }),
    })
    expect(verdict.lines[0]).toContain('EAI_AGAIN')
  })

  it('reports output that is not JSON, and a run that timed out, as NOT VERIFIED', () => {
    const garbled = auditVerdict({ stdout: 'npm ERR! something odd\n' })
    expect(garbled).toMatchObject({ kind: 'not-verified', exitCode: 0 })
    expect(garbled.lines[0]).toContain('npm printed no JSON report: npm ERR! something odd')
    const silent = auditVerdict({ stdout: '', timedOut: true, strict: true })
    expect(silent).toMatchObject({ kind: 'not-verified', exitCode: 1 })
    expect(silent.lines[0]).toContain('no answer within 60 s')
  })
})
