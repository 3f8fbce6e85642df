package org.preau.identity;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * The key under which the throttles count an address: an IPv4 address as it is, an IPv6 address by its
 * /64 network ({@code 2001:db8:1:2::/64}), as one home, phone or server gets a whole /64 and can take a
 * new address in it for every attempt. IPv4-mapped IPv6 addresses count as their IPv4 address. A text
 * that is no IP literal (a test's name, "unknown") is its own key. No name is ever looked up.
 */
final class NetworkKeys {

    private NetworkKeys() {
    }

    static String of(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.ofLiteral(address.startsWith("[") && address.endsWith("]")
                    ? address.substring(1, address.length() - 1) : address);
        } catch (IllegalArgumentException e) {
            return address;
        }
        if (parsed instanceof Inet4Address) {
            return parsed.getHostAddress();
        }
        byte[] bytes = parsed.getAddress();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            key.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
        }
        return key.append(":/64").toString();
    }
}
