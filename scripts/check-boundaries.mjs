// The process boundary, enforced by a tool instead of memory:
// - renderer/ imports neither electron nor Node built-ins;
// - shared/ imports nothing from main/ or renderer/, nor electron or Node;
// - the electron-free core (main/ outside main/electron/, main/preload/ and
//   main/index.ts) does not import electron at runtime;
// - only the IPC wrapper, the preload and the composition root name
//   ipcMain / ipcRenderer, and only the wrapper calls webContents.send.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const ipcAllowed = new Set(['main/electron/ipc-electron.ts', 'main/preload/index.ts', 'main/index.ts']);
const electronAllowed = (file) => file.startsWith('main/electron/') || file.startsWith('main/preload/') || file === 'main/index.ts';

function listSources(dir) {
  let out = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out = out.concat(listSources(full));
    else if (/\.(ts|tsx|mts|cts)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Every module a file loads at runtime, with whether the import is type-only. */
function importsOf(source) {
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? Boolean(node.importClause?.isTypeOnly) : node.isTypeOnly;
      found.push({ spec: node.moduleSpecifier.text, typeOnly, node });
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        found.push({ spec: node.arguments[0].text, typeOnly: false, node });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function identifiersOf(source, names) {
  const found = [];
  const visit = (node) => {
    if (ts.isIdentifier(node) && names.has(node.text)) found.push({ name: node.text, node });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function checkBoundaries(root) {
  const violations = [];
  const rooms = ['main', 'renderer', 'shared'].filter((room) => {
    try {
      return statSync(path.join(root, room)).isDirectory();
    } catch {
      return false;
    }
  });
  for (const full of rooms.flatMap((room) => listSources(path.join(root, room)))) {
    const file = path.relative(root, full).split(path.sep).join('/');
    const source = ts.createSourceFile(file, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    const report = (node, message) => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      violations.push({ file, line: line + 1, message });
    };
    for (const { spec, typeOnly, node } of importsOf(source)) {
      const resolved = spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : null;
      if (file.startsWith('renderer/')) {
        if (spec === 'electron' || spec.startsWith('electron/')) report(node, `renderer/ must not import electron ("${spec}")`);
        if (nodeBuiltins.has(spec)) report(node, `renderer/ must not import Node built-ins ("${spec}")`);
      }
      if (file.startsWith('shared/')) {
        if (resolved && (resolved.startsWith('main/') || resolved.startsWith('renderer/'))) report(node, `shared/ must not import from ${resolved.split('/')[0]}/ ("${spec}")`);
        if (spec === 'electron' || nodeBuiltins.has(spec)) report(node, `shared/ must not import "${spec}": it runs in both processes`);
      }
      if (file.startsWith('main/') && !electronAllowed(file) && spec === 'electron' && !typeOnly) {
        report(node, 'the main-process core must not import electron: put Electron-only code in main/electron/ behind an interface');
      }
    }
    if (!ipcAllowed.has(file)) {
      for (const { name, node } of identifiersOf(source, new Set(['ipcMain', 'ipcRenderer']))) {
        report(node, `${name} is used outside the IPC wrapper (main/electron/ipc-electron.ts, main/preload/index.ts)`);
      }
    }
    if (file !== 'main/electron/ipc-electron.ts' && /\bwebContents\s*\.\s*send\s*\(/.test(source.text)) {
      violations.push({ file, line: 0, message: 'webContents.send is used outside the IPC wrapper' });
    }
  }
  return violations;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? '.');
  const violations = checkBoundaries(root);
  for (const v of violations) console.error(`${v.file}:${v.line}: ${v.message}`);
  if (violations.length > 0) {
    console.error(`Boundary check failed: ${violations.length} violation(s).`);
    process.exit(1);
  }
  console.log('Boundary check passed.');
}
