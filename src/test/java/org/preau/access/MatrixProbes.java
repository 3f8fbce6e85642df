package org.preau.access;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.preau.platform.StructureId;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * How the authorization tests reach a module's endpoints: each module's tests declare one class
 * implementing this (in the module's own test package, with a constructor without arguments),
 * found on the test classpath, so that the shared tests name no module.
 * <ul>
 * <li>{@link AuthorizationMatrixTest}: every declared action needs a {@link #probes probe};
 * <li>{@link EndpointDiscoveryTest}: every path variable of the module's endpoints needs the SQL
 * that finds one of its resources in school A ({@link #pathVariables}), or a reason it names none.
 * </ul>
 */
public interface MatrixProbes {

    /** The probes of the module's actions, by action id. */
    default Map<String, Probe> probes(Demo demo) {
        return Map.of();
    }

    /**
     * The path variables of the module's endpoints, as the end of the path up to the variable
     * ({@code homework/{id}}; the longest that matches wins; or just {@code {teacher}}), each
     * with the SQL that finds a value of school A, the collège: {@code :school} is its id, and the
     * variables resolved before in the path are parameters by their names. {@link #findOrMake}
     * makes a resource when the demo territory has none.
     */
    default Map<String, String> pathVariables() {
        return Map.of();
    }

    /** Path variables that name nothing of a school, with why: their endpoints are not probed. */
    default Map<String, String> notResources() {
        return Map.of();
    }

    /**
     * Required request parameters that name something of the prober's own school, by name, each
     * with its SQL ({@code :login} is the prober): the probe asks to act on school A's resource
     * from there. Others are filled by type.
     */
    default Map<String, String> requestParameters() {
        return Map.of();
    }

    /** The same actions through the JSON API, where it has them: refusals are 403 problem details there too. */
    default Map<String, Supplier<MockHttpServletRequestBuilder>> apiProbes() {
        return Map.of();
    }

    /** The person of a demo account, as SQL. */
    static String personOf(String login) {
        return "(select person_id from identity.accounts where login = '" + login + "')";
    }

    /** SQL that finds a school-A resource, after making one when the demo has none. */
    static String findOrMake(String find, String insert) {
        return "with found as (" + find + " limit 1), made as (" + insert
                + " where not exists (select 1 from found) returning id) select id from found union all select id from made";
    }

    /** Every module's probes, found on the test classpath. */
    static List<MatrixProbes> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(MatrixProbes.class));
        List<MatrixProbes> modules = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.preau")) {
            try {
                Class<?> type = ClassUtils.forName(String.valueOf(candidate.getBeanClassName()),
                        MatrixProbes.class.getClassLoader());
                modules.add((MatrixProbes) ReflectionUtils.accessibleConstructor(type).newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Probes " + candidate.getBeanClassName() + " cannot be made", e);
            }
        }
        return modules;
    }

    /** Entries of all modules' maps, each key declared once. */
    static Map<String, String> merged(Function<MatrixProbes, Map<String, String>> part) {
        Map<String, String> merged = new HashMap<>();
        for (MatrixProbes module : all()) {
            part.apply(module).forEach((key, value) -> {
                if (merged.put(key, value) != null) {
                    throw new IllegalStateException(key + " is declared by two modules' probes");
                }
            });
        }
        return merged;
    }

    /** What a probe may look up in the demo territory. */
    record Demo(JdbcClient jdbc) {

        /** The id of a class of the demo territory, by name ({@code 6A}). */
        public UUID classId(String name) {
            return jdbc.sql("select id from directory.classes where name = :n").param("n", name).query(UUID.class)
                    .single();
        }
    }

    /** How an action is tried: a request (in a structure, for actions checked per structure) or the launcher. */
    record Probe(boolean perStructure, @Nullable String launcherEntry,
            Function<@Nullable StructureId, MockHttpServletRequestBuilder> request) {

        /** A request that is the same whatever the structure. */
        public static Probe anywhere(Supplier<MockHttpServletRequestBuilder> request) {
            return new Probe(false, null, s -> request.get());
        }

        /** A request in a structure: tried in each school. */
        public static Probe inStructure(Function<@Nullable StructureId, MockHttpServletRequestBuilder> request) {
            return new Probe(true, null, request);
        }

        /** The action shows an entry of the launcher (on the home page). */
        public static Probe launcher(String entry) {
            return new Probe(false, entry, s -> get("/"));
        }
    }
}
