package org.preau.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint (method) or every endpoint of the controller (type) may be used only by a
 * person whose rights hold one of these actions; others get a 403 (a page in their
 * language, or a problem detail under {@code /api}). Every endpoint carries this,
 * {@link AnyAuthenticated} or {@link PublicEndpoint}: an endpoint with none is refused.
 *
 * <p>With {@link #structure()}, the action is checked in the structure whose id is that
 * path variable; without, in any structure of the person. The data the endpoint shows is
 * still scoped by its module (an admin of one school sees nothing of another).
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresAction {

    /** Actions ({@link ApplicationAction#id()}); any one of them is enough. */
    String[] value();

    /** The path variable holding the structure the action is checked in; empty for "any structure". */
    String structure() default "";
}
