#!/usr/bin/env node
// Drives the Microsoft 365 Agents Playground web UI in headless Chromium: posts one message (with @mentions typed
// through the mention picker) in a channel or chat, waits for the bot's reply, optionally answers the card, saves a
// screenshot and prints a JSON report of what the Playground sent and what the bot answered.
//
// Usage:
//   node playground-check.mjs <message> <channel-or-chat> <out.png> [--choose <label>]... [--click <button>]...
//
//   <message>          text to post; "@Name" for any name of the Playground config (the bot or a member) is
//                      entered as a real mention, e.g. "@WAF ML Assessment help"
//   <channel-or-chat>  a team channel ("General", "ml-review") or a chat ("Personal Chat", the group chat's name)
//   <out.png>          where to save a full-page screenshot once the reply (and any card action) has rendered
//   --choose <label>   select the choice with this label in the bot's latest card
//   --click <button>   press this button in the bot's latest card and wait for the bot's answer
//
// Environment: PLAYGROUND_URL (default http://localhost:56150), CHROMIUM_PATH (default /usr/bin/chromium),
// CHECK_TIMEOUT_MS (default 30000).
// Exit status: 0 when the bot replied to the message and answered every --click, 1 otherwise, 2 on bad usage.

import { chromium } from 'playwright-core';

const USAGE =
  'usage: node playground-check.mjs <message> <channel-or-chat> <out.png> [--choose <label>]... [--click <button>]...';
const BASE_URL = (process.env.PLAYGROUND_URL ?? 'http://localhost:56150').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.CHECK_TIMEOUT_MS ?? 30000);
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

function parseArgs(argv) {
  const positional = [];
  const steps = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--choose' || argv[i] === '--click') {
      if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
      steps.push({ kind: argv[i].slice(2), label: argv[++i] });
    } else {
      positional.push(argv[i]);
    }
  }
  if (positional.length !== 3) throw new Error('expected <message> <channel-or-chat> <out.png>');
  const [message, target, screenshot] = positional;
  return { message, target, screenshot, steps };
}

function mentionableNames(config) {
  const names = [config.bot.name, config.currentUser.name, ...config.users.map((user) => user.name)];
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

function splitMentions(text, names) {
  const parts = [];
  let plain = '';
  for (let i = 0; i < text.length; ) {
    const name = text[i] === '@' ? names.find((candidate) => text.startsWith(candidate, i + 1)) : undefined;
    if (name) {
      if (plain) parts.push({ text: plain });
      parts.push({ mention: name });
      plain = '';
      i += name.length + 1;
    } else {
      plain += text[i++];
    }
  }
  if (plain) parts.push({ text: plain });
  return parts;
}

class BotReplies {
  constructor(botId) {
    this.botId = botId;
    this.received = [];
    this.waiters = [];
  }

  watch(page) {
    page.on('websocket', (socket) => {
      if (!socket.url().includes('/_ws_conversation/')) return;
      socket.on('framereceived', (frame) => this.accept(String(frame.payload)));
    });
  }

  accept(payload) {
    const event = JSON.parse(payload);
    if (event.message?.from?.id !== this.botId) return;
    this.received.push(event);
    this.waiters.filter((waiter) => this.received.length > waiter.count).forEach((waiter) => waiter.resolve());
  }

  async next(countBefore, what) {
    if (this.received.length > countBefore) return;
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply from the bot to ${what} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      this.waiters.push({ count: countBefore, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }
}

async function typeWithMentions(page, editor, parts) {
  await editor.click();
  for (const part of parts) {
    if (part.text) {
      await page.keyboard.type(part.text);
      continue;
    }
    await page.keyboard.type('@' + part.mention.split(' ')[0]);
    await page.getByRole('menuitem').filter({ hasText: part.mention }).first().click();
  }
}

async function waitForContext(page, config) {
  try {
    await page.getByText(config.currentUser.name, { exact: true }).first().waitFor();
  } catch (error) {
    throw new Error(`the Playground did not load its configuration (is the bot answering at its endpoint?): ${error.message}`);
  }
}

async function postMessage(page, config, target, message) {
  const isChannel = config.teams[0].channels.some((channel) => channel.name === target);
  await page.getByText(target, { exact: true }).first().click();
  const editor = page.locator('[data-lexical-editor=true]').first();
  await editor.waitFor();
  const [sent] = await Promise.all([
    page.waitForRequest((request) => /\/_conversation\/v1\/conversations\/.+\/messages$/.test(request.url())),
    (async () => {
      await typeWithMentions(page, editor, splitMentions(message, mentionableNames(config)));
      if (isChannel) await page.getByRole('button', { name: 'Post', exact: true }).click();
      else await page.keyboard.press('Enter');
    })(),
  ]);
  return sent.postDataJSON();
}

async function latestCard(page) {
  const card = page.locator('.ac-adaptiveCard').last();
  await card.waitFor({ timeout: TIMEOUT_MS });
  return card;
}

async function runStep(page, replies, step) {
  const card = await latestCard(page);
  if (step.kind === 'choose') {
    await card.getByText(step.label, { exact: true }).first().click();
    return { choose: step.label };
  }
  const countBefore = replies.received.length;
  const [sent] = await Promise.all([
    page.waitForRequest((request) => /\/_conversation\/v1\/(invoke|submit)$/.test(request.url())),
    card.getByRole('button', { name: step.label, exact: true }).first().click(),
  ]);
  const response = await sent.response();
  const invokeResponse = response ? await response.text() : '';
  if (!sent.url().endsWith('/invoke') || invokeResponse === '{}' || invokeResponse === '') {
    await replies.next(countBefore, `the button "${step.label}"`);
  }
  return { click: step.label, sent: sent.postDataJSON(), invokeResponse: invokeResponse || null };
}

async function check({ message, target, screenshot, steps }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(TIMEOUT_MS);
    const { config } = await (await page.request.get(`${BASE_URL}/_internal/v1/config`)).json();
    const replies = new BotReplies(config.bot.id);
    replies.watch(page);
    await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
    try {
      await waitForContext(page, config);
      const sent = await postMessage(page, config, target, message);
      await replies.next(0, 'the message');
      const actions = [];
      for (const step of steps) actions.push(await runStep(page, replies, step));
      if (replies.received.some((event) => event.message.attachments?.length)) await latestCard(page);
      await page.waitForTimeout(500);
      return { ok: true, sent, actions, replies: replies.received };
    } finally {
      await page.screenshot({ path: screenshot, fullPage: true });
    }
  } finally {
    await browser.close();
  }
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
try {
  console.log(JSON.stringify(await check(options), null, 2));
} catch (error) {
  console.log(JSON.stringify({ ok: false, error: error.message }, null, 2));
  process.exit(1);
}
