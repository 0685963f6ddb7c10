// Reads [{template, data}] as JSON on stdin and writes [{ok, card} | {ok: false, error}] expanded by the official engine.
import { createRequire } from 'module';
import { readFileSync } from 'fs';

const require = createRequire(import.meta.url);
const { Template } = require('adaptivecards-templating');

const cases = JSON.parse(readFileSync(0, 'utf8'));
const results = cases.map(({ template, data }) => {
  try {
    const card = new Template(template).expand({ $root: data });
    return { ok: true, card: card === undefined ? null : card };
  } catch (error) {
    return { ok: false, error: String(error && error.message ? error.message : error) };
  }
});
process.stdout.write(JSON.stringify(results));
