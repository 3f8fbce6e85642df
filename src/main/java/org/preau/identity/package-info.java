/**
 * Identity: accounts, login, passwords and sessions. Its public API is
 * {@link org.preau.identity.Accounts} and the logged-in {@link org.preau.platform.PreauUser}.
 */
@ApplicationModule(allowedDependencies = { "platform", "directory" })
@NullMarked
package org.preau.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
