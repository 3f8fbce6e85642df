package org.preau.identity;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A short, readable name of a browser from its {@code User-Agent}: "Firefox, Windows". */
final class DeviceNames {

    /** Browsers, most specific first (Edge and Opera say "Chrome" too, Chrome says "Safari"). */
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg", "Edge"),
            Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"), Map.entry("FxiOS", "Firefox"),
            Map.entry("CriOS", "Chrome"), Map.entry("Chrome/", "Chrome"), Map.entry("Chromium/", "Chromium"),
            Map.entry("Safari/", "Safari"));
    /** Systems, most specific first (iPhones say "like Mac OS X", Android says "Linux"). */
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Windows", "Windows"),
            Map.entry("Android", "Android"), Map.entry("iPhone", "iOS"), Map.entry("iPad", "iPadOS"),
            Map.entry("CrOS", "ChromeOS"), Map.entry("Mac OS X", "macOS"), Map.entry("Linux", "Linux"));
    private static final int MAX = 80;

    private DeviceNames() {
    }

    static String of(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String browser = first(BROWSERS, userAgent);
        String system = first(SYSTEMS, userAgent);
        if (browser == null && system == null) {
            String printable = userAgent.replaceAll("[^\\p{Print}]", "").strip();
            return printable.length() > MAX ? printable.substring(0, MAX) : printable;
        }
        return browser == null ? system : system == null ? browser : browser + ", " + system;
    }

    /** The browser and the system, each null when not recognised, and the printable agent when neither is. */
    static Sessions.Device parts(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Sessions.Device(null, null, null);
        }
        String browser = first(BROWSERS, userAgent);
        String system = first(SYSTEMS, userAgent);
        if (browser == null && system == null) {
            String printable = userAgent.replaceAll("[^\\p{Print}]", "").strip();
            return new Sessions.Device(null, null, printable.length() > MAX ? printable.substring(0, MAX) : printable);
        }
        return new Sessions.Device(browser, system, null);
    }

    private static @Nullable String first(List<Map.Entry<String, String>> names, String userAgent) {
        return names.stream().filter(e -> userAgent.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }
}
