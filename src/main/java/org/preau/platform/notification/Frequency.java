package org.preau.platform.notification;

/** How often a person hears of a kind of notification, on one channel (in-app feed, mail). */
public enum Frequency {
    IMMEDIATE, DAILY, WEEKLY, NEVER
}
