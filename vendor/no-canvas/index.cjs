// pdfjs-dist requires @napi-rs/canvas, when it is there, for DOMMatrix, Path2D
// and ImageData — drawing only. Reading text (getTextContent, the operator list
// for font weights) needs none of them; with nothing exported, pdf.js would
// only warn, and qikan runs it at verbosity 0.
module.exports = {};
