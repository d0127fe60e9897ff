package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salesaudit.model.Deal;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

/** Legacy code-page CSV exports: Korean EUC-KR/CP949, Cyrillic, Polish, Arabic and Western Windows code pages. */
class CsvEncodingTest {

    private static final String KOREAN = "거래 ID,거래명,고객사,담당자,단계,상태,금액,통화,생성일,마감일\r\n"
            + "KR-0001,한빛전자 프로젝트,푸른제약,박지호,협상,성공,\"90,000,000\",KRW,2026. 2. 17.,2026. 5. 11.\r\n"
            + "KR-0002,서울물산 프로젝트,하늘유통,김민준,리드 검토,실패,\"54,000,000\",KRW,2025. 12. 10.,2025. 12. 30.\r\n"
            + "KR-0003,대한기계 구축,바다상사,이서연,제안서 발송,진행중,\"12,500,000\",KRW,2026. 3. 2.,2026. 9. 30.\r\n";
    private static final String RUSSIAN = "ID сделки;Название;Клиент;Ответственный;Стадия;Статус;Сумма\r\n"
            + "RU-1;Поставка оборудования;ООО Северный ветер;Иван Петров;Переговоры;В работе;125 000,00 руб.\r\n"
            + "RU-2;Внедрение системы;АО Техностиль;Мария Смирнова;Счёт выставлен;Успешно;98 500,00 руб.\r\n";
    private static final String POLISH = "ID transakcji;Nazwa;Klient;Opiekun;Etap;Status transakcji;Kwota\r\n"
            + "PL-1;Wdrożenie;Pracownia Śląska;Łukasz Wiśniewski;Negocjacje;Otwarta;12 500,00 zł\r\n"
            + "PL-2;Rozbudowa;Źródło Sp. z o.o.;Anna Nowak;Prezentacja;Wygrana;8 750,00 zł\r\n";
    private static final String ARABIC = "معرف الصفقة,المبلغ,المرحلة,المسؤول,الحالة\r\n"
            + "D-1,100,التفاوض,أحمد علي,مفتوحة\r\n"
            + "D-2,250,عرض السعر,فاطمة حسن,ربح\r\n";
    private static final String WESTERN = "Deal ID,Amount,Stage,Owner,Account\r\n"
            + "D-1,100,Négociation,José Müller,Société Générale\r\n"
            + "D-2,200,Qualifié,François Lefèvre,Crème Brûlée SARL\r\n";

    @TempDir
    Path dir;

    private static Charset detect(byte[] bytes) throws Exception {
        return CsvEncoding.detect(bytes).charset();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "x-windows-949, KOREAN", "EUC-KR, KOREAN",
        "windows-1251, RUSSIAN", "windows-1250, POLISH", "windows-1256, ARABIC", "windows-1252, WESTERN"})
    void aWholeExportIsDecodedAsItWasWritten(String written, String text) throws Exception {
        String content = switch (text) {
            case "KOREAN" -> KOREAN;
            case "RUSSIAN" -> RUSSIAN;
            case "POLISH" -> POLISH;
            case "ARABIC" -> ARABIC;
            default -> WESTERN;
        };
        byte[] bytes = content.getBytes(Charset.forName(written));

        Charset detected = detect(bytes);

        assertEquals(content, new String(bytes, detected), "decoded as " + detected);
    }

    @Test
    void shortSamplesToo() throws Exception {
        assertEquals(CsvEncoding.CP949, detect("ID,금액,단계\r\n1,100,협상\r\n".getBytes("EUC-KR")));
        assertEquals(CsvEncoding.WINDOWS_1250, detect("ID;Kwota;Etap;Właściciel\r\n".getBytes("windows-1250")));
        assertEquals(CsvEncoding.WINDOWS_1251, detect("ID;Сумма;Этап\r\n".getBytes("windows-1251")));
        assertEquals(CsvEncoding.WINDOWS_1256, detect("ID,المبلغ,المرحلة\r\n".getBytes("windows-1256")));
    }

    @Test
    void euckrBytesAsAFixture() throws Exception {
        // "금액,단계" in EUC-KR, and the CP949-only syllable 똠 (outside KS X 1001)
        byte[] bytes = HexFormat.of().parseHex("B1DDBED72CB4DCB0E80D0A" + "8C63B0A1B3AA0D0A");

        assertEquals(CsvEncoding.CP949, detect(bytes));
        assertEquals("금액,단계\r\n똠가나\r\n", new String(bytes, CsvEncoding.CP949));
    }

    @Test
    void polishAndCyrillicBytesAreNotMistakenForKorean() {
        assertFalse(CsvEncoding.isKorean(POLISH.getBytes(CsvEncoding.WINDOWS_1250)));
        assertFalse(CsvEncoding.isKorean(RUSSIAN.getBytes(CsvEncoding.WINDOWS_1251)));
        assertFalse(CsvEncoding.isKorean(ARABIC.getBytes(CsvEncoding.WINDOWS_1256)));
        assertTrue(CsvEncoding.isKorean(KOREAN.getBytes(CsvEncoding.CP949)));
    }

    @Test
    void byteOrderMarksAndUtf8ComeFirst() throws Exception {
        byte[] bom = "\uFEFFDeal ID,금액\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(new CsvEncoding.Detected(StandardCharsets.UTF_8, 3), CsvEncoding.detect(bom));
        assertEquals(StandardCharsets.UTF_8, detect(KOREAN.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bytesThatFitNoEncodingAreRefusedRatherThanGuessed() {
        byte[] bytes = HexFormat.of().parseHex("49442C4E616D650D0A312C818D909D0D0A");

        CsvEncoding.UndecidableEncodingException e = assertThrows(CsvEncoding.UndecidableEncodingException.class,
                () -> detect(bytes));
        assertTrue(e.getMessage().startsWith("closest guess "), e.getMessage());
    }

    @Test
    void aMappingFileNamesTheEncodingInsteadOfDetectingIt() throws Exception {
        // "Deal ID;Amount;Stage" and a stage of rare Windows-1251 letters that no detector can place
        byte[] bytes = HexFormat.of().parseHex("4465616C2049443B416D6F756E743B53746167650D0A" + "442D313B3130303B818D909D0D0A");
        Path file = Files.write(dir.resolve("rare.csv"), bytes);
        Path mapping = Files.writeString(dir.resolve("client.properties"), "csv.encoding = windows-1251\n");

        assertThrows(InvalidInputException.class, () -> new SalesDataReader(ColumnMapping.none())
                .read(List.of(file), Optional.empty(), new ProblemLog(ProblemPolicy.COLLECT)));
        List<Deal> deals = new SalesDataReader(ColumnMapping.read(mapping))
                .read(List.of(file), Optional.empty(), new ProblemLog(ProblemPolicy.COLLECT)).data().deals();

        assertEquals("\u0403\u040C\u0452\u045C", deals.get(0).stage());
    }

    @Test
    void aKoreanExportIsReadWithItsHangul() throws Exception {
        Path file = Files.write(dir.resolve("korea-euckr.csv"), KOREAN.getBytes("EUC-KR"));
        ProblemLog problems = new ProblemLog(ProblemPolicy.COLLECT);

        List<Deal> deals = new SalesDataReader(ColumnMapping.none())
                .read(List.of(file), Optional.empty(), problems).data().deals();

        assertEquals(List.of("박지호", "김민준", "이서연"), deals.stream().map(Deal::ownerId).toList());
        assertEquals(List.of("협상", "리드 검토", "제안서 발송"), deals.stream().map(Deal::stage).toList());
        assertEquals("KRW", deals.get(0).currency().getCurrencyCode());
    }
}
