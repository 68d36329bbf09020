package dev.addinreg.registration;

import static dev.addinreg.registration.InvalidValueException.quoted;

import java.util.regex.Pattern;

/**
 * The add-in domain: the host of the remote web application, with a port only when it is not
 * 443. No scheme, no path, never an international (non-ASCII or {@code xn--}) name.
 *
 * @param host the host name
 * @param port the port, 443 when none was given
 */
public record AppDomain(String host, int port) {
    /** The port a domain without one is served on. */
    public static final int HTTPS_PORT = 443;

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final String EXPECTED = "a host name such as addin.contoso.com, with :port only when it is not 443";

    public AppDomain {
        if (host != null && host.indexOf(':') >= 0) {
            throw new InvalidValueException("the add-in domain's host has a ':'", quoted(host),
                    EXPECTED + ", the port given apart from the host",
                    "pass the port as the port, or use AppDomain.parse(" + quoted(host) + ")");
        }
        check(host == null ? null : host + (port == HTTPS_PORT ? "" : ":" + port));
    }

    /**
     * Checks an add-in domain as written by a user.
     *
     * @throws InvalidValueException naming what is wrong and, where it can be told, the value to use
     */
    public static AppDomain parse(String raw) {
        check(raw);
        int colon = raw.lastIndexOf(':');
        return colon < 0 ? new AppDomain(raw, HTTPS_PORT)
                : new AppDomain(raw.substring(0, colon), Integer.parseInt(raw.substring(colon + 1)));
    }

    /** {@code https://} and the domain: what {@code ~remoteAppUrl} stands for. */
    public String origin() {
        return "https://" + this;
    }

    /** Whether {@code host} and {@code port} (-1 for none, meaning 443) name this domain. */
    public boolean matches(String otherHost, int otherPort) {
        return host.equalsIgnoreCase(otherHost) && port == (otherPort < 0 ? HTTPS_PORT : otherPort);
    }

    @Override
    public String toString() {
        return port == HTTPS_PORT ? host : host + ":" + port;
    }

    private static void check(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidValueException("the add-in domain is empty", "\"\"", EXPECTED,
                    "set the domain of the remote web application, as registered on AppRegNew.aspx");
        }
        if (raw.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException("the add-in domain has whitespace", quoted(raw), EXPECTED,
                    "use " + quoted(raw.strip()) + " if that is the host");
        }
        int scheme = raw.indexOf("://");
        if (scheme >= 0) {
            String rest = raw.substring(scheme + 3);
            throw new InvalidValueException("the add-in domain has a scheme", quoted(raw), EXPECTED + ", without https://",
                    "use " + quoted(hostPart(rest)));
        }
        if (raw.indexOf('/') >= 0) {
            throw new InvalidValueException("the add-in domain has a path or '/'", quoted(raw), EXPECTED + ", with no path",
                    "use " + quoted(hostPart(raw)));
        }
        if (!raw.chars().allMatch(c -> c < 0x80)) {
            throw new InvalidValueException("the add-in domain is an international name", quoted(raw),
                    EXPECTED + ", in ASCII letters, digits and hyphens",
                    "serve the remote web application from an ASCII host name; SharePoint does not accept international add-in domains");
        }
        int colon = raw.lastIndexOf(':');
        String host = colon < 0 ? raw : raw.substring(0, colon);
        if (colon >= 0) {
            checkPort(raw, host, raw.substring(colon + 1));
        }
        if (host.length() > 253) {
            throw new InvalidValueException("the add-in domain is longer than 253 characters",
                    quoted(raw.substring(0, 40) + "...") + " (" + raw.length() + " characters)", EXPECTED,
                    "use the real host name of the remote web application");
        }
        for (String label : host.split("\\.", -1)) {
            if (label.regionMatches(true, 0, "xn--", 0, 4)) {
                throw new InvalidValueException("the add-in domain is an international name (an xn-- label)", quoted(raw),
                        EXPECTED + ", in ASCII letters, digits and hyphens",
                        "serve the remote web application from an ASCII host name; SharePoint does not accept international add-in domains");
            }
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidValueException("the add-in domain is not a host name", quoted(raw), EXPECTED
                        + " (labels of letters, digits and inner hyphens, separated by single dots)",
                        "use the host name of the remote web application, without user, query or special characters");
            }
        }
    }

    private static void checkPort(String raw, String host, String port) {
        int number = -1;
        if (!port.isEmpty() && port.length() <= 5 && port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            number = Integer.parseInt(port);
        }
        if (number < 1 || number > 65535) {
            throw new InvalidValueException("the add-in domain has a bad port", quoted(raw),
                    EXPECTED + "; a port is a number from 1 to 65535",
                    "use " + quoted(host) + " for port 443, or " + quoted(host + ":<port>") + " with the real port");
        }
        if (number == HTTPS_PORT) {
            throw new InvalidValueException("the add-in domain names the default port 443", quoted(raw), EXPECTED,
                    "use " + quoted(host));
        }
    }

    private static String hostPart(String rest) {
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        return host.endsWith(":443") ? host.substring(0, host.length() - 4) : host;
    }
}
