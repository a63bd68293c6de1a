package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.trail.Anchor;
import org.statsbase.trail.BrokenLink;
import org.statsbase.trail.Hash;
import org.statsbase.trail.Trail;
import org.statsbase.trail.Verification;
import org.statsbase.trail.spi.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase audit verify --store PATH|JDBC-URL [--anchor SEQ:HEX] [--algorithm auto|SHA-256|SM3]}:
 * walks the trail's hash chain and names the first broken link. Exit 0 intact, 1 broken, 2 bad input.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Walk the trail's hash chain and name the first broken link.",
                "核验留痕日志的哈希链，指出第一处断裂。",
                "With --anchor (a head kept elsewhere: sequence and hash) it also detects events",
                "removed from the end and a chain rewritten from some event on.",
                "Exit 0 intact, 1 broken, 2 usage error or a store that cannot be opened."},
        footer = {"", "Examples:",
                "  statsbase audit verify --store /var/lib/statsbase/trail",
                "  statsbase audit verify --store 'jdbc:postgresql://127.0.0.1:5432/stats?user=audit' --anchor 1042:9f86d081884c7d65…"})
final class AuditVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TrailStoreOptions trailStore;

    @Option(names = "--anchor", paramLabel = "SEQ:HEX",
            description = "the head to verify against: the sequence and hash of the last event, kept elsewhere")
    String anchor;

    @Override
    public Integer call() {
        Anchor expected = anchor == null ? null : anchor(anchor);
        try (EventStore opened = trailStore.open()) {
            Trail trail = trailStore.trail(opened);
            Verification v = expected == null ? trail.verify() : trail.verify(expected);
            ObjectNode json = Json.object();
            json.put("store", opened.describe());
            json.put("algorithm", trail.algorithm().standardName());
            json.put("intact", v.intact());
            json.put("events_checked", v.eventsChecked());
            ObjectNode head = json.putObject("head");
            head.put("sequence", v.head().sequence());
            head.put("hash", v.head().hash().hex());
            if (expected != null) {
                ObjectNode a = json.putObject("anchor");
                a.put("sequence", expected.sequence());
                a.put("hash", expected.hash().hex());
            }
            v.firstBrokenLink().ifPresent(link -> json.set("broken_link", brokenLink(link)));
            Json.print(spec.commandLine().getOut(), json);
            return v.intact() ? Outcome.Status.OK.exitCode : Outcome.Status.NEGATIVE.exitCode;
        }
    }

    private static ObjectNode brokenLink(BrokenLink link) {
        ObjectNode o = Json.object();
        o.put("sequence", link.sequence());
        o.put("reason", link.reason().name());
        o.put("reason_zh", link.reason().descriptionZh());
        o.put("reason_en", link.reason().descriptionEn());
        o.put("expected", link.expected());
        o.put("found", link.found());
        return o;
    }

    static Anchor anchor(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new StatsbaseException(CliError.ANCHOR_SYNTAX, text);
        }
        long sequence;
        try {
            sequence = Long.parseLong(text.substring(0, colon).strip());
        } catch (NumberFormatException e) {
            throw new StatsbaseException(CliError.ANCHOR_SYNTAX, text);
        }
        if (sequence < 0) {
            throw new StatsbaseException(CliError.ANCHOR_SYNTAX, text);
        }
        return new Anchor(sequence, Hash.ofHex(text.substring(colon + 1)));
    }
}
