package io.github.tradecoop.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON pointers (RFC 6901) from property paths such as {@code flows[0].value}. */
final class Pointers {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]*)((?:\\[[^\\]]*])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

    private Pointers() {
    }

    static String fromPropertyPath(String path) {
        StringBuilder pointer = new StringBuilder();
        if (path.isEmpty()) {
            return "";
        }
        for (String part : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                pointer.append('/').append(escape(part));
                continue;
            }
            if (!m.group(1).isEmpty()) {
                pointer.append('/').append(escape(m.group(1)));
            }
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                pointer.append('/').append(escape(index.group(1)));
            }
        }
        return pointer.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer without its last token; {@code ""} stays {@code ""}. */
    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
