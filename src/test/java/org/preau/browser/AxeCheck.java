package org.preau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core with the WCAG 2.1 A and AA rules: no serious or critical violation on the page as it is.
 *
 * <p>axe runs in the page itself ("legacy" mode: Préau's pages hold no frames), reporting violations
 * only: the default mode runs it once per frame and then again in a new blank page to merge the
 * frames' results, and reports every passing node too, which made a check cost about 2 s instead of
 * 0.4 s here.
 */
final class AxeCheck {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private AxeCheck() {
    }

    static void assertNoSeriousViolation(Page page, String what) {
        var violationsOnly = new AxeRunOptions();
        violationsOnly.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page).options(violationsOnly).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
        assertThat(results.isErrored()).as("axe run on %s: %s", what, results.getErrorMessage()).isFalse();
        List<Rule> violations = results.getViolations();
        List<String> blocking = violations.stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Rule::getId)
                .toList();
        assertThat(blocking)
                .as("serious or critical axe violations on %s; all violations:%n%s", what, describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + "\n"
                        + rule.getNodes().stream()
                                .map(node -> "    " + node.getTarget() + " " + node.getHtml() + "\n      "
                                        + String.valueOf(node.getFailureSummary()).replace("\n", "\n      "))
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
