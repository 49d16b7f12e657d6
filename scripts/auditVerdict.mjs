/**
 * What `npm audit --omit=dev --json` said, as a verdict `npm test` can act on: high and critical
 * advisories in production dependencies fail; an advisory service that could not be asked is
 * reported loudly as "not verified" (failing only in strict mode), never passed off as clean.
 */

/** Severities that fail the step. */
const BLOCKING = new Set(['high', 'critical'])

/**
 * @typedef {{ package: string, severity: string, title: string, url: string }} Advisory
 * @typedef {(
 *   | { kind: 'vulnerable', advisories: Advisory[], lines: string[], exitCode: 1 }
 *   | { kind: 'clean', dependencies: number, lines: string[], exitCode: 0 }
 *   | { kind: 'not-verified', reason: string, lines: string[], exitCode: 0 | 1 }
 * )} AuditVerdict
 */

/** @param {unknown} value @returns {value is Record<string, any>} */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Why the advisory service gave no report: npm's error JSON carries `message` (for example
 * "405 Method Not Allowed - POST …/advisories/bulk") and/or `error.code` / `error.summary`
 * (ENOTFOUND, ECONNREFUSED, …).
 * @param {Record<string, any>} report
 */
const failureReason = (report) => {
  const error = isObject(report.error) ? report.error : {}
  const parts = [
    typeof report.message === 'string' ? report.message : '',
    typeof error.code === 'string' ? error.code : '',
    typeof error.summary === 'string' ? error.summary : '',
    typeof report.error === 'string' ? report.error : '',
  ].filter((part, index, all) => part.trim() !== '' && all.indexOf(part) === index)
  return parts.join('; ') || 'npm reported an error without a reason'
}

/**
 * The high/critical advisories of one package whose severity is high or critical; a package
 * that is only that vulnerable through another one (`via` holds that package's name) is listed
 * with the package it comes through.
 * @param {string} name
 * @param {Record<string, any>} entry
 * @returns {Advisory[]}
 */
const advisoriesOf = (name, entry) => {
  const via = Array.isArray(entry.via) ? entry.via : []
  const direct = via
    .filter(isObject)
    .map((advisory) => ({
      package: name,
      severity: String(advisory.severity ?? entry.severity),
      title: String(advisory.title ?? '(no title)'),
      url: String(advisory.url ?? '(no url)'),
    }))
    .filter((advisory) => BLOCKING.has(advisory.severity))
  if (direct.length > 0) return direct
  const through = via.filter((item) => typeof item === 'string')
  return [
    {
      package: name,
      severity: String(entry.severity),
      title: through.length ? `vulnerable through ${through.join(', ')}` : '(no details)',
      url: '(see that package)',
    },
  ]
}

/** @param {string} reason @param {boolean} strict @returns {AuditVerdict} */
const notVerified = (reason, strict) => ({
  kind: 'not-verified',
  reason,
  lines: [
    `audit: NOT VERIFIED — the registry's advisory service refused the request (${reason})`,
    strict
      ? 'audit: failing because STORYLOOM_AUDIT_STRICT=1'
      : 'audit: passing anyway; set STORYLOOM_AUDIT_STRICT=1 to make this a failure',
  ],
  exitCode: strict ? 1 : 0,
})

/**
 * @param {{ stdout: string, timedOut?: boolean, strict?: boolean, timeoutSeconds?: number }} run
 *   what `npm audit --omit=dev --json` printed; `timedOut` when it had to be stopped
 * @returns {AuditVerdict}
 */
export function auditVerdict({ stdout, timedOut = false, strict = false, timeoutSeconds = 60 }) {
  if (timedOut) return notVerified(`no answer within ${timeoutSeconds} s`, strict)
  /** @type {unknown} */
  let report
  try {
    report = JSON.parse(stdout)
  } catch {
    const start = stdout.trim().slice(0, 120)
    return notVerified(`npm printed no JSON report${start ? `: ${start}` : ''}`, strict)
  }
  if (!isObject(report)) return notVerified('npm printed JSON that is not a report', strict)
  if (!isObject(report.vulnerabilities) || !isObject(report.metadata)) {
    if ('error' in report || 'message' in report) return notVerified(failureReason(report), strict)
    return notVerified('npm printed JSON without vulnerabilities or metadata', strict)
  }
  const advisories = Object.entries(report.vulnerabilities)
    .filter(([, entry]) => isObject(entry) && BLOCKING.has(entry.severity))
    .flatMap(([name, entry]) => advisoriesOf(name, entry))
  if (advisories.length > 0) {
    return {
      kind: 'vulnerable',
      advisories,
      lines: [
        `audit: ${advisories.length} high/critical advisor${advisories.length === 1 ? 'y' : 'ies'} in production dependencies:`,
        ...advisories.map(
          (advisory) =>
            `  ${advisory.package} (${advisory.severity}): ${advisory.title} — ${advisory.url}`,
        ),
      ],
      exitCode: 1,
    }
  }
  const dependencies = Number(report.metadata.dependencies?.prod ?? 0)
  return {
    kind: 'clean',
    dependencies,
    lines: [`audit: 0 high/critical advisories in ${dependencies} production dependencies`],
    exitCode: 0,
  }
}
