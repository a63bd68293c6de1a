package org.statsbase.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;

/** Reading postings from CSV and JSON Lines: every bad line reported with its number, nothing returned. */
class LedgerFilesTest {

    private static final String D1 = Fixtures.sha256("one");
    private static final String D2 = Fixtures.sha256("two");

    private static List<LedgerPosting> csv(String text) {
        return LedgerFiles.readCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
    }

    private static List<LedgerPosting> jsonl(String text) {
        return LedgerFiles.readJsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.jsonl");
    }

    private static List<DataProblem> csvProblems(String text) {
        return catchThrowableOfType(() -> csv(text), DataFileException.class).problems();
    }

    @Test
    void readsCsvInAnyColumnOrderWithUnitDefaultingToYuan() {
        List<LedgerPosting> p = csv("\uFEFFaccount,date,quantity,record_digest,record_description,unit\n"
                + "６００１,2026-10-03,1200.50," + D1.toUpperCase() + ",\"销售发票 No.1, 甲公司\",\n"
                + "\n"
                + "C01,2026-10-04,12.5," + D2 + ",磅单（第７号）,吨\n");
        assertThat(p).hasSize(2);
        assertThat(p.get(0).account()).isEqualTo("6001");
        assertThat(p.get(0).unit()).isEqualTo("元");
        assertThat(p.get(0).quantity()).isEqualTo(new BigDecimal("1200.50"));
        assertThat(p.get(0).record().digestHex()).isEqualTo(D1);
        assertThat(p.get(0).record().description()).isEqualTo("销售发票 No.1, 甲公司");
        assertThat(p.get(1).record().description()).isEqualTo("磅单（第７号）");
        assertThat(p.get(1).unit()).isEqualTo("吨");
        assertThat(p.get(1).date()).isEqualTo(LocalDate.of(2026, 10, 4));
    }

    @Test
    void reportsEveryBadCsvLineWithItsLineNumber() {
        List<DataProblem> problems = csvProblems("date,account,quantity,record_digest,record_description\n"
                + "2026-10-03,6001,1," + D1 + ",\"a description\non two lines\"\n"
                + "2026-02-30,6001,1," + D1 + ",bad date\n"
                + "2026-10-03,,1e5," + D1 + ",no account and an exponent\n"
                + "2026-10-03,6001,1,abc,bad digest\n"
                + "2026-10-03,6001,1\n");
        assertThat(problems).extracting(DataProblem::line).containsExactly(2L, 4L, 5L, 5L, 6L, 7L);
        assertThat(problems).extracting(DataProblem::field)
                .containsExactly("record_description", "date", "account", "quantity", "record_digest", "");
        assertThat(problems.get(1).messageEn()).startsWith("SB-REP-0705");
        assertThat(problems.get(2).messageEn()).startsWith("SB-REP-0706");
        assertThat(problems.get(5).messageEn()).startsWith("SB-REP-0710");
        assertThat(problems.get(1).messageZh()).contains("台账字段");
    }

    @Test
    void refusesUnknownAndMissingColumns() {
        List<DataProblem> problems = csvProblems("date,account,amount,record_digest\n2026-10-03,6001,1," + D1 + "\n");
        assertThat(problems).extracting(p -> p.messageEn().substring(0, 11))
                .containsExactly("SB-REP-0708", "SB-REP-0707", "SB-REP-0707");
        assertThat(problems).extracting(DataProblem::line).containsOnly(1L);
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThat(csvProblems("")).extracting(p -> p.messageEn().substring(0, 11)).containsExactly("SB-REP-0707");
    }

    @Test
    void readsJsonLinesWithNumbersKeptExactly() {
        List<LedgerPosting> p = jsonl("{\"date\":\"2026-10-03\",\"account\":\"6001\",\"quantity\":0.10,"
                + "\"record_digest\":\"" + D1 + "\",\"record_description\":\"发票\"}\n\n"
                + "{\"date\":\"2026-10-04\",\"account\":\"6001\",\"quantity\":\"-3\",\"unit\":\"元\","
                + "\"record_digest\":\"" + D2 + "\",\"record_description\":\"红字发票\"}\n");
        assertThat(p).extracting(LedgerPosting::quantity).containsExactly(new BigDecimal("0.10"), new BigDecimal("-3"));
    }

    @Test
    void reportsEveryBadJsonLine() {
        DataFileException e = catchThrowableOfType(() -> jsonl(
                "{\"date\":\"2026-10-03\",\"account\":6001,\"quantity\":1,\"record_digest\":\"" + D1
                        + "\",\"record_description\":\"x\"}\n"
                        + "[1]\n"
                        + "{\"date\":\"2026-10-03\",\"date\":\"2026-10-04\"}\n"
                        + "{\"date\":\"2026-10-03\",\"account\":\"6001\",\"quantity\":1,\"record_digest\":\"" + D1
                        + "\",\"record_description\":\"x\",\"memo\":\"?\"}\n"
                        + "{not json\n"), DataFileException.class);
        assertThat(e.problems()).extracting(DataProblem::line).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(e.problems().get(0).field()).isEqualTo("account");
        assertThat(e.problems().get(2).messageEn()).startsWith("SB-REP-0709").contains("date");
        assertThat(e.problems().get(3).messageEn()).startsWith("SB-REP-0708").contains("memo");
    }

    @Test
    void undecodableBytesMakeTheFileUnreadable() {
        byte[] bytes = {'d', 'a', 't', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        DataFileException e = catchThrowableOfType(
                () -> LedgerFiles.readCsv(new ByteArrayInputStream(bytes), "latin1.csv"), DataFileException.class);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).line()).isZero();
    }
}
