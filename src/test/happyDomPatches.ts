/**
 * Test support: makes happy-dom (21.0.4) behave like a browser where DOMPurify 3.4 relies on it.
 * Without this, sanitising under happy-dom silently goes wrong, so tests would judge a broken
 * sanitiser, not ours:
 * 1. `Node.prototype.nodeName` returns '' for every node, and DOMPurify reads names through that
 *    getter (anti-clobbering), so it drops allowed tags (capricorn86/happy-dom#2182).
 * 2. Its NodeIterator stops when the node it stands on is removed (no "pre-removing steps"), so
 *    DOMPurify never visits anything after the first element it removes.
 * (Its DOMParser documents are also live, so parsing an XSS vector "loads" its iframes and
 * scripts; loading is disabled, and each refusal is logged to a console captured before tests
 * run. That output is noise, not a failure.)
 * Browsers need none of this; src/test/setup.ts loads it before every test file. Each patch
 * checks for the bug first, so a fixed happy-dom is left alone.
 */
const nodeNameGetter = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')?.get

if (nodeNameGetter?.call(document.createElement('p')) !== 'P') {
  Object.defineProperty(Node.prototype, 'nodeName', {
    configurable: true,
    enumerable: true,
    get(this: Node): string {
      // The most derived getter below Node.prototype is the one happy-dom meant.
      for (let proto = Object.getPrototypeOf(this); proto && proto !== Node.prototype;) {
        const getter = Object.getOwnPropertyDescriptor(proto, 'nodeName')?.get
        if (getter) return getter.call(this) as string
        proto = Object.getPrototypeOf(proto)
      }
      return ''
    },
  })
}

const following = (node: Node, root: Node): Node | null => {
  if (node.firstChild) return node.firstChild
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling
  }
  return null
}

const preceding = (node: Node, root: Node): Node | null => {
  if (node === root) return null
  let previous = node.previousSibling
  if (!previous) return node.parentNode
  while (previous.lastChild) previous = previous.lastChild
  return previous
}

/** Bit n of whatToShow stands for nodeType n + 1. */
const shows = (whatToShow: number, node: Node): boolean =>
  ((whatToShow >>> (node.nodeType - 1)) & 1) === 1

/**
 * A forward-only iterator with the spec's removal behaviour: when the reference node has left the
 * tree, it carries on from the node that preceded it. Enough for DOMPurify's walk.
 */
class RemovalSafeNodeIterator {
  #reference: Node | null = null
  #predecessor: Node | null = null

  constructor(
    readonly root: Node,
    readonly whatToShow: number,
  ) {}

  nextNode(): Node | null {
    let node: Node | null = this.root
    if (this.#reference) {
      const from = this.root.contains(this.#reference) ? this.#reference : this.#predecessor
      node = from && this.root.contains(from) ? following(from, this.root) : null
    }
    while (node && !shows(this.whatToShow, node)) node = following(node, this.root)
    if (node) {
      this.#reference = node
      this.#predecessor = preceding(node, this.root)
    }
    return node
  }
}

const iteratorStopsOnRemoval = (): boolean => {
  const root = document.createElement('div')
  root.innerHTML = '<i></i><b></b>'
  const iterator = document.createNodeIterator(root, NodeFilter.SHOW_ELEMENT)
  iterator.nextNode()
  iterator.nextNode()?.parentNode?.removeChild(root.firstChild as Node)
  return iterator.nextNode()?.nodeName !== 'B'
}

/** happy-dom builds per-window Document subclasses: patch the prototype that owns the method. */
const ownerOf = (object: object, key: string): object | undefined => {
  for (let proto: object | null = object; proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.hasOwn(proto, key)) return proto
  }
  return undefined
}

const iteratorOwner = ownerOf(document, 'createNodeIterator')

if (iteratorOwner && iteratorStopsOnRemoval()) {
  Object.defineProperty(iteratorOwner, 'createNodeIterator', {
    configurable: true,
    writable: true,
    value(root: Node, whatToShow = 0xffffffff) {
      return new RemovalSafeNodeIterator(root, whatToShow)
    },
  })
}

export {}
