/**
 * Synthetic X/Twitter archives for the import benchmark: `data/tweets.js` in the real
 * `window.YTD.tweets.part0 = [...]` layout (Twitter's " : " pretty-printing, string indices,
 * entities, replies, retweets, emoji and accents), zipped as it is generated so that even the
 * 400,000-tweet file (past V8's string limit) never sits in memory. Cached under bench/.cache/.
 */
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { once } from 'node:events'
import { crc32, createDeflateRaw } from 'node:zlib'

/** Bump when the generated content changes, so stale cached archives are not measured. */
const GENERATOR_VERSION = 2
/** Every archive carries this word in exactly one tweet: the search proves the import. */
export const KNOWN_WORD = 'quokkabenchmark'
export const KNOWN_TWEET_INDEX = 4242
const OWNER = { id: '112769581', name: 'Amélie Dubois-Ferré', handle: 'amelie_bench' }

/** Mulberry32: the same archive on every machine. @param {number} seed */
const random = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const WORDS = (
  'the a of and to in is that for on with as at by from this we our you it be are was new ' +
  'story thread café naïve résumé crème brûlée über façade déjà vu señor jalapeño Zürich São ' +
  'Paulo Kraków design product launch team meeting community release notes today tomorrow ' +
  'week build ship open source web browser editor archive search library curation social ' +
  'post video photo talk conference Berlin Paris Montréal coffee morning evening weekend'
).split(' ')
const EMOJI = ['👋', '🎉', '🚀', '☕️', '❤️', '😂', '🇫🇷', '👩🏽‍💻', '✨', '🙏']
const TAGS = ['LeadDevBerlin', 'WebPerf', 'OpenSource', 'JavaScript', 'Café', 'Storyloom']
const USERS = ['jdoe', 'marie_curie', 'dev_nerd', 'ana_garcia', 'chloé', 'tom_b', 'x_news']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/** Twitter's own JSON style: `"key" : value`, two-space indent, `[ ]` for an empty array. */
function twitterJson(value, indent) {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[ ]'
    const inner = `${indent}  `
    return `[\n${value.map((item) => inner + twitterJson(item, inner)).join(',\n')}\n${indent}]`
  }
  if (value !== null && typeof value === 'object') {
    const inner = `${indent}  `
    const fields = Object.entries(value).map(
      ([key, item]) => `${inner}${JSON.stringify(key)} : ${twitterJson(item, inner)}`,
    )
    return `{\n${fields.join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value)
}

const codePoints = (text) => Array.from(text).length
const escapeTweet = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** One tweet, as the archive writes it. @param {number} index @param {() => number} rand */
function tweetOf(index, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const id = String(1_000_000_000_000_000_000n + BigInt(index) * 7919n)
  const date = new Date(Date.UTC(2012, 0, 1) + index * 1_700_000 + Math.floor(rand() * 1e6))
  const createdAt = `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, '0')} ${date.toISOString().slice(11, 19)} +0000 ${date.getUTCFullYear()}`
  const entities = { hashtags: [], symbols: [], user_mentions: [], urls: [] }
  let text = ''
  const append = (piece) => {
    text += piece
  }
  /** Adds an entity at the current end of the (escaped) text. */
  const entity = (list, shown, fields) => {
    const start = codePoints(text)
    append(shown)
    list.push({ ...fields, indices: [String(start), String(codePoints(text))] })
  }
  const kind = rand()
  const retweet = kind < 0.15
  const reply = !retweet && kind < 0.35
  let replyTo
  if (retweet) {
    const user = pick(USERS)
    append('RT ')
    entity(entities.user_mentions, `@${user}`, {
      name: `${user[0].toUpperCase()}${user.slice(1)} Ünïcode`,
      screen_name: user,
      id_str: String(5000 + USERS.indexOf(user)),
      id: String(5000 + USERS.indexOf(user)),
    })
    append(': ')
  } else if (reply) {
    replyTo = pick(USERS)
    entity(entities.user_mentions, `@${replyTo}`, {
      name: replyTo,
      screen_name: replyTo,
      id_str: String(5000 + USERS.indexOf(replyTo)),
      id: String(5000 + USERS.indexOf(replyTo)),
    })
    append(' ')
  }
  const words = 6 + Math.floor(rand() * 16)
  for (let w = 0; w < words; w += 1) {
    const r = rand()
    if (r < 0.04) append(`${pick(EMOJI)} `)
    else if (r < 0.06) append('&amp; ')
    else if (r < 0.09) {
      entity(entities.hashtags, `#${pick(TAGS)}`, {})
      entities.hashtags.at(-1).text = text.slice(text.lastIndexOf('#') + 1)
      append(' ')
    } else append(`${pick(WORDS)} `)
  }
  if (index === KNOWN_TWEET_INDEX) append(`${KNOWN_WORD} `)
  text = text.trimEnd()
  if (rand() < 0.3) {
    const slug = Math.floor(rand() * 1e9).toString(36)
    append(' ')
    entity(entities.urls, `https://t.co/${slug}`, {
      url: `https://t.co/${slug}`,
      expanded_url: `https://example.com/articles/${slug}/café-story?ref=bench`,
      display_url: `example.com/articles/${slug}/…`,
    })
  }
  let media
  if (rand() < 0.07) {
    const slug = Math.floor(rand() * 1e9).toString(36)
    append(' ')
    const item = {
      expanded_url: `https://twitter.com/${OWNER.handle}/status/${id}/photo/1`,
      url: `https://t.co/m${slug}`,
      media_url: `http://pbs.twimg.com/media/F${slug}.jpg`,
      id_str: String(BigInt(id) - 9n),
      id: String(BigInt(id) - 9n),
      media_url_https: `https://pbs.twimg.com/media/F${slug}.jpg`,
      sizes: {
        small: { w: '680', h: '510', resize: 'fit' },
        large: { w: '2048', h: '1536', resize: 'fit' },
        thumb: { w: '150', h: '150', resize: 'crop' },
        medium: { w: '1200', h: '900', resize: 'fit' },
      },
      type: 'photo',
      display_url: `pic.twitter.com/m${slug}`,
    }
    const start = codePoints(text)
    append(item.url)
    media = [{ ...item, indices: [String(start), String(codePoints(text))] }]
    entities.media = media
  }
  const tweet = {
    edit_info: {
      initial: {
        editTweetIds: [id],
        editableUntil: new Date(date.getTime() + 1_800_000).toISOString(),
        editsRemaining: '5',
        isEditEligible: !retweet,
      },
    },
    retweeted: false,
    source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    entities,
    display_text_range: ['0', String(codePoints(text))],
    favorite_count: String(Math.floor(rand() * 50)),
    ...(reply
      ? {
          in_reply_to_status_id_str: String(BigInt(id) - 31n),
          in_reply_to_user_id: String(5000 + USERS.indexOf(replyTo)),
          in_reply_to_status_id: String(BigInt(id) - 31n),
          in_reply_to_screen_name: replyTo,
          in_reply_to_user_id_str: String(5000 + USERS.indexOf(replyTo)),
        }
      : {}),
    id_str: id,
    truncated: false,
    retweet_count: String(Math.floor(rand() * 10)),
    id,
    possibly_sensitive: false,
    created_at: createdAt,
    favorited: false,
    full_text: escapeTweet(text).replace(/&amp;amp;/g, '&amp;'),
    lang: rand() < 0.7 ? 'en' : rand() < 0.5 ? 'fr' : 'und',
    ...(media ? { extended_entities: { media } } : {}),
  }
  return `  ${twitterJson({ tweet }, '  ')}`
}

