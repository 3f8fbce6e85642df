package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.access.EndpointAccess.Kind;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.servlet.http.Cookie;

/**
 * Endpoints discovered from the handler mappings, not listed by hand: every one has a declared
 * access rule, and every one with path variables, called by people of the other school (the
 * école) with the ids of the collège's resources, answers 403 or 404: never the resource (200),
 * never a redirect after doing something (302), never a crash (5xx).
 *
 * <p>Path variables are resolved by name from the demo data, with the SQL each module's
 * {@link MatrixProbes} declares; a variable no module declares fails this test, so that a new
 * module adds, in its own tests, the SQL that finds one of its resources in the collège. Endpoints without path variables that are per structure are covered by {@link
 * AuthorizationMatrixTest}.
 */
@PreauSpringTest
class EndpointDiscoveryTest {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointDiscoveryTest.class);

    /** School A: its resources are what the others try to reach. */
    private static final String SCHOOL_A = "0930002B";
    /** People of school B only (the école): its local admin, a teacher, a pupil. */
    private static final List<String> SCHOOL_B = List.of("marc.petit", "claire.leroy", "emma.durand");

    /** Path variables → SQL of a school-A value, from every module's {@link MatrixProbes#pathVariables()}. */
    private static final Map<String, String> IDS = MatrixProbes.merged(MatrixProbes::pathVariables);

    /** Path variables that name no resource of a school: their endpoints are not probed, and why. */
    private static final Map<String, String> NOT_RESOURCES = MatrixProbes.merged(MatrixProbes::notResources);

    /** Required request parameters that name something of the prober's school. */
    private static final Map<String, String> PARAMS = MatrixProbes.merged(MatrixProbes::requestParameters);

    /** A variable with a pattern of literal alternatives ({@code {kind:sessions|homework}}) is tried with each. */
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z]+)(?::([^}]*))?}");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** An endpoint as mapped: one method, one path pattern. */
    private record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
    }

    @Test
    void everyMappedEndpointHasADeclaredAccessRule() {
        List<String> missing = new ArrayList<>();
        for (var entry : handlerMethods().entrySet()) {
            Kind kind = EndpointAccess.of(entry.getValue()).kind();
            if (kind == Kind.MISSING || kind == Kind.AMBIGUOUS) {
                missing.add(kind + ": " + entry.getKey() + " in " + entry.getValue().getShortLogMessage());
            }
        }
        assertThat(handlerMethods()).hasSizeGreaterThan(50);
        assertThat(missing).as("endpoints without exactly one access rule").isEmpty();
    }

    @Test
    void theOtherSchoolGetsNothingByTheIdsOfTheFirst() throws Exception {
        UUID school = jdbc.sql("select id from directory.structures where uai = :u").param("u", SCHOOL_A)
                .query(UUID.class).single();
        List<Endpoint> endpoints = endpointsWithVariables();
        List<String> unknown = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        Set<String> withoutData = new TreeSet<>();
        Set<String> skipped = new TreeSet<>();
        Map<String, Cookie> sessions = new LinkedHashMap<>();
        for (String login : SCHOOL_B) {
            sessions.put(login, DemoAccounts.login(mvc, login));
        }
        int probes = 0;
        for (Endpoint endpoint : endpoints) {
            for (String path : concrete(endpoint.pattern())) {
                Optional<String> url = resolve(path, school, unknown, withoutData, skipped);
                if (url.isEmpty()) {
                    continue;
                }
                for (var session : sessions.entrySet()) {
                    var builder = request(endpoint.method(), url.get()).cookie(session.getValue());
                    if (endpoint.method() != HttpMethod.GET) {
                        builder.with(csrf());
                    }
                    fill(builder, endpoint.handler(), session.getKey());
                    var response = mvc.perform(builder).andReturn().getResponse();
                    probes++;
                    String outcome = String.valueOf(response.getStatus());
                    String target = response.getRedirectedUrl();
                    if (response.getStatus() / 100 == 3 && target != null && target.startsWith("/")) {
                        // a redirect is fine only to what this person is refused too (nothing done, nothing shown)
                        int then = mvc.perform(get(target).cookie(session.getValue())).andReturn().getResponse()
                                .getStatus();
                        outcome = then == 403 || then == 404 ? "403" : response.getStatus() + " to " + target + " (" + then + ")";
                    }
                    if (!outcome.equals("403") && !outcome.equals("404")) {
                        wrong.add(session.getKey() + " " + endpoint.method() + " " + endpoint.pattern() + " → " + outcome);
                    }
                }
            }
        }
        LOG.info("{} probes of {} endpoints with path variables; not probed: {}; probed with a random id "
                + "(no such resource in the demo's school A): {}", probes, endpoints.size(), skipped, withoutData);
        assertThat(unknown).as("path variables no module's MatrixProbes resolves: add them to its pathVariables() (or notResources())")
                .isEmpty();
        assertThat(wrong).as("what people of the other school got with the first school's ids").isEmpty();
        assertThat(probes).isGreaterThan(100);
    }

    /**
     * The request parameters and body the handler requires, so that the probe reaches the handler
     * (a 400 for a missing parameter would prove nothing): by type, or by name where a value of the
     * prober's own school is meant ({@link #PARAMS}).
     */
    private void fill(MockHttpServletRequestBuilder builder, HandlerMethod handler, String login) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                builder.contentType(MediaType.APPLICATION_JSON).content(json(parameter.getParameterType()));
                continue;
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null || !param.required() || !ValueConstants.DEFAULT_NONE.equals(param.defaultValue())) {
                continue;
            }
            String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
            Class<?> type = parameter.getParameterType();
            String value;
            if (type == boolean.class || type == Boolean.class) {
                value = "true";
            } else if (type.isEnum()) {
                value = ((Enum<?>) type.getEnumConstants()[0]).name();
            } else if (type == UUID.class) {
                value = UUID.randomUUID().toString();
            } else if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
                value = "1";
            } else if (PARAMS.containsKey(name)) {
                value = String.valueOf(jdbc.sql(PARAMS.get(name) + " limit 1").param("login", login).query()
                        .singleColumn().getFirst());
            } else {
                value = "x";
            }
            builder.param(name, value);
        }
    }

    /** A JSON body with a value for each of a record's booleans, numbers and texts. */
    private static String json(Class<?> type) {
        List<String> fields = new ArrayList<>();
        for (var component : type.isRecord() ? type.getRecordComponents() : new java.lang.reflect.RecordComponent[0]) {
            Class<?> t = component.getType();
            String value = t == boolean.class || t == Boolean.class ? "true"
                    : Number.class.isAssignableFrom(t) || t == int.class || t == long.class ? "1"
                    : t == String.class ? "\"x\"" : null;
            if (value != null) {
                fields.add("\"" + component.getName() + "\": " + value);
            }
        }
        return "{" + String.join(", ", fields) + "}";
    }

    /** Every path with a literal for each variable that has literal alternatives. */
    private static List<String> concrete(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            String regex = m.group(2);
            if (regex != null && regex.matches("[a-z|-]+")) {
                List<String> paths = new ArrayList<>();
                for (String literal : regex.split("\\|")) {
                    paths.addAll(concrete(pattern.substring(0, m.start()) + literal + pattern.substring(m.end())));
                }
                return paths;
            }
        }
        return List.of(pattern);
    }

    /** The path with school-A values for its variables; empty when not probed. */
    private Optional<String> resolve(String path, UUID school, List<String> unknown, Set<String> withoutData,
            Set<String> skipped) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("school", school);
        StringBuilder url = new StringBuilder();
        // the path up to a variable, with the words chosen before it ("sharing/group/{id}") and ids as variables
        StringBuilder named = new StringBuilder();
        Matcher m = VARIABLE.matcher(path);
        int end = 0;
        while (m.find()) {
            String name = m.group(1);
            String upTo = named + path.substring(end, m.start()) + "{" + name + "}";
            String reason = match(NOT_RESOURCES.keySet(), upTo).map(NOT_RESOURCES::get).orElse(null);
            if (reason != null) {
                skipped.add(path + " (" + reason + ")");
                return Optional.empty();
            }
            Optional<String> key = match(IDS.keySet(), upTo);
            if (key.isEmpty()) {
                unknown.add(upTo + " in " + path);
                return Optional.empty();
            }
            List<Object> found = jdbc.sql(IDS.get(key.get()) + " limit 1").params(values).query().singleColumn();
            Object value = found.isEmpty() ? null : found.getFirst();
            if (value == null) {
                withoutData.add(key.get());
                value = UUID.randomUUID();
            }
            values.put(name, value);
            url.append(path, end, m.start()).append(value);
            named.append(path, end, m.start()).append(String.valueOf(value).matches("[a-z-]+") ? value : "{" + name + "}");
            end = m.end();
        }
        url.append(path.substring(end));
        return Optional.of(url.toString());
    }

    /** The longest key that the path up to a variable ends with. */
    private static Optional<String> match(Set<String> keys, String upTo) {
        return keys.stream().filter(k -> upTo.endsWith(k.startsWith("{") ? k : "/" + k) || upTo.equals(k))
                .max(Comparator.comparingInt(String::length));
    }

    private List<Endpoint> endpointsWithVariables() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (var entry : handlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getName().startsWith("org.preau.")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(HttpMethod.GET, pattern, entry.getValue()));
                }
                methods.forEach(method -> endpoints.add(new Endpoint(method.asHttpMethod(), pattern, entry.getValue())));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.method().name()));
        return endpoints;
    }

    private Map<RequestMappingInfo, HandlerMethod> handlerMethods() {
        Map<RequestMappingInfo, HandlerMethod> all = new LinkedHashMap<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()
                .forEach(mapping -> all.putAll(mapping.getHandlerMethods()));
        return all;
    }
}
