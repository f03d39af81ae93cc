// Runs the packaged main bundle, extracted from app.asar with its packaged
// node_modules, under a recording stand-in for the `electron` module (no
// Electron binary exists on the machines that run the tests). It drives one
// scenario and prints a JSON report on its last line.
//
//   node packaged-main-host.cjs <extracted app root> <userData dir> <scenario>
//   scenarios: first-run | second-run | lock-held
//
// The stand-in is strict: touching an Electron API it does not provide throws,
// naming the API, so a new call in main/ shows up here as a clear failure.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const { EventEmitter } = require('node:events');

const [appRoot, userData, scenario] = process.argv.slice(2);
const pkg = require(path.join(appRoot, 'package.json'));
const report = { scenario, quitCalled: false, whenReadyCalled: false, windows: [], menu: null, aboutBoxes: [], fetched: [], schemes: [] };
const display = { x: 0, y: 0, width: 1920, height: 1040 };

function strict(name, object) {
  return new Proxy(object, {
    get(target, key) {
      if (key in target || typeof key === 'symbol' || key === 'then' || key === 'toJSON') return target[key];
      throw new Error(`The stand-in Electron has no ${name}.${String(key)}`);
    },
  });
}

let windowCreated;
const windowReady = new Promise((resolve) => (windowCreated = resolve));
// Resolves when main shows a message box (the About box, or the error box of a failed start).
let messageBoxShown;
const messageBox = new Promise((resolve) => (messageBoxShown = resolve));

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.record = { options, loadedUrl: null, shown: false, restored: false, focused: false, maximizeCalls: 0 };
    this.minimized = false;
    this.maximized = false;
    this.normalBounds = { x: options.x, y: options.y, width: options.width, height: options.height };
    this.webContents = strict('webContents', Object.assign(new EventEmitter(), { setWindowOpenHandler() {}, isDestroyed: () => false, send() {}, mainFrame: {} }));
    report.windows.push(this.record);
    windowCreated(this);
    return strict('BrowserWindow', this);
  }
  loadURL(url) {
    this.record.loadedUrl = url;
    return Promise.resolve();
  }
  show() {
    this.record.shown = true;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.record.restored = true;
  }
  focus() {
    this.record.focused = true;
  }
  maximize() {
    this.record.maximizeCalls += 1;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return this.normalBounds;
  }
}

const app = strict(
  'app',
  Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: () => scenario !== 'lock-held',
    quit: () => (report.quitCalled = true),
    whenReady: () => {
      report.whenReadyCalled = true;
      return Promise.resolve();
    },
    getPath: (name) => {
      if (name !== 'userData') throw new Error(`The stand-in Electron only knows the userData path, not ${name}`);
      return userData;
    },
    // Electron names the app after package.json's productName: read the packaged one.
    getName: () => pkg.productName ?? pkg.name,
    getVersion: () => pkg.version,
    getLocale: () => 'en-GB',
  }),
);

let protocolHandler = null;
let menuTemplate = null;
const electron = strict('electron', {
  app,
  BrowserWindow,
  ipcMain: strict('ipcMain', { handle() {} }),
  session: { defaultSession: strict('session', { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} }) },
  protocol: strict('protocol', {
    registerSchemesAsPrivileged: (schemes) => report.schemes.push(...schemes.map((s) => s.scheme)),
    handle: (scheme, handler) => (protocolHandler = handler),
  }),
  net: strict('net', {
    fetch: async (url) => {
      report.fetched.push(url);
      return new Response('stand-in');
    },
  }),
  safeStorage: strict('safeStorage', {
    isEncryptionAvailable: () => false,
    getSelectedStorageBackend: () => 'basic_text',
    encryptString: () => Buffer.alloc(0),
    decryptString: () => '',
    // Electron 45 (the version packaged) also has the async API; like the sync
    // one here, it reports no OS encryption, as a Linux box on basic_text does.
    isAsyncEncryptionAvailable: async () => false,
    encryptStringAsync: async () => Buffer.alloc(0),
    decryptStringAsync: async () => ({ result: '', shouldReEncrypt: false }),
  }),
  shell: strict('shell', { openExternal: async () => undefined, openPath: async () => '' }),
  dialog: strict('dialog', {
    showMessageBox: async (...args) => {
      report.aboutBoxes.push(args.at(-1));
      messageBoxShown();
      return { response: 0, checkboxChecked: false };
    },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    // Main shows this when it cannot start; recorded so the report says why.
    showErrorBox: (title, content) => {
      report.aboutBoxes.push({ errorBox: true, title, content });
      messageBoxShown();
    },
    showSaveDialog: async () => ({ canceled: true }),
  }),
  clipboard: strict('clipboard', { writeText() {} }),
  Menu: strict('Menu', {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu: (menu) => (menuTemplate = menu.template),
  }),
  screen: strict('screen', { getAllDisplays: () => [{ workArea: display }], getPrimaryDisplay: () => ({ workArea: display }) }),
});

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'electron') return electron;
  return originalLoad.call(this, request, parent, isMain);
};

function within(promise, ms, what) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), ms))]);
}

function findMenuItem(items, id) {
  for (const item of items ?? []) {
    if (item.id === id) return item;
    const found = findMenuItem(item.submenu, id);
    if (found) return found;
  }
  return null;
}

async function main() {
  require(path.join(appRoot, pkg.main));
  if (scenario === 'lock-held') {
    // Main decides at start-up, synchronously; one turn of the event loop lets anything it queued run.
    await new Promise((resolve) => setImmediate(resolve));
    return;
  }
  const window = await within(windowReady, 15_000, 'the main window');
  window.emit('ready-to-show');
  report.menu = (menuTemplate ?? []).map((item) => ({ label: item.label ?? null, role: item.role ?? null, items: (item.submenu ?? []).map((i) => i.label ?? i.role ?? i.type) }));
  // The renderer's entry, as the app:// handler resolves it inside the package.
  if (protocolHandler) await protocolHandler(new Request('app://passcode-desk/index.html'));
  // A second launch while minimised: the first instance comes back to front.
  window.minimized = true;
  app.emit('second-instance', {}, [], process.cwd());
  // Help > About, as a click would.
  findMenuItem(menuTemplate, 'about')?.click();
  await within(messageBox, 15_000, 'the About box');
  // The user moves the window, then quits.
  window.normalBounds = { x: 300, y: 200, width: 1100, height: 720 };
  window.emit('close', { preventDefault() {} });
  app.emit('before-quit', { preventDefault() {} });
}

main()
  .then(() => {
    console.log(JSON.stringify(report));
    process.exit(0);
  })
  .catch((error) => {
    console.log(JSON.stringify({ ...report, error: String(error?.stack ?? error) }));
    process.exit(1);
  });
