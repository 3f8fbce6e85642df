package org.preau.support;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * The SQL statements the application runs on the calling thread while a piece of test code runs
 * (a MockMvc request runs on the test's thread): query-count tests bound them. A batch counts as
 * one statement (one round trip).
 */
public final class Statements {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private Statements() {
    }

    /** Something that runs and may throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** The statements {@code work} made on this thread, in order. */
    public static List<String> during(Work work) throws Exception {
        List<String> recorded = new ArrayList<>();
        List<String> outer = RECORDING.get();
        RECORDING.set(recorded);
        try {
            work.run();
        } finally {
            RECORDING.set(outer);
        }
        return recorded;
    }

    /** {@code dataSource}, with its statements recorded while {@link #during} runs. */
    static DataSource recording(DataSource dataSource) {
        return ProxyDataSourceBuilder.create(dataSource).name("preau-test").listener(new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            }

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                List<String> recorded = RECORDING.get();
                if (recorded != null && !queries.isEmpty()) {
                    String sql = queries.getFirst().getQuery().replaceAll("\\s+", " ").strip();
                    recorded.add(execution.isBatch() ? sql + " [batch]" : sql);
                }
            }
        }).build();
    }
}
