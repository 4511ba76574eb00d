import { createButtonLayer } from './call-button-layer';
import { type DocView, type NumberStore, onElementVisibility } from './number-states';
import type { VisibilityWatchFactory } from './visibility';

const PASSIVE_CAPTURE = { capture: true, passive: true } as const;

export const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // Only attributes that change what is scanned or where things are; class and style changes
  // just mean "place the buttons again".
  attributeFilter: [
    'hidden',
    'aria-hidden',
    'contenteditable',
    'role',
    'inert',
    'href',
    'class',
    'style',
    'open',
  ],
};

export interface PageDocumentsDeps {
  observer: MutationObserver;
  visibility: VisibilityWatchFactory;
  store: NumberStore;
  signal: AbortSignal;
  /** Scan same-origin frames (off when a content script runs in every frame). */
  frames: boolean;
  requestLayout(): void;
  /** A document or shadow root to walk; `urgent` puts it with the visible rows. */
  onNewRoot(root: Document | ShadowRoot, urgent: boolean): void;
}

/**
 * The documents and shadow roots the scanner watches. The page's own document, each open
 * shadow root met on the way (Salesforce Lightning renders into them) and each same-origin
 * frame's document are all observed by the one MutationObserver; each document gets its own
 * button layer, visibility watch and scroll listeners.
 */
export function createPageDocuments(deps: PageDocumentsDeps) {
  const { observer, signal, requestLayout } = deps;
  const views = new Map<Document, DocView>();
  const shadowRoots = new WeakSet<ShadowRoot>();
  const frameDocs = new WeakMap<Element, Document | null>();

  function attachDocument(doc: Document, ui?: { host: HTMLElement; shadow: ShadowRoot }): void {
    if (views.has(doc) || doc.designMode === 'on' || !doc.documentElement) return;
    const layer = createButtonLayer(doc, ui);
    let view: DocView | undefined;
    const watch = deps.visibility(doc, (el, visible) => {
      if (view) onElementVisibility(view, el, visible);
      requestLayout();
    });
    view = {
      doc,
      layer,
      watch,
      inView: new Set(),
      watched: new Map(),
      lists: new Set(),
      rows: new WeakMap(),
      measured: new Set(),
    };
    views.set(doc, view);
    // Capture on the document sees scrolls of every inner container (scroll does not bubble).
    doc.addEventListener('scroll', requestLayout, { ...PASSIVE_CAPTURE, signal });
    // Images, fonts and transitions move text without any mutation we would see.
    doc.addEventListener('load', requestLayout, { ...PASSIVE_CAPTURE, signal });
    doc.addEventListener('transitionend', requestLayout, { ...PASSIVE_CAPTURE, signal });
    doc.fonts?.addEventListener?.('loadingdone', requestLayout, { signal });
    doc.defaultView?.addEventListener('resize', requestLayout, { passive: true, signal });
    observer.observe(doc, OBSERVE);
    deps.onNewRoot(doc, false);
  }

  function detachDocument(doc: Document): void {
    const view = views.get(doc);
    if (!view) return;
    deps.store.dropWhere((state) => state.view === view);
    view.watch.disconnect();
    view.layer.destroy();
    views.delete(doc);
  }

  /** A frame's document, now and after each navigation of the frame (its `load`). */
  function attachFrame(frame: Element): void {
    if (!deps.frames) return;
    if (!frameDocs.has(frame)) frame.addEventListener('load', () => attachFrame(frame), { signal });
    let doc: Document | null = null;
    try {
      doc = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      doc = null; // cross-origin: not ours to read
    }
    const previous = frameDocs.get(frame);
    if (previous && previous !== doc) detachDocument(previous);
    frameDocs.set(frame, doc);
    if (doc) attachDocument(doc);
  }

  return {
    views,
    attachDocument,
    detachDocument,

    viewOf(node: Node): DocView | undefined {
      return views.get(node.ownerDocument ?? (node as Document));
    },

    /** Met while walking a host: observe it once, walk it every time (a rescan re-checks it). */
    attachShadowRoot(root: ShadowRoot, urgent: boolean): void {
      if (!shadowRoots.has(root)) {
        shadowRoots.add(root);
        observer.observe(root, OBSERVE);
        // Scroll events are not composed: those inside a shadow root never reach the document.
        root.addEventListener('scroll', requestLayout, { ...PASSIVE_CAPTURE, signal });
      }
      deps.onNewRoot(root, urgent);
    },

    attachFrame,

    /** Frames removed from the page leave their document behind: let it go. */
    pruneDetached(): void {
      for (const doc of views.keys()) if (!doc.defaultView) detachDocument(doc);
    },

    detachAll(): void {
      for (const doc of [...views.keys()]) detachDocument(doc);
    },
  };
}

export type PageDocuments = ReturnType<typeof createPageDocuments>;
