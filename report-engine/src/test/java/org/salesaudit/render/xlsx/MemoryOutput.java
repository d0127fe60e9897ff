package org.salesaudit.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.salesaudit.render.ReportOutput;

/** A {@link ReportOutput} that keeps every file in memory, for tests. */
final class MemoryOutput implements ReportOutput {

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

    Set<String> names() {
        return files.keySet();
    }

    byte[] bytes(String name) {
        ByteArrayOutputStream bytes = files.get(name);
        if (bytes == null) {
            throw new AssertionError("no file " + name + " was written; written: " + files.keySet());
        }
        return bytes.toByteArray();
    }
}
