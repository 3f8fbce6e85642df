package org.preau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.preau.support.BrowserlessClient;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The servlet container's upload limit gives a 413, as a problem for the API and as a page
 * otherwise; bodies sent slowly take no admission slot from other people.
 */
@PreauServerTest
class UploadLimitTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> upload(BrowserlessClient client, String path, String accept) throws Exception {
        String boundary = "preau-boundary";
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nAAF\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.xml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[2 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder()
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", accept)
                .header("X-XSRF-TOKEN", client.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), path);
    }

    @Test
    void tooLargeUploadsAreRefusedWithAClearMessage() throws Exception {
        var client = new BrowserlessClient(port);
        client.login("admin.region", DemoAccounts.PASSWORD);
        var api = upload(client, "/api/v1/imports", "application/json");
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(api.body()).contains("rien n'a été enregistré");
        var page = upload(client, "/admin/imports", "text/html");
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("Fichier trop volumineux");
    }

    @Test
    void aHugeTextFieldOfAMultipartFormIsRefusedByTheSameLimitAsForms() throws Exception {
        var client = new BrowserlessClient(port);
        client.login("paul.martin", DemoAccounts.PASSWORD);
        String boundary = "preau-boundary";
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nÉnorme\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        // under the file limit (1 MB) but over the text limit (preau.input.max-body, 256 KB here)
        body.write("<b>x</b>".repeat(600 * 1024 / 8).getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var response = client.send(HttpRequest.newBuilder()
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .header("X-XSRF-TOKEN", client.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), "/messages/compose");
        assertThat(response.statusCode()).isEqualTo(413);
        var form = client.send(HttpRequest.newBuilder()
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .header("X-XSRF-TOKEN", client.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString("subject=x&body=" + "y".repeat(300 * 1024))), "/messages/compose");
        assertThat(form.statusCode()).isEqualTo(413);
        assertThat(form.body()).contains("Ce texte est trop long");
    }

    /**
     * 100 connections from one address (127.0.0.2) each send a form's headers and then its body
     * a byte at a time; meanwhile another address (127.0.0.1) is served as usual: the login
     * page, a login, an API call. Only 32 of the slow bodies are read at once, the other 68 are
     * told at once to come back later. On a server that admitted requests before reading their
     * bodies, 32 slow bodies held every slot and everyone else got 503.
     */
    @Test
    void bodiesTrickledFromAHundredConnectionsHoldNoSlotOfOtherPeople() throws Exception {
        var trickling = new ArrayList<Socket>();
        try {
            for (int i = 0; i < 100; i++) {
                var socket = new Socket();
                socket.bind(new InetSocketAddress("127.0.0.2", 0));
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                socket.getOutputStream().write(("POST /messages/compose HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\nsubject=")
                        .getBytes(StandardCharsets.US_ASCII));
                trickling.add(socket);
            }
            // the server has met every connection: most are answered (refused; on a server that
            // admitted before reading, 503 once the queue gave up)
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> answered(trickling).size() >= 60);

            var client = new BrowserlessClient(port);
            assertThat(client.get("/login").statusCode()).as("the login page").isEqualTo(200);
            assertThat(client.login("admin.region", DemoAccounts.PASSWORD).statusCode()).as("a login").isEqualTo(302);
            for (int round = 0; round < 5; round++) {
                trickle(trickling);
                assertThat(client.get("/").statusCode()).as("the home page, round %d", round).isEqualTo(200);
                assertThat(client.get("/api/v1/me", "Accept", "application/json").statusCode()).isEqualTo(200);
            }

            Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> answered(trickling).size() >= 68);
            List<String> answers = answered(trickling).stream().map(UploadLimitTest::statusLine).toList();
            assertThat(answers).as("the bodies over the address's 32 were refused at once").hasSize(68)
                    .allSatisfy(line -> assertThat(line).startsWith("HTTP/1.1 429"));
        } finally {
            for (Socket socket : trickling) {
                socket.close();
            }
        }
    }

    /** One more byte of every body still being sent. */
    private static void trickle(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                socket.getOutputStream().write('a');
                socket.getOutputStream().flush();
            } catch (IOException closedByTheServer) {
                // a refused body: the server answered and may have closed the connection
            }
        }
    }

    private static List<Socket> answered(List<Socket> sockets) throws IOException {
        var answered = new ArrayList<Socket>();
        for (Socket socket : sockets) {
            if (socket.getInputStream().available() > 0) {
                answered.add(socket);
            }
        }
        return answered;
    }

    private static String statusLine(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            var line = new StringBuilder();
            for (int c; (c = in.read()) != -1 && c != '\r';) {
                line.append((char) c);
            }
            return line.toString();
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }
}
