/**
 * Cuts the elements out of a big JSON array as its text arrives in chunks, so a 576 MB
 * `tweets.js` never has to become one string (browsers cap strings at about 512 MB) and memory
 * holds one element at a time. It tracks only strings, escapes and nesting depth; each element's
 * own text then goes through `JSON.parse`, which does the real validation.
 *
 * It finds the array either at the top level, after any prefix that holds no bracket
 * (`window.YTD.tweets.part0 = [`), or, when the top level is an object, under `arrayKey`
 * (`{"orderedItems": [...]}`); a key repeated with several arrays yields the elements of all.
 */
export class JsonArrayScanError extends Error {
  override name = 'JsonArrayScanError'
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const COMMA = 0x2c

const isWhitespace = (code: number) =>
  code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09

export interface JsonArrayScannerOptions {
  /** When the document is an object: the key of the array to read. */
  arrayKey?: string
  /** Called with each element, parsed. */
  onElement: (value: unknown, index: number) => void
}

export class JsonArrayScanner {
  private readonly arrayKey: string | undefined
  private readonly onElement: (value: unknown, index: number) => void
  /** Containers open around the scan position: `[` or `{`. */
  private depth = 0
  private started = false
  private finished = false
  private inString = false
  private escaped = false
  /** Depth of the values we hand out: 1 inside a top-level array, 2 inside an object's array. */
  private elementDepth = -1
  /** Text of the element being read, kept across chunks. */
  private elementParts: string[] = []
  private inElement = false
  /** The last key read at depth 1 of a top-level object, and whether we are reading one. */
  private readingKey = false
  private keyParts: string[] = []
  private lastKey: string | undefined
  private count = 0

  constructor(options: JsonArrayScannerOptions) {
    this.arrayKey = options.arrayKey
    this.onElement = options.onElement
  }

  get elements(): number {
    return this.count
  }

  /** Whether the whole array (or object) has been read. */
  get complete(): boolean {
    return this.finished
  }

