package org.salesaudit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ReproducibleZipTest {

    @Test
    void stampsEveryEntryWithTheFixedTimeAndKeepsTheOrder() throws IOException {
        byte[] a = ReproducibleZip.normalize(zip(LocalDateTime.of(2030, 5, 6, 7, 8), "b.xml", "a.xml"));
        byte[] b = ReproducibleZip.normalize(zip(LocalDateTime.of(2001, 2, 3, 4, 5), "b.xml", "a.xml"));
        assertArrayEquals(a, b);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(a))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertEquals(DataWindow.DOCUMENT_TIME, entry.getTimeLocal());
                assertEquals("content of " + entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of("b.xml", "a.xml"), names);
    }

    private static byte[] zip(LocalDateTime time, String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(time);
                out.putNextEntry(entry);
                out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
