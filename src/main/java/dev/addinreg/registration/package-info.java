/**
 * The registration model: the values an add-in's OAuth registration is made of, each a value type
 * built by a factory that validates and explains, and the checks run over them. Nothing here knows
 * Maven.
 */
package dev.addinreg.registration;
