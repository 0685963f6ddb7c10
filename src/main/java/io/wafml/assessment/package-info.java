/** The assessment domain: assessments, assignments, answers, consolidation and scoring; no Spring, no Bot SDK. */
package io.wafml.assessment;
