package org.salesaudit.ingest;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a CSV export as one sheet named after the file (without its extension), streaming: the
 * encoding and the delimiter ({@code ,} {@code ;} tab or {@code |}) are detected from the first
 * 64 KB. Empty lines count as rows, so that rows are numbered as a spreadsheet shows the file. Plain numbers ({@code 1234.5}) and ISO dates ({@code 2025-03-15}, {@code 2025-03-15 14:30})
 * are CSV's own way of writing them and are read as numbers and dates; other text is interpreted like
 * text in a workbook cell, with a warning for each repair.
 */
final class CsvSource implements SheetRows {

    private static final int SAMPLE = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    /** Numbers as CSV writes them; a leading zero (an id such as 00123) keeps the value text. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,10})?");
    private static final Pattern ISO_DATE_TIME =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");

    private final Path file;
    /** The encoding named in the mapping file, or empty to detect it. */
    private final Optional<Charset> encoding;

    CsvSource(Path file) {
        this(file, Optional.empty());
    }

    CsvSource(Path file, Optional<Charset> encoding) {
        this.file = file;
        this.encoding = encoding;
    }

    static boolean isCsv(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    @Override
    public boolean valuesAreText() {
        return true;
    }

    @Override
    public String sheetName() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public void forEachRow(RowVisitor visitor) throws Exception {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        CsvEncoding.Detected encoding = this.encoding.isPresent() ? CsvEncoding.named(this.encoding.get(), head)
                : CsvEncoding.detect(head);
        String sample = new String(head, encoding.bomLength(), head.length - encoding.bomLength(), encoding.charset());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(sample)).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            try (Reader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()), 1 << 16);
                    CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    int rowNumber = Math.toIntExact(record.getRecordNumber());
                    List<RawCell> cells = new ArrayList<>(record.size());
                    for (int c = 0; c < record.size(); c++) {
                        cells.add(cell(record.get(c), new CellReference(rowNumber - 1, c).formatAsString(false)));
                    }
                    if (cells.stream().allMatch(RawCell::isBlank)) {
                        continue;
                    }
                    if (!visitor.visit(rowNumber, cells)) {
                        return;
                    }
                }
            }
        }
    }

    /** @return what went wrong, in plain words, when a CSV file cannot be parsed */
    static String describe(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            Matcher line = Pattern.compile("\\(?line:? (\\d+)").matcher(String.valueOf(c.getMessage()));
            if (line.find()) {
                return "a CSV file with a malformed quoted field near line " + line.group(1);
            }
        }
        if (failure instanceof CsvEncoding.UndecidableEncodingException) {
            return "text in an encoding that cannot be told from its first 64 KB (" + failure.getMessage()
                    + "; save it as UTF-8: in Excel, Save As, CSV UTF-8; or name it in a --mapping file, e.g."
                    + " csv.encoding = windows-1251)";
        }
        return failure instanceof java.nio.charset.CharacterCodingException ? "a CSV file in an unknown encoding"
                : "a CSV file that cannot be parsed";
    }

    /** Lines of the sample looked at for the delimiter: title lines may come before the header line. */
    private static final int DELIMITER_LINES = 20;

    /**
     * @return the delimiter occurring most often outside quotes on one line, among the first lines (a
     *         title line above the header has none or few)
     */
    static char delimiter(String sample) {
        int[] best = new int[DELIMITERS.length];
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < sample.length() && lines < DELIMITER_LINES; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                if (ch == '\n' || i + 1 >= sample.length() || sample.charAt(i + 1) != '\n') {
                    lines++;
                }
                for (int d = 0; d < DELIMITERS.length; d++) {
                    best[d] = Math.max(best[d], counts[d]);
                    counts[d] = 0;
                }
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (ch == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int chosen = 0;
        for (int d = 0; d < DELIMITERS.length; d++) {
            best[d] = Math.max(best[d], counts[d]);
            if (best[d] > best[chosen]) {
                chosen = d;
            }
        }
        return DELIMITERS[chosen];
    }

    private static RawCell cell(String value, String address) {
        if (PLAIN_NUMBER.matcher(value).matches()) {
            return RawCell.number(Double.parseDouble(value), address);
        }
        Matcher m = ISO_DATE_TIME.matcher(value);
        if (m.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                        : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return RawCell.date(LocalDateTime.of(date, time), address);
            } catch (java.time.DateTimeException e) {
                return RawCell.text(value, address);
            }
        }
        return RawCell.text(value, address);
    }
}
