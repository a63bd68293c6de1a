package org.statsbase.testkit.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.confidentiality.classification.ClassificationPolicy;
import org.statsbase.confidentiality.classification.SecretItems;
import org.statsbase.confidentiality.suppression.SensitivityRules;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.core.code.DivisionCatalog;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryClassification;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.OrganizationCode;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.code.UrbanRuralCode;
import org.statsbase.core.form.SurveySystem;
import org.statsbase.core.period.DeadlineCalendar;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ledger.LedgerFiles;
import org.statsbase.reporting.ledger.LedgerMapping;
import org.statsbase.validation.data.DatasetReader;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.file.RuleSetFiles;
import org.statsbase.validation.rules.file.RuleSetFormat;

/** Every parser and loader under fuzzing, with the valid seeds its hostile inputs grow from. */
final class Targets {

    private Targets() {
    }

    static final List<String> USCC_SEEDS = List.of("915001058748382148", "91350100M000100Y43",
            "91110000600037341L", "12100000400010398P", "915001053642867605");
    static final List<String> ORG_SEEDS = List.of("87483821-4", "M0001000-Y", "60003734-1", "40001039-8",
            "874838214");
    static final List<String> DIVISION_SEEDS = List.of("500105003000", "500105", "110101", "11", "500105010000",
            "110101001001");
    static final List<String> INDUSTRY_SEEDS = List.of("C3011", "0610", "C13", "A", "3011", "C", "C301", "06");
    static final List<String> URBAN_RURAL_SEEDS = List.of("111", "112", "121", "122", "123", "210", "220");
    static final List<String> PERIOD_SEEDS = List.of("2026-10", "2026Q3", "2026H1", "2026", "2026-M10",
            "2026年10月", "2026年第3季度", "2026年上半年", "2026年");
    static final List<String> EXPRESSION_SEEDS = List.of("B01 >= B02", "B05 = B06 + B07 + B08 + B09",
            "abs(growth(B01, prev.B01)) <= 0.5", "A06 in ('1', '2')", "if B01 > 0 then C01 > 0",
            "C01 between 0 and 100000", "coalesce(matches(A03, '^(0[6-9]|[1-3][0-9])[0-9]{2}$'), false)",
            "C01 = form(\"SX202\").L01", "not (A06 = '2') or (abs(B01 - 0) < 0.1 and abs(B02 - 0) < 0.1)",
            "len(A02) between 6 and 50", "is_unique(A01)", "in_codelist(A04, 'towns')", "is_missing(x)",
            "[营业收入] > 0", "B01 / C01 <= 10000");
    static final List<String> RULE_SET_YAML_SEEDS = List.of("""
            id: common
            rules:
              - id: C001
                check: "valid_uscc(UNIT_ID)"
                severity: QUASI_MANDATORY
                message: {en: "The unified social credit code is not valid"}
              - {id: C002, check: B01 >= 0}
            """, "id: x\nrules: []\n", Hostile.billionLaughs(9) + "id: x\nrules: []\n",
            "id: &i x\nrules:\n  - {id: *i, check: 'B01 >= 0', when: 'B02 > 0'}\n");
    static final List<String> RULE_SET_JSON_SEEDS = List.of("""
            {"id": "common", "rules": [
              {"id": "C001", "check": "valid_uscc(UNIT_ID)", "severity": "QUASI_MANDATORY",
               "message": {"zh": "代码无效", "en": "The code is not valid"}},
              {"id": "C002", "check": "B01 >= 0", "when": "B02 > 0"}]}""", "{\"id\": \"x\", \"rules\": []}");
    static final List<String> DATASET_CSV_SEEDS = List.of("""
            unit,A01,A02,A03,A06,B01,B02,C01
            U0001,915001058748382148,江北建材有限公司,0610,1,18241.7,18504.4,142
            U0002,915001053642867605,"江北机械,有限公司",0610,1,12214.0,15008.9,284
            """, "unit,B01\nU1,1\nU2,\nU3,1e5\n", "unit\n");
    static final List<String> DATASET_JSONL_SEEDS = List.of("""
            {"unit": "U0001", "A01": "915001058748382148", "B01": 18241.7, "B02": "18504.4", "C01": 142}
            {"unit": "U0002", "A02": "江北机械有限公司", "B01": null, "C01": 284}
            """, "{\"unit\": \"U1\", \"B01\": 1e308}\n\n{\"unit\": \"U2\"}\n");
    static final List<String> DIVISION_CATALOG_SEEDS = List.of("""
            code,name,level,parent,urban_rural
            50,重庆市,PROVINCE,,
            5001,市辖区,PREFECTURE,50,
            500105,江北区,COUNTY,5001,
            500105003,石马河街道,TOWNSHIP,500105,
            500105003001,某社区居委会,VILLAGE,500105003,111
            """, "code,name,level,parent\n11,北京市,PROVINCE,\n");
    static final List<String> INDUSTRY_CSV_SEEDS = List.of(
            "code,name\nA,农、林、牧、渔业\n01,农业\n011,谷物种植\n0111,稻谷种植\nC,制造业\n30,非金属矿物制品业\n",
            "code,name\nC13,农副食品加工业\n");
    static final List<String> DEADLINE_SEEDS = List.of("""
            {"rules": [{"frequency": "月报", "day_of_month": 10, "time": "18:00", "exempt_indexes": [1]},
             {"frequency": "季报", "form": "b204-1", "months_after_end": 1, "day_of_month": 15, "time": "12:00",
              "exempt_indexes": []},
             {"frequency": "年报", "days_after_end": 45, "time": "23:59", "exempt_indexes": []}]}""",
            "{\"zone\": \"Asia/Shanghai\", \"rules\": []}");
    static final List<String> LEDGER_CSV_SEEDS = List.of(
            "\uFEFFaccount,date,quantity,record_digest,record_description,unit\n"
                    + "６００１,2026-10-03,1200.50," + "ab".repeat(32) + ",\"销售发票 No.1, 甲公司\",\n\n"
                    + "C01,2026-10-04,12.5," + "0f".repeat(32) + ",磅单（第７号）,吨\n",
            "date,account,quantity,record_digest,record_description\n2026-10-03,6001,1," + "ab".repeat(32)
                    + ",a\n");
    static final List<String> LEDGER_JSONL_SEEDS = List.of(
            "{\"date\": \"2026-10-03\", \"account\": \"6001\", \"quantity\": 1200.50, \"record_digest\": \""
                    + "ab".repeat(32) + "\", \"record_description\": \"销售发票\", \"unit\": \"元\"}\n"
                    + "{\"date\": \"2026-10-04\", \"account\": \"C01\", \"quantity\": \"12.5\", \"record_digest\": \""
                    + "0f".repeat(32) + "\", \"record_description\": \"磅单\"}\n");
    static final List<String> SECRET_ITEMS_SEEDS = List.of("""
            {"source": "test", "items": [
              {"id": "gdp.quarterly.32", "level": "机密", "period_years": 5, "source": "统计工作国家秘密范围的规定"},
              {"pattern": "census.*.draft", "level": "SECRET", "source": "s"},
              {"pattern": "x?", "level": "top-secret", "source": "s"}
            ]}""", "[]");
    static final List<String> POLICY_SEEDS = List.of("""
            {"id": "x", "source": "s", "unit_level_level": "工作秘密", "unreleased_aggregate_level": "INTERNAL",
             "grades": [{"grade": "一般"}]}""", """
            {"id": "x", "source": "s", "unit_level_level": "INTERNAL", "unreleased_aggregate_level": "INTERNAL",
             "grades": [{"class": "UNIT_LEVEL", "grade": "一般"}, {"grade": "重要"}]}""");
    static final List<String> SENSITIVITY_SEEDS = List.of("freq(3),nk(1,50),p(10)", "freq(3)",
            " freq(3) , nk(2,85),P(10.5)", "p(10)", "nk(1,75)");
    static final List<String> RETENTION_PERIOD_SEEDS = List.of("permanent", "Y", "D30", "2", "D10", "30", "永久");

