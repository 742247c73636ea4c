// fontverter (a dependency of subset-font) ships no types: the one call the harness makes.
declare module 'fontverter' {
  export function convert(data: Uint8Array, format: 'sfnt' | 'truetype' | 'woff' | 'woff2'): Promise<Buffer>;
}
