package org.preau.platform.web;

/**
 * A script the layout loads, deferred, on every page: a module's behaviour for its own elements
 * wherever they appear (its header tool, its editor in a fragment loaded by htmx). Modules declare
 * one bean per script; the layout names none of them. The page works without it.
 *
 * @param path  the script's path under {@code static/}, e.g. {@code /js/<module>.js} (no inline script: strict CSP)
 * @param order position among the modules' scripts (smaller first), after the platform's own
 */
public record PageScript(String path, int order) {

    public PageScript {
        if (!path.startsWith("/js/") || !path.endsWith(".js")) {
            throw new IllegalArgumentException("A page script is a file under /js/: " + path);
        }
    }
}