const OWNER_FILES = {
  'data/manifest.js': `window.__THAR_CONFIG = ${twitterJson(
    {
      userInfo: { accountId: OWNER.id, userName: OWNER.handle, displayName: OWNER.name },
      dataTypes: {
        tweets: {
          mediaDirectory: 'data/tweets_media',
          files: [{ fileName: 'data/tweets.js', globalName: 'YTD.tweets.part0', count: '0' }],
        },
      },
    },
    '',
  )}`,
  'data/account.js': `window.YTD.account.part0 = ${twitterJson(
    [
      {
        account: {
          username: OWNER.handle,
          accountId: OWNER.id,
          accountDisplayName: OWNER.name,
        },
      },
    ],
    '',
  )}`,
}

/**
 * Writes a zip whose entries are produced by async generators of Buffers, deflating each as it
 * comes, with sizes and CRCs in data descriptors and the central directory.
 * @param {string} file @param {[string, () => AsyncIterable<Buffer> | Iterable<Buffer>][]} entries
 */
async function writeZip(file, entries) {
  const out = createWriteStream(file)
  let offset = 0
  const write = async (buffer) => {
    offset += buffer.length
    if (!out.write(buffer)) await once(out, 'drain')
  }
  const central = []
  for (const [name, produce] of entries) {
    const nameBytes = Buffer.from(name, 'utf8')
    const headerOffset = offset
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(0x0808, 6) // data descriptor follows, UTF-8 names
    header.writeUInt16LE(8, 8)
    header.writeUInt16LE(nameBytes.length, 26)
    await write(Buffer.concat([header, nameBytes]))
    const deflate = createDeflateRaw({ level: 6 })
    let crc = 0
    let size = 0
    let compressed = 0
    const pending = []
    deflate.on('data', (chunk) => pending.push(chunk))
    const flushPending = async () => {
      while (pending.length > 0) {
        const chunk = pending.shift()
        compressed += chunk.length
        await write(chunk)
      }
    }
    for await (const chunk of produce()) {
      crc = crc32(chunk, crc)
      size += chunk.length
      if (!deflate.write(chunk)) await once(deflate, 'drain')
      await flushPending()
    }
    deflate.end()
    await once(deflate, 'end')
    await flushPending()
    const descriptor = Buffer.alloc(16)
    descriptor.writeUInt32LE(0x08074b50, 0)
    descriptor.writeUInt32LE(crc >>> 0, 4)
    descriptor.writeUInt32LE(compressed, 8)
    descriptor.writeUInt32LE(size, 12)
    await write(descriptor)
    central.push({ nameBytes, crc, compressed, size, headerOffset })
  }
  const directoryOffset = offset
  for (const entry of central) {
    const record = Buffer.alloc(46)
    record.writeUInt32LE(0x02014b50, 0)
    record.writeUInt16LE(20, 4)
    record.writeUInt16LE(20, 6)
    record.writeUInt16LE(0x0808, 8)
    record.writeUInt16LE(8, 10)
    record.writeUInt32LE(entry.crc >>> 0, 16)
    record.writeUInt32LE(entry.compressed, 20)
    record.writeUInt32LE(entry.size, 24)
    record.writeUInt16LE(entry.nameBytes.length, 28)
    record.writeUInt32LE(entry.headerOffset, 42)
    await write(Buffer.concat([record, entry.nameBytes]))
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(central.length, 8)
  end.writeUInt16LE(central.length, 10)
  end.writeUInt32LE(offset - directoryOffset, 12)
  end.writeUInt32LE(directoryOffset, 16)
  await write(end)
  out.end()
  await once(out, 'finish')
}

/** tweets.js as ~1 MB Buffers. @param {number} count */
function* tweetsJs(count) {
  const rand = random(20_260_101)
  let parts = ['window.YTD.tweets.part0 = [\n']
  let length = 0
  for (let index = 0; index < count; index += 1) {
    const tweet = tweetOf(index, rand) + (index < count - 1 ? ',\n' : '\n')
    parts.push(tweet)
    length += tweet.length
    if (length > 1 << 20) {
      yield Buffer.from(parts.join(''), 'utf8')
      parts = []
      length = 0
    }
  }
  parts.push(']')
  yield Buffer.from(parts.join(''), 'utf8')
}

/**
 * The path of a cached synthetic archive of `count` tweets, generating it first if needed.
 * @param {number} count @param {string} cacheDir @param {(message: string) => void} log
 * @returns {Promise<{ file: string, zipBytes: number, tweetsJsBytes: number, generatedMs: number }>}
 */
export async function syntheticTwitterArchive(count, cacheDir, log) {
  mkdirSync(cacheDir, { recursive: true })
  const file = join(cacheDir, `x-archive-${count}-v${GENERATOR_VERSION}.zip`)
  let generatedMs = 0
  let tweetsJsBytes = 0
  if (!existsSync(file)) {
    log(`bench: generating ${file} (${count.toLocaleString('en')} tweets)…`)
    const started = performance.now()
    const partial = `${file}.partial`
    await writeZip(partial, [
      ['data/manifest.js', () => [Buffer.from(OWNER_FILES['data/manifest.js'])]],
      ['data/account.js', () => [Buffer.from(OWNER_FILES['data/account.js'])]],
      [
        'data/tweets.js',
        function* () {
          for (const chunk of tweetsJs(count)) {
            tweetsJsBytes += chunk.length
            yield chunk
          }
        },
      ],
    ])
    writeFileSync(`${file}.json`, JSON.stringify({ tweetsJsBytes }))
    renameSync(partial, file)
    generatedMs = performance.now() - started
  } else if (existsSync(`${file}.json`)) {
    tweetsJsBytes = JSON.parse(readFileSync(`${file}.json`, 'utf8')).tweetsJsBytes
  }
  return { file, zipBytes: statSync(file).size, tweetsJsBytes, generatedMs }
}
