/**
 * Shared kernel: typed ids, clock, database bootstrap, i18n, layout and security baseline.
 * Every module may use it; it depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.preau.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
