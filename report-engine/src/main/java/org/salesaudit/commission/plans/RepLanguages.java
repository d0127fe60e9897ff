package org.salesaudit.commission.plans;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.salesaudit.model.Rep;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

/**
 * The statement language of each rep, from the Language column of the sheet the rep was read from
 * (headers {@code Language}, {@code Lang}, {@code Język}, {@code Язык}, {@code 언어}, {@code اللغة}),
 * unless the rep record already carries one.
 */
public final class RepLanguages {

    private static final List<String> HEADERS = List.of("Language", "Lang", "Język", "Язык", "언어", "اللغة");

    private RepLanguages() {
    }

    /** @return rep id to language code as written (lower case), for the reps that have one */
    public static Map<String, String> read(List<Path> files, List<Rep> reps) throws IOException {
        Map<String, String> languages = new HashMap<>();
        for (Rep rep : reps) {
            if (rep.language() != null && !rep.language().isBlank()) {
                languages.put(rep.id(), rep.language().strip().toLowerCase(Locale.ROOT));
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            Set<String> sheets = reps.stream().filter(r -> r.source().file().equals(name) && !languages.containsKey(r.id()))
                    .map(r -> r.source().sheet()).collect(Collectors.toSet());
            if (sheets.isEmpty()) {
                continue;
            }
            Map<String, Map<Integer, String>> bySheet = new HashMap<>();
            try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
                for (String sheetName : sheets) {
                    Sheet sheet = workbook.getSheet(sheetName);
                    if (sheet != null) {
                        bySheet.put(sheetName, column(name, sheet));
                    }
                }
            }
            for (Rep rep : reps) {
                if (rep.source().file().equals(name) && !languages.containsKey(rep.id())) {
                    String language = bySheet.getOrDefault(rep.source().sheet(), Map.of()).get(rep.source().row());
                    if (language != null) {
                        languages.put(rep.id(), language);
                    }
                }
            }
        }
        return languages;
    }

    private static Map<Integer, String> column(String file, Sheet sheet) {
        SheetTable table = SheetTable.read(file, sheet, new ProblemLog(ProblemPolicy.COLLECT));
        String header = HEADERS.stream().filter(table::has).findFirst().orElse(null);
        Map<Integer, String> values = new HashMap<>();
        if (header == null) {
            return values;
        }
        for (Row row : table.rows()) {
            String text = table.text(row, header);
            if (text != null) {
                values.put(row.getRowNum() + 1, text.strip().toLowerCase(Locale.ROOT));
            }
        }
        return values;
    }
}
