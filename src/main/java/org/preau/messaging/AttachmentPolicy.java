package org.preau.messaging;

import java.util.Locale;
import java.util.Set;

/**
 * Which files may travel as attachments: not programs or scripts, told by their name
 * (extension) and by their first bytes (Windows and Linux executables, Mach-O, Java classes,
 * shebang scripts), whatever the name says.
 */
final class AttachmentPolicy {

    static final int MAX_NAME = 200;

    private static final Set<String> FORBIDDEN = Set.of("exe", "bat", "cmd", "com", "scr", "pif", "cpl", "msi", "msp",
            "mst", "dll", "sys", "drv", "ocx", "js", "jse", "mjs", "vbs", "vbe", "wsf", "wsh", "wsc", "ps1", "psm1",
            "psd1", "hta", "lnk", "reg", "inf", "msc", "jar", "class", "sh", "bash", "zsh", "csh", "ksh", "run",
            "bin", "elf", "app", "dmg", "pkg", "apk", "appx", "msix", "deb", "rpm", "gadget", "application", "scf",
            "url", "iso", "vhd", "vhdx");

    private AttachmentPolicy() {
    }

    /** The file name to keep: no path, no control characters, at most {@link #MAX_NAME} characters. */
    static String cleanName(String original) {
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    /** Whether the name or the first bytes say this is a program or a script. */
    static boolean forbidden(String name, byte[] head) {
        return forbiddenName(name) || executable(head);
    }

    static boolean forbiddenName(String name) {
        // Windows ignores trailing dots and spaces: "virus.exe." runs as "virus.exe"
        String trimmed = name.toLowerCase(Locale.ROOT).replaceAll("[.\\s]+$", "");
        int dot = trimmed.lastIndexOf('.');
        return dot >= 0 && FORBIDDEN.contains(trimmed.substring(dot + 1));
    }

    static boolean executable(byte[] head) {
        return starts(head, 'M', 'Z')                                  // Windows PE, DOS
                || starts(head, 0x7F, 'E', 'L', 'F')                    // Linux ELF
                || starts(head, '#', '!')                               // shell and other scripts
                || starts(head, 0xCA, 0xFE, 0xBA, 0xBE)                 // Java class, Mach-O universal
                || starts(head, 0xFE, 0xED, 0xFA, 0xCE) || starts(head, 0xFE, 0xED, 0xFA, 0xCF)
                || starts(head, 0xCE, 0xFA, 0xED, 0xFE) || starts(head, 0xCF, 0xFA, 0xED, 0xFE);   // Mach-O
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
