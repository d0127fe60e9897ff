package org.salesaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.model.Activity;
import org.salesaudit.model.CampaignPeriod;
import org.salesaudit.model.Customer;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Lead;
import org.salesaudit.model.Quota;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.StageChange;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.report.InputFile;
import org.salesaudit.report.InputSheet;

/**
 * Reads workbooks into {@link SalesData}: every sheet is recognised by its name or headers (see
 * docs/workbook-format.md), every row becomes a typed record with its source, and every problem is
 * reported with its file, sheet and cell. Files are only ever opened for reading.
 */
public final class SalesDataReader {

    /** Used when deals carry no currency and the request names none. */
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("USD");

    private final HeaderAliases aliases;
    private final ColumnMapping mapping;

    public SalesDataReader(ColumnMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.aliases = HeaderAliases.load(mapping);
    }

    /**
     * Reads all {@code files} as one data set.
     *
     * @param currency the reporting currency, or empty to take the most frequent deal currency
     * @throws InvalidInputException when a file is not a readable workbook or a recognised sheet lacks a
     *                               required column
     * @throws IOException           when a file cannot be read at all
     */
    public Ingested read(List<Path> files, Optional<Currency> currency, ProblemLog problems)
            throws IOException, InvalidInputException {
        return read(files, currency, Optional.empty(), problems);
    }

    /**
     * Reads all {@code files} as one data set and checks the business consistency of the data as of a date
     * (won deals closed after it, open deals whose close date has passed, and the findings of
     * docs/workbook-format.md).
     *
     * @param currency the reporting currency, or empty to take the most frequent deal currency
     * @param asOf     the date the report describes, or empty for the latest date in the data
     * @throws InvalidInputException when a file is not a readable workbook or a recognised sheet lacks a
     *                               required column
     * @throws IOException           when a file cannot be read at all
     */
    public Ingested read(List<Path> files, Optional<Currency> currency, Optional<LocalDate> asOf, ProblemLog problems)
            throws IOException, InvalidInputException {
        return read(files, currency, asOf, StageProbabilities.defaults(), problems);
    }

