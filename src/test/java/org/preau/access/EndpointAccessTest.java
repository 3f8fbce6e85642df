package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.access.EndpointAccess.Kind;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No endpoint without an access check: every request mapping of the application carries
 * exactly one rule (an action, "any logged-in person" or "public"), and what it refuses is
 * a 403 page or problem detail.
 */
@PreauSpringTest
class EndpointAccessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ActionsCatalog actions;

    @Autowired
    MockMvc mvc;

    @Test
    void everyRequestMappingHasExactlyOneAccessRuleNamingDeclaredActions() {
        List<String> wrong = new ArrayList<>();
        Set<Class<?>> mapped = new HashSet<>();
        int endpoints = 0;
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                endpoints++;
                var handler = entry.getValue();
                mapped.add(handler.getBeanType());
                var rule = EndpointAccess.of(handler);
                String where = entry.getKey() + " in " + handler.getShortLogMessage();
                if (rule.kind() == Kind.MISSING || rule.kind() == Kind.AMBIGUOUS) {
                    wrong.add(rule.kind() + ": " + where);
                }
                if (rule.kind() == Kind.FRAMEWORK && handler.getBeanType().getName().startsWith("org.preau.")) {
                    wrong.add("our own endpoint passed as the framework's: " + where);
                }
                rule.actions().stream().filter(a -> !actions.exists(a))
                        .forEach(a -> wrong.add("undeclared action " + a + ": " + where));
            }
        }
        assertThat(wrong).as("endpoints without exactly one access rule").isEmpty();
        assertThat(endpoints).as("the walk saw the application's endpoints").isGreaterThan(50);
        List<String> controllers = context.getBeansWithAnnotation(Controller.class).values().stream()
                .map(AopUtils::getTargetClass).filter(c -> c.getName().startsWith("org.preau."))
                .filter(c -> !mapped.contains(c)).map(Class::getName).toList();
        assertThat(controllers).as("controllers the walk did not see").isEmpty();
    }

    @Test
    void aPageSomeoneMayNotUseIsA403() throws Exception {
        var pupil = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/admin/audit").cookie(pupil)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles").cookie(pupil)).andExpect(status().isForbidden());
        mvc.perform(get("/directory").cookie(pupil)).andExpect(status().isOk());
    }

    @Test
    void anApiCallSomeoneMayNotMakeIsA403ProblemInTheirLanguage() throws Exception {
        var pupil = DemoAccounts.login(mvc, "lucas.durand");
        mvc.perform(get("/api/v1/imports/" + UUID.randomUUID()).cookie(pupil).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(containsString("not allowed")));
    }

    @Test
    void publicEndpointsNeedNoLoginAndOthersSendToTheLoginPage() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/activate")).andExpect(status().isOk());
        mvc.perform(get("/directory")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/directory/search").param("q", "du")).andExpect(status().isUnauthorized());
    }
}
