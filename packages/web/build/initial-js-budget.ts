/**
 * Reports, at the end of every build, how much JavaScript a first visit downloads (the
 * entry chunk and everything it imports statically, gzipped), and fails the build when
 * it passes the budget. It also refuses any server-side module in the browser bundle:
 * the web app talks to the server over HTTP and must never carry a database driver.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const SERVER_ONLY = [
  /\/packages\/(store|app|server|cli)\/src\//,
  /node_modules\/(better-sqlite3|pg|kysely)\//,
];

export function initialJsBudget(budgetKb: number): Plugin {
  return {
    name: 'kindred-initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      for (const chunk of chunks) {
        const offending = chunk.moduleIds.filter((id) => SERVER_ONLY.some((pattern) => pattern.test(id)));
        if (offending.length > 0) {
          this.error(
            `The browser bundle must not contain server-side code, but ${chunk.fileName} includes ${offending.slice(0, 3).join(', ')}. Import such code as types only (import type …).`,
          );
        }
      }
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
      let gzipped = 0;
      for (const fileName of initial) gzipped += gzipSync(byName.get(fileName)?.code ?? '').length;
      const kb = gzipped / 1024;
      this.info(
        `initial JavaScript: ${kb.toFixed(1)} KB gzipped in ${initial.size} file(s) (budget ${budgetKb} KB)`,
      );
      if (kb > budgetKb) {
        this.error(
          `The first load needs ${kb.toFixed(1)} KB of gzipped JavaScript, over the ${budgetKb} KB budget. Load the new code lazily (a page or a library only one page needs) or trim it.`,
        );
      }
    },
  };
}
