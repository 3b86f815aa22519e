// Docker Coach language server entry: IPC when VS Code starts it, `--stdio` for any other
// LSP client (Neovim, Helix, Emacs...). Never needs a Docker daemon.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { connectionStrategy } from './handlers/guard';
import { tuneHeap } from './runtimeFlags';
import { startServer } from './startServer';

tuneHeap();
startServer(createConnection(ProposedFeatures.all, connectionStrategy));
