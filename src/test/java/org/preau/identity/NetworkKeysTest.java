package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkKeysTest {

    @Test
    void countsIpv6ByItsSlash64AndLeavesTheRestAlone() {
        assertThat(NetworkKeys.of("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
        assertThat(NetworkKeys.of("2001:0DB8:0001:0002::ffff")).isEqualTo("2001:db8:1:2::/64");
        assertThat(NetworkKeys.of("[2001:db8::1]")).isEqualTo("2001:db8:0:0::/64");
        assertThat(NetworkKeys.of("::1")).isEqualTo("0:0:0:0::/64");
        assertThat(NetworkKeys.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(NetworkKeys.of("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(NetworkKeys.of("unknown")).isEqualTo("unknown");
        assertThat(NetworkKeys.of("not:an:address")).isEqualTo("not:an:address");
    }
}
