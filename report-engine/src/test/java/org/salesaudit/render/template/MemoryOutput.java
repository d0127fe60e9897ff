package org.salesaudit.render.template;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.salesaudit.render.ReportOutput;

/** A {@link ReportOutput} in memory, for renderer tests. */
public final class MemoryOutput implements ReportOutput {

    private final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();

    @Override
    public OutputStream newFile(String name) {
        if (files.containsKey(name)) {
            throw new IllegalArgumentException("file written twice: " + name);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        files.put(name, bytes);
        return bytes;
    }

    public Set<String> names() {
        return files.keySet();
    }

    public byte[] bytes(String name) {
        ByteArrayOutputStream bytes = files.get(name);
        if (bytes == null) {
            throw new AssertionError("no file " + name + " was written; files: " + files.keySet());
        }
        return bytes.toByteArray();
    }

    public String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
