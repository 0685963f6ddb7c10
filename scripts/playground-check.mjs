#!/usr/bin/env node
// Drives the Microsoft 365 Agents Playground web UI in headless Chromium: posts one message (with @mentions entered
// through the mention picker) in a channel or chat, waits for the bot's reply, optionally answers the card, saves a
// screenshot and prints a JSON report of what was sent and what the bot answered.
//
// Usage:
//   node playground-check.mjs <message> <channel-or-chat> <out.png> [options]
//
//   <message>          text to post; "@Name" for any name in the Playground config (the bot or a member) becomes a
//                      real mention, e.g. "@WAF ML Assessment help"
//   <channel-or-chat>  a team channel ("General", "ml-review") or a chat ("Personal Chat", the group chat's name)
//   <out.png>          where to save a full-page screenshot (also written when the check fails)
//   --choose <label>   select the choice with this label in the newest card that shows it (repeatable, in order)
//   --click <button>   press this button (in the card of the last --choose, else in the newest card that has it)
//                      and wait for the bot's answer (repeatable)
//   --wait <ms>        wait this long before the next step, e.g. for cards the bot posts in the background
//   --as <member>      send the message as this member instead of the current user
//   --locale <tag>     send the message with this locale (e.g. ja-JP) instead of the Playground's fixed en-US
//
// The web UI always acts as the config's current user with locale en-US. With --as or --locale the message is sent
// through the Playground's "custom activity" API instead, in the same shape as the UI's; card clicks still come from
// the current user.
//
// Environment: PLAYGROUND_URL (default http://localhost:56150), CHROMIUM_PATH (default /usr/bin/chromium),
// CHECK_TIMEOUT_MS (default 30000), VIEWPORT_HEIGHT (default 1000; taller shows more of a long thread).
// Exit status: 0 when the bot replied to the message and answered every --click, 1 otherwise, 2 on bad usage.

import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';

const USAGE =
  'usage: node playground-check.mjs <message> <channel-or-chat> <out.png> ' +
  '[--choose <label>]... [--click <button>]... [--wait <ms>]... [--as <member>] [--locale <tag>]';
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
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (!['--choose', '--click', '--wait', '--as', '--locale'].includes(flag)) {
      positional.push(flag);
      continue;
    }
    if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
    const value = argv[++i];
    if (['--choose', '--click', '--wait'].includes(flag)) steps.push({ kind: flag.slice(2), label: value });
    else options[flag.slice(2)] = value;
  }
  if (positional.length !== 3) throw new Error('expected <message> <channel-or-chat> <out.png>');
  const [message, target, screenshot] = positional;
  return { message, target, screenshot, steps, sender: options.as, locale: options.locale };
}

function members(config) {
  return [config.currentUser, ...config.users];
}

function mentionables(config) {
  const accounts = [{ id: config.bot.id, name: config.bot.name }, ...members(config)];
  return accounts.sort((a, b) => b.name.length - a.name.length);
}

function splitMentions(text, accounts) {
  const parts = [];
  let plain = '';
  for (let i = 0; i < text.length; ) {
    const account = text[i] === '@' ? accounts.find((candidate) => text.startsWith(candidate.name, i + 1)) : undefined;
    if (account) {
      if (plain) parts.push({ text: plain });
      parts.push({ mention: account });
      plain = '';
      i += account.name.length + 1;
    } else {
      plain += text[i++];
    }
  }
  if (plain) parts.push({ text: plain });
  return parts;
}

