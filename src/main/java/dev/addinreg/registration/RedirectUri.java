package dev.addinreg.registration;

import static dev.addinreg.registration.InvalidValueException.quoted;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The redirect URI registered for the add-in: absolute and {@code https}, since SharePoint sends
 * authorization codes only there.
 *
 * @param uri the URI
 */
public record RedirectUri(URI uri) {
    private static final String EXPECTED = "an absolute https URI such as https://addin.contoso.com/Pages/Default.aspx";

    public RedirectUri {
        check(uri.toString());
    }

    /** @throws InvalidValueException naming what is wrong and the fix */
    public static RedirectUri parse(String raw) {
        check(raw);
        return new RedirectUri(URI.create(raw));
    }

    private static void check(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidValueException("the redirect URI is empty", "\"\"", EXPECTED,
                    "set the redirect URI registered on AppRegNew.aspx, or leave the parameter out");
        }
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("the redirect URI is malformed (" + e.getReason() + " at index " + e.getIndex() + ")",
                    quoted(raw), EXPECTED, "escape or remove the offending character");
        }
        if (!uri.isAbsolute()) {
            throw new InvalidValueException("the redirect URI is relative", quoted(raw), EXPECTED,
                    "write the whole URI, starting with https://");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if ("http".equals(scheme)) {
            throw new InvalidValueException("the redirect URI uses http", quoted(raw),
                    EXPECTED + " (SharePoint sends authorization codes only over https)",
                    "use " + quoted("https" + raw.substring(4)));
        }
        if (!"https".equals(scheme)) {
            throw new InvalidValueException("the redirect URI is not an https URI", quoted(raw), EXPECTED,
                    "use the https address of the remote web application");
        }
        if (uri.getHost() == null) {
            throw new InvalidValueException("the redirect URI has no host", quoted(raw), EXPECTED,
                    "write it as https://host/path");
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
