import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { installAutomationBridge } from './app/automationBridge'
import './app/styles.css'
import { whenRelayKnown } from './editor/relay/relayStatus'
import { initI18n } from './i18n/i18n'
import { startMediaArchiving } from './store/mediaArchive/startMediaArchiving'
import { startSession } from './store/session'

const languageReady = initI18n()
installAutomationBridge()
void startSession()
startMediaArchiving()
void whenRelayKnown()
// The first render speaks the reader's language: French, if chosen, loads before it.
await languageReady

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
