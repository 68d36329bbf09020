package dev.addinreg.xml;

/** Escaping and unescaping of XML character data and attribute values. */
public final class XmlText {

    private XmlText() {
    }

    /** {@code value} escaped to stand between {@code quote} characters in an attribute. */
    public static String escapeAttribute(String value, char quote) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(quote == '"' ? "&quot;" : "\"");
                case '\'' -> out.append(quote == '\'' ? "&apos;" : "'");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code value} escaped to stand as element text. */
    public static String escapeText(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The value raw XML stands for: entity and character references resolved. */
    public static String unescape(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int semicolon = c == '&' ? raw.indexOf(';', i) : -1;
            if (semicolon < 0) {
                out.append(c);
                i++;
                continue;
            }
            String entity = raw.substring(i + 1, semicolon);
            switch (entity) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    if (entity.startsWith("#x")) {
                        out.appendCodePoint(Integer.parseInt(entity.substring(2), 16));
                    } else if (entity.startsWith("#")) {
                        out.appendCodePoint(Integer.parseInt(entity.substring(1)));
                    } else {
                        out.append(raw, i, semicolon + 1);
                    }
                }
            }
            i = semicolon + 1;
        }
        return out.toString();
    }
}
