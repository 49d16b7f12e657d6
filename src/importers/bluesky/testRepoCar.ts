/**
 * Test support: a one-commit Bluesky repository as a CAR file, built from records (and raw
 * blobs), so tests go through the real `.car` importer (CBOR blocks, tree walk and all).
 */
import { writeCarStream } from '@atcute/car'
import { encode, toBytes, toCidLink } from '@atcute/cbor'
import { create, type Cid } from '@atcute/cid'

const DAG_CBOR = 0x71
const utf8 = new TextEncoder()

export interface Block {
  cid: Cid
  data: Uint8Array
}

const cbor = async (value: unknown): Promise<Block> => {
  const data = encode(value)
  return { cid: await create(DAG_CBOR, data), data }
}

/**
 * The records (keyed `collection/rkey`) in a single tree node, keys prefix-compressed as the
 * repository format writes them. One node is not a balanced search tree, but the importer only
 * walks the tree, so it reads the same records a real export of these would give.
 */
export const syntheticRepoCar = async (
  did: string,
  records: Record<string, unknown>,
  blobs: Block[] = [],
): Promise<Uint8Array> => {
  const blocks: Block[] = [...blobs]
  const entries = []
  let previous = ''
  for (const key of Object.keys(records).sort()) {
    const record = await cbor(records[key])
    blocks.push(record)
    let prefix = 0
    while (prefix < previous.length && previous[prefix] === key[prefix]) prefix += 1
    entries.push({
      k: toBytes(utf8.encode(key.slice(prefix))),
      p: prefix,
      t: null,
      v: toCidLink(record.cid),
    })
    previous = key
  }
  const node = await cbor({ e: entries, l: null })
  const commit = await cbor({
    did,
    version: 3,
    data: toCidLink(node.cid),
    rev: '3kaaaaaaaaaaa',
    prev: null,
    sig: toBytes(new Uint8Array(64)),
  })
  blocks.push(node, commit)
  const chunks: Uint8Array[] = []
  for await (const chunk of writeCarStream(
    [toCidLink(commit.cid)],
    blocks.map((block) => ({ cid: block.cid.bytes, data: block.data })),
  ))
    chunks.push(chunk)
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
