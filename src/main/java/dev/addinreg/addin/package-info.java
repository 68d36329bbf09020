/**
 * What an add-in's files say, read without changing them: the manifest's hosting model, client ID,
 * title and endpoints, and a {@code web.config}'s appSettings entries, each with its line.
 */
package dev.addinreg.addin;
