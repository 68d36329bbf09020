package dev.addinreg.inject;

import dev.addinreg.addin.AddinFiles;
import dev.addinreg.registration.Registration;

/**
 * What to inject where.
 *
 * @param files where the add-in's files are, and where the copies go
 * @param registration the checked registration values
 */
public record InjectRequest(AddinFiles files, Registration registration) {
}
