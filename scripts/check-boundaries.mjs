// The process boundary, enforced by a tool instead of memory. An allow-list
// on resolved paths, in the manner of VS Code's layering rules: every source
// file belongs to one room (boundary-rooms.mjs), and a room may import only
// the rooms and packages its entry names. On top of the import table:
// - `electron` and every `electron/*` are one module; a type-only import of it
//   is allowed in main/ (it loads nothing);
// - ipcMain, ipcRenderer and webContents.send are reached only from the IPC
//   wrapper and the preload, however the value travels (an alias, a variable,
//   a parameter): the TypeScript checker resolves each use to its declaration;
// - only the renderer's api module and the two bridges name `passcodeDesk`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { bridgeFiles, ipcWrapperFiles, roomOf, rooms } from './boundary-rooms.mjs';

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const sourcePattern = /\.(ts|tsx|mts|cts)$/;

function listSources(dir) {
  let out = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out = out.concat(listSources(full));
    else if (sourcePattern.test(entry) && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Every module a file names, with whether the import is type-only. */
export function importsOf(source) {
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
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ spec: node.argument.literal.text, typeOnly: true, node });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A relative specifier as a project path (`main/core/x.ts`), or null for a package. */
export function resolveSpec(root, file, spec) {
  if (!spec.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return base;
}

/** `electron/main` -> `electron`, `@scope/pkg/sub` -> `@scope/pkg`, `node:fs` and `fs` -> `node`. */
export function moduleOf(spec) {
  if (nodeBuiltins.has(spec) || spec.startsWith('node:')) return 'node';
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function checkImports(root, file, source, report) {
  const room = roomOf(file);
  const rule = room && rooms[room];
  if (!rule) {
    report(source, `no room for ${file}: add its folder to scripts/boundary-rooms.mjs with the rooms it may import`);
    return;
  }
  for (const { spec, typeOnly, node } of importsOf(source)) {
    const target = resolveSpec(root, file, spec);
    if (target !== null) {
      const targetRoom = roomOf(target);
      if (targetRoom !== room && !rule.rooms.includes(targetRoom)) {
        report(node, `${room} may not import ${targetRoom ?? target} ("${spec}"); it may import: ${[room, ...rule.rooms].join(', ')}`);
      }
      continue;
    }
    const module = moduleOf(spec);
    if (module === 'electron' && typeOnly && room.startsWith('main/')) continue;
    if (!(rule.modules ?? []).includes(module)) {
      const what = module === 'node' ? `Node built-ins ("${spec}")` : `"${spec}"`;
      report(node, `${room} may not import ${what}; its packages: ${(rule.modules ?? []).join(', ') || 'none'}`);
    }
  }
}

// Declarations in electron.d.ts that are raw IPC: reaching one of them outside the wrapper is the violation.
const rawIpcValues = new Set(['ipcMain', 'ipcRenderer']);
const rawIpcOwners = new Set(['IpcMain', 'IpcRenderer']);
const rawSendOwners = new Set(['WebContents', 'WebFrameMain']);
const rawSendMethods = new Set(['send', 'sendToFrame', 'postMessage']);
// Only identifiers with these names can resolve to raw IPC; resolving every identifier would cost the checker minutes.
const ipcMemberNames = ['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'handle', 'handleOnce', 'removeHandler', 'invoke', 'sendSync', 'sendToHost', 'emit'];
const suspectNames = new Set([...rawIpcValues, ...rawSendMethods, ...ipcMemberNames]);

function rawIpcName(checker, node) {
  let symbol = checker.getSymbolAtLocation(node);
  if (!symbol) return null;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  for (const declaration of symbol.declarations ?? []) {
    if (!declaration.getSourceFile().fileName.replace(/\\/g, '/').includes('/node_modules/electron/')) continue;
    if (rawIpcValues.has(symbol.name)) return symbol.name;
    const owner = declaration.parent;
    const ownerName = owner && (ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner)) ? owner.name?.text : null;
    if (ownerName && rawIpcOwners.has(ownerName)) return `${ownerName}.${symbol.name}`;
    if (ownerName && rawSendOwners.has(ownerName) && rawSendMethods.has(symbol.name)) return `${ownerName}.${symbol.name}`;
  }
  return null;
}

function checkRawIpc(program, file, report) {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) return;
  // `import { ipcMain as bus }`: the local name is a suspect too.
  const local = new Set(suspectNames);
  for (const statement of source.statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) if (element.propertyName) local.add(element.name.text);
  }
  const visit = (node) => {
    if (ts.isIdentifier(node) && local.has(node.text) && !ts.isImportSpecifier(node.parent)) {
      const name = rawIpcName(checker, node);
      if (name) report(node, `${name} is reached outside the IPC wrapper (${ipcWrapperFiles.join(', ')}): go through the wrapper`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function checkBridgeName(file, source, report) {
  const visit = (node) => {
    const named =
      (ts.isIdentifier(node) && node.text === 'passcodeDesk') || (ts.isStringLiteral(node) && node.text === 'passcodeDesk' && ts.isElementAccessExpression(node.parent));
    if (named) report(node, `only renderer/api/ and the bridges reach window.passcodeDesk; ${file} should call the store, which calls renderer/api/`);
    ts.forEachChild(node, visit);
  };
  visit(source);
}

export function checkBoundaries(root) {
  const violations = [];
  const files = ['main', 'renderer', 'shared']
    .filter((room) => existsSync(path.join(root, room)))
    .flatMap((room) => listSources(path.join(root, room)))
    .map((full) => path.relative(root, full).split(path.sep).join('/'));
  // The checker follows ipcMain and webContents through aliases, variables and parameters. It
  // only needs the files that could reach them and electron's own declarations, each file on
  // its own (noResolve): a program over all of main/ and its packages costs ten times longer.
  const electronTypes = ts.resolveModuleName('electron', path.join(root, 'main/index.ts'), { moduleResolution: ts.ModuleResolutionKind.Node10 }, ts.sys).resolvedModule?.resolvedFileName;
  const suspects = files.filter((file) => file.startsWith('main/') && /electron|ipc|send/i.test(readFileSync(path.join(root, file), 'utf8')));
  const program = ts.createProgram(
    [...suspects.map((file) => path.join(root, file)), ...(electronTypes ? [electronTypes] : [])],
    { noEmit: true, noResolve: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, types: [], lib: ['lib.es2022.d.ts'] },
  );
  for (const file of files) {
    const full = path.join(root, file);
    const source = program.getSourceFile(full) ?? ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    const report = (node, message) => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      violations.push({ file, line: line + 1, message });
    };
    checkImports(root, file, source, report);
    if (file.startsWith('main/') && !ipcWrapperFiles.includes(file)) checkRawIpc(program, full, report);
    if (!bridgeFiles.some((allowed) => file.startsWith(allowed))) checkBridgeName(file, source, report);
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
