package dev.addinreg.addin;

import java.nio.file.Path;

import dev.addinreg.apppackage.AppPackageException;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlFileException;

/** The problems inject and verify both report about an add-in file they cannot use, worded once. */
public final class FileProblems {

    private FileProblems() {
    }

    /** A file (or package part) that is not the well-formed XML it should be. */
    public static Problem notWellFormed(XmlFileException e) {
        return Problem.error(e.where(), e.what(), null, "well-formed XML", e.fix());
    }

    /** A file in the project that a symbolic link leads out of it, to {@code real}: such a file is neither read nor shipped. */
    public static Problem linkOutside(String name, Path real) {
        return Problem.error(name, "the file is a symbolic link that leads outside the project, to " + real, null,
                "a file inside the project", "replace the link by a copy of the file, or name the file's real place in the"
                        + " plugin's configuration if the build should read it");
    }

    /**
     * An appSettings {@code configSource} or {@code file} that names a file outside the web application's
     * folder: .NET refuses such a configSource, and a file outside the folder is not deployed with it.
     *
     * @param where the file and line of the section
     * @param folder how messages name the web application's folder
     */
    public static Problem outsideWebFolder(String where, String attribute, String named, String folder) {
        return Problem.error(where, "appSettings " + attribute + " points outside the web application's folder",
                attribute + "=\"" + named + "\"", "a file in or below " + folder, attribute.equals("configSource")
                        ? "keep the appSettings file beside Web.config, as .NET requires"
                        : "keep the appSettings file in the web application's folder, which is what is deployed");
    }

    /** A built package that cannot be used; {@code expected} says what the goal needs it to be. */
    public static Problem unusablePackage(AppPackageException e, String expected) {
        return Problem.error(e.where(), e.what(), e.found(), expected, e.fix());
    }
}
