package org.preau.platform.warmup;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Readiness means "ready for the morning peak": Spring Boot reports the node ready
 * ({@code /actuator/health/readiness} UP) only once the application runners have returned, and
 * this one, the last, runs every module's {@link WarmUpTask} first — the login page, password
 * hashing, the filter chain, templates and the connection pool — within a time budget
 * ({@code preau.warm-up.budget}, 6 s by default; {@code preau.warm-up.enabled=false} skips it, as
 * the tests do). A failing task is logged and skipped: warming up never stops a node.
 */
@Component
class WarmUp implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    private final List<WarmUpTask> tasks;
    private final boolean enabled;
    private final Duration budget;

    WarmUp(List<WarmUpTask> tasks, @Value("${preau.warm-up.enabled:true}") boolean enabled,
            @Value("${preau.warm-up.budget:6s}") Duration budget) {
        this.tasks = tasks;
        this.enabled = enabled;
        this.budget = budget;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || tasks.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        // the budget is shared: each task gets its share of what is left, so one slow task cannot starve the others
        for (int i = 0; i < tasks.size(); i++) {
            WarmUpTask task = tasks.get(i);
            long share = (deadline - System.nanoTime()) / (tasks.size() - i);
            runTask(task, System.nanoTime() + share);
        }
        log.info("Warmed up in {} ms ({} tasks)", (System.nanoTime() - start) / 1_000_000, tasks.size());
    }

    /** Runs the task's rounds until done or its deadline; returns the rounds run. */
    int runTask(WarmUpTask task, long deadline) {
        long start = System.nanoTime();
        int round = 0;
        try {
            while (round < task.rounds() && System.nanoTime() < deadline) {
                task.run(round++);
            }
        } catch (Exception | LinkageError e) {
            log.warn("Warm-up task {} failed after {} rounds: {}", task.name(), round, e.toString());
        }
        log.debug("Warm-up task {}: {} rounds in {} ms", task.name(), round, (System.nanoTime() - start) / 1_000_000);
        return round;
    }
}