  push(chunk: string): void {
    if (this.finished) return
    let elementStart = this.inElement ? 0 : -1
    let keyStart = this.readingKey ? 0 : -1
    const length = chunk.length
    let backslashAt = -1
    for (let i = 0; i < length; i += 1) {
      const code = chunk.charCodeAt(i)
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false
        } else if (code === BACKSLASH) {
          this.escaped = true
        } else if (code === QUOTE) {
          this.inString = false
          if (this.readingKey) {
            this.keyParts.push(chunk.slice(keyStart, i))
            this.lastKey = this.keyParts.join('')
            this.keyParts = []
            this.readingKey = false
            keyStart = -1
          }
        } else {
          // Skip straight to the next character that can end or escape the string. The next
          // backslash is remembered: looking for it afresh each time would rescan the chunk.
          if (backslashAt < i) {
            backslashAt = chunk.indexOf('\\', i)
            if (backslashAt === -1) backslashAt = length
          }
          let quoteAt = chunk.indexOf('"', i)
          if (quoteAt === -1) quoteAt = length
          i = Math.min(quoteAt, backslashAt) - 1
        }
        continue
      }
      if (!this.started) {
        if (code === OPEN_BRACKET) {
          this.started = true
          this.depth = 1
          this.elementDepth = 1
        } else if (code === OPEN_BRACE) {
          if (this.arrayKey === undefined)
            throw new JsonArrayScanError('Expected a JSON array, found an object.')
          this.started = true
          this.depth = 1
        }
        continue
      }
      if (this.inElement) {
        if (code === QUOTE) {
          this.inString = true
        } else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
          this.depth += 1
        } else if (this.depth === this.elementDepth && (code === COMMA || code === CLOSE_BRACKET)) {
          this.elementParts.push(chunk.slice(elementStart, i))
          this.emitElement()
          elementStart = -1
          if (code === CLOSE_BRACKET) this.closeArray()
          if (this.finished) return
        } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
          this.depth -= 1
        }
        continue
      }
      if (this.depth === this.elementDepth) {
        // Between elements of the array we read.
        if (code === CLOSE_BRACKET) {
          this.closeArray()
          if (this.finished) return
        } else if (!isWhitespace(code) && code !== COMMA) {
          if (code === OPEN_BRACE && this.byLines) {
            const end = this.parseIndentedObject(chunk, i)
            if (end >= 0) {
              i = end
              continue
            }
          }
          this.inElement = true
          elementStart = i
          if (code === QUOTE) this.inString = true
          else if (code === OPEN_BRACKET || code === OPEN_BRACE) this.depth += 1
        }
        continue
      }
      // Inside a top-level object, outside the array we read.
      if (code === QUOTE) {
        this.inString = true
        if (this.depth === 1) {
          this.readingKey = true
          keyStart = i + 1
        }
      } else if (code === OPEN_BRACKET) {
        this.depth += 1
        if (this.depth === 2 && this.lastKey === this.arrayKey) this.elementDepth = 2
      } else if (code === OPEN_BRACE) {
        this.depth += 1
      } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
        this.depth -= 1
        if (this.depth === 0) this.finished = true
        if (this.finished) return
      } else if (code === COMMA && this.depth === 1) {
        this.lastKey = undefined
      }
    }
    if (this.inElement && elementStart >= 0) this.elementParts.push(chunk.slice(elementStart))
    if (this.readingKey && keyStart >= 0) this.keyParts.push(chunk.slice(keyStart))
  }

  /** Called once the text has ended: an array still open means the file was cut short. */
  end(): void {
    if (!this.started)
      throw new JsonArrayScanError(
        this.arrayKey === undefined
          ? 'No JSON array was found.'
          : `No JSON array or object with "${this.arrayKey}" was found.`,
      )
    if (!this.finished)
      throw new JsonArrayScanError(
        `The JSON ends before its closing bracket, after ${this.count} complete elements: the file was cut short.`,
      )
  }

  /** Whether elements may still be read by their indentation (see parseIndentedObject). */
  private byLines = true

  /**
   * Pretty-printed JSON (an X archive's tweets.js is) ends an object that starts on its own
   * line with a line holding just `}` at the same indentation, and raw newlines cannot occur
   * inside JSON strings: so that line can be found with one native `indexOf` instead of
   * scanning every character, and JSON.parse checks the guess (text that parses from `{` to
   * `}` is exactly one object). Returns the index of the closing brace, or -1 to scan as usual:
   * the object runs past this chunk, the layout differs, or the guess does not parse (then
   * this is given up for the rest of the document, and errors are reported by the scan).
   */
  private parseIndentedObject(chunk: string, start: number): number {
    let lineStart = start
    while (lineStart > 0) {
      const before = chunk.charCodeAt(lineStart - 1)
      if (before !== 0x20 && before !== 0x09) break
      lineStart -= 1
    }
    if (lineStart === 0 || chunk.charCodeAt(lineStart - 1) !== 0x0a) return -1
    const closing = `\n${chunk.slice(lineStart, start)}}`
    const at = chunk.indexOf(closing, start)
    if (at < 0) return -1
    const end = at + closing.length - 1
    let value: unknown
    try {
      value = JSON.parse(chunk.slice(start, end + 1))
    } catch {
      this.byLines = false
      return -1
    }
    const index = this.count
    this.count += 1
    this.onElement(value, index)
    return end
  }

  private emitElement(): void {
    const text = this.elementParts.join('')
    this.elementParts = []
    this.inElement = false
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new JsonArrayScanError(`Element ${this.count + 1} is not valid JSON (${reason}).`)
    }
    const index = this.count
    this.count += 1
    this.onElement(value, index)
  }

  private closeArray(): void {
    this.depth -= 1
    if (this.depth === 0) {
      this.finished = true
    } else {
      // Another array under the same key may follow (Mastodon writes `orderedItems` twice).
      this.elementDepth = -1
    }
  }
}
