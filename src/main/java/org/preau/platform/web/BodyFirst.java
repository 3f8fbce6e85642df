package org.preau.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Reads a request's body before the request takes one of {@link AdmissionControl}'s slots, so
 * that a client sending its body a byte at a time holds a connection and a (virtual) thread,
 * never a slot that other people's pages need. At most {@code perAddress} bodies are read at
 * once for one client address; the next one is refused at once.
 *
 * <p>Forms are parsed by the servlet container now (it keeps the parameters), multipart uploads
 * are parsed now too (the container writes their files to disk and keeps the parts); any other
 * body (the API's JSON) is read into memory, up to {@code maxBuffered} bytes and within
 * {@code timeoutNanos}. Between two bytes the container's own read timeout applies.
 */
final class BodyFirst {

    /** Why a body could not be read first; the request is answered with {@link #status} and goes no further. */
    static final class Refused extends Exception {

        private final int status;

        Refused(int status, String why) {
            super(why, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final int perAddress;
    private final long maxBuffered;
    private final long timeoutNanos;
    private final ConcurrentHashMap<String, Integer> reading = new ConcurrentHashMap<>();

    BodyFirst(int perAddress, long maxBuffered, long timeoutMillis) {
        this.perAddress = perAddress;
        this.maxBuffered = maxBuffered;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    /** Defaults: 32 bodies at once per address (a school behind one address), 2 MB buffered, 30 s. */
    static BodyFirst defaults() {
        return new BodyFirst(32, 2 * 1024 * 1024, 30_000);
    }

    /** How many bodies are being read now for this address. */
    int readingFor(String address) {
        return reading.getOrDefault(address, 0);
    }

    static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /**
     * The request with its body read (the same request, or one that replays the buffered body).
     *
     * @throws Refused 429 when this address already sends {@code perAddress} bodies, 413 over
     *         the buffered size, 408 past the deadline, 400 when the client went away
     */
    HttpServletRequest read(HttpServletRequest request) throws Refused {
        if (!hasBody(request)) {
            return request;
        }
        String address = request.getRemoteAddr();
        if (!enter(address)) {
            throw new Refused(429, "too many bodies at once from one address");
        }
        try {
            return readNow(request);
        } finally {
            leave(address);
        }
    }

    private boolean enter(String address) {
        boolean[] entered = { false };
        reading.compute(address, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= perAddress) {
                return count;
            }
            entered[0] = true;
            return now + 1;
        });
        return entered[0];
    }

    private void leave(String address) {
        reading.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
    }

    private HttpServletRequest readNow(HttpServletRequest request) throws Refused {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        try {
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            if (type.startsWith("application/x-www-form-urlencoded") && "POST".equals(request.getMethod())) {
                request.getParameterMap(); // the container reads and keeps the form now
                return request;
            }
            if (type.startsWith("multipart/")) {
                try {
                    request.getParts(); // files to disk, parts kept; a failure is kept too and reported later
                } catch (IllegalStateException | ServletException tooLargeOrMalformed) {
                    // the multipart resolver meets the same failure and answers it (413 page or problem)
                }
                return request;
            }
            return new Buffered(request, buffer(request));
        } catch (IOException clientGone) {
            throw new Refused(400, "body not received");
        }
    }

    private byte[] buffer(HttpServletRequest request) throws IOException, Refused {
        long declared = request.getContentLengthLong();
        if (declared > maxBuffered) {
            throw new Refused(413, "body over the buffered size");
        }
        long deadline = System.nanoTime() + timeoutNanos;
        var out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
        byte[] chunk = new byte[8192];
        InputStream in = request.getInputStream();
        for (int n; (n = in.read(chunk)) != -1;) {
            out.write(chunk, 0, n);
            if (out.size() > maxBuffered) {
                throw new Refused(413, "body over the buffered size");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new Refused(408, "body too slow");
            }
        }
        return out.toByteArray();
    }

    /** The request, its body replayed from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
