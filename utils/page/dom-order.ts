import { composedParent, FRAGMENT_NODE } from './skip-rules';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, realm-independent

/** The node, then the host of each shadow root it is in, outermost last. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === FRAGMENT_NODE; ) {
    const host = (root as ShadowRoot).host;
    if (!host) break;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}

/**
 * Document order across shadow roots, for keeping call buttons in the page's reading order
 * (so Tab goes through them top to bottom). `compareDocumentPosition` alone calls nodes in
 * different shadow trees "disconnected"; here each is lifted to the first tree they share.
 */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (const x of chainA) {
    const root = x.getRootNode();
    const y = chainB.find((n) => n.getRootNode() === root);
    if (!y) continue;
    if (x === y) return chainA.indexOf(x) - chainB.indexOf(y) > 0 ? 1 : -1;
    return x.compareDocumentPosition(y) & FOLLOWING ? -1 : 1;
  }
  return 0;
}

/** True when `inner` is `outer` or inside it, looking through shadow roots. */
export function containsComposed(outer: Node, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = composedParent(n)) if (n === outer) return true;
  return false;
}
