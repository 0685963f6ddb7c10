// Reads [card JSON] on stdin and writes [{errors: [..]}]: parse events and property validation failures of adaptivecards 3.
import { createRequire } from 'module';
import { readFileSync } from 'fs';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

// Teams fills an Input.ChoiceSet whose "choices.data" is a Data.Query (the people picker) as the user types, so an
// empty static "choices" list is correct there; the library, which does not know Teams' datasets, would report it.
// Such choice sets are validated with one placeholder choice; every other empty choice set is still an error.
function withDynamicChoicesFilled(node) {
  if (Array.isArray(node)) {
    return node.map(withDynamicChoicesFilled);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = withDynamicChoicesFilled(value);
  }
  const dynamic = copy['choices.data'] && copy['choices.data'].type === 'Data.Query';
  if (copy.type === 'Input.ChoiceSet' && dynamic && Array.isArray(copy.choices) && copy.choices.length === 0) {
    copy.choices = [{ title: 'dynamic', value: 'dynamic' }];
  }
  return copy;
}

// Teams renders its chart elements (Chart.*), which this library does not know; a chart with a fallback is shown
// through that fallback elsewhere, so only a chart WITHOUT a fallback is an error.
function chartTypesWithFallback(node, found = new Set()) {
  if (Array.isArray(node)) {
    node.forEach((child) => chartTypesWithFallback(child, found));
  } else if (node !== null && typeof node === 'object') {
    if (typeof node.type === 'string' && node.type.startsWith('Chart.') && node.fallback) {
      found.add(node.type);
    }
    Object.values(node).forEach((child) => chartTypesWithFallback(child, found));
  }
  return found;
}

function tolerated(message, charts) {
  const unknown = /^UnknownElementType: Unknown element type "([^"]+)"/.exec(message);
  return unknown !== null && charts.has(unknown[1]);
}

function validate(original) {
  const { errors } = validateAll(original);
  const charts = chartTypesWithFallback(original);
  return { errors: errors.filter((message) => !tolerated(message, charts)) };
}

function validateAll(original) {
  const payload = withDynamicChoicesFilled(original);
  const errors = [];
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  try {
    card.parse(payload, context);
  } catch (error) {
    errors.push(`parse failed: ${error.message}`);
    return { errors };
  }
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    errors.push(`${AC.ValidationEvent[event.event] ?? event.event}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    errors.push(`${AC.ValidationEvent[event.event] ?? event.event}: ${event.message}`);
  }
  return { errors };
}

const cards = JSON.parse(readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(cards.map(validate)));
