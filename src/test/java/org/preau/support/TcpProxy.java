package org.preau.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a free local port to {@code localhost:target}, which a test cuts to make a server
 * unreachable from the application without stopping it: every open connection is closed, and new
 * ones are either refused (closed with a reset at once) or blackholed (accepted, then never
 * answered, as behind a firewall that drops packets). {@link #restore()} lets them through again.
 */
public final class TcpProxy implements AutoCloseable {

    /** What a cut does to new connections. */
    public enum Cut { REFUSE, BLACKHOLE }

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile int target;
    private volatile Cut cut;

    public TcpProxy() throws IOException {
        server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("tcp-proxy-accept").start(this::accept);
    }

    /** The port connections are forwarded to (set before the first connection). */
    public void forwardTo(int port) {
        target = port;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Closes every open connection; new ones are refused or blackholed until {@link #restore()}. */
    public void cut(Cut how) {
        cut = how;
        closeAll();
    }

    /** Lets connections through again (blackholed ones are closed: their clients connect again). */
    public void restore() {
        Cut was = cut;
        cut = null;
        if (was == Cut.BLACKHOLE) {
            closeAll();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        closeAll();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Cut now = cut;
                if (now == Cut.REFUSE) {
                    client.setSoLinger(true, 0);
                    client.close();
                } else if (now == Cut.BLACKHOLE) {
                    open.add(client);
                } else {
                    connect(client);
                }
            } catch (IOException e) {
                // the server socket closed, or one client failed: go on while open
            }
        }
    }

    private void connect(Socket client) throws IOException {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 2_000);
        } catch (IOException e) {
            client.close();
            throw e;
        }
        open.add(client);
        open.add(upstream);
        Thread.ofVirtual().start(() -> pump(client, upstream));
        Thread.ofVirtual().start(() -> pump(upstream, client));
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0;) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            quietlyClose(from);
            quietlyClose(to);
        }
    }

    private void closeAll() {
        for (Socket socket : open) {
            quietlyClose(socket);
        }
    }

    private void quietlyClose(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
