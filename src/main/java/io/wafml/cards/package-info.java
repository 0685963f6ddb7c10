/** Adaptive Card templates from the top-level cards folder, expanded by the project's template engine. */
package io.wafml.cards;
