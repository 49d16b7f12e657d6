import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { installAutomationBridge } from './app/automationBridge'
import './app/styles.css'
import { initI18n } from './i18n/i18n'
import { startSession } from './store/session'

void initI18n()
installAutomationBridge()
void startSession()

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
