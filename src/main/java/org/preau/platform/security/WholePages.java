package org.preau.platform.security;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A page is handed to the container whole, at the end of its request, in large pieces:
 * <ul>
 * <li>the session is saved when the response commits, and the template engine flushes its writer
 * when it ends: every page committed once then and again at the end of the request, the second
 * time reading the session anew from the database. The writer's flushes now wait for the end of
 * the request, and the container's buffer holds a whole page (64 KB);</li>
 * <li>a template writes many small pieces, and each went through every response wrapper
 * (security headers, session, URL encoding) checking whether it committed the response: they are
 * gathered here into pieces of 8 KB.</li>
 * </ul>
 * Streams (files, server-sent events) are not touched; nor is a page that fails, which the error
 * handling writes anew.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class WholePages extends OncePerRequestFilter {

    private static final int PAGE_BUFFER = 64 * 1024;
    private static final int PIECE = 8 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (response.getBufferSize() < PAGE_BUFFER) {
            response.setBufferSize(PAGE_BUFFER);
        }
        var page = new PageResponse(response);
        chain.doFilter(request, page);
        page.drain();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    /** A response whose writer gathers what is written, and lets it out when full or at the end. */
    private static final class PageResponse extends HttpServletResponseWrapper {

        private Pieces pieces;
        private PrintWriter writer;

        PageResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                pieces = new Pieces(super.getWriter());
                writer = new PrintWriter(pieces, false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            drain();
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            if (pieces != null) {
                pieces.discard();
            }
            super.resetBuffer();
        }

        @Override
        public void reset() {
            if (pieces != null) {
                pieces.discard();
            }
            super.reset();
        }

        void drain() throws IOException {
            if (pieces != null) {
                pieces.drain();
            }
        }
    }

    /** Characters gathered into pieces; a flush waits for the end of the request. */
    private static final class Pieces extends Writer {

        private final Writer out;
        private final char[] buffer = new char[PIECE];
        private int length;

        Pieces(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int count) throws IOException {
            if (count >= PIECE) {
                drain();
                out.write(chars, offset, count);
                return;
            }
            if (length + count > PIECE) {
                drain();
            }
            System.arraycopy(chars, offset, buffer, length, count);
            length += count;
        }

        @Override
        public void write(String text, int offset, int count) throws IOException {
            if (count >= PIECE) {
                drain();
                out.write(text, offset, count);
                return;
            }
            if (length + count > PIECE) {
                drain();
            }
            text.getChars(offset, offset + count, buffer, length);
            length += count;
        }

        @Override
        public void write(int c) throws IOException {
            if (length == PIECE) {
                drain();
            }
            buffer[length++] = (char) c;
        }

        void drain() throws IOException {
            if (length > 0) {
                out.write(buffer, 0, length);
                length = 0;
            }
        }

        void discard() {
            length = 0;
        }

        @Override
        public void flush() {
            // let out at the end of the request
        }

        @Override
        public void close() throws IOException {
            drain();
        }
    }
}