    /**
     * Reads all {@code files} as one data set and checks the business consistency of the data as of a date,
     * with the user's stage table: open deals in a stage it does not list are reported, and a zero amount
     * counts as late-stage by its probabilities.
     *
     * @param currency the reporting currency, or empty to take the most frequent deal currency
     * @param asOf     the date the report describes, or empty for the latest date in the data
     * @param stages   the stage table the audit uses ({@code audit.stages}, see docs/settings.md)
     * @throws InvalidInputException when a file is not a readable workbook or a recognised sheet lacks a
     *                               required column
     * @throws IOException           when a file cannot be read at all
     */
    public Ingested read(List<Path> files, Optional<Currency> currency, Optional<LocalDate> asOf,
            StageProbabilities stages, ProblemLog problems) throws IOException, InvalidInputException {
        Objects.requireNonNull(stages, "stages");
        Records records = new Records(currency.orElse(DEFAULT_CURRENCY));
        List<InputFile> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(readFile(file, records, problems));
        }
        Currency reporting = currency.orElseGet(() -> mostFrequentCurrency(records.deals));
        List<Deal> deals = inReportingCurrency(records, reporting, problems);
        SalesData data = new SalesData(deals, records.reps, records.quotas, records.leads, records.stageHistory,
                records.activities, records.campaigns, records.customers, records.present);
        // the near-duplicate digests were taken while the deals were read; again only when some were left out
        LookalikeDeals lookalikes = deals.size() == records.deals.size() ? records.lookalikes : LookalikeDeals.of(deals);
        checkConsistency(data, lookalikes, asOf.or(data::latestDate), stages, records.cells, problems);
        return new Ingested(data, reporting, inputs);
    }

    private static void checkConsistency(SalesData data, LookalikeDeals lookalikes, Optional<LocalDate> asOf,
            StageProbabilities stages, CellLocator cells, ProblemLog problems) {
        new DealConsistency(asOf.orElse(null), stages, cells, problems)
                .check(data.deals(), lookalikes, data.reps(), data.has(Dataset.REPS));
        SpellingVariants.report(Dataset.DEALS, data.deals(), Deal::product, Deal::source, "product", "product", cells, problems);
        SpellingVariants.report(Dataset.DEALS, data.deals(), Deal::region, Deal::source, "region", "region", cells, problems);
        SpellingVariants.report(Dataset.DEALS, data.deals(), Deal::account, Deal::source, "account", "account", cells, problems);
        SpellingVariants.report(Dataset.DEALS, data.deals(), Deal::ownerId, Deal::source, "owner", "owner", cells, problems);
        SpellingVariants.report(Dataset.REPS, data.reps(), Rep::name, Rep::source, "rep", "name", cells, problems);
        SpellingVariants.report(Dataset.LEADS, data.leads(), Lead::channel, Lead::source, "lead_source", "source", cells, problems);
        SpellingVariants.report(Dataset.LEADS, data.leads(), Lead::campaign, Lead::source, "campaign", "campaign", cells, problems);
        LeadConsistency.check(data.leads(), cells, problems);
    }

    private InputFile readFile(Path file, Records records, ProblemLog problems)
            throws IOException, InvalidInputException {
        String name = file.getFileName().toString();
        String sha256 = sha256(file);
        List<InputSheet> sheets = new ArrayList<>();
        SheetIngester ingester = new SheetIngester(name, aliases, problems, records::accept, records.values);
        boolean csv = CsvSource.isCsv(file);
        try {
            if (csv) {
                sheets.addAll(ingest(ingester, new CsvSource(file, mapping.csvEncoding()), records));
            } else {
                try (WorkbookSource workbook = WorkbookSource.open(file)) {
                    for (SheetRows sheet : workbook.sheets()) {
                        sheets.addAll(ingest(ingester, sheet, records));
                    }
                }
            }
        } catch (InvalidInputException | NoSuchFileException e) {
            throw e;
        } catch (Exception | Error e) {
            // POI throws unchecked exceptions and even Errors on damaged or hostile files.
            throw problems.fatal(Problem.error("file.unreadable", CellLocation.ofFile(name),
                    csv ? "a CSV file (comma, semicolon, tab or pipe separated)" : "an Excel workbook (.xlsx, .xlsm or .xls)",
                    csv ? CsvSource.describe(e) : WorkbookFailures.describe(file, e), "file not used"));
        }
        if (sheets.stream().noneMatch(s -> s.dataset() != null)) {
            problems.report(Problem.warning("file.no_known_sheet", CellLocation.ofFile(name),
                    "a sheet of deals, reps, quotas, leads, stage history, activities, campaigns or customers "
                            + "(see docs/workbook-format.md)",
                    sheets.stream().map(InputSheet::name).collect(Collectors.joining(", ")), "file not used"));
        }
        return new InputFile(name, sha256, sheets);
    }

    private static List<InputSheet> ingest(SheetIngester ingester, SheetRows sheet, Records records) throws Exception {
        List<InputSheet> used = ingester.ingest(sheet);
        used.forEach(records::markPresent);
        return used;
    }

    private static Currency mostFrequentCurrency(List<Deal> deals) {
        Map<Currency, Long> counts = deals.stream()
                .collect(Collectors.groupingBy(Deal::currency, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<Currency, Long>comparingByValue()
                        .thenComparing(e -> e.getKey().getCurrencyCode(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(DEFAULT_CURRENCY);
    }

    private static List<Deal> inReportingCurrency(Records records, Currency reporting, ProblemLog problems) {
        List<Deal> kept = new ArrayList<>(records.deals.size());
        for (Deal deal : records.deals) {
            if (deal.currency().equals(reporting)) {
                kept.add(deal);
            } else {
                problems.report(Problem.error("deal.other_currency", records.cells.locate(Dataset.DEALS, deal.source(), "currency"),
                        "an amount in " + reporting.getCurrencyCode() + " (no exchange rates are configured)",
                        deal.currency().getCurrencyCode(), "row left out"));
            }
        }
        return kept;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    /** The records of all files, gathered in input order. */
    private static final class Records {
        final List<Deal> deals = new ArrayList<>();
        final List<Rep> reps = new ArrayList<>();
        final List<Quota> quotas = new ArrayList<>();
        final List<Lead> leads = new ArrayList<>();
        final List<StageChange> stageHistory = new ArrayList<>();
        final List<Activity> activities = new ArrayList<>();
        final List<CampaignPeriod> campaigns = new ArrayList<>();
        final List<Customer> customers = new ArrayList<>();
        final Set<Dataset> present = EnumSet.noneOf(Dataset.class);
        final LookalikeDeals lookalikes = new LookalikeDeals(1024);
        final CellLocator cells = new CellLocator();
        final ValuePool values = new ValuePool();
        final DealRowMapper dealMapper;
        final RepRowMapper repMapper = new RepRowMapper();
        final QuotaRowMapper quotaMapper = new QuotaRowMapper();
        final LeadRowMapper leadMapper = new LeadRowMapper();
        final StageChangeRowMapper stageChangeMapper = new StageChangeRowMapper();
        final ActivityRowMapper activityMapper = new ActivityRowMapper();
        final CampaignRowMapper campaignMapper = new CampaignRowMapper();
        final CustomerRowMapper customerMapper = new CustomerRowMapper();

        Records(Currency defaultCurrency) {
            dealMapper = new DealRowMapper(defaultCurrency);
        }

        void markPresent(InputSheet sheet) {
            for (Dataset dataset : Schema.READABLE) {
                if (Schema.prefix(dataset).equals(sheet.dataset())) {
                    present.add(dataset);
                }
            }
        }

        boolean accept(Dataset dataset, RowReader row) {
            cells.register(row.binding());
            return switch (dataset) {
                case DEALS -> addDeal(dealMapper.map(row));
                case REPS -> add(repMapper.map(row), reps);
                case QUOTAS -> add(quotaMapper.map(row), quotas);
                case LEADS -> add(leadMapper.map(row), leads);
                case STAGE_HISTORY -> add(stageChangeMapper.map(row), stageHistory);
                case ACTIVITIES -> add(activityMapper.map(row), activities);
                case CAMPAIGNS -> add(campaignMapper.map(row), campaigns);
                case CUSTOMERS -> add(customerMapper.map(row), customers);
            };
        }

        private boolean addDeal(Optional<Deal> deal) {
            deal.ifPresent(lookalikes::add);
            return add(deal, deals);
        }

        private static <T> boolean add(Optional<T> record, List<T> into) {
            record.ifPresent(into::add);
            return record.isPresent();
        }
    }
}
