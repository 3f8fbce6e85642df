package org.preau.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with MockMvc on an embedded PostgreSQL database seeded with the demo
 * territory. Application contexts are shared by the test classes of the same configuration,
 * but each class gets a fresh copy of the database as the context seeded it ({@link FreshDatabase}):
 * test classes never see each other's data, nor what the node kept in memory of it. Mails go to
 * the {@link TestMailServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = { TestMailServer.class, FreshDatabase.class })
@ExtendWith(FreshDatabase.class)
public @interface PreauSpringTest {
}
