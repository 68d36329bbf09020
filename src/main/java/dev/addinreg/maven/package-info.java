/**
 * The Maven face of the plugin: mojos that turn parameters into one request, make one call into the
 * core, and turn the outcome into log lines and a build result.
 */
package dev.addinreg.maven;
