/** Writing files safely: atomically, only when their content changes, one writer per file at a time. */
package dev.addinreg.files;
