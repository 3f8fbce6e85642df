package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceNamesTest {

    private static final String WEBKIT = "AppleWebKit/537.36 (KHTML, like Gecko) ";

    @Test
    void namesBrowsersAndSystemsAsPeopleCallThem() {
        assertThat(DeviceNames.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) " + WEBKIT
                + "Chrome/131.0.0.0 Mobile Safari/537.36")).isEqualTo("Chrome, Android");
        assertThat(DeviceNames.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .isEqualTo("Firefox, Windows");
        assertThat(DeviceNames.of(NewDeviceAlertTest.IPHONE)).isEqualTo("Safari, iOS");
        assertThat(DeviceNames.of("Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1")).isEqualTo("Safari, iPadOS");
        assertThat(DeviceNames.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.4 Safari/605.1.15")).isEqualTo("Safari, macOS");
        assertThat(DeviceNames.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) " + WEBKIT
                + "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo("Edge, Windows");
        assertThat(DeviceNames.of("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) " + WEBKIT
                + "Chrome/131.0.0.0 Safari/537.36")).isEqualTo("Chrome, Chrome OS");
        assertThat(DeviceNames.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15")).isEqualTo("Firefox, iOS");
    }

    @Test
    void tellsBrowsersTheHandWrittenRulesTookForOthers() {
        assertThat(DeviceNames.of("Mozilla/5.0 (Linux; Android 14; SM-S918B) " + WEBKIT
                + "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"))
                .as("Samsung's browser says Chrome too").isEqualTo("Samsung Internet, Android");
        assertThat(DeviceNames.of("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .isEqualTo("Firefox, Ubuntu");
    }

    @Test
    void keepsWhatItCannotNameReadable() {
        assertThat(DeviceNames.of(null)).isEqualTo("?");
        assertThat(DeviceNames.of(" ")).isEqualTo("?");
        assertThat(DeviceNames.parts("Phone/1.0 (Android)")).isEqualTo(new Sessions.Device(null, "Android", null));
        assertThat(DeviceNames.parts("SchoolKiosk\u0007 " + "x".repeat(100)).other()).hasSize(80)
                .startsWith("SchoolKiosk x");
    }
}
