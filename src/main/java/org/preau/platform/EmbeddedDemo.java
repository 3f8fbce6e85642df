package org.preau.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Active only in the demo mode: when Préau runs on its embedded database (no
 * {@code spring.datasource.url}) and {@code preau.demo.enabled} is not false.
 * With an external database nothing marked so is created, so nothing is seeded.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
public @interface EmbeddedDemo {
}
