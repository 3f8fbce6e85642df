package org.preau.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application in a real servlet container on a random port (error dispatch, the
 * container's upload limits), for tests that need more than MockMvc. One shared context with
 * small upload limits; each class gets a fresh copy of the seeded database ({@link FreshDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=1MB",
                "preau.input.max-body=256KB" })
@ContextConfiguration(initializers = { TestMailServer.class, FreshDatabase.class })
@ExtendWith(FreshDatabase.class)
public @interface PreauServerTest {
}
