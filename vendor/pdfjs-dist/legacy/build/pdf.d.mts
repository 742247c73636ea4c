export * from "pdfjs-dist";