    static final Target<String> USCC = text("UnifiedSocialCreditCode", USCC_SEEDS, s -> {
        UnifiedSocialCreditCode.check(s);
        UnifiedSocialCreditCode.isValid(s);
        return UnifiedSocialCreditCode.parse(s);
    });
    static final Target<String> ORGANIZATION_CODE = text("OrganizationCode", ORG_SEEDS, s -> {
        OrganizationCode.check(s);
        return OrganizationCode.parse(s);
    });
    static final Target<String> DIVISION_CODE = text("DivisionCode", DIVISION_SEEDS, s -> {
        DivisionCode.check(s);
        return DivisionCode.parse(s);
    });
    static final Target<String> INDUSTRY_CODE = text("IndustryCode", INDUSTRY_SEEDS, s -> {
        IndustryCode.check(s);
        return IndustryCode.parse(s);
    });
    static final Target<String> URBAN_RURAL_CODE = text("UrbanRuralCode", URBAN_RURAL_SEEDS, s -> {
        UrbanRuralCode.check(s);
        return UrbanRuralCode.parse(s);
    });
    static final Target<String> REPORTING_PERIOD = text("ReportingPeriod", PERIOD_SEEDS, s -> {
        ReportingPeriod.check(s);
        return ReportingPeriod.parse(s);
    });
    static final Target<String> RULE_EXPRESSION = text("RuleSet.compile (rule language)", EXPRESSION_SEEDS,
            s -> RuleSet.compile(RuleSetDefinition.of("fuzz", List.of(RuleDefinition.of("R1", s)))));
    static final Target<byte[]> RULE_SET_YAML = bytes("RuleSetFiles (YAML)", RULE_SET_YAML_SEEDS,
            b -> RuleSetFiles.read(in(b), "fuzz.yaml", RuleSetFormat.YAML));
    static final Target<byte[]> RULE_SET_JSON = bytes("RuleSetFiles (JSON)", RULE_SET_JSON_SEEDS,
            b -> RuleSetFiles.read(in(b), "fuzz.json", RuleSetFormat.JSON));
    static final Target<byte[]> DATASET_CSV = bytes("DatasetReader (CSV)", DATASET_CSV_SEEDS,
            b -> DatasetReader.withKey("unit").readCsv(in(b), "fuzz.csv"));
    static final Target<byte[]> DATASET_JSONL = bytes("DatasetReader (JSON Lines)", DATASET_JSONL_SEEDS,
            b -> DatasetReader.withKey("unit").readJsonLines(in(b), "fuzz.jsonl"));
    static final Target<byte[]> DIVISION_CATALOG = bytes("DivisionCatalog (CSV)", DIVISION_CATALOG_SEEDS,
            b -> DivisionCatalog.load(in(b), "fuzz.csv", 2023));
    static final Target<byte[]> INDUSTRY_JSON = bytes("IndustryClassification (JSON)",
            List.of(resource(IndustryClassification.class, "industry-sections-and-divisions-2017.json"),
                    "[{\"code\": \"A\", \"name\": \"农、林、牧、渔业\", \"children\": [{\"code\": \"01\", \"name\": \"农业\","
                            + " \"children\": []}]}]"),
            b -> IndustryClassification.loadJson(in(b), "fuzz.json"));
    static final Target<byte[]> INDUSTRY_CSV = bytes("IndustryClassification (CSV)", INDUSTRY_CSV_SEEDS,
            b -> IndustryClassification.loadCsv(in(b), "fuzz.csv"));
    static final Target<byte[]> SURVEY_SYSTEM = bytes("SurveySystem (JSON)",
            List.of(resource(Targets.class, "survey-system.json")), b -> SurveySystem.read("fuzz.json", in(b)));
    static final Target<byte[]> DEADLINE_CALENDAR = bytes("DeadlineCalendar (JSON)", DEADLINE_SEEDS,
            b -> DeadlineCalendar.read("fuzz.json", in(b)));
    static final Target<byte[]> RETENTION_SCHEDULE = bytes("RetentionSchedule (JSON)",
            List.of(resource(RetentionSchedule.class, "statutory-retention.json")),
            b -> RetentionSchedule.parse(in(b), "fuzz.json"));
    static final Target<String> RETENTION_PERIOD = text("RetentionPeriod", RETENTION_PERIOD_SEEDS,
            RetentionPeriod::parse);
    static final Target<byte[]> LEDGER_CSV = bytes("LedgerFiles (CSV)", LEDGER_CSV_SEEDS,
            b -> LedgerFiles.readCsv(in(b), "fuzz.csv"));
    static final Target<byte[]> LEDGER_JSONL = bytes("LedgerFiles (JSON Lines)", LEDGER_JSONL_SEEDS,
            b -> LedgerFiles.readJsonLines(in(b), "fuzz.jsonl"));
    static final Target<String> LEDGER_MAPPING = text("LedgerMapping (YAML/JSON)",
            List.of(resource(Targets.class, "ledger-mapping.yaml"), Hostile.billionLaughs(9) + "form: SX203\n"),
            s -> LedgerMapping.parse(s, "fuzz.yaml"));
    static final Target<String> SECRET_ITEMS = text("SecretItems (JSON)", SECRET_ITEMS_SEEDS,
            s -> SecretItems.parse(s, "fuzz.json"));
    static final Target<String> CLASSIFICATION_POLICY = text("ClassificationPolicy (JSON)", POLICY_SEEDS,
            s -> ClassificationPolicy.parse(s, "fuzz.json"));
    static final Target<String> SENSITIVITY_RULES = text("SensitivityRules (spec)", SENSITIVITY_SEEDS,
            s -> SensitivityRules.parse(s, ContributionLevel.UNIT));

