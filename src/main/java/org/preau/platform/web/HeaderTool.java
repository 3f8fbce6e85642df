package org.preau.platform.web;

/**
 * A fragment the layout shows in the header's tools, before the account menu, on the pages
 * whose model holds {@code modelAttribute} (not null): a module gives that attribute to the
 * pages it applies to (a {@code @ControllerAdvice} of its own) and its fragment reads it.
 * Modules declare one bean per tool; the layout names none of them.
 *
 * @param template       the template that holds the fragment, e.g. {@code timeline/badge}
 * @param fragment       the fragment's name in it
 * @param modelAttribute the model attribute the fragment needs; without it the tool is not shown
 * @param order          position among the tools (smaller first)
 */
public record HeaderTool(String template, String fragment, String modelAttribute, int order) {
}
