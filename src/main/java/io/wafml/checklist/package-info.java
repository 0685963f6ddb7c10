/** The checklist: bilingual, validated data loaded at start-up, and an importer for checklists in the seed's Markdown shape. */
package io.wafml.checklist;
