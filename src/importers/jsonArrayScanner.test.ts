import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JsonArrayScanError, JsonArrayScanner } from './jsonArrayScanner'

const scan = (chunks: string[], arrayKey?: string) => {
  const out: unknown[] = []
  const scanner = new JsonArrayScanner({
    onElement: (value) => out.push(value),
    ...(arrayKey ? { arrayKey } : {}),
  })
  for (const chunk of chunks) scanner.push(chunk)
  scanner.end()
  return out
}

/** The text cut at the given positions (sorted, deduplicated, within the text). */
const cut = (text: string, positions: number[]) => {
  const points = [...new Set(positions.map((p) => p % (text.length + 1)))].sort((a, b) => a - b)
  const chunks: string[] = []
  let last = 0
  for (const point of points) {
    chunks.push(text.slice(last, point))
    last = point
  }
  chunks.push(text.slice(last))
  return chunks
}

// Strings full of what could fool a scanner: brackets, braces, quotes, commas, backslashes.
const trickyString = fc.string({
  unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', 'a', 'é', '😀', '\n', ' ', '/'),
})
const trickyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    trickyString,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(trickyString, tie('value'), { maxKeys: 4 }),
  ),
})).value

describe('JsonArrayScanner', () => {
  it('yields the same elements as JSON.parse, wherever the chunks are cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(trickyJson, fc.jsonValue()), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.constantFrom(undefined, 2),
        fc.constantFrom('', 'window.YTD.tweets.part0 = '),
        (array, positions, indent, prefix) => {
          const text = prefix + JSON.stringify(array, null, indent)
          expect(scan(cut(text, positions))).toEqual(JSON.parse(JSON.stringify(array)))
        },
      ),
      { numRuns: 400 },
    )
  })

  it('reads the array under a key of a top-level object, cut anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(trickyJson, { maxLength: 8 }),
        fc.dictionary(trickyString, trickyJson, { maxKeys: 3 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (items, others, positions) => {
          const { orderedItems: _ignored, ...rest } = others
          // Mastodon writes an empty `orderedItems` before the real one.
          const text = `{"@context":"[{\\"x\\"",${JSON.stringify(rest).slice(1, -1)}${Object.keys(rest).length ? ',' : ''}"orderedItems":[],"orderedItems":${JSON.stringify(items)}}`
          expect(scan(cut(text, positions), 'orderedItems')).toEqual(
            JSON.parse(JSON.stringify(items)),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('ignores a same-named key nested deeper than the top level', () => {
    const text = '{"a":{"orderedItems":[1,2]},"orderedItems":[{"b":"]"},3]}'
    expect(scan([text], 'orderedItems')).toEqual([{ b: ']' }, 3])
  })

  it('says the file was cut short when the array never closes', () => {
    expect(() => scan(['[{"a":1},{"b":'])).toThrow(
      new JsonArrayScanError(
        'The JSON ends before its closing bracket, after 1 complete elements: the file was cut short.',
      ),
    )
  })

  it('names the element that is not JSON', () => {
    expect(() => scan(['[1, {"a": nope}]'])).toThrow(/Element 2 is not valid JSON/)
  })

  it('refuses text with no array at all', () => {
    expect(() => scan(['hello there'])).toThrow('No JSON array was found.')
  })

  it('reads pretty-printed elements by their closing line, and scans when indentation misleads', () => {
    const consistent =
      '[\n  {\n    "a" : [ "}\\n  }" ],\n    "b" : { }\n  },\n  {\n    "c" : 1\n  }\n]'
    expect(scan([consistent])).toEqual([{ a: ['}\n  }'], b: {} }, { c: 1 }])
    // The inner object closes at the element's indentation: the guess fails to parse, the scan
    // takes over and still reads every element whole.
    const misleading = '[\n  {\n    "a": {\n  },\n    "b": 2\n  },\n  {\n    "c": 3\n  }\n]'
    expect(scan([misleading])).toEqual([{ a: {}, b: 2 }, { c: 3 }])
  })

  it('names a pretty-printed element that is not JSON', () => {
    expect(() => scan(['[\n  {\n    "a" : 1\n  },\n  {\n    "b" : nope\n  }\n]'])).toThrow(
      /Element 2 is not valid JSON/,
    )
  })
})
