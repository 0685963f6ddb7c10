// Reads [card JSON] on stdin and writes [{errors: [..]}]: parse events and property validation failures of adaptivecards 3.
import { createRequire } from 'module';
import { readFileSync } from 'fs';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

function validate(payload) {
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
