package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.SourceRef;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

class SpellingVariantsTest {

    private record Named(String name, SourceRef source) {
    }

    @Test
    void countsEverySpellingWhetherRecordsShareTheTextOrNot() {
        String shared = "GTX Pro";
        List<Named> records = new ArrayList<>();
        int row = 2;
        for (int i = 0; i < 5; i++) {
            records.add(new Named(shared, new SourceRef("f.xlsx", "Deals", row++)));
        }
        records.add(new Named("GTXPro", new SourceRef("f.xlsx", "Deals", row++)));
        for (int i = 0; i < 2; i++) {
            records.add(new Named(new String("GTX Pro"), new SourceRef("f.xlsx", "Deals", row++)));
            records.add(new Named(new String("GTXPro"), new SourceRef("f.xlsx", "Deals", row++)));
            records.add(new Named(null, new SourceRef("f.xlsx", "Deals", row++)));
            records.add(new Named(" ", new SourceRef("f.xlsx", "Deals", row++)));
        }
        records.add(new Named(shared, new SourceRef("f.xlsx", "Deals", row++)));
        ProblemLog problems = new ProblemLog(ProblemPolicy.COLLECT);

        SpellingVariants.report(Dataset.DEALS, records, Named::name, Named::source, "product", "product",
                new CellLocator(), problems);

        List<Problem> found = problems.problems();
        assertEquals(1, found.size(), found.toString());
        assertEquals("one spelling per product: \"GTX Pro\" (written so 8 times)", found.get(0).expected());
        assertEquals("GTXPro", found.get(0).found());
        assertEquals("3 rows kept as written; they count as a different product", found.get(0).action());
        assertEquals("row 7", found.get(0).at().cell());
    }
}
