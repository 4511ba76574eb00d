import { fileURLToPath } from 'node:url';

/**
 * The React CRM page's script: react-crm/main.tsx with React 19 and react-dom from
 * node_modules, bundled by esbuild's JS API on the first request and kept in memory for the
 * life of the process (every simulator in it shares the one build). esbuild is loaded only
 * then, so a simulator that never serves the page never starts it. Production React (no
 * StrictMode double renders), minified, one IIFE file.
 */

const ENTRY = fileURLToPath(new URL('./react-crm/main.tsx', import.meta.url));

let bundle: Promise<string> | null = null;

export function reactCrmBundle(): Promise<string> {
  bundle ??= buildBundle().catch((error: unknown) => {
    bundle = null; // let the next request try again (e.g. after fixing a syntax error)
    throw error;
  });
  return bundle;
}

async function buildBundle(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The repo's tsconfig extends WXT's generated one; the client needs none of it.
    tsconfigRaw: {},
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for the React CRM page');
  return output.text;
}
