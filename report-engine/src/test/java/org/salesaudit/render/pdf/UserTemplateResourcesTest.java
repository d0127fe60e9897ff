package org.salesaudit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.render.template.MemoryOutput;
import org.salesaudit.render.template.ReportDocument;
import org.salesaudit.report.SampleReports;

import com.sun.net.httpserver.HttpServer;

/** A user template that tries to reach files and the network gets nothing, and the PDF is still made. */
class UserTemplateResourcesTest {

    @Test
    void fileAndHttpResourcesOfAUserTemplateAreNeverFetched(@TempDir Path dir) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "body { color: red; }".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String http = "http://127.0.0.1:" + server.getAddress().getPort();
            Path image = dir.resolve("secret.png");
            ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
            Path folder = Files.createDirectories(dir.resolve("templates"));
            Files.copy(image, folder.resolve("logo.png"));
            Files.writeString(folder.resolve("report.ftlh"), "<#ftl output_format=\"XHTML\">"
                    + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>${doc.title}</title>"
                    + "<link rel=\"stylesheet\" href=\"" + http + "/evil.css\"/>"
                    + "<style>@import url(\"" + http + "/import.css\"); body { background-image: url(\"" + http
                    + "/bg.png\"); }</style></head><body><h1>${doc.title}</h1>"
                    + "<img src=\"" + image.toUri() + "\" alt=\"file\" width=\"40\" height=\"40\"/>"
                    + "<img src=\"logo.png\" alt=\"relative\" width=\"40\" height=\"40\"/>"
                    + "<img src=\"" + http + "/pixel.png\" alt=\"http\" width=\"40\" height=\"40\"/>"
                    + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\" alt=\"svg\">"
                    + "<image href=\"" + image.toUri() + "\" width=\"40\" height=\"40\"/></svg>"
                    + "</body></html>");

            MemoryOutput out = new MemoryOutput();
            new PdfRenderer(ReportDocument.fromFolder(folder)).render(SampleReports.complete(), Locale.ENGLISH, out);

            assertEquals(0, requests.get(), "no HTTP request reached the server");
            try (PDDocument pdf = Loader.loadPDF(out.bytes(PdfRenderer.FILE_NAME))) {
                assertTrue(pdf.getNumberOfPages() >= 1);
                for (PDPage page : pdf.getPages()) {
                    for (COSName name : page.getResources().getXObjectNames()) {
                        assertFalse(page.getResources().isImageXObject(name), "an image was fetched");
                    }
                }
            }
        } finally {
            server.stop(0);
        }
    }
}
