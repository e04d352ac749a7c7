package io.hebbian.ros2.transport.dds;

import io.hebbian.ros2.msg.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link Diagnostics} into the bounds of the bundled {@code diagnostic_msgs} DDS types
 * ({@code us.ihmc:ros2-common-interfaces}: {@code KeyValue.key}/{@code value} and {@code DiagnosticStatus.name},
 * {@code message} at most {@value #MAX_CHARS} characters, at most {@value #MAX_VALUES} values); a longer field
 * makes the publisher drop the whole message ("value field exceeds the maximum length"). Nothing is cut
 * away: a long value is split into {@code key}, {@code key_2}, {@code key_3}, ... (at {@code "; "} boundaries where
 * possible); a long message keeps its start and says where the rest is ({@code message_2}, ...); values beyond
 * the count bound are listed by key in {@code values_omitted}.
 */
public final class DiagnosticsBounds {

    /** Longest string field, characters. */
    public static final int MAX_CHARS = 255;
    /** Most key/value pairs in one status. */
    public static final int MAX_VALUES = 100;
    private static final String MORE = " [continued in 'message_2']";

    private DiagnosticsBounds() {
    }

    /** {@code d} itself if it fits, else a copy whose every field fits. */
    public static Diagnostics fit(Diagnostics d) {
        if (fits(d)) {
            return d;
        }
        Map<String, String> out = new LinkedHashMap<>();
        String message = d.message();
        if (message.length() > MAX_CHARS) {
            List<String> parts = split(message, MAX_CHARS - MORE.length());
            message = parts.get(0) + MORE;
            putParts(out, "message", parts.subList(1, parts.size()), 2);
        }
        for (Map.Entry<String, String> e : d.values().entrySet()) {
            if (e.getKey().length() > MAX_CHARS - 4) {
                throw new IllegalArgumentException("diagnostic key longer than " + (MAX_CHARS - 4) + " characters: "
                        + e.getKey().substring(0, 40) + "...: use a shorter key");
            }
            putParts(out, e.getKey(), split(e.getValue(), MAX_CHARS), 1);
        }
        String name = d.name().length() > MAX_CHARS ? d.name().substring(0, MAX_CHARS) : d.name();
        return new Diagnostics(d.stampNanos(), name, d.level(), message, limitCount(out));
    }

    private static boolean fits(Diagnostics d) {
        if (d.message().length() > MAX_CHARS || d.name().length() > MAX_CHARS || d.values().size() > MAX_VALUES) {
            return false;
        }
        for (Map.Entry<String, String> e : d.values().entrySet()) {
            if (e.getKey().length() > MAX_CHARS || e.getValue().length() > MAX_CHARS) {
                return false;
            }
        }
        return true;
    }

    /** Puts {@code parts} as {@code key} (if {@code first} is 1), {@code key_2}, ... */
    private static void putParts(Map<String, String> out, String key, List<String> parts, int first) {
        for (int i = 0; i < parts.size(); i++) {
            int n = first + i;
            out.put(n == 1 ? key : key + "_" + n, parts.get(i));
        }
    }

    /** Splits into pieces of at most {@code max} characters, after a "; " or ", " or " " where possible. */
    static List<String> split(String s, int max) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (s.length() - start > max) {
            int end = breakBefore(s, start, start + max);
            parts.add(s.substring(start, end));
            start = end;
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static int breakBefore(String s, int start, int limit) {
        for (String sep : new String[] {"; ", ", ", " "}) {
            int at = s.lastIndexOf(sep, limit - sep.length());
            if (at > start + (limit - start) / 2) {
                return at + sep.length();
            }
        }
        return limit;
    }

    private static Map<String, String> limitCount(Map<String, String> values) {
        if (values.size() <= MAX_VALUES) {
            return values;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        List<String> omitted = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (kept.size() < MAX_VALUES - 1) {
                kept.put(e.getKey(), e.getValue());
            } else {
                omitted.add(e.getKey());
            }
        }
        String list = String.join(", ", omitted);
        kept.put("values_omitted", list.length() <= MAX_CHARS ? list
                : omitted.size() + " values beyond the DDS bound of " + MAX_VALUES + ", from " + omitted.get(0));
        return kept;
    }
}
