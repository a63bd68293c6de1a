package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.statsbase.confidentiality.access.AccessDecision;
import org.statsbase.confidentiality.access.AccessPolicy;
import org.statsbase.confidentiality.access.Action;
import org.statsbase.confidentiality.access.Purpose;
import org.statsbase.confidentiality.access.Resource;
import org.statsbase.confidentiality.access.Role;
import org.statsbase.confidentiality.access.Subject;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.core.level.ConfidentialityLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code statsbase access check}: permit or deny, with the rule and reason. Exit 0 permit, 1 deny, 2 bad input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Decide whether a subject may read, export or publish data (统计工作保密制度).",
                "Rules in order: the role allows the action; no unit-level data (基层数据) for a non-statistical",
                "purpose (统计法 2009 第二十五条); the public sees public data only; never above clearance;",
                "non-public data only within the jurisdiction (a township's staff: their township); only public",
                "data is published. Exit 0 permit, 1 deny, 2 usage error or bad input."},
        footer = {"", "Examples:",
                "  statsbase access check --role statistician --clearance internal --jurisdiction 320102001"
                        + " --purpose statistical --level internal --class unit --region 320102002 --action read",
                "  statsbase access check --file requests.csv"
                        + "   # columns: role,clearance,jurisdiction,purpose,level,class,region,action"})
final class AccessCheckCommand extends BatchCommand {

    private static final String ROLES = "statistician, auxiliary-investigator, department-staff, public";
    private static final String LEVELS = "public, internal, work-secret, secret, highly-secret, top-secret (or 公开 … 绝密)";

    @Option(names = "--role", paramLabel = "ROLE", description = ROLES)
    String role;

    @Option(names = "--clearance", paramLabel = "LEVEL", description = "the subject's clearance: " + LEVELS)
    String clearance;

    @Option(names = "--jurisdiction", paramLabel = "CODE", description = "the division the subject's rights cover")
    String jurisdiction;

    @Option(names = "--purpose", paramLabel = "PURPOSE", description = "statistical or other")
    String purpose;

    @Option(names = "--level", paramLabel = "LEVEL", description = "the data's level: " + LEVELS)
    String level;

    @Option(names = "--class", paramLabel = "CLASS", description = "unit (基层数据) or aggregate (综合数据)")
    String dataClass;

    @Option(names = "--region", paramLabel = "CODE", description = "the division the data concerns")
    String region;

    @Option(names = "--action", paramLabel = "ACTION", description = "read, export or publish")
    String action;

    @Override
    Set<String> columns() {
        return Set.of("role", "clearance", "jurisdiction", "purpose", "level", "class", "region", "action");
    }

    @Override
    boolean hasInlineInput() {
        return role != null || clearance != null || jurisdiction != null || purpose != null || level != null
                || dataClass != null || region != null || action != null;
    }

    @Override
    List<Outcome> answerOptions() {
        return List.of(check(role, clearance, jurisdiction, purpose, level, dataClass, region, action));
    }

    @Override
    Outcome answerRow(CsvBatch.Row row) {
        return check(row.get("role"), row.get("clearance"), row.get("jurisdiction"), row.get("purpose"),
                row.get("level"), row.get("class"), row.get("region"), row.get("action"));
    }

    private static Outcome check(String roleText, String clearanceText, String jurisdictionText, String purposeText,
            String levelText, String classText, String regionText, String actionText) {
        Subject subject = Subject.of("cli",
                Choices.required("--role", roleText, Role::ofName, ROLES),
                Choices.required("--clearance", clearanceText, ConfidentialityLevel::ofName, LEVELS),
                Choices.division("--jurisdiction", jurisdictionText),
                Choices.required("--purpose", purposeText, Purpose::ofName, "statistical, other"));
        Resource resource = Resource.of("cli",
                Choices.required("--level", levelText, ConfidentialityLevel::ofName, LEVELS),
                Choices.required("--class", classText, DataClass::ofName, "unit, aggregate"),
                Choices.division("--region", regionText));
        Action a = Choices.required("--action", actionText, Action::ofName, "read, export, publish");
        AccessDecision d = AccessPolicy.standard().decide(subject, resource, a);
        ObjectNode json = Json.object();
        json.put("decision", d.permitted() ? "PERMIT" : "DENY");
        json.put("permitted", d.permitted());
        json.put("rule", d.rule().name());
        json.put("code", d.code().orElse(null));
        json.put("reason_zh", d.reasonZh());
        json.put("reason_en", d.reasonEn());
        json.put("role", label(subject.role().name()));
        json.put("clearance", label(subject.clearance().name()));
        json.put("effective_clearance", label(subject.effectiveClearance().name()));
        json.put("jurisdiction", subject.jurisdiction().canonical());
        json.put("purpose", subject.purpose() == Purpose.STATISTICAL ? "statistical" : "other");
        json.put("level", label(resource.level().name()));
        json.put("level_zh", resource.level().nameZh());
        json.put("class", resource.dataClass() == DataClass.UNIT_LEVEL ? "unit" : "aggregate");
        json.put("region", resource.region().canonical());
        json.put("action", a.nameEn());
        return new Outcome(json, d.permitted() ? Outcome.Status.OK : Outcome.Status.NEGATIVE);
    }

    /** A constant name as the options spell it: {@code HIGHLY_SECRET} → {@code highly-secret}. */
    private static String label(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
