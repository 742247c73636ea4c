// A recording stand-in for the GitHub CLI, put first on PATH by
// test/release/workflow-scripts.test.ts. It appends each call (arguments and
// working folder) as one JSON line to $FAKE_GH_LOG, and keeps the releases
// that exist in $FAKE_GH_STATE (a JSON list of tags), answering as gh does:
//   release view TAG       exit 0 if it exists, else 1 ("release not found")
//   release create TAG F…  refuses an existing tag or a missing file
//   release upload TAG F…  refuses a missing release or file
//   release edit TAG …     refuses a missing release or notes file
//   release list … --json tagName --jq EXPR   the tags through jq, as gh's --jq prints them
// $FAKE_GH_FAIL=<verb> makes that verb fail as a network error would.
// It runs through ./gh, a shell wrapper: .cjs is CommonJS whatever the package type.
const { appendFileSync, existsSync, readFileSync, writeFileSync } = require('node:fs');
const { execFileSync } = require('node:child_process');

const args = process.argv.slice(2);
appendFileSync(process.env.FAKE_GH_LOG, `${JSON.stringify({ args, cwd: process.cwd() })}\n`);
const tags = existsSync(process.env.FAKE_GH_STATE) ? JSON.parse(readFileSync(process.env.FAKE_GH_STATE, 'utf8')) : [];
const fail = (message) => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};
const [group, verb] = args;
// Every verb but list names the release's tag first.
const tag = verb === 'list' ? undefined : args[2];
if (group !== 'release') fail(`fake gh: unexpected command ${args.join(' ')}`);
if (!process.env.GH_TOKEN) fail('fake gh: GH_TOKEN is not set');
if (process.env.FAKE_GH_FAIL === verb) fail('HTTP 502: Bad Gateway (https://api.github.com/graphql)');
// Values of the options that take one; the rest after the tag are files.
const withValue = new Set(['--title', '--notes-file', '--target', '--repo', '--limit', '--json', '--jq']);
const files = [];
for (let i = tag === undefined ? 2 : 3; i < args.length; i++) {
  if (withValue.has(args[i])) i++;
  else if (!args[i].startsWith('--')) files.push(args[i]);
}
const option = (name) => args[args.indexOf(name) + 1];
for (const file of files) if (!existsSync(file)) fail(`fake gh: no such file ${file}`);
if (verb === 'view') process.exit(tags.includes(tag) ? 0 : fail('release not found'));
if (verb === 'create') {
  if (tags.includes(tag)) fail('a release with the same tag name already exists');
  writeFileSync(process.env.FAKE_GH_STATE, JSON.stringify([...tags, tag]));
} else if (verb === 'upload' || verb === 'edit') {
  if (!tags.includes(tag)) fail('release not found');
  if (verb === 'edit' && !existsSync(option('--notes-file'))) fail('fake gh: no notes file');
} else if (verb === 'list') {
  const json = JSON.stringify(tags.map((tagName) => ({ tagName })));
  process.stdout.write(execFileSync('jq', ['-r', option('--jq')], { input: json, encoding: 'utf8' }));
} else {
  fail(`fake gh: unexpected command ${args.join(' ')}`);
}
