package org.preau.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ua_parser.Client;
import ua_parser.Parser;

/**
 * A short, readable name of a browser from its {@code User-Agent}: "Firefox, Windows". The agent is
 * parsed by uap-java (the ua-parser project's shared rules); its names are shortened to what people
 * call their browser ("Chrome Mobile" is Chrome, "Mobile Safari" is Safari) and system ("Mac OS X" is
 * macOS, an iPad's iOS is iPadOS).
 *
 * <p>Why uap-java and not Yauaa: Yauaa's analyzer took 28 s to build on a busy 2-core machine (a few
 * seconds idle), to be paid at a node's first login, in every test context that logs in; uap-java's
 * parser builds in about 0.3 s. It is built once, on first use.
 */
final class DeviceNames {

    private static final String UNKNOWN = "Other";
    private static final Map<String, String> BROWSERS = Map.of("Chrome Mobile", "Chrome", "Chrome Mobile iOS",
            "Chrome", "Chrome Mobile WebView", "Chrome", "Mobile Safari", "Safari", "Mobile Safari UI/WKWebView",
            "Safari", "Firefox Mobile", "Firefox", "Firefox iOS", "Firefox", "Edge Mobile", "Edge",
            "Opera Mobile", "Opera");
    private static final Map<String, String> SYSTEMS = Map.of("Mac OS X", "macOS", "Windows Phone", "Windows");
    private static final int MAX = 80;
    private static final int CACHED = 1_000;

    private DeviceNames() {
    }

    static String of(@Nullable String userAgent) {
        Sessions.Device device = parts(userAgent);
        if (device.other() != null) {
            return device.other();
        }
        if (device.browser() == null && device.system() == null) {
            return "?";
        }
        return device.browser() == null ? device.system()
                : device.system() == null ? device.browser() : device.browser() + ", " + device.system();
    }

    /** The browser and the system, each null when not recognised, and the printable agent when neither is. */
    static Sessions.Device parts(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Sessions.Device(null, null, null);
        }
        return Analyzer.CACHE.computeIfAbsent(userAgent, DeviceNames::parse);
    }

    private static Sessions.Device parse(String userAgent) {
        Client client = Analyzer.PARSER.parse(userAgent);
        String browser = known(client.userAgent.family);
        String system = known(client.os.family);
        if (browser == null && system == null) {
            String printable = userAgent.replaceAll("[^\\p{Print}]", "").strip();
            return new Sessions.Device(null, null, printable.length() > MAX ? printable.substring(0, MAX) : printable);
        }
        if ("iOS".equals(system) && "iPad".equals(client.device.family)) {
            system = "iPadOS";
        }
        return new Sessions.Device(browser == null ? null : BROWSERS.getOrDefault(browser, browser),
                system == null ? null : SYSTEMS.getOrDefault(system, system), null);
    }

    private static @Nullable String known(@Nullable String family) {
        return family == null || family.isBlank() || UNKNOWN.equals(family) ? null : family;
    }

    /**
     * The parser, built on first use (its rules take a moment to compile), and the devices of recent
     * agents (uap-java's own CachingParser is not thread-safe).
     */
    private static final class Analyzer {

        static final Parser PARSER = new Parser();
        static final Map<String, Sessions.Device> CACHE = Collections.synchronizedMap(
                new LinkedHashMap<>(CACHED, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Sessions.Device> eldest) {
                        return size() > CACHED;
                    }
                });
    }
}
