package org.preau.platform.web;

/**
 * A stylesheet the layout links on every page, after the platform's own: a module's styles for
 * its pages and for its fragments shown elsewhere (home widgets, search results). Modules declare
 * one bean per stylesheet; the layout and the platform's stylesheet name none of them.
 *
 * @param path  the stylesheet's path under {@code static/}, e.g. {@code /css/<module>.css}
 * @param order position among the modules' stylesheets (smaller first)
 */
public record PageStyle(String path, int order) {

    public PageStyle {
        if (!path.startsWith("/css/") || !path.endsWith(".css")) {
            throw new IllegalArgumentException("A page style is a file under /css/: " + path);
        }
    }
}
