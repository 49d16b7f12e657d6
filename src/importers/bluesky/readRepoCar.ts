import { fromUint8Array } from '@atcute/car'
import { decode, toCidLink } from '@atcute/cbor'
import { isDid } from './atSyntax'

/** A record found in the repository tree, with the key that names it (`collection/rkey`). */
export interface RepoRecord {
  key: string
  cid: string
  value: unknown
}

export interface RepoContents {
  did: string
  records: RepoRecord[]
  /** Raw blocks (codec raw) by CID: blobs, when an export includes them. */
  blobs: Map<string, Uint8Array>
}

const DAG_CBOR = 0x71
const textDecoder = new TextDecoder()

const linkOf = (value: unknown): string | undefined => {
  const link = (value as { $link?: unknown } | null | undefined)?.$link
  return typeof link === 'string' ? link : undefined
}

const bytesOf = (value: unknown): Uint8Array | undefined => {
  if (value instanceof Uint8Array) return value
  const buf = (value as { buf?: unknown } | null | undefined)?.buf
  return buf instanceof Uint8Array ? buf : undefined
}

interface MstEntry {
  p?: number
  k?: unknown
  v?: unknown
  t?: unknown
}

/**
 * A repository CAR export read into records: the root commit names the tree (a Merkle search
 * tree) whose keys are `collection/rkey`, prefix-compressed from one entry to the next. Only
 * records the current tree reaches are returned, so deleted posts kept in an old commit's
 * history stay deleted.
 */
export const readRepoCar = (bytes: Uint8Array): RepoContents => {
  const car = fromUint8Array(bytes)
  const blocks = new Map<string, Uint8Array>()
  const blobs = new Map<string, Uint8Array>()
  for (const entry of car) {
    const cid = toCidLink(entry.cid).$link
    if (entry.cid.codec === DAG_CBOR) blocks.set(cid, entry.bytes)
    else blobs.set(cid, entry.bytes)
  }
  const decoded = (cid: string | undefined, what: string): Record<string, unknown> => {
    const block = cid ? blocks.get(cid) : undefined
    if (!block) throw new Error(`the ${what} block ${cid ?? '(no link)'} is not in the file`)
    const value: unknown = decode(block)
    if (typeof value !== 'object' || value === null)
      throw new Error(`the ${what} block is not a map`)
    return value as Record<string, unknown>
  }
  const root = car.roots[0]?.$link
  const commit = decoded(root, 'commit')
  const did = typeof commit.did === 'string' ? commit.did : ''
  // The DID goes into every link the import makes: one that is not a DID is refused.
  if (!isDid(did)) throw new Error('the root block is not a repository commit (no valid DID)')
  const records: RepoRecord[] = []
  const visited = new Set<string>()
  const walk = (nodeCid: string | undefined) => {
    if (!nodeCid || visited.has(nodeCid)) return
    visited.add(nodeCid)
    const node = decoded(nodeCid, 'tree node')
    walk(linkOf(node.l))
    let previous = new Uint8Array(0)
    for (const entry of (Array.isArray(node.e) ? node.e : []) as MstEntry[]) {
      const suffix = bytesOf(entry.k) ?? new Uint8Array(0)
      const prefix = typeof entry.p === 'number' ? entry.p : 0
      const key = new Uint8Array(prefix + suffix.length)
      key.set(previous.subarray(0, prefix))
      key.set(suffix, prefix)
      previous = key
      const cid = linkOf(entry.v)
      const block = cid ? blocks.get(cid) : undefined
      if (cid && block) records.push({ key: textDecoder.decode(key), cid, value: decode(block) })
      walk(linkOf(entry.t))
    }
  }
  walk(linkOf(commit.data))
  return { did, records, blobs }
}
