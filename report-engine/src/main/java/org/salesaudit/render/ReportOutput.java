package org.salesaudit.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where renderers write their files. Behind an interface so that output can be atomic (see
 * {@link AtomicDirectoryOutput}) and tests can render into memory.
 */
public interface ReportOutput {

    /**
     * Opens a new file of the report for writing; the caller closes the stream.
     *
     * @param name a plain file name such as {@code report.pdf}, no directories
     */
    OutputStream newFile(String name) throws IOException;
}
