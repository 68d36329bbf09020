/**
 * The add-in's files, as both {@code addin:inject} and {@code addin:verify} see them: where they are and
 * where their copies go ({@link dev.addinreg.addin.AddinFiles}), how they are read
 * ({@link dev.addinreg.addin.AddinFileReader}), and what they say: the manifest's hosting model, client ID,
 * title and endpoints, a {@code web.config}'s appSettings, and the {@code ~remoteAppUrl} tokens, each with
 * its line.
 */
package dev.addinreg.addin;
