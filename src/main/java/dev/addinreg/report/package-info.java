/**
 * The registration page's drawing: the secrets of {@code registration-report.json} on a timeline, as inline SVG
 * that carries its own style and loads nothing. The page itself goes through the site's Doxia sink
 * ({@code dev.addinreg.maven.RegistrationPage}).
 */
package dev.addinreg.report;
