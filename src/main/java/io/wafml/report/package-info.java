/** Exports of an assessment's result (Markdown, CSV, JSON), their signed download links and the report CLI. */
package io.wafml.report;
