// Starts `aula-plan lsp` for the TOML files of the workspace. The server itself answers only
// for plans (a file with `format =` and `[plan]`); other TOML files get no findings from it.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('aulaPlan');
  const command = config.get('path') || 'aula-plan';
  const lang = config.get('lang');
  const args = lang ? ['--lang', lang, 'lsp'] : ['lsp'];
  client = new LanguageClient(
    'aulaPlan',
    'aula-plan',
    { command, args },
    { documentSelector: [{ scheme: 'file', pattern: '**/*.toml' }] },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
