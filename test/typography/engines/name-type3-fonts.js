// For `mutool run` (MuPDF's own JavaScript, not Node): gives every Type3 font
// of a PDF the name of the font it was made from, so that the trace device
// reports "NotoSerifCJKsc-Regular~12" instead of "Unnamed-T3". Chromium's PDF
// (Calibre's PDF output) draws CFF fonts such as Noto CJK as Type3 fonts with
// no /Name, keeping the original name only in the FontDescriptor. The object
// number after ~ keeps the fonts apart.
// usage: mutool run name-type3-fonts.js IN.pdf OUT.pdf
var doc = new PDFDocument(scriptArgs[0]);
var count = doc.countObjects();
for (var i = 1; i < count; i++) {
  var obj = doc.newIndirect(i, 0).resolve();
  if (!obj || !obj.isDictionary()) continue;
  var subtype = obj.get("Subtype");
  if (!subtype || subtype.toString() != "/Type3") continue;
  var descriptor = obj.get("FontDescriptor");
  var fontName = descriptor && descriptor.isDictionary() ? descriptor.get("FontName") : null;
  var name = fontName ? fontName.toString().replace(/^\//, "") : "Unnamed";
  obj.put("Name", doc.newName(name + "~" + i));
}
doc.save(scriptArgs[1], "");
