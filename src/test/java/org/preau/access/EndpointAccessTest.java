package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.access.EndpointAccess.Kind;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

    /**
     * Ids are typed at the web edge ({@code PersonId}, {@code StructureId}, {@code ClassId},
     * {@code UUID}, {@code GroupRef}): a handler that takes one as a {@code String} would parse it by
     * hand again. A path variable or request parameter named {@code id} or {@code ...Id}, or any path
     * variable not named here as free text, may not be a {@code String}.
     */
    @Test
    void handlersTakeIdsTyped() {
        List<String> untyped = new ArrayList<>();
        var names = new DefaultParameterNameDiscoverer();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (var handler : mapping.getHandlerMethods().values()) {
                if (!handler.getBeanType().getName().startsWith("org.preau.")) {
                    continue;
                }
                for (MethodParameter parameter : handler.getMethodParameters()) {
                    parameter.initParameterNameDiscovery(names);
                    var path = parameter.getParameterAnnotation(PathVariable.class);
                    var param = parameter.getParameterAnnotation(RequestParam.class);
                    String name = path != null ? named(path.name(), parameter)
                            : param != null ? named(param.name(), parameter) : null;
                    if (name == null || !stringsOf(parameter)) {
                        continue;
                    }
                    boolean idNamed = name.equals("id") || name.endsWith("Id");
                    String where = handler.getBeanType().getSimpleName() + "." + name;
                    if ((idNamed || path != null && !TEXT_PATH_VARIABLES.contains(name))
                            && !OPAQUE_IDS.contains(where)) {
                        untyped.add(name + " in " + handler.getShortLogMessage());
                    }
                }
            }
        }
        assertThat(untyped).as("ids taken as String (take PersonId, StructureId, ClassId, UUID or GroupRef)").isEmpty();
    }

    /** Path variables that are words, not ids: a type of shared resource, a layout move, a feeding source's key. */
    private static final Set<String> TEXT_PATH_VARIABLES = Set.of("type", "move", "key");

    /**
     * Ids whose form belongs to someone else: the sharing pages take the id of another module's
     * resource, which only that module's {@code SharingType} reads (a {@code ShareRef} with its type).
     */
    private static final Set<String> OPAQUE_IDS = Set.of("SharingController.id");

    private static String named(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? String.valueOf(parameter.getParameterName()) : declared;
    }

    private static boolean stringsOf(MethodParameter parameter) {
        var type = ResolvableType.forMethodParameter(parameter);
        if (type.toClass() == Optional.class || Collection.class.isAssignableFrom(type.toClass())) {
            type = type.getGeneric(0);
        }
        return type.toClass() == String.class;
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

    /** An API address whose id cannot be one is the API's own 404 problem detail, in the caller's language. */
    @Test
    void anApiIdThatIsNotOneIsA404ProblemInTheirLanguage() throws Exception {
        var admin = DemoAccounts.login(mvc, "admin.region");
        for (String path : List.of("/api/v1/imports/not-an-id", "/api/v1/imports/12345")) {
            mvc.perform(get(path).cookie(admin).header("Accept-Language", "en"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.title").value("Not found"))
                    .andExpect(jsonPath("$.detail").value("This resource does not exist or you may not see it."));
        }
    }

    @Test
    void publicEndpointsNeedNoLoginAndOthersSendToTheLoginPage() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/activate")).andExpect(status().isOk());
        mvc.perform(get("/directory")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/directory/search").param("q", "du")).andExpect(status().isUnauthorized());
    }
}
