import type { Post } from '../domain/post'
import { throwIfCancelled } from './archiveImportError'
import type { BatchBacklog } from './batchBacklog'
import type { ReadMeter } from './readBlobChunks'
import type { ArchiveMediaFile, ImportEvent, ImportProgress } from './types'

const DEFAULT_BATCH_POSTS = 500
/** Media is sent on before its bytes pile up, so a video-heavy archive keeps memory flat. */
const PROGRESS_STEP_BYTES = 256 * 1024
const MAX_BATCH_MEDIA_BYTES = 16 * 1024 * 1024

export interface PostSinkOptions {
  emit: (event: ImportEvent) => void
  signal: AbortSignal
  meter: ReadMeter
  totalBytes: number
  batchPosts?: number
  /** When given, `room()` waits while the editor has too many batches still to store. */
  backlog?: BatchBacklog
}

/**
 * Collects what the parsers find and sends it to the editor in batches, with a progress event
 * after each. Posts seen twice in one archive (a tweet in two part files) are sent once.
 */
export class PostSink {
  private posts: Post[] = []
  private media: ArchiveMediaFile[] = []
  private mediaBytes = 0
  private readonly seenPosts = new Set<string>()
  private readonly seenMedia = new Set<string>()
  private readonly batchPosts: number
  postCount = 0
  mediaCount = 0
  phase: ImportProgress['phase'] = 'reading'
  /** Where the import's time went (ms), for the benchmark: reading and inflating, parsing. */
  readonly timings = { readMs: 0, parseMs: 0 }

  constructor(private readonly options: PostSinkOptions) {
    this.batchPosts = options.batchPosts ?? DEFAULT_BATCH_POSTS
  }

  addPost(post: Post): void {
    if (this.seenPosts.has(post.id)) return
    this.seenPosts.add(post.id)
    this.posts.push(post)
    this.postCount += 1
    if (this.posts.length >= this.batchPosts) this.flush()
  }

  addMedia(file: ArchiveMediaFile): void {
    if (this.seenMedia.has(file.key)) return
    this.seenMedia.add(file.key)
    this.media.push(file)
    this.mediaCount += 1
    this.mediaBytes += file.bytes.byteLength
    if (this.mediaBytes >= MAX_BATCH_MEDIA_BYTES) this.flush()
  }

  /** Sends what has been collected, then says how far the import has got. */
  flush(): void {
    throwIfCancelled(this.options.signal)
    if (this.posts.length > 0 || this.media.length > 0) {
      this.options.emit({ type: 'batch', batch: { posts: this.posts, media: this.media } })
      this.options.backlog?.sent()
      this.posts = []
      this.media = []
      this.mediaBytes = 0
    }
    this.progress()
  }

  /** Waits, between elements, while the editor is behind with storing (see BatchBacklog). */
  room(): Promise<void> | undefined {
    return this.options.backlog?.room(this.options.signal)
  }

  private lastProgressBytes = -1

  /** A progress event if at least 256 KB more of the file has been read since the last one. */
  progressIfMoved(): void {
    if (this.options.meter.bytesRead - this.lastProgressBytes >= PROGRESS_STEP_BYTES)
      this.progress()
  }

  progress(): void {
    this.lastProgressBytes = this.options.meter.bytesRead
    this.options.emit({
      type: 'progress',
      progress: {
        phase: this.phase,
        processedBytes: Math.min(this.options.meter.bytesRead, this.options.totalBytes),
        totalBytes: this.options.totalBytes,
        posts: this.postCount,
      },
    })
  }
}
