package org.preau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.preau.support.BrowserlessClient;
import org.preau.support.DemoAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** The servlet container's upload limit gives a 413, as a problem for the API and as a page otherwise. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=1MB",
                "preau.input.max-body=256KB" })
@DirtiesContext
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

}
