/** The Teams adapter: the Bot Framework SDK behind one endpoint, activities turned into commands and cards. */
package io.wafml.teams;
