/**
 * The portal: the navigation shell, the home page, "Mon compte" and {@code /api/v1/me}.
 */
@ApplicationModule(allowedDependencies = { "platform", "directory", "access", "identity" })
@NullMarked
package org.preau.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
