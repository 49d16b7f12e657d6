import { decode as decodeCbor } from '@atcute/cbor'
import { ArchiveImportError } from './archiveImportError'
import { singleFileArchive, zipArchiveFiles, type ArchiveFiles } from './archiveFiles'
import { readBlobRange, type ReadMeter } from './readBlobChunks'
import { readZipDirectory } from './zipDirectory'

/** What the chosen file turned out to be, with the paths each parser starts from. */
export type DetectedArchive =
  | { kind: 'twitter'; files: ArchiveFiles; dataDir: string; tweetFiles: string[] }
  | { kind: 'mastodon'; files: ArchiveFiles; outbox: string; actor?: string }
  | { kind: 'bluesky'; file: Blob }
  | { kind: 'instagram' | 'facebook'; files: ArchiveFiles; postFiles: string[] }
  | { kind: 'linkedin'; files: ArchiveFiles; shares: string; profile?: string }

export const EXPECTED_ARCHIVES =
  'an archive zip from X/Twitter, Mastodon, Instagram, Facebook or LinkedIn, a Bluesky repository export (.car), or a data file from one of them (tweets.js, outbox.json, posts_1.json, your_posts_1.json, Shares.csv)'

const HEAD_BYTES = 4096

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte)

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06]

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1)
const dirname = (path: string) => path.slice(0, path.lastIndexOf('/') + 1)

const TWEET_FILE = /(?:^|\/)tweets?(?:-part\d+)?\.js$/
const TWITTER_DATA = /(?:^|\/)data\/(?:tweets?(?:-part\d+)?|manifest)\.js$/
const INSTAGRAM_POSTS = /(?:^|\/)posts_\d+\.json$/
const FACEBOOK_POSTS = /(?:^|\/)your_posts[a-z_]*_\d+\.json$/
const LINKEDIN_SHARES = /(?:^|\/)shares\.csv$/i

const partNumber = (path: string) => Number(/-part(\d+)\.js$/.exec(path)?.[1] ?? 0)
const byPart = (a: string, b: string) => partNumber(a) - partNumber(b) || a.localeCompare(b)

const describeNames = (paths: readonly string[]) => {
  const shown = paths.slice(0, 5).join(', ')
  return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown
}

const detectInZip = (files: ArchiveFiles, name: string): DetectedArchive => {
  const paths = files.paths
  const twitterData = paths.find((path) => TWITTER_DATA.test(path))
  if (twitterData) {
    const dataDir = dirname(twitterData)
    const tweetFiles = paths
      .filter((path) => dirname(path) === dataDir && TWEET_FILE.test(path))
      .sort(byPart)
    return { kind: 'twitter', files, dataDir, tweetFiles }
  }
  // A zip someone made of the tweet files alone, without the archive's data/ folder.
  const looseTweets = paths.filter((path) => TWEET_FILE.test(path))
  if (looseTweets.length > 0) {
    const dataDir = dirname(looseTweets[0] ?? '')
    const tweetFiles = looseTweets.filter((path) => dirname(path) === dataDir).sort(byPart)
    return { kind: 'twitter', files, dataDir, tweetFiles }
  }
  const outbox = paths.find((path) => basename(path) === 'outbox.json')
  if (outbox) {
    const actor = `${dirname(outbox)}actor.json`
    return { kind: 'mastodon', files, outbox, ...(files.has(actor) ? { actor } : {}) }
  }
  const facebook = paths.filter((path) => FACEBOOK_POSTS.test(path)).sort()
  if (facebook.length > 0) return { kind: 'facebook', files, postFiles: facebook }
  const instagram = paths.filter((path) => INSTAGRAM_POSTS.test(path)).sort()
  if (instagram.length > 0) return { kind: 'instagram', files, postFiles: instagram }
  const shares = paths.find((path) => LINKEDIN_SHARES.test(path))
  if (shares) {
    const profile = paths.find(
      (path) => dirname(path) === dirname(shares) && /profile\.csv$/i.test(path),
    )
    return { kind: 'linkedin', files, shares, ...(profile ? { profile } : {}) }
  }
  throw new ArchiveImportError(
    'wrong-archive',
    paths.length === 0
      ? `${name} is an empty zip. Expected ${EXPECTED_ARCHIVES}.`
      : `${name} is a zip of ${paths.length} files (${describeNames(paths)}), none of which is tweets.js, outbox.json, posts_1.json, your_posts_1.json or Shares.csv. Expected ${EXPECTED_ARCHIVES}.`,
  )
}