function conversationOf(config, target) {
  const channel = config.teams[0].channels.find((candidate) => candidate.name === target);
  if (channel) return { id: channel.id, isChannel: true };
  if (target === config.personalChat.name) return { id: config.personalChat.id, isChannel: false };
  const groupChat = config.groupChats.find((candidate) => candidate.name === target);
  if (groupChat) return { id: groupChat.id, isChannel: false };
  throw new Error(`no channel or chat named "${target}" in the Playground config`);
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
      const timer = setTimeout(
        () => reject(new Error(`no reply from the bot to ${what} within ${TIMEOUT_MS} ms`)),
        TIMEOUT_MS,
      );
      this.waiters.push({ count: countBefore, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }
}

async function waitForContext(page, config) {
  try {
    await page.getByText(config.currentUser.name, { exact: true }).first().waitFor();
  } catch (error) {
    throw new Error(`the Playground did not load its configuration (is the bot answering?): ${error.message}`);
  }
}

async function typeWithMentions(page, editor, parts) {
  await editor.click();
  for (const part of parts) {
    if (part.text) {
      await page.keyboard.type(part.text);
      continue;
    }
    await page.keyboard.type('@' + part.mention.name.split(' ')[0]);
    await page.getByRole('menuitem').filter({ hasText: part.mention.name }).first().click();
  }
}

async function postThroughUi(page, config, target, message) {
  const { isChannel } = conversationOf(config, target);
  await page.getByText(target, { exact: true }).first().click();
  const editor = page.locator('[data-lexical-editor=true]').first();
  await editor.waitFor();
  const [sent] = await Promise.all([
    page.waitForRequest((request) => /\/_conversation\/v1\/conversations\/.+\/messages$/.test(request.url())),
    (async () => {
      await typeWithMentions(page, editor, splitMentions(message, mentionables(config)));
      if (isChannel) await page.getByRole('button', { name: 'Post', exact: true }).click();
      else await page.keyboard.press('Enter');
    })(),
  ]);
  return sent.postDataJSON();
}

function customMessage(template, config, conversation, { message, sender, locale }) {
  const from = sender ? members(config).find((member) => member.name === sender) : config.currentUser;
  if (!from) throw new Error(`no member named "${sender}" in the Playground config`);
  const parts = splitMentions(message, mentionables(config));
  const tenant = { id: config.tenantId };
  const teamId = config.teams[0].id;
  return {
    ...template,
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    text: parts.map((part) => part.text ?? `<at>${part.mention.name}</at>`).join(''),
    textFormat: 'plain',
    locale: locale ?? 'en-US',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    entities: [
      ...parts
        .filter((part) => part.mention)
        .map((part) => ({
          type: 'mention',
          mentioned: { id: part.mention.id, name: part.mention.name },
          text: `<at>${part.mention.name}</at>`,
        })),
      { type: 'clientInfo', locale: locale ?? 'en-US' },
    ],
    channelData: conversation.isChannel
      ? { teamsChannelId: conversation.id, teamsTeamId: teamId, tenant, team: { id: teamId }, channel: { id: conversation.id } }
      : { tenant },
  };
}

async function postAsCustomActivity(page, config, target, options) {
  const conversation = conversationOf(config, target);
  await page.getByText(target, { exact: true }).first().click();
  const query = `conversationId=${encodeURIComponent(conversation.id)}`;
  const template = await (await page.request.get(`${BASE_URL}/_internal/v1/customActivities/template?${query}`)).json();
  const activity = customMessage(template, config, conversation, options);
  const response = await page.request.post(`${BASE_URL}/_internal/v1/customActivities`, { data: activity });
  if (!response.ok()) throw new Error(`the Playground refused the custom activity: HTTP ${response.status()}`);
  return activity;
}

async function latestCard(page) {
  const card = page.locator('.ac-adaptiveCard').last();
  await card.waitFor({ timeout: TIMEOUT_MS });
  return card;
}

// The card a step acts on: the card of the previous --choose when it has the button, otherwise the newest card that
// shows the label, once rendered (channel posts are listed newest first: a welcome card posted at install time may
// come last).
let currentCard = null;

async function cardFor(page, step) {
  const cards = page.locator('.ac-adaptiveCard');
  const target =
    step.kind === 'click'
      ? page.getByRole('button', { name: step.label, exact: true })
      : page.getByText(step.label, { exact: true });
  if (step.kind === 'click' && currentCard && (await currentCard.filter({ has: target }).count()) > 0) {
    return currentCard;
  }
  const card = cards.filter({ has: target }).first();
  await card.waitFor({ timeout: TIMEOUT_MS });
  return card;
}

async function runStep(page, replies, step) {
  if (step.kind === 'wait') {
    await page.waitForTimeout(Number(step.label));
    return { wait: Number(step.label) };
  }
  const card = await cardFor(page, step);
  if (step.kind === 'choose') {
    await card.getByText(step.label, { exact: true }).first().click();
    currentCard = card;
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

async function check(options) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: Number(process.env.VIEWPORT_HEIGHT ?? 1000) } });
    page.setDefaultTimeout(TIMEOUT_MS);
    const { config } = await (await page.request.get(`${BASE_URL}/_internal/v1/config`)).json();
    const replies = new BotReplies(config.bot.id);
    replies.watch(page);
    await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
    try {
      await waitForContext(page, config);
      const custom = options.sender !== undefined || options.locale !== undefined;
      const sent = custom
        ? await postAsCustomActivity(page, config, options.target, options)
        : await postThroughUi(page, config, options.target, options.message);
      await replies.next(0, 'the message');
      const actions = [];
      for (const step of options.steps) actions.push(await runStep(page, replies, step));
      if (replies.received.some((event) => event.message.attachments?.length)) await latestCard(page);
      await page.waitForTimeout(500);
      return { ok: true, sent, actions, replies: replies.received };
    } finally {
      await page.screenshot({ path: options.screenshot, fullPage: true });
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
