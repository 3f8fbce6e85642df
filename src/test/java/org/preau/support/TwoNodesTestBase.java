package org.preau.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;

/** Tests with two application nodes on one database ({@link TwoNodes}), started once per class. */
public abstract class TwoNodesTestBase {

    private static TwoNodes nodes;
    protected static ConfigurableApplicationContext first;
    protected static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBothNodes() {
        nodes = TwoNodes.start();
        first = nodes.first();
        second = nodes.second();
    }

    @AfterAll
    static void stopBothNodes() {
        if (nodes != null) {
            nodes.close();
            nodes = null;
        }
    }

    protected static int port(ConfigurableApplicationContext node) {
        return TwoNodes.port(node);
    }
}
