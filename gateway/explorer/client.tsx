/**
 * The explorer's browser entry: GraphiQL (query editor, variables, headers, doc explorer, history)
 * bundled by gateway/explorer.ts with esbuild. Everything it loads comes from the gateway itself.
 */
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { HISTORY_PLUGIN } from '@graphiql/plugin-history';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

/** Written by the gateway into the page (`<script type="application/json" id="explorer-config">`). */
interface ExplorerPageConfig {
  endpoint: string;
  defaultHeaders: string;
  defaultQuery: string;
  workers: { editor: string; json: string; graphql: string };
}

const config = JSON.parse(document.getElementById('explorer-config')!.textContent!) as ExplorerPageConfig;

// Monaco runs its language services in web workers; ours are bundled next to this file.
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const url = label === 'json' ? config.workers.json : label === 'graphql' ? config.workers.graphql : config.workers.editor;
    return new Worker(url, { type: 'module' });
  },
};

const fetcher = createGraphiQLFetcher({ url: config.endpoint });

createRoot(document.getElementById('explorer')!).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={[HISTORY_PLUGIN]}
    defaultQuery={config.defaultQuery}
    initialHeaders={config.defaultHeaders}
    defaultHeaders={config.defaultHeaders}
    defaultEditorToolsVisibility={true}
  />,
);
