// Node options the language server runs with (the client passes them; the bench uses the same).
// A small young generation: the server's garbage is short-lived per keystroke, so 2 MB
// semi-spaces collect as fast as the default 16 MB ones and keep the resident set about a
// third smaller (measured in docs/performance.md).
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2'];
