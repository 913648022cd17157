// SPDX-License-Identifier: EUPL-1.2
// The page around PPS Canvas (emcc --pre-js): the canvas, the URL's options, the home folder kept
// in the browser's storage, downloads out, files in (a drop, Ctrl+O's picker, a #sketch= link),
// and the service worker that makes a second visit work offline.

Module.canvas = document.getElementById('canvas');
Module.ppsOpened = [];  // paths in the file system, for the app to open (platform/web/web_page.h)
Module.ppsNotes = [];   // what the user should hear, said in the app's sidebar

// ?lang=en&table=4&present -> --lang en --table 4 --present
Module.arguments = [];
for (const [key, value] of new URLSearchParams(location.search)) {
  Module.arguments.push('--' + key);
  if (value !== '') Module.arguments.push(value);
}

function ppsStatus(text) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.hidden = !text;
}

Module.setStatus = function (text) {
  if (text) ppsStatus('PPS Canvas laadt… ' + text.replace(/\(.*\)/, ''));
};
Module.printErr = function (text) { console.error(text); };
Module.ppsStarted = function () { ppsStatus(''); Module.canvas.focus(); };
Module.onAbort = function (what) {
  ppsStatus('PPS Canvas is gestopt: ' + what + '. Herlaad de pagina; je schets is bewaard tot ' +
            'de laatste wijziging.');
};

// The home folder (autosave, undo history, sketches, stories, settings) lives in IndexedDB. It is
// read before main(); a browser that refuses storage (a private window) runs on in memory, and
// says so once.
const ppsHome = '/home/web_user';
let ppsStorageOk = typeof indexedDB !== 'undefined';
let ppsStorageSaid = false;
function ppsStorageFailed(what, error) {
  if (ppsStorageSaid) return;
  ppsStorageSaid = true;
  const reason = error && error.message ? error.message : String(error);
  const full = /quota/i.test(reason) || (error && error.name === 'QuotaExceededError');
  Module.ppsNotes.push(full
      ? 'De opslag van de browser is vol: wijzigingen blijven alleen tot je de pagina sluit. ' +
        'Maak ruimte of download je schets (Verslag).'
      : 'De browser geeft geen opslag (' + what + ': ' + reason + '): wijzigingen blijven ' +
        'alleen tot je de pagina sluit.');
}
Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  if (!ppsStorageOk) {
    ppsStorageFailed('IndexedDB', 'niet beschikbaar');
    return;
  }
  FS.mount(IDBFS, {}, ppsHome);
  addRunDependency('pps-storage');
  FS.syncfs(true, function (error) {
    if (error) ppsStorageOk = false, ppsStorageFailed('lezen', error);
    removeRunDependency('pps-storage');
  });
});

// Writes the home folder back: one write at a time, and one more after it when asked meanwhile.
let ppsWriting = false, ppsWriteAgain = false;
Module.ppsWrites = 0;  // writes finished, for tests
Module.ppsPersist = function () {
  if (!ppsStorageOk) return;
  if (ppsWriting) {
    ppsWriteAgain = true;
    return;
  }
  ppsWriting = true;
  FS.syncfs(false, function (error) {
    ppsWriting = false;
    Module.ppsWrites++;
    if (error) ppsStorageFailed('schrijven', error);
    if (ppsWriteAgain) ppsWriteAgain = false, Module.ppsPersist();
  });
};
document.addEventListener('visibilitychange', function () {
  if (document.visibilityState === 'hidden' && typeof FS !== 'undefined') Module.ppsPersist();
});

// A file the app wrote to its documents folder leaves the browser as a download.
const ppsTypes = {json: 'application/json', png: 'image/png', html: 'text/html',
                  md: 'text/markdown', txt: 'text/plain'};
Module.ppsDownload = function (path) {
  const name = path.split('/').pop();
  const type = ppsTypes[name.split('.').pop().toLowerCase()] || 'application/octet-stream';
  const url = URL.createObjectURL(new Blob([FS.readFile(path)], {type: type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
};

// A sketch file comes in by a drop on the page or by Ctrl+O's picker; the app reads it with its
// own loader, limits and errors.
function ppsOpenFile(file) {
  file.arrayBuffer().then(function (bytes) {
    FS.mkdirTree('/uploads');
    const path = '/uploads/' + file.name.replace(/[\/\\]/g, '_');
    FS.writeFile(path, new Uint8Array(bytes));
    Module.ppsOpened.push(path);
  }, function (error) {
    Module.ppsNotes.push(file.name + ': kan niet gelezen worden (' + error + ')');
  });
}
window.addEventListener('dragover', function (event) { event.preventDefault(); });
window.addEventListener('drop', function (event) {
  event.preventDefault();
  for (const file of event.dataTransfer.files) ppsOpenFile(file);
});
const ppsPicker = document.getElementById('picker');
ppsPicker.addEventListener('change', function () {
  for (const file of ppsPicker.files) ppsOpenFile(file);
  ppsPicker.value = '';
});
window.addEventListener('keydown', function (event) {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'o') {
    event.preventDefault();
    ppsPicker.click();
  }
}, true);
// A finger held down opens no context menu.
window.addEventListener('contextmenu', function (event) { event.preventDefault(); });

// A link #sketch=DATA (DATA: the sketch file's JSON, base64url) opens that sketch.
function ppsLinkedSketch() {
  const match = /^#sketch=([A-Za-z0-9_\-]+=*)$/.exec(location.hash);
  if (!match) return;
  try {
    const b64 = match[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64), function (c) { return c.charCodeAt(0); });
    FS.mkdirTree('/uploads');
    FS.writeFile('/uploads/link.json', bytes);
    Module.ppsOpened.push('/uploads/link.json');
  } catch (error) {
    Module.ppsNotes.push('De link bevat geen leesbare schets (#sketch=): ' + error.message);
  }
}
Module.postRun = Module.postRun || [];
Module.postRun.push(ppsLinkedSketch);
window.addEventListener('hashchange', ppsLinkedSketch);

// Offline after the first visit (page/sw.js); not where service workers are not allowed.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js').catch(function (error) {
      console.warn('PPS Canvas: no offline copy: ' + error);
    });
  });
}
