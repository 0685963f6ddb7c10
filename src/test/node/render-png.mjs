// Renders every *.json card in --in DIR to --out DIR/<name>.png with the official adaptivecards renderer in headless Chromium.
import { createRequire } from 'module';
import { readdirSync, readFileSync, mkdirSync } from 'fs';
import { join, basename } from 'path';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');

const args = process.argv.slice(2);
const option = (name) => args[args.indexOf(name) + 1];
const inDir = option('--in');
const outDir = option('--out');
if (!args.includes('--in') || !args.includes('--out')) {
  console.error('usage: node render-png.mjs --in DIR --out DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const hostConfig = {
  fontFamily: "'Segoe UI', 'Noto Sans CJK JP', sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, accent: { default: '#5B5FC7' }, good: { default: '#0E700E' }, warning: { default: '#835B00' }, attention: { default: '#C4314B' } } },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    good: { backgroundColor: '#E7F2DA', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    warning: { backgroundColor: '#FBF6D9', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    attention: { backgroundColor: '#FCF4F6', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    accent: { backgroundColor: '#E8EBFA', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
  },
  actions: { maxActions: 6, buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left' },
  supportsInteractivity: true,
};

const bundle = readFileSync(require.resolve('adaptivecards/dist/adaptivecards.js'), 'utf8');
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 560, height: 400 });
  for (const file of readdirSync(inDir).filter((f) => f.endsWith('.json')).sort()) {
    const card = JSON.parse(readFileSync(join(inDir, file), 'utf8'));
    await page.setContent('<html><body style="margin:0;background:#EBEBEB"><div id="card" style="width:540px;margin:10px"></div></body></html>');
    await page.addScriptTag({ content: bundle });
    await page.evaluate((payload, config) => {
      // Like Teams: [text](url) links, **bold**, line breaks, and <at>name</at> mentions shown as highlighted names.
      AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        result.outputHtml = escaped
          .replace(/&lt;at&gt;(.*?)&lt;\/at&gt;/g, '<span style="color:#5B5FC7;font-weight:600">$1</span>')
          .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2" style="color:#5B5FC7">$1</a>')
          .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
          .replace(/\n/g, '<br>');
        result.didProcess = true;
      };
      const adaptiveCard = new AdaptiveCards.AdaptiveCard();
      adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(config);
      adaptiveCard.parse(payload);
      document.getElementById('card').appendChild(adaptiveCard.render());
    }, card, hostConfig);
    const element = await page.$('#card');
    const target = join(outDir, basename(file, '.json') + '.png');
    await element.screenshot({ path: target });
    console.log(target);
  }
} finally {
  await browser.close();
}
