package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.statsbase.archive.Archive;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.RecordId;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.PersonId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase archive dispose appraise|approve|execute}: the disposal workflow of 档案法 2020 第二十一条 — a
 * destruction list (销毁清册) drawn up after appraisal, approved by the head, carried out and signed by at least two
 * supervisors. Each step is a separate command because each is a different person's act.
 */
@Command(name = "dispose", mixinStandardHelpOptions = true,
        description = {"Disposal: appraise (draw up a destruction list), approve (the head), execute (two supervisors).",
                "销毁：鉴定（编制销毁清册）、批准（负责人）、监销（至少两人）。"},
        subcommands = {ArchiveDisposeCommand.Appraise.class, ArchiveDisposeCommand.Approve.class,
                ArchiveDisposeCommand.Execute.class},
        footer = {"", "Example:",
                "  statsbase archive dispose appraise --list XH-2026-01 --all-due --catalog … --content … --trail … --actor p-030"})
final class ArchiveDisposeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new SubcommandRequired(spec.commandLine());
    }

    private static int print(CommandSpec spec, DestructionList list) {
        ObjectNode out = ArchiveOptions.list(list);
        Json.print(spec.commandLine().getOut(), out);
        return Outcome.Status.OK.exitCode;
    }

    /** {@code dispose appraise --list ID (--record ID… | --all-due) [--as-of DATE]}. */
    @Command(name = "appraise", mixinStandardHelpOptions = true,
            description = {"Draw up a destruction list after appraisal: every record must be due as of --as-of.",
                    "鉴定并编制销毁清册：每份资料在 --as-of 之日均须到期（未冻结、非永久）。",
                    "Exit 0 drawn up, 1 refused (permanent, not due, held, waiting, destroyed, id in use), 2 usage error."},
            footer = {"", "Examples:",
                    "  statsbase archive dispose appraise --catalog … --content … --trail … --list XH-2026-01 --all-due --actor p-030",
                    "  statsbase archive dispose appraise --catalog … --content … --trail … --list XH-2026-02 --record ledger-2023-01 --record ledger-2023-02"})
    static final class Appraise implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ArchiveOptions archive;

        @Option(names = "--list", required = true, paramLabel = "ID", description = "the destruction list's id")
        String list;

        @Option(names = "--record", paramLabel = "ID", description = "a record to list (repeat)")
        List<String> records = new ArrayList<>();

        @Option(names = "--all-due", description = "list every record due as of --as-of (at most 100000)")
        boolean allDue;

        @Option(names = "--as-of", paramLabel = "DATE", description = "the appraisal's date (default: today)")
        String asOf;

        @Override
        public Integer call() {
            LocalDate when = asOf == null ? LocalDate.now() : ArchiveOptions.date("--as-of", asOf);
            if (records.isEmpty() && !allDue) {
                throw new StatsbaseException(CliError.ARCHIVE_NO_ENTRIES);
            }
            try (ArchiveOptions.Opened opened = archive.open("archive dispose appraise")) {
                Archive a = opened.archive();
                List<RecordId> ids = new ArrayList<>(records.stream().map(RecordId::of).toList());
                if (allDue) {
                    a.dueList(when, 100_000).stream().map(r -> r.id()).filter(id -> !ids.contains(id)).forEach(ids::add);
                }
                try {
                    return print(spec, a.appraise(archive.actor(), DestructionListId.of(list), ids, when));
                } catch (ArchiveException e) {
                    return ArchiveOptions.refused(spec, e);
                }
            }
        }
    }

    /** {@code dispose approve --list ID}. */
    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = {"The head approves a destruction list (not the person who appraised it).",
                    "负责人批准销毁清册（鉴定人不得批准）。",
                    "Exit 0 approved, 1 refused (no such list, wrong state, the appraiser), 2 usage error."},
            footer = {"", "Example:",
                    "  statsbase archive dispose approve --catalog … --content … --trail … --list XH-2026-01 --actor head-01 --role head"})
    static final class Approve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ArchiveOptions archive;

        @Option(names = "--list", required = true, paramLabel = "ID", description = "the destruction list's id")
        String list;

        @Override
        public Integer call() {
            try (ArchiveOptions.Opened opened = archive.open("archive dispose approve")) {
                try {
                    return print(spec, opened.archive().approve(archive.actor(), DestructionListId.of(list)));
                } catch (ArchiveException e) {
                    return ArchiveOptions.refused(spec, e);
                }
            }
        }
    }

    /** {@code dispose execute --list ID --method TEXT --supervisor P --supervisor P [--date DATE]}. */
    @Command(name = "execute", mixinStandardHelpOptions = true,
            description = {"Carry out an approved list, signed by at least two supervisors; every record is re-checked",
                    "as of --date. Content is deleted; metadata and a destruction certificate stay.",
                    "执行销毁：至少两名监销人签字，按 --date 重新核对每份资料；内容删除，元数据与销毁证明保留。",
                    "Exit 0 destroyed, 1 refused (not approved, fewer than two supervisors, a record held or not due), 2 usage error."},
            footer = {"", "Example:",
                    "  statsbase archive dispose execute --catalog … --content … --trail … --list XH-2026-01 --method 粉碎 \\",
                    "      --supervisor 监销人甲 --supervisor 监销人乙 --date 2026-03-02"})
    static final class Execute implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ArchiveOptions archive;

        @Option(names = "--list", required = true, paramLabel = "ID", description = "the destruction list's id")
        String list;

        @Option(names = "--method", required = true, paramLabel = "TEXT", description = "how: 粉碎, 焚毁, 数据擦除…")
        String method;

        @Option(names = "--supervisor", paramLabel = "PERSON", description = "a supervisor (监销人) who signs (repeat; at least two)")
        List<String> supervisors = new ArrayList<>();

        @Option(names = "--date", paramLabel = "DATE", description = "the destruction date (default: today)")
        String date;

        @Override
        public Integer call() {
            LocalDate on = date == null ? LocalDate.now() : ArchiveOptions.date("--date", date);
            try (ArchiveOptions.Opened opened = archive.open("archive dispose execute")) {
                try {
                    return print(spec, opened.archive().execute(archive.actor(), DestructionListId.of(list), method, on,
                            supervisors.stream().map(PersonId::of).toList()));
                } catch (ArchiveException e) {
                    return ArchiveOptions.refused(spec, e);
                }
            }
        }
    }
}
