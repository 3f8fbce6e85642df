package org.preau.platform.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the modules add to every page of {@code platform/layout}: their styles, scripts and header tools,
 * in order. The layout reads this bean ({@code ${@pageLayout}}), so that it is the same on every
 * page whatever controller (or error handler) rendered it.
 */
@Component("pageLayout")
public class PageLayout {

    private final List<PageStyle> styles;
    private final List<PageScript> scripts;
    private final List<HeaderTool> headerTools;

    PageLayout(List<PageStyle> styles, List<PageScript> scripts, List<HeaderTool> headerTools) {
        this.styles = styles.stream()
                .sorted(Comparator.comparingInt(PageStyle::order).thenComparing(PageStyle::path)).toList();
        this.scripts = scripts.stream()
                .sorted(Comparator.comparingInt(PageScript::order).thenComparing(PageScript::path)).toList();
        this.headerTools = headerTools.stream()
                .sorted(Comparator.comparingInt(HeaderTool::order).thenComparing(HeaderTool::template)).toList();
    }

    /** The paths of the modules' stylesheets, in order. */
    public List<String> styles() {
        return styles.stream().map(PageStyle::path).toList();
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
