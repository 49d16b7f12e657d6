/**
 * The exported deck's only script, inlined as `(${deckRuntime})()` and allowed by its CSP hash.
 * It must stay self-contained: it runs in a file far from this bundle, so it may use nothing
 * but the DOM (no imports, no outer variables). Its words come from the page's data attributes,
 * so the script, and thus its hash, is the same for every export.
 *
 * Without it the page is still complete: every slide is drawn, stacked (see deck.css).
 */
export function deckRuntime(): void {
  const root = document.documentElement
  const deck = document.getElementById('deck')
  if (!deck) return
  const slots = Array.from(deck.querySelectorAll<HTMLElement>('.deck__slot'))
  const total = slots.length
  if (total === 0) return
  const width = Number(deck.dataset.width) || 1920
  const height = Number(deck.dataset.height) || 1080
  const positionLabel = deck.dataset.positionLabel || '{position} / {total}'
  const stage = deck.querySelector<HTMLElement>('.deck__stage')!
  const live = deck.querySelector<HTMLElement>('.deck__live')!
  const count = deck.querySelector<HTMLElement>('.deck__count')!
  const bar = deck.querySelector<HTMLElement>('.deck__progress-fill')!
  const presenter = deck.querySelector<HTMLElement>('.deck__presenter')!
  const presenterCurrent = deck.querySelector<HTMLElement>('.deck__presenter-current')!
  const presenterNext = deck.querySelector<HTMLElement>('.deck__presenter-next')!
  const presenterNotes = deck.querySelector<HTMLElement>('.deck__presenter-notes-body')!
  const timer = deck.querySelector<HTMLElement>('.deck__timer')!
  const noNotes = deck.dataset.noNotes || ''
  const endLabel = deck.dataset.endLabel || ''
  let current = 0
  let presenting = false
  let startedAt = 0

  root.classList.add('deck-js')

  /** Shrinks long content to its slide, as fitSlide does in the app (kept in step by hand). */
  const fit = (slide: Element) => {
    const content = slide.querySelector<HTMLElement>('.slide__fit')
    const body = slide.querySelector<HTMLElement>('.slide__body')
    if (!content || !body || content.dataset.fitted === 'true') return
    content.style.zoom = ''
    const designed = Number.parseFloat(getComputedStyle(content).zoom) || 1
    let zoom = designed
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const available = body.getBoundingClientRect().height
      const needed = content.getBoundingClientRect().height
      if (available <= 0) return
      if (needed <= available + 0.5) break
      const next = Math.max(designed * 0.55, zoom * (available / needed) * 0.98)
      if (next >= zoom) break
      zoom = next
      content.style.zoom = zoom.toFixed(3)
    }
    content.dataset.fitted = 'true'
  }

  /** Scales a slide (or its wrapper) to the largest size that fits `box`. */
  const place = (frame: HTMLElement, boxWidth: number, boxHeight: number) => {
    const scale = Math.max(0.05, Math.min(boxWidth / width, boxHeight / height))
    frame.style.width = `${Math.floor(width * scale)}px`
    frame.style.height = `${Math.floor(height * scale)}px`
    const slide = frame.querySelector<HTMLElement>('.slide')
    if (slide) slide.style.transform = `scale(${scale})`
  }

  const cloneSlide = (index: number): HTMLElement | null => {
    const slide = slots[index]?.querySelector('.slide')
    if (!slide) return null
    const frame = document.createElement('div')
    frame.className = 'deck__frame'
    const copy = slide.cloneNode(true) as HTMLElement
    copy.setAttribute('aria-hidden', 'true')
    copy.removeAttribute('id')
    frame.appendChild(copy)
    return frame
  }

  const layout = () => {
    if (presenting) {
      const currentBox = presenterCurrent.getBoundingClientRect()
      const nextBox = presenterNext.getBoundingClientRect()
      const currentFrame = presenterCurrent.querySelector<HTMLElement>('.deck__frame')
      const nextFrame = presenterNext.querySelector<HTMLElement>('.deck__frame')
      if (currentFrame) place(currentFrame, currentBox.width, currentBox.height)
      if (nextFrame) place(nextFrame, nextBox.width, nextBox.height - 32)
      return
    }
    const frame = slots[current]?.querySelector<HTMLElement>('.deck__frame')
    if (frame) place(frame, stage.clientWidth - 32, stage.clientHeight - 32)
  }

  const renderPresenter = () => {
    presenterCurrent.replaceChildren()
    presenterNext.querySelector('.deck__frame')?.remove()
    const currentFrame = cloneSlide(current)
    if (currentFrame) presenterCurrent.appendChild(currentFrame)
    const nextFrame = cloneSlide(current + 1)
    const nextEnd = presenterNext.querySelector<HTMLElement>('.deck__presenter-end')!
    nextEnd.textContent = nextFrame ? '' : endLabel
    if (nextFrame) presenterNext.appendChild(nextFrame)
    const notes = slots[current]?.querySelector('.deck__notes')
    presenterNotes.replaceChildren()
    if (notes && notes.children.length > 0) {
      for (const child of Array.from(notes.children))
        presenterNotes.appendChild(child.cloneNode(true))
    } else {
      const empty = document.createElement('p')
      empty.className = 'deck__presenter-empty'
      empty.textContent = noNotes
      presenterNotes.appendChild(empty)
    }
  }

  const show = (index: number, announce: boolean) => {
    current = Math.max(0, Math.min(total - 1, index))
    slots.forEach((slot, i) => {
      slot.classList.toggle('deck__slot--current', i === current)
      slot.setAttribute('aria-hidden', i === current ? 'false' : 'true')
    })
    // Pictures wait to be shown before they decode; the shown slide's and the next one's are
    // wanted now, so a slide never appears half-drawn.
    for (const slot of [slots[current], slots[current + 1]])
      slot?.querySelectorAll('img').forEach((image) => {
        image.loading = 'eager'
      })
    const slide = slots[current]?.querySelector('.slide')
    const label = positionLabel
      .replace('{position}', String(current + 1))
      .replace('{total}', String(total))
    count.textContent = `${current + 1} / ${total}`
    if (announce) live.textContent = label
    bar.style.width = `${total > 1 ? (current / (total - 1)) * 100 : 100}%`
    if (presenting) renderPresenter()
    layout()
    if (slide) fit(slide)
    if (presenting) {
      presenterCurrent.querySelectorAll('.slide').forEach(fit)
      presenterNext.querySelectorAll('.slide').forEach(fit)
    }
    try {
      history.replaceState(null, '', `#${current + 1}`)
    } catch {
      // A sandboxed viewer may refuse: the position just is not kept in the address.
    }
  }

  const go = (index: number) => {
    if (index !== current) show(index, true)
  }

  const formatTime = (ms: number) => {
    const seconds = Math.floor(ms / 1000)
    const minutes = Math.floor(seconds / 60)
    const pad = (n: number) => String(n).padStart(2, '0')
    return minutes >= 60
      ? `${Math.floor(minutes / 60)}:${pad(minutes % 60)}:${pad(seconds % 60)}`
      : `${pad(minutes)}:${pad(seconds % 60)}`
  }

  const tick = () => {
    if (!presenting) return
    timer.textContent = formatTime(Date.now() - startedAt)
  }

  const setPresenter = (on: boolean) => {
    presenting = on
    root.classList.toggle('deck-presenting', on)
    presenter.hidden = !on
    const button = deck.querySelector<HTMLElement>('[data-action="presenter"]')
    button?.setAttribute('aria-pressed', String(on))
    if (on) {
      startedAt = Date.now()
      tick()
      renderPresenter()
    }
    show(current, false)
  }

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen()
    else void document.documentElement.requestFullscreen?.().catch(() => undefined)
  }

  for (const slot of slots) {
    const slide = slot.querySelector('.slide')
    if (!slide) continue
    const frame = document.createElement('div')
    frame.className = 'deck__frame'
    slot.insertBefore(frame, slide)
    frame.appendChild(slide)
  }

  deck.addEventListener('click', (event) => {
    const target = event.target as HTMLElement
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action
    if (action === 'prev') go(current - 1)
    else if (action === 'next') go(current + 1)
    else if (action === 'presenter') setPresenter(!presenting)
    else if (action === 'fullscreen') toggleFullscreen()
  })

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const target = event.target as HTMLElement
    // Buttons and links keep Space and Enter; text fields (none today) keep everything.
    if (target.closest('input, textarea, select, [contenteditable]')) return
    const onControl = target.closest('button, a, summary') !== null
    let handled = true
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
        go(current + 1)
        break
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
        go(current - 1)
        break
      case ' ':
        if (onControl) handled = false
        else go(event.shiftKey ? current - 1 : current + 1)
        break
      case 'Home':
        go(0)
        break
      case 'End':
        go(total - 1)
        break
      case 'p':
      case 'P':
        setPresenter(!presenting)
        break
      case 'f':
      case 'F':
        toggleFullscreen()
        break
      case 'Escape':
        if (presenting) setPresenter(false)
        else handled = false
        break
      default:
        handled = false
    }
    if (handled) event.preventDefault()
  })

  let touchX: number | null = null
  let touchY = 0
  stage.addEventListener(
    'touchstart',
    (event) => {
      const touch = event.touches[0]
      touchX = event.touches.length === 1 && touch ? touch.clientX : null
      touchY = touch?.clientY ?? 0
    },
    { passive: true },
  )
  stage.addEventListener('touchend', (event) => {
    const touch = event.changedTouches[0]
    if (touchX === null || !touch) return
    const dx = touch.clientX - touchX
    const dy = touch.clientY - touchY
    touchX = null
    // A mostly horizontal swipe of 40 px or more; anything else is a tap or a scroll.
    if (Math.abs(dx) < 40 || Math.abs(dx) < Math.abs(dy) * 1.5) return
    go(dx < 0 ? current + 1 : current - 1)
  })

  window.addEventListener('resize', layout)
  document.addEventListener('fullscreenchange', layout)
  window.setInterval(tick, 1000)

  const fromHash = Number.parseInt(location.hash.slice(1), 10)
  show(Number.isFinite(fromHash) ? fromHash - 1 : 0, false)
}
