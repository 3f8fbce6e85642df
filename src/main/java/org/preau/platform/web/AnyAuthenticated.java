package org.preau.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A deliberate choice: every logged-in person may use the endpoint, whatever their rights
 * (home page, "Mon compte", password, sessions). What it shows must still be theirs only.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AnyAuthenticated {
}
