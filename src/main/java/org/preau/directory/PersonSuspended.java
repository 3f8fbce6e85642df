package org.preau.directory;

import org.preau.platform.PersonId;

/**
 * An admin suspended a person (blocked their account): besides {@link AccessWithdrawn} (their
 * sessions end), their access tokens are revoked and what they scheduled to send is held.
 */
public record PersonSuspended(PersonId person) {
}
