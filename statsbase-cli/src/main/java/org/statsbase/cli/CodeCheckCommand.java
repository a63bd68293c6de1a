package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.DivisionCatalog;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionEntry;
import org.statsbase.core.code.Province;
import org.statsbase.core.code.UrbanRuralCode;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.code.IndustryCheck;
import org.statsbase.core.code.IndustryClassification;
import org.statsbase.core.code.OrganizationCode;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.error.StatsbaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code statsbase code check}: one JSON object per value, in input order. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check identifiers: 统一社会信用代码 (uscc), 组织机构代码 (org), 统计用区划代码 (division),",
                "国民经济行业分类 (industry), 城乡分类代码 (urban-rural). Exit 0 if all are valid, 1 if any is not."},
        footer = {"", "Examples:",
                "  statsbase code check --type uscc 914403001922038216 91440300192203821X",
                "  statsbase code check --type industry C1311 70 --catalog gbt4754-2017.json",
                "  statsbase code check --type division 441900003 --catalog divisions-2023.csv",
                "  statsbase code check --file codes.csv        # columns: type,value[,catalog][,year]"})
final class CodeCheckCommand extends BatchCommand {

    @Option(names = "--type", paramLabel = "TYPE", description = "uscc, org, division, industry or urban-rural")
    String type;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "division: a catalog CSV (code,name,level,parent[,urban_rural]);"
                    + " industry: the full GB/T 4754-2017 table (.json nested or .csv code,name)")
    Path catalog;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "the year of a division catalog; default: the first year 19xx/20xx in its file name")
    String year;

    @Parameters(paramLabel = "VALUE", arity = "0..*", description = "the values to check")
    List<String> values = new ArrayList<>();

    private final Catalogs catalogs = new Catalogs();

    @Override
    Set<String> columns() {
        return Set.of("type", "value", "catalog", "year");
    }

    @Override
    boolean hasInlineInput() {
        return !values.isEmpty();
    }

    @Override
    List<Outcome> answerOptions() {
        if (values.isEmpty()) {
            throw new StatsbaseException(CliError.NO_INPUT);
        }
        CodeType codeType = CodeType.parse(type);
        List<Outcome> outcomes = new ArrayList<>();
        for (String value : values) {
            outcomes.add(check(codeType, value, catalog, year));
        }
        return outcomes;
    }

    @Override
    Outcome answerRow(CsvBatch.Row row) {
        String rowCatalog = row.get("catalog");
        String rowYear = row.get("year") != null ? row.get("year") : year;
        return check(CodeType.parse(row.get("type") != null ? row.get("type") : type),
                row.get("value") == null ? "" : row.get("value"),
                rowCatalog != null ? PathArguments.of("catalog", rowCatalog) : catalog, rowYear);
    }

    private Outcome check(CodeType codeType, String value, Path catalogFile, String catalogYear) {
        ObjectNode json = Json.object();
        json.put("type", codeType.label);
        json.put("input", value);
        if (catalogYear != null && codeType != CodeType.DIVISION) {
            throw new StatsbaseException(CliError.BAD_CHOICE, "--type", codeType.label, "division with --year");
        }
        switch (codeType) {
            case USCC -> {
                refuseCatalog(codeType, catalogFile);
                CodeCheck<UnifiedSocialCreditCode, ?> check = UnifiedSocialCreditCode.check(value);
                put(json, check);
                nulls(json, "authority", "category", "registration_division", "organization_code");
                check.value().ifPresent(c -> {
                    json.put("authority", c.authority().nameZh());
                    json.put("category", c.category().nameZh());
                    json.put("registration_division", c.registrationDivision());
                    json.put("organization_code", c.organizationCode().canonical());
                });
                return outcome(json, check.isValid());
            }
            case ORG -> {
                refuseCatalog(codeType, catalogFile);
                CodeCheck<OrganizationCode, ?> check = OrganizationCode.check(value);
                put(json, check);
                nulls(json, "with_hyphen");
                check.value().ifPresent(c -> json.put("with_hyphen", c.withHyphen()));
                return outcome(json, check.isValid());
            }
            case INDUSTRY -> {
                IndustryClassification table = catalogFile == null ? IndustryClassification.shipped()
                        : catalogs.industry(catalogFile, InputSize.data(spec));
                IndustryCheck check = table.check(value);
                put(json, check.result());
                json.put("checked_to", check.checkedTo().name());
                json.put("level", check.code().map(c -> c.level().name()).orElse(null));
                json.put("name", check.nameZh().orElse(null));
                return outcome(json, check.isValid());
            }
            case DIVISION -> {
                CodeCheck<DivisionCode, ?> check = DivisionCode.check(value);
                put(json, check);
                nulls(json, "level", "province", "name", "catalog_year");
                if (check.value().isEmpty()) {
                    return outcome(json, false);
                }
                DivisionCode code = check.value().get();
                json.put("level", code.level().name());
                json.put("province", code.province().nameZh());
                if (catalogFile == null) {
                    return outcome(json, true);
                }
                DivisionCatalog divisions = catalogs.division(catalogFile, catalogYear, InputSize.data(spec));
                json.put("catalog_year", divisions.year());
                Optional<DivisionEntry> entry = divisions.find(code);
                if (entry.isEmpty()) {
                    StatsbaseException absent = new StatsbaseException(CoreError.DIVISION_NOT_IN_CATALOG,
                            code.canonical(), divisions.year());
                    json.put("valid", false);
                    json.put("reason", "NOT_IN_CATALOG");
                    json.put("error_code", absent.code());
                    json.put("message_zh", absent.messageZh());
                    json.put("message_en", absent.messageEn());
                    return outcome(json, false);
                }
                json.put("level", entry.get().level().name());
                json.put("name", entry.get().name());
                return outcome(json, true);
            }
            case URBAN_RURAL -> {
                refuseCatalog(codeType, catalogFile);
                CodeCheck<UrbanRuralCode, ?> check = UrbanRuralCode.check(value);
                put(json, check);
                nulls(json, "name", "urban");
                check.value().ifPresent(c -> {
                    json.put("name", c.nameZh());
                    json.put("urban", c.isUrban());
                });
                return outcome(json, check.isValid());
            }
            default -> throw new IllegalStateException("unhandled type " + codeType);
        }
    }

    private static Outcome outcome(ObjectNode json, boolean valid) {
        return new Outcome(json, valid ? Outcome.Status.OK : Outcome.Status.NEGATIVE);
    }

    private static void refuseCatalog(CodeType codeType, Path catalogFile) {
        if (catalogFile != null) {
            throw new StatsbaseException(CliError.BAD_CHOICE, "--type", codeType.label, "division or industry with --catalog");
        }
    }

    /** Fields of the type that stay {@code null} unless the code is valid: every answer has the same keys. */
    private static void nulls(ObjectNode json, String... fields) {
        for (String field : fields) {
            json.putNull(field);
        }
    }

    /** The fields every code type shares. */
    private static void put(ObjectNode json, CodeCheck<?, ?> check) {
        json.put("valid", check.isValid());
        json.put("canonical", check.value().map(Object::toString).orElse(null));
        json.put("reason", check.reason().map(r -> r.name()).orElse(null));
        json.put("error_code", check.errorCode().orElse(null));
        json.put("message_zh", check.isValid() ? null : check.messageZh());
        json.put("message_en", check.isValid() ? null : check.messageEn());
        if (check.position().isPresent()) {
            json.put("position", check.position().getAsInt());
        } else {
            json.putNull("position");
        }
        json.put("expected", check.expected().orElse(null));
        json.put("actual", check.actual().orElse(null));
    }

    /** The values of {@code --type}. */
    enum CodeType {
        USCC("uscc"), ORG("org"), DIVISION("division"), INDUSTRY("industry"), URBAN_RURAL("urban-rural");

        final String label;

        CodeType(String label) {
            this.label = label;
        }

        static CodeType parse(String text) {
            if (text == null) {
                throw new StatsbaseException(CliError.MISSING_VALUE, "--type");
            }
            for (CodeType t : values()) {
                if (t.label.equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
            throw new StatsbaseException(CliError.BAD_CHOICE, "--type", text, "uscc, org, division, industry, urban-rural");
        }
    }
}