    static final Target<byte[]> TRAIL_SEGMENT = new Target<>("FileEventStore (segment bytes)",
            TrailSegments::corrupted, TrailSegments::open);

    /** Every target, for the marathon of the {@code fuzz} profile. */
    static List<Target<?>> all() {
        return List.of(USCC, ORGANIZATION_CODE, DIVISION_CODE, INDUSTRY_CODE, URBAN_RURAL_CODE, REPORTING_PERIOD,
                RULE_EXPRESSION, RULE_SET_YAML, RULE_SET_JSON, DATASET_CSV, DATASET_JSONL, DIVISION_CATALOG,
                INDUSTRY_JSON, INDUSTRY_CSV, SURVEY_SYSTEM, DEADLINE_CALENDAR, RETENTION_SCHEDULE, RETENTION_PERIOD,
                LEDGER_CSV, LEDGER_JSONL, LEDGER_MAPPING, SECRET_ITEMS, CLASSIFICATION_POLICY, SENSITIVITY_RULES,
                TRAIL_SEGMENT);
    }

    private static Target<String> text(String name, List<String> seeds, Fuzz.Parse<String> parse) {
        return new Target<>(name, (Random r) -> Hostile.text(r, seeds), parse);
    }

    private static Target<byte[]> bytes(String name, List<String> seeds, Fuzz.Parse<byte[]> parse) {
        return new Target<>(name, (Random r) -> Hostile.bytes(r, seeds), parse);
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name + " beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
