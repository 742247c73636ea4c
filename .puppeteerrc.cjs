// Ace by DAISY (@daisy/ace-cli) runs axe-core in Puppeteer. Puppeteer's postinstall
// would download its own Chrome; the machines here reach only the npm and Debian
// registries, and Debian's chromium is what every browser test uses, so npm ci
// downloads no browser and src/kindle/ace.ts points Puppeteer at the system one.
module.exports = { skipDownload: true };
