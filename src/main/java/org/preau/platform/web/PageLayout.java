package org.preau.platform.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the modules add to every page of {@code platform/layout}: their scripts and header tools,
 * in order. The layout reads this bean ({@code ${@pageLayout}}), so that it is the same on every
 * page whatever controller (or error handler) rendered it.
 */
@Component("pageLayout")
public class PageLayout {

    private final List<PageScript> scripts;
    private final List<HeaderTool> headerTools;

    PageLayout(List<PageScript> scripts, List<HeaderTool> headerTools) {
        this.scripts = scripts.stream()
                .sorted(Comparator.comparingInt(PageScript::order).thenComparing(PageScript::path)).toList();
        this.headerTools = headerTools.stream()
                .sorted(Comparator.comparingInt(HeaderTool::order).thenComparing(HeaderTool::template)).toList();
    }

    /** The paths of the modules' scripts, in loading order. */
    public List<String> scripts() {
        return scripts.stream().map(PageScript::path).toList();
    }

    /** The modules' header tools, in order. */
    public List<HeaderTool> headerTools() {
        return headerTools;
    }
}
