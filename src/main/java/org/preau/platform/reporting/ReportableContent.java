package org.preau.platform.reporting;

import java.util.Optional;
import java.util.UUID;

import org.preau.platform.PreauUser;

/**
 * A kind of content people may report ("Signaler"), declared as a bean by the module that owns
 * it. The reporting service calls it in its own transaction: to take the evidence of a report,
 * and to carry out a moderator's decision.
 */
public interface ReportableContent {

    /** The kind reported, as in the API ({@code MESSAGE}, {@code NEWS}, {@code POST} …); unique. */
    String type();

    /**
     * What {@code reporter} reports, as they see it now, or empty when they may not see it (or
     * it does not exist): a report never reveals more than the reporter already saw.
     */
    Optional<Evidence> evidence(PreauUser reporter, UUID id);

    /**
     * Hides the content from every reader at once, everywhere the module shows it (lists, counts,
     * notices, search); its author sees it "masqué par la modération". False when it is gone.
     */
    boolean neutralize(UUID id);

    /** Shows a neutralized content again to those who could read it; false when it cannot be. */
    boolean restore(UUID id);
}
