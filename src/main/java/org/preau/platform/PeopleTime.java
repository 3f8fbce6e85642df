package org.preau.platform;

import java.time.ZoneId;

/** Times are stored in UTC and shown to people in the school's time zone. */
public final class PeopleTime {

    /** The zone in which dates and times are shown to people. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private PeopleTime() {
    }
}
