// npm run docs: regenerate README's field tables from the zod schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { updateReadme } from '../dist-js/issue/schema-doc.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
writeFileSync(new URL('../README.md', import.meta.url), updateReadme(readme));
