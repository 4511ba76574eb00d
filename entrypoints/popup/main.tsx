import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupPage } from '@/components/popup/popup-page';
import '@/components/ui.css';
import '@/components/popup/popup.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PopupPage />
    </StrictMode>,
  );
}
