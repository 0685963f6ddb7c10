/** Operator commands of the jar that run without starting the web server. */
package io.wafml.cli;
