// epub-gen-memory's JSZip, as scripts/bundle.mjs gives it to epub-gen-memory
// in the compiled CLI (why: there). A map of the files in the order they are
// added, folders as JSZip lists them (a folder before its first file, once),
// contents given back as Node buffers, as JSZip gives them; generateAsync and
// any content but text and bytes throw. test/scripts/file-map-zip.test.ts
// holds it to JSZip itself.
'use strict';
function bytes(name, data) {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw new Error('qikan bundles epub-gen-memory with a map of files for text and bytes only (scripts/bundle.mjs); ' + name + ' is neither');
}
function FileMapZip() {
  Object.defineProperty(this, 'files', { value: {}, enumerable: false });
  Object.defineProperty(this, 'root', { value: '', enumerable: false, writable: true });
}
/** Every folder above `name`, and `name` itself when it ends in '/'. */
FileMapZip.prototype.addFolders = function (name) {
  const parts = name.split('/');
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join('/') + '/';
    if (!(folder in this.files)) this.files[folder] = { name: folder, dir: true, async: () => Promise.resolve(Buffer.alloc(0)) };
  }
};
FileMapZip.prototype.file = function (name, data) {
  const full = this.root + name;
  this.addFolders(full);
  const content = bytes(full, data);
  this.files[full] = { name: full, dir: false, async: (type) => {
    if (type !== 'nodebuffer') return Promise.reject(new Error('qikan bundles epub-gen-memory with a map of files that gives Node buffers only (scripts/bundle.mjs)'));
    return Promise.resolve(content);
  } };
  return this;
};
FileMapZip.prototype.folder = function (name) {
  const full = this.root + name.replace(/\/?$/, '/');
  this.addFolders(full);
  const child = Object.create(this);
  child.root = full;
  return child;
};
FileMapZip.prototype.generateAsync = function () {
  throw new Error('qikan bundles epub-gen-memory with a map of files, not a ZIP writer (scripts/bundle.mjs): src/epub/zip.ts writes the container');
};
module.exports = FileMapZip;
module.exports.default = FileMapZip;
