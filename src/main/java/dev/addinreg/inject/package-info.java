/**
 * Writing the registration into an add-in's files: {@code web.config} appSettings, the manifest's
 * {@code ClientId}, and {@code ~remoteAppUrl} in the package, each as a splice into the original text.
 */
package dev.addinreg.inject;
