import type { Author } from '../../domain/post'
import { malformed } from '../archiveImportError'
import { readText, type ArchiveFiles } from '../archiveFiles'
import { sendArchiveMedia } from '../sendArchiveMedia'
import type { ImportContext } from '../importContext'
import { httpUrl } from '../richTextHtml'
import { streamJsonArray } from '../streamJsonArray'
import { archiveMediaUrl } from '../types'
import { mapOutboxItem } from './mapOutboxItem'

interface RawActor {
  id?: string
  url?: string
  name?: string
  preferredUsername?: string
  icon?: { url?: string }
}

const dirname = (path: string) => path.slice(0, path.lastIndexOf('/') + 1)
const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

/** Where a file named in the archive's JSON sits in the zip. */
const archivePathFinder = (files: ArchiveFiles, root: string) => (url: string) => {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined
  const relative = url.replace(/^\/+/, '')
  const candidates = [`${root}${relative}`, relative]
  // Servers storing media under a bucket prefix write `/<prefix>/media_attachments/…` in the
  // JSON while the zip holds `media_attachments/…`.
  const at = relative.indexOf('media_attachments/')
  if (at > 0) candidates.push(`${root}${relative.slice(at)}`)
  return candidates.find((path) => files.has(path))
}

const readActor = async (
  files: ArchiveFiles,
  path: string | undefined,
): Promise<RawActor | undefined> => {
  if (!path) return undefined
  try {
    return JSON.parse(await readText(files, path)) as RawActor
  } catch (error) {
    throw malformed('mastodon', `${path} is not valid JSON (${String(error)}).`)
  }
}

const ownerOf = (actor: RawActor | undefined, avatarUrl: string | undefined): Author => {
  const username = str(actor?.preferredUsername)
  const host = (() => {
    try {
      return actor?.id ? new URL(actor.id).host : undefined
    } catch {
      return undefined
    }
  })()
  const url = httpUrl(actor?.url)
  return {
    name: str(actor?.name) ?? username ?? '',
    handle: username ? (host ? `@${username}@${host}` : `@${username}`) : '',
    ...(url ? { url } : {}),
    ...(avatarUrl ? { avatarUrl } : {}),
  }
}

/**
 * A Mastodon archive: `outbox.json` (an ActivityStreams collection, read item by item), the
 * owner from `actor.json`, attachments and avatar from the zip. Direct messages and
 * followers-only posts stay out unless asked for (sources.md §7.2: only public and unlisted).
 */
export const importMastodon = async (
  context: ImportContext,
  archive: { files: ArchiveFiles; outbox: string; actor?: string },
): Promise<void> => {
  const { files } = archive
  const root = dirname(archive.outbox)
  const findPath = archivePathFinder(files, root)
  const used = new Map<string, string>()
  const keepMedia = (path: string) => {
    const key = `mastodon:${path}`
    used.set(path, key)
    return archiveMediaUrl(key)
  }
  const actor = await readActor(files, archive.actor)
  const iconPath = actor?.icon?.url ? findPath(actor.icon.url) : undefined
  const owner = ownerOf(actor, iconPath ? keepMedia(iconPath) : undefined)
  const mapping = {
    fetchedAt: context.fetchedAt,
    owner,
    actorId: str(actor?.id),
    includeDirectMessages: context.options.includeDirectMessages === true,
    includeFollowersOnly: context.options.includeFollowersOnly === true,
    resolveMedia: (url: string) => {
      const path = findPath(url)
      return path ? keepMedia(path) : undefined
    },
  }
  context.sink.phase = 'parsing'
  await streamJsonArray(
    context,
    'mastodon',
    files,
    archive.outbox,
    (item) => {
      const post = mapOutboxItem(item, mapping)
      if (post) context.sink.addPost(post)
    },
    'orderedItems',
  )
  await sendArchiveMedia(context, files, used)
}
