/**
 * Test support for the hostile-corpus tests: render what a path produced with the real renderers
 * and list everything in it that could run script, one line per problem, naming vector and field.
 */
import { appendFileSync } from 'node:fs'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect } from 'vitest'
import type { Post } from '../../domain/post'
import { findDangerousMarkup, type DangerousMarkupOptions } from '../../lib/testDangerousMarkup'
import { PostCard } from '../../renderers/post/PostCard'
import type { HostileVector } from './hostileCorpus'

/** The only style attribute the renderers write themselves: an embed's numeric aspect ratio. */
const OWN_STYLE = /^aspect-ratio:\s*(?:[\d.]+\s*\/\s*[\d.]+|auto)\s*;?$/

/**
 * `findDangerousMarkup`, except for the renderer's own aspect-ratio style, made of two numbers,
 * which is not content (any other style still fails). Plus a literal `<script` anywhere.
 */
export const markupProblems = (markup: string, options: DangerousMarkupOptions = {}): string[] => {
  let problems = findDangerousMarkup(markup, options)
  if (problems.some((problem) => problem.endsWith('[style]'))) {
    const styles = Array.from(markup.matchAll(/<[^>]*\sstyle="([^"]*)"/g), (match) => match[1])
    if (styles.every((style) => OWN_STYLE.test(style ?? '')))
      problems = problems.filter((problem) => !problem.endsWith('[style]'))
  }
  if (/<script/i.test(markup) && !problems.includes('literal <script')) problems.push('<script')
  return problems
}

/** The post card exactly as the editor and the exports draw it, as static markup. */
export const renderPostMarkup = (post: Post): string =>
  renderToStaticMarkup(<PostCard post={post} locale="en" />)

interface Pending {
  vector: HostileVector
  field: string
  markup: string
}

/**
 * happy-dom parses markup at a few KB per millisecond, so markups are checked in batches of
 * well-formed pieces (each a whole rendering) and only a batch with problems is checked piece
 * by piece, to name the vector. Same verdicts, a third of the time.
 */
const BATCH = 40

/** Collects failures across a whole corpus run, so one test reports every vector that got through. */
export class CorpusRun {
  readonly failures: string[] = []
  /** Crashes inside happy-dom itself (not our code), kept apart: a browser does not crash there. */
  readonly happyDomCrashes: string[] = []
  #pending: Pending[] = []

  constructor(private readonly options: DangerousMarkupOptions = {}) {}

  /** Queues one rendering for the check. */
  check(vector: HostileVector, field: string, markup: string) {
    this.#pending.push({ vector, field, markup })
    if (this.#pending.length >= BATCH) this.flush()
  }

  flush() {
    const pending = this.#pending
    this.#pending = []
    if (pending.length === 0) return
    if (markupProblems(pending.map((each) => each.markup).join(''), this.options).length === 0)
      return
    for (const { vector, field, markup } of pending) {
      const problems = markupProblems(markup, this.options)
      if (problems.length > 0) this.add(vector, field, problems.join('; '))
    }
  }

  add(vector: HostileVector, field: string, problem: string) {
    this.failures.push(`${vector.id} (${vector.title.slice(0, 60)}) in ${field}: ${problem}`)
  }

  /** Runs one vector's step; a thrown error is a failure too (the path must survive the input). */
  guard<T>(vector: HostileVector, field: string, step: () => T): T | undefined {
    try {
      return step()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const inHappyDom = error instanceof Error && /node_modules\/happy-dom/.test(error.stack ?? '')
      if (inHappyDom) this.happyDomCrashes.push(vector.id)
      else this.add(vector, field, `threw ${message}`)
      return undefined
    }
  }

  /** Maps, renders and queues one post; returns it so callers can count what was mapped. */
  post(vector: HostileVector, field: string, map: () => Post | undefined): Post | undefined {
    const post = this.guard(vector, field, map)
    if (post) this.check(vector, field, renderPostMarkup(post))
    return post
  }

  /** All failures once the last batch is checked. */
  finish(): string[] {
    this.flush()
    return this.failures
  }
}

/**
 * happy-dom (21.0.4) throws while serialising the tree DOMPurify's mXSS vector 196 leaves
 * (a <template> inside an SVG <title>); browsers serialise it. A mapper that serialises a
 * parsed status hits it, so the run records it apart instead of failing on the test DOM.
 */
export const KNOWN_HAPPY_DOM_CRASHES = new Set(['dompurify-196'])

export const FETCHED_AT = '2026-11-26T00:00:00.000Z'

/** A generous limit: each test walks the whole corpus, several renderings per vector. */
export const CORPUS_TIMEOUT = 120_000

/**
 * Asserts a finished run found nothing. `HOSTILE_CORPUS_DUMP=<file>` appends the failures to a
 * file as well, whole, where the test report would shorten a long list.
 */
export const expectClean = (run: CorpusRun) => {
  const failures = run.finish()
  const dump = process.env.HOSTILE_CORPUS_DUMP
  if (dump && failures.length > 0) appendFileSync(dump, `${failures.join('\n')}\n`)
  expect(failures).toEqual([])
  for (const id of run.happyDomCrashes) expect(KNOWN_HAPPY_DOM_CRASHES).toContain(id)
}

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
