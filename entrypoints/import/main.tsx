import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ImportPage, readPageParams } from '@/components/import/import-page';
import '@/components/ui.css';
import '@/components/import/import.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ImportPage params={readPageParams(location.search)} />
    </StrictMode>,
  );
}
