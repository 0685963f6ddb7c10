/**
 * The typed data of each Adaptive Card template in the cards folder: one public record per card, with nested records for
 * its rows, carrying ready-to-show values (labels, percentages, text bars) so the templates stay declarative.
 */
package io.wafml.cards.view;
