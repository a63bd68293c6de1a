package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.accountability.Accountability;
import org.statsbase.reporting.accountability.FigureEntry;
import org.statsbase.reporting.accountability.FigureHistory;
import org.statsbase.trail.Trail;
import org.statsbase.trail.spi.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase accountability --store … --unit … --form … --period … --indicator …}: the whole
 * history of one figure from the trail (数据质量责任追究制度). Exit 0 when the trail verifies and holds
 * the figure, 1 when the trail is broken or holds nothing of it, 2 bad input.
 */
@Command(name = "accountability", mixinStandardHelpOptions = true,
        description = {"The whole history of one figure, read from the verified trail: every value it had,",
                "who entered, explained, signed, reviewed, returned and accepted it, refused attempts included.",
                "一个数据的责任链：从留痕日志读出其全部取值及录入、说明、签字、审核、退回、验收的人员。",
                "Exit 0 history of an intact trail, 1 broken trail or no history, 2 bad input."},
        footer = {"", "Example:",
                "  statsbase accountability --store /var/lib/statsbase/trail --unit 91350100M000100Y43 \\",
                "      --form B204-1 --period 2026-10 --indicator B01"})
final class AccountabilityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TrailStoreOptions trailStore;

    @Option(names = "--unit", required = true, paramLabel = "ID", description = "the unit's id in the register")
    String unit;

    @Option(names = "--form", required = true, paramLabel = "ID", description = "the form (表号), e.g. B204-1")
    String form;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "the reporting period: 2026-10, 2026Q3, 2026H1 or 2026")
    String period;

    @Option(names = "--indicator", required = true, paramLabel = "CODE", description = "the indicator, e.g. B01")
    String indicator;

    @Override
    public Integer call() {
        SubmissionKey key = SubmissionKey.of(unit, form, ReportingPeriod.parse(period));
        try (EventStore opened = trailStore.open()) {
            Trail trail = trailStore.trail(opened);
            FigureHistory history = Accountability.over(trail).verifiedFigure(key, indicator);
            if (history.entries().isEmpty()) {
                Json.print(spec.commandLine().getOut(),
                        Json.error(new StatsbaseException(CliError.NO_HISTORY, key.subject(), indicator)));
                return Outcome.Status.NEGATIVE.exitCode;
            }
            ObjectNode json = Json.object();
            json.put("unit", key.unitId());
            json.put("form", key.formId());
            json.put("period", key.period().toString());
            json.put("indicator", indicator);
            json.put("trail_intact", history.verifiedIntact());
            history.submission().ifPresent(s -> json.put("state", s.state().name()));
            history.currentValue().ifPresent(v -> json.put("current_value", v));
            history.enteredBy().ifPresent(p -> json.put("entered_by", p));
            history.acceptance().ifPresent(a -> json.put("accepted_by", a.actor()));
            ArrayNode signed = json.putArray("signed_by");
            history.currentSignatures().forEach((role, signature) -> {
                ObjectNode s = signed.addObject();
                s.put("role", role.name());
                s.put("person", signature.person().value());
            });
            ArrayNode entries = json.putArray("entries");
            for (FigureEntry e : history.entries()) {
                entries.add(entry(e));
            }
            Json.print(spec.commandLine().getOut(), json);
            return history.verifiedIntact() ? Outcome.Status.OK.exitCode : Outcome.Status.NEGATIVE.exitCode;
        }
    }

    private static ObjectNode entry(FigureEntry e) {
        ObjectNode o = Json.object();
        o.put("sequence", e.sequence());
        o.put("time", e.time().toString());
        o.put("actor", e.actor());
        o.put("role", e.role());
        o.put("action", e.action());
        o.put("kind", e.kind().name());
        o.put("outcome", e.outcome().name());
        e.errorCode().ifPresent(c -> o.put("error_code", c));
        e.change().ifPresent(c -> {
            o.put("before", c.before());
            o.put("after", c.after());
        });
        e.proxyAuthorisation().ifPresent(a -> o.put("proxy_authorisation", a));
        o.put("hash", e.hash().hex());
        return o;
    }
}