/** A CAR v1 file opens with a varint length and a DAG-CBOR map `{version: 1, roots: [...]}`. */
const looksLikeCar = (head: Uint8Array): boolean => {
  let length = 0
  let shift = 0
  let at = 0
  for (; at < 5 && at < head.length; at += 1) {
    const byte = head[at] ?? 0
    length += (byte & 0x7f) * 2 ** shift
    shift += 7
    if ((byte & 0x80) === 0) break
  }
  at += 1
  if (length < 10 || length > 1024 || at + length > head.length) return false
  try {
    const header: unknown = decodeCbor(head.subarray(at, at + length))
    return (
      typeof header === 'object' &&
      header !== null &&
      (header as { version?: unknown }).version === 1 &&
      Array.isArray((header as { roots?: unknown }).roots)
    )
  } catch {
    return false
  }
}

const printableStart = (text: string) => {
  const start = text.replace(/\s+/g, ' ').trim().slice(0, 40)
  return /^[\p{L}\p{N}\p{P}\p{S} ]*$/u.test(start) && start !== ''
    ? `starts with “${start}”`
    : 'is binary data'
}

const detectSingleFile = (
  file: Blob,
  name: string,
  head: Uint8Array,
  meter: ReadMeter,
): DetectedArchive => {
  if (looksLikeCar(head)) return { kind: 'bluesky', file }
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '')
  const start = text.trimStart()
  const lower = start.slice(0, 200).toLowerCase()
  const files = () => singleFileArchive(file, name, meter)
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]/.test(lower))
    throw new ArchiveImportError(
      'html-page',
      `${name} is a web page (HTML), not an archive's data: a page saved from the site does not contain your posts. Expected ${EXPECTED_ARCHIVES}; when a network offers HTML or JSON, choose JSON.`,
    )
  const ytd = /^window\.YTD\.([\w]+)\.part\d+\s*=/.exec(start)
  if (ytd) {
    if (ytd[1] === 'tweets' || ytd[1] === 'tweet')
      return { kind: 'twitter', files: files(), dataDir: '', tweetFiles: [name] }
    throw new ArchiveImportError(
      'wrong-archive',
      `${name} is the X/Twitter archive's ${ytd[1]} file, not its tweets. Choose data/tweets.js (or tweet.js, tweets-part1.js…) or the whole archive zip.`,
      'twitter',
    )
  }
  if (/^window\.__THAR_CONFIG\s*=/.test(start))
    throw new ArchiveImportError(
      'wrong-archive',
      `${name} is the X/Twitter archive's manifest, which lists the files but holds no tweets. Choose the whole archive zip, or data/tweets.js.`,
      'twitter',
    )
  if (start.startsWith('{')) {
    if (/"orderedItems"|"OrderedCollection"/.test(text))
      return { kind: 'mastodon', files: files(), outbox: name }
    if (/"type"\s*:\s*"Person"|"preferredUsername"/.test(text))
      throw new ArchiveImportError(
        'wrong-archive',
        `${name} is a Mastodon actor.json (the profile), which holds no posts. Choose outbox.json or the whole archive zip.`,
        'mastodon',
      )
  }
  if (start.startsWith('[')) {
    if (FACEBOOK_POSTS.test(name) || /"timestamp"\s*:/.test(text))
      return { kind: 'facebook', files: files(), postFiles: [name] }
    if (INSTAGRAM_POSTS.test(name) || /"creation_timestamp"\s*:/.test(text))
      return { kind: 'instagram', files: files(), postFiles: [name] }
  }
  const firstLine = start.slice(0, start.search(/\r?\n|$/)).replace(/^"|"$/g, '')
  if (/^Date,ShareLink,ShareCommentary/i.test(firstLine))
    return { kind: 'linkedin', files: files(), shares: name }
  if (/^Date,Link,Message/i.test(firstLine))
    throw new ArchiveImportError(
      'wrong-archive',
      `${name} is LinkedIn's Comments.csv (your comments on others' posts). Choose Shares.csv, which holds your posts, or the whole export zip.`,
      'linkedin',
    )
  if (/\.car$/i.test(name))
    throw new ArchiveImportError(
      'malformed',
      `${name} is named like a Bluesky repository export but does not start with a CAR v1 header.`,
      'bluesky',
    )
  throw new ArchiveImportError(
    'wrong-archive',
    `${name} (${file.size} bytes) ${printableStart(text)}, which is none of the supported archives. Expected ${EXPECTED_ARCHIVES}.`,
  )
}

/** Reads just enough of the file to know which archive it is; throws a worded failure if none. */
export const detectArchive = async (
  file: Blob,
  name: string,
  meter: ReadMeter,
): Promise<DetectedArchive> => {
  if (file.size === 0)
    throw new ArchiveImportError(
      'empty',
      `${name} is empty (0 bytes): the download or copy did not finish. Expected ${EXPECTED_ARCHIVES}.`,
    )
  const head = await readBlobRange(file, 0, Math.min(file.size, HEAD_BYTES))
  if (startsWith(head, ZIP_MAGIC) || startsWith(head, EMPTY_ZIP_MAGIC)) {
    const entries = await readZipDirectory(file)
    return detectInZip(zipArchiveFiles(file, entries, meter), name)
  }
  return detectSingleFile(file, name, head, meter)
}
