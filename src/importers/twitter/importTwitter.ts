import type { Author } from '../../domain/post'
import { malformed } from '../archiveImportError'
import { readText, type ArchiveFiles } from '../archiveFiles'
import { sendArchiveMedia } from '../sendArchiveMedia'
import type { ImportContext } from '../importContext'
import { streamJsonArray } from '../streamJsonArray'
import { archiveMediaUrl } from '../types'
import { mapTweet, mediaKeyFor } from './mapTweet'

/** `window.YTD.account.part0 = [...]` or `window.__THAR_CONFIG = {...}`: the JSON after the `=`. */
const parseAssignedJson = (text: string, path: string): unknown => {
  const start = text.search(/[[{]/)
  if (start < 0) throw malformed('twitter', `${path} holds no JSON after its “window.… =” prefix.`)
  try {
    return JSON.parse(text.slice(start).replace(/;\s*$/, ''))
  } catch (error) {
    throw malformed('twitter', `${path} is not valid JSON after its prefix (${String(error)}).`)
  }
}

const readOptional = async (files: ArchiveFiles, path: string): Promise<unknown> =>
  files.has(path) ? parseAssignedJson(await readText(files, path), path) : undefined

interface Manifest {
  userInfo?: { accountId?: string; userName?: string; displayName?: string }
  dataTypes?: {
    tweets?: { mediaDirectory?: string; files?: { fileName?: string }[] }
    tweet?: { mediaDirectory?: string; files?: { fileName?: string }[] }
  }
}

const firstRecord = (value: unknown, key: string): Record<string, unknown> | undefined => {
  const first = Array.isArray(value) ? (value[0] as Record<string, unknown> | undefined) : undefined
  const record = first?.[key]
  return typeof record === 'object' && record !== null
    ? (record as Record<string, unknown>)
    : undefined
}

const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

/**
 * An X/Twitter archive: `data/tweets.js` (or the older `tweet.js`, or `tweets-part1.js`… listed
 * in `manifest.js`), with the owner from `account.js`/`profile.js` and photos and videos from
 * `data/tweets_media/`. A bare tweets.js imports too, its media then pointing at Twitter's CDN.
 */
export const importTwitter = async (
  context: ImportContext,
  archive: { files: ArchiveFiles; dataDir: string; tweetFiles: string[] },
): Promise<void> => {
  const { files, dataDir } = archive
  const manifest = (await readOptional(files, `${dataDir}manifest.js`)) as Manifest | undefined
  const account = firstRecord(await readOptional(files, `${dataDir}account.js`), 'account')
  const profile = firstRecord(await readOptional(files, `${dataDir}profile.js`), 'profile')
  const tweets = manifest?.dataTypes?.tweets ?? manifest?.dataTypes?.tweet
  // The manifest knows the part files' names; archives without one are found by name.
  const listed = (tweets?.files ?? [])
    .map((file) => str(file.fileName))
    .filter((name): name is string => name !== undefined)
    .map((name) => `${dataDir}${name.replace(/^data\//, '')}`)
  const tweetFiles = [
    ...new Set([...listed.filter((path) => files.has(path)), ...archive.tweetFiles]),
  ]
  if (tweetFiles.length === 0)
    throw malformed(
      'twitter',
      listed.length > 0
        ? `The archive's manifest lists ${listed.join(', ')}, but the zip does not contain ${listed.length > 1 ? 'them' : 'it'}.`
        : 'The archive has no tweets.js (nor tweet.js or tweets-part1.js).',
    )
  const mediaDirectory = str(tweets?.mediaDirectory)?.replace(/^data\//, '') ?? 'tweets_media'
  const mediaDir =
    files.paths.length > 1 ? `${dataDir}${mediaDirectory.replace(/\/?$/, '/')}` : undefined

  const userName = str(account?.username) ?? str(manifest?.userInfo?.userName)
  const used = new Map<string, string>()
  const keepMedia = (path: string) => {
    const key = mediaKeyFor(path)
    used.set(path, key)
    return archiveMediaUrl(key)
  }
  const avatarPath = str(profile?.avatarMediaUrl)
    ?.replace(/^\.\//, '')
    .replace(/^data\//, dataDir)
  const owner: Author = {
    name:
      str(account?.accountDisplayName) ?? str(manifest?.userInfo?.displayName) ?? userName ?? '',
    handle: userName ? `@${userName}` : '',
    ...(userName ? { url: `https://x.com/${userName}` } : {}),
    ...(avatarPath && files.has(avatarPath) ? { avatarUrl: keepMedia(avatarPath) } : {}),
    ...((str(account?.accountId) ?? str(manifest?.userInfo?.accountId))
      ? { id: str(account?.accountId) ?? str(manifest?.userInfo?.accountId) }
      : {}),
  }
  context.sink.phase = 'parsing'
  const mapping = {
    fetchedAt: context.fetchedAt,
    owner,
    mediaDir,
    has: (path: string) => files.has(path),
    keepMedia,
  }
  for (const path of tweetFiles) {
    await streamJsonArray(context, 'twitter', files, path, (value) => {
      const post = mapTweet(value, mapping)
      if (post) context.sink.addPost(post)
    })
  }
  await sendArchiveMedia(context, files, used)
}
