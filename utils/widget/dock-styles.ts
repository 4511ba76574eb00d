/** The dock's own styles, inside its shadow root: the CRM's CSS never reaches them. */
export const DOCK_CSS = `
.dock {
  position: fixed; z-index: 2147483646; box-sizing: border-box;
  display: flex; flex-direction: column; overflow: hidden;
  background: #fff; color: #111827; border: 1px solid #9ca3af; border-radius: 10px;
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.28); font: 13px/1.4 system-ui, sans-serif;
}
.dock[data-state='live'][data-collapsed='false'] { resize: both; min-width: 280px; min-height: 240px; }
.bar {
  display: flex; align-items: center; gap: 6px; flex: none; height: 38px; padding: 0 6px;
  background: #1f2937; color: #fff; cursor: move; user-select: none; touch-action: none;
}
.title { flex: 1; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
button {
  font: inherit; border-radius: 6px; border: 1px solid transparent; cursor: pointer;
  min-width: 28px; height: 28px; padding: 0 8px;
}
.bar button { background: transparent; color: inherit; }
.bar button:hover { background: rgb(255 255 255 / 0.15); }
button:focus-visible { outline: 2px solid #60a5fa; outline-offset: 1px; }
.grip { cursor: move; }
.body { flex: 1; display: flex; flex-direction: column; min-height: 0; }
.body[hidden] { display: none; }
iframe { flex: 1; width: 100%; min-height: 0; border: 0; background: #f9fafb; }
.note { margin: 0; padding: 10px 12px; }
.actions { padding: 0 12px 12px; }
.take-over { background: #2563eb; color: #fff; }
.take-over:hover { background: #1d4ed8; }
.dock[data-state='blocked'] .note { color: #991b1b; }
`;
