package org.preau.timeline;

import org.preau.platform.notification.Frequency;

/** How often a person hears of one type: in the feed and by mail. */
record Choice(Frequency feed, Frequency mail) {
}
