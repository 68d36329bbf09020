/**
 * Checking the files that will ship: the client ID, secrets, endpoints and tokens of
 * {@code web.config}, {@code AppManifest.xml} and the package, against each other and against the
 * configured registration; and the machine-readable report of what was found.
 */
package dev.addinreg.verify;
