package org.preau.platform.web;

import org.preau.platform.PreauUser;

/**
 * A number beside an application of the launcher, such as unread messages. A module declares
 * one bean per application that has one; it is asked on every page, so it must be cheap.
 */
public interface LauncherBadge {

    /** The {@link LauncherEntry#id()} of the application. */
    String appId();

    /** The number to show to this person (nothing is shown for 0). */
    long count(PreauUser user);

    /** The message key of the words a screen reader says, with the number as argument. */
    String labelKey();
}
