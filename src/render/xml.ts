// The only way text enters the XML we write (XHTML, OPF, NCX, the cover's
// SVG): escaped, never as numeric references (Chinese stays readable
// characters — readers search and index it).

// XML 1.0 §2.2: not even escaped may these appear. The schemas refuse them in
// the sources (issue/xml-text.ts); dropping them here as well means no text,
// whatever its way in, can make a document that does not parse.
const XML_FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML character data or attribute value: the five specials escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * A complete XHTML5 document (EPUB 3.3 §6.1: XML syntax of HTML, UTF-8). The
 * language is on <body> too: MuPDF picks glyph forms by the body's language
 * (on <html> alone it draws Traditional forms, ，。 centred).
 */
export function xhtmlDocument(options: {
  lang: string;
  title: string;
  body: string;
  bodyAttributes?: string;
  stylesheet?: string;
}): string {
  const lang = escapeXml(options.lang);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(options.title)}</title>
<link rel="stylesheet" type="text/css" href="${options.stylesheet ?? 'style.css'}"/>
</head>
<body lang="${lang}" xml:lang="${lang}"${options.bodyAttributes ? ' ' + options.bodyAttributes : ''}>
${options.body}
</body>
</html>
`;
}

/** Inverse of escapeXml for the references markdown-it writes (&amp; &lt; &gt; &quot;). */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (match, name: string, dec?: string, hex?: string) => {
    if (!dec && !hex) return XML_UNESCAPES[name]!;
    // A reference past Unicode (text that only looks like one) stays as written.
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

const XML_UNESCAPES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
