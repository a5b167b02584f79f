// Conformance oracle for BreedBot's card binder: expands templates with the official
// adaptivecards-templating package and parses the result with the official adaptivecards package.
//
// Input (stdin): JSON lines, each {"id": string, "template": object, "data": object}.
// Or, for a person at a terminal: template paths as arguments (cards/help.json), each expanded
// with its sample data beside it (cards/help.data.json).
// Output (stdout): one JSON line per input line, in order:
//   {"id", "expanded", "templateWarnings": [..], "parseEvents": [{event, phase, message}], "error"}
// parseEvents holds every event the parser logs (unknown types, invalid values, versions) plus
// the failures of validateProperties; a sound card has none. One Node start serves a whole batch.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const require = createRequire(import.meta.url);
const ACData = require("adaptivecards-templating");
// The package's "main" is ES module source without file extensions, which Node cannot load;
// its UMD bundle is the same code and needs no DOM to parse cards.
const AC = require("adaptivecards/dist/adaptivecards.js");

// Teams renders schema 1.5: anything newer must be reported, not silently accepted.
const targetVersion = AC.Versions.v1_5;

function describe(event) {
  return {
    event: AC.ValidationEvent[event.event] ?? String(event.event),
    phase: AC.ValidationPhase[event.phase] ?? String(event.phase),
    message: event.message,
  };
}

function check(line) {
  const { id, template, data } = JSON.parse(line);
  try {
    const tpl = new ACData.Template(template);
    const expanded = tpl.expand({ $root: data });
    const context = new AC.SerializationContext(targetVersion);
    const card = new AC.AdaptiveCard();
    card.parse(expanded, context);
    const parseEvents = [];
    for (let i = 0; i < context.eventCount; i++) {
      parseEvents.push(describe(context.getEventAt(i)));
    }
    for (const failure of card.validateProperties().validationEvents) {
      parseEvents.push(describe(failure));
    }
    return { id, expanded, templateWarnings: tpl.getLastTemplateExpansionWarnings(), parseEvents, error: null };
  } catch (e) {
    return { id, expanded: null, templateWarnings: [], parseEvents: [], error: String(e?.stack ?? e) };
  }
}

function fromFile(path) {
  const read = (p) => JSON.parse(readFileSync(p, "utf8"));
  return JSON.stringify({ id: path, template: read(path), data: read(path.replace(/\.json$/, ".data.json")) });
}

const args = process.argv.slice(2);
const lines = args.length > 0 ? args.map(fromFile) : createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim().length > 0) {
    process.stdout.write(JSON.stringify(check(line)) + "\n");
  }
}
