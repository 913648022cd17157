// SPDX-License-Identifier: EUPL-1.2
// The page around PPS Canvas (emcc --pre-js): the canvas, the URL's options, the home folder kept
// in the browser's storage, downloads out, files in (a drop, Ctrl+O's picker, a #sketch= link),
// and the service worker that makes a second visit work offline.

Module.canvas = document.getElementById('canvas');
Module.ppsOpened = [];  // paths in the file system, for the app to open (platform/web/web_page.h)
Module.ppsFilesIn = 0;  // files handed over so far, for tests
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

// The home folder (autosave, undo history, sketches, stories, settings) lives in IndexedDB, at a
// path of the app's own (IDBFS names its database after it: another emscripten app on the same
// origin has its own). It is read before main(); a browser that refuses storage runs on in
// memory, and says so once. One tab at a time owns it (a Web Lock, held while the page lives;
// browsers give it on https and localhost): a second tab or window of the app works in memory
// alone, since two writing one IndexedDB would each delete the other's new files.
const ppsHome = '/pps-canvas';
let ppsStorageOk = typeof indexedDB !== 'undefined';
let ppsLoaded = false;  // read back: before that, a write would delete what is not read yet
let ppsStorageSaid = false;
const ppsEnglish = new URLSearchParams(location.search).get('lang') === 'en';
function ppsSay(dutch, english) { Module.ppsNotes.push(ppsEnglish ? english : dutch); }
function ppsStorageFailed(what, error, full) {
  if (ppsStorageSaid) return;
  ppsStorageSaid = true;
  const reason = error && error.message ? error.message : String(error);
  if (full || /quota/i.test(reason) || (error && error.name === 'QuotaExceededError'))
    ppsSay('De opslag van de browser is vol: wijzigingen blijven alleen tot je de pagina sluit. ' +
           'Maak ruimte of exporteer je schets (Schetsen).',
           'The browser\'s storage is full: changes last only until the page is closed. Make ' +
           'room, or export the sketch (Sketches).');
  else
    ppsSay('De browser bewaart niets (' + what + ': ' + reason + '): wijzigingen blijven alleen ' +
           'tot je de pagina sluit.',
           'The browser keeps nothing (' + what + ': ' + reason + '): changes last only until ' +
           'the page is closed.');
}
// An IndexedDB call that never answers (emscripten's IDBFS hears no aborted transaction, as a
// full storage gives) is given up after `seconds`: `done` runs once, with an error then.
function ppsWithin(seconds, start, done) {
  let over = false;
  const timer = setTimeout(function () {
    over = true;
    done(new Error(ppsEnglish ? 'no answer in ' + seconds + ' s' : 'geen antwoord in ' + seconds +
                   ' s'), true);
  }, seconds * 1000);
  start(function (error) {
    if (over) return done(error, false, true);
    clearTimeout(timer);
    done(error, false);
  });
}
Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  ENV.HOME = ppsHome;  // the app's folders (core/files) are under $HOME
  FS.mkdirTree(ppsHome);
  if (!ppsStorageOk) {
    ppsStorageFailed('IndexedDB', ppsEnglish ? 'not available' : 'niet beschikbaar');
    return;
  }
  // Kept unless the user clears it: without this a browser may drop it to make room.
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist();
  addRunDependency('pps-storage');
  const read = function () {
    FS.mount(IDBFS, {}, ppsHome);
    ppsWithin(10, function (answer) { FS.syncfs(true, answer); }, function (error, late) {
      if (late) return;  // the app runs on in memory already
      if (error) ppsStorageOk = false, ppsStorageFailed(ppsEnglish ? 'read' : 'lezen', error);
      else ppsLoaded = true;
      removeRunDependency('pps-storage');
    });
  };
  if (!navigator.locks) return read();
  // Waited for a moment: a reload's page may ask before the old one has let go.
  const wait = new AbortController();
  setTimeout(function () { wait.abort(); }, 3000);
  navigator.locks.request('pps-canvas-home', {signal: wait.signal}, function () {
    read();
    return new Promise(function () {});  // held until the page goes
  }).catch(function (error) {
    if (error && error.name !== 'AbortError') return read();  // no lock here: read all the same
    ppsStorageOk = false;
    ppsSay('PPS Canvas is al open in een ander tabblad of venster: dit bewaart niets als je het ' +
           'sluit. Werk verder in het andere.',
           'PPS Canvas is open in another tab or window: this one keeps nothing once closed. ' +
           'Work on in the other one.');
    removeRunDependency('pps-storage');
  });
});

// Writes the home folder back: one write at a time, and one more after it when asked meanwhile.
// A write given up (no answer in 20 s) is said, and the next ones are still made; one that
// answers after all, or a later one that succeeds, is said too.
let ppsWriting = false, ppsWriteAgain = false;
Module.ppsWrites = 0;  // writes finished, for tests
Module.ppsIdle = function () { return !ppsWriting && !ppsWriteAgain; };
Module.ppsPersist = function () {
  if (!ppsStorageOk || !ppsLoaded) return;
  if (ppsWriting) {
    ppsWriteAgain = true;
    return;
  }
  ppsWriting = true;
  ppsWithin(20, function (answer) { FS.syncfs(false, answer); }, function (error, over, late) {
    if (!late) {
      ppsWriting = false;
      Module.ppsWrites++;
    }
    if (error && !late) {
      if (!over || !navigator.storage || !navigator.storage.estimate)
        ppsStorageFailed(ppsEnglish ? 'write' : 'schrijven', error);
      else navigator.storage.estimate().then(function (e) {
        ppsStorageFailed(ppsEnglish ? 'write' : 'schrijven', error, e.quota - e.usage < 1e6);
      });
    } else if (!error && ppsStorageSaid) {
      ppsStorageSaid = false;
      ppsSay('De browser bewaart weer.', 'The browser saves again.');
    }
    if (ppsWriteAgain && !late) ppsWriteAgain = false, Module.ppsPersist();
  });
};
document.addEventListener('visibilitychange', function () {
  if (document.visibilityState === 'hidden') Module.ppsPersist();
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
    Module.ppsFilesIn++;
  }, function (error) {
    Module.ppsNotes.push(file.name + (ppsEnglish ? ': cannot be read (' : ': kan niet gelezen ' +
                         'worden (') + error + ')');
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

// A link #sketch=DATA opens that sketch. DATA is the sketch file's JSON in base64url, as it is or
// compressed with zlib (a report's QR code, core/model/share_link.h): the browser unpacks that.
async function ppsUnpack(bytes) {
  if (bytes[0] !== 0x78) return bytes;  // JSON as it is: '{'
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function ppsLinkedSketch() {
  const match = /^#sketch=([A-Za-z0-9_\-]+=*)$/.exec(location.hash);
  if (!match) return;
  try {
    const b64 = match[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = await ppsUnpack(
        Uint8Array.from(atob(b64), function (c) { return c.charCodeAt(0); }));
    FS.mkdirTree('/uploads');
    FS.writeFile('/uploads/link.json', bytes);
    Module.ppsOpened.push('/uploads/link.json');
    // Opened once: a reload opens the board as it was left, not the link's again (where this
    // tab keeps the board: a second tab's is gone with it, and the link is kept).
    if (ppsStorageOk) history.replaceState(null, '', location.pathname + location.search);
  } catch (error) {
    Module.ppsNotes.push((ppsEnglish ? 'The link holds no readable sketch (#sketch=): '
                                     : 'De link bevat geen leesbare schets (#sketch=): ') +
                         error.message);
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
