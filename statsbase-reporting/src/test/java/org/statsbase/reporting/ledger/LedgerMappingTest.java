package org.statsbase.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;

/** Reading mappings strictly, from YAML and JSON. */
class LedgerMappingTest {

    static final String YAML = """
            form: B204-1
            unit: 千元
            figures:
              - code: "01"
                name: 工业总产值
                basis: 本月
                accounts:
                  - {account: "6001"}
                  - {prefix: "6051", sign: 1}
                  - {account: "6401", sign: -1}
              - code: 01Y
                basis: 1—本月累计
                decimals: 1
                rounding: HALF_EVEN
                accounts:
                  - {prefix: "6001"}
              - code: "02"
                basis: PERIOD
                source_unit: 吨
                unit: 吨
                decimals: 3
                accounts: [{account: C01}]
            """;

    private static List<DataProblem> problems(String text) {
        return catchThrowableOfType(() -> LedgerMapping.parse(text, "m.yaml"), DataFileException.class).problems();
    }

    @Test
    void readsYamlWithDefaultsAndOverrides() {
        LedgerMapping m = LedgerMapping.parse(YAML, "m.yaml");
        assertThat(m.formId()).isEqualTo("B204-1");
        assertThat(m.figures()).extracting(FigureMapping::code).containsExactly("01", "01Y", "02");
        FigureMapping f = m.figure("01").orElseThrow();
        assertThat(f.basis()).isEqualTo(FigureBasis.PERIOD);
        assertThat(f.name()).contains("工业总产值");
        assertThat(f.unit()).isEqualTo("千元");
        assertThat(f.unitShift()).isEqualTo(3);
        assertThat(f.decimals()).isZero();
        assertThat(f.rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(f.terms()).containsExactly(AccountTerm.account("6001", 1), AccountTerm.prefix("6051", 1),
                AccountTerm.account("6401", -1));
        FigureMapping y = m.figure("01Y").orElseThrow();
        assertThat(y.basis()).isEqualTo(FigureBasis.YEAR_TO_DATE);
        assertThat(y.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(y.decimals()).isEqualTo(1);
        assertThat(m.figure("02").orElseThrow().unitShift()).isZero();
    }

    @Test
    void jsonAndYamlGiveTheSameMapping() {
        String json = """
                {"form": "B204-1", "unit": "千元", "figures": [
                  {"code": "01", "name": "工业总产值", "basis": "PERIOD", "accounts": [
                    {"account": "6001"}, {"prefix": "6051", "sign": 1}, {"account": "6401", "sign": -1}]},
                  {"code": "01Y", "basis": "YEAR_TO_DATE", "decimals": 1, "rounding": "HALF_EVEN",
                   "accounts": [{"prefix": "6001"}]},
                  {"code": "02", "basis": "PERIOD", "source_unit": "吨", "unit": "吨", "decimals": 3,
                   "accounts": [{"account": "C01"}]}]}
                """;
        assertThat(LedgerMapping.parse(json, "m.json")).isEqualTo(LedgerMapping.parse(YAML, "m.yaml"));
    }

    @Test
    void reportsEveryProblemWithItsJsonPath() {
        List<DataProblem> p = problems("""
                form: B204-1
                colour: red
                figures:
                  - code: "01"
                    basis: monthly
                    accounts: [{account: "6001", sign: 2}]
                  - code: "02"
                    basis: PERIOD
                    basis: PERIOD
                    accounts: [{account: "6001", prefix: "60"}]
                  - basis: PERIOD
                    unit: 千克
                    accounts: []
                """);
        assertThat(p).extracting(DataProblem::field).contains("$.colour", "$.figures[0].basis",
                "$.figures[0].accounts[0].sign", "$.figures[1].basis", "$.figures[1].accounts[0]",
                "$.figures[2].code", "$.figures[2].accounts");
        assertThat(p).extracting(x -> x.messageEn().substring(0, 11)).contains("SB-REP-0720", "SB-REP-0721",
                "SB-REP-0722", "SB-REP-0723");
        assertThat(p).filteredOn(x -> x.field().equals("$.figures[1].basis")).extracting(DataProblem::line)
                .containsExactly(9L);
    }

    @Test
    void refusesOverlappingTermsDuplicateCodesAndUnitsThatDoNotConvert() {
        assertThat(problems("""
                form: F
                figures:
                  - {code: A, basis: PERIOD, accounts: [{prefix: "60"}, {account: "6001", sign: -1}]}
                  - {code: A, basis: PERIOD, accounts: [{account: "6001"}]}
                  - {code: B, basis: PERIOD, unit: 吨, accounts: [{account: "6001"}]}
                """)).extracting(x -> x.messageEn().substring(0, 11))
                .containsExactly("SB-REP-0726", "SB-REP-0727");
        assertThat(problems("""
                form: F
                figures:
                  - {code: A, basis: PERIOD, accounts: [{account: "6001"}]}
                  - {code: A, basis: PERIOD, accounts: [{account: "6002"}]}
                """)).extracting(DataProblem::field).containsExactly("$.figures[1].code");
        assertThatThrownBy(() -> FigureMapping.of("X", FigureBasis.PERIOD,
                List.of(AccountTerm.prefix("6", 1), AccountTerm.prefix("60", 1))))
                .hasMessageStartingWith("SB-REP-0726");
    }

    @Test
    void refusesSyntaxErrorsAndNonObjects() {
        assertThat(problems("{\"form\": ")).extracting(x -> x.messageEn().substring(0, 11))
                .containsExactly("SB-REP-0724");
        assertThat(problems("- 1\n- 2\n")).extracting(x -> x.messageEn().substring(0, 11))
                .containsExactly("SB-REP-0723");
        assertThat(problems("{\"form\": \"F\", \"form\": \"G\", \"figures\": []}")).extracting(DataProblem::field)
                .containsExactly("$.form", "$.figures");
    }

    @Test
    void unquotedYamlCodesKeepTheirLeadingZeros() {
        LedgerMapping m = LedgerMapping.parse("form: F\nfigures:\n  - {code: 01, basis: PERIOD, accounts: "
                + "[{account: 6001, sign: -1}, {prefix: 0600}]}\n", "y.yaml");
        FigureMapping f = m.figure("01").orElseThrow();
        assertThat(f.terms()).containsExactly(AccountTerm.account("6001", -1), AccountTerm.prefix("0600", 1));
    }

    @Test
    void unitsConvertBetweenMoneyUnitsOnly() {
        FigureMapping f = FigureMapping.of("A", FigureBasis.PERIOD, List.of(AccountTerm.account("1", 1)));
        assertThat(f.withUnits("元", "万元").unitShift()).isEqualTo(4);
        assertThat(f.withUnits("万元", "元").unitShift()).isEqualTo(-4);
        assertThat(f.withUnits("元", "亿元").unitShift()).isEqualTo(8);
        assertThatThrownBy(() -> f.withUnits("吨", "千克")).hasMessageStartingWith("SB-REP-0727");
        assertThatThrownBy(() -> f.withRounding(RoundingMode.DOWN)).hasMessageStartingWith("SB-REP-0723");
    }
}
