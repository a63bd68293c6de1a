package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.statsbase.core.io.InputLimits;
import org.statsbase.core.org.PersonId;
import org.statsbase.reporting.ledger.Contribution;
import org.statsbase.reporting.ledger.DerivedFigure;
import org.statsbase.reporting.ledger.Ledger;
import org.statsbase.reporting.ledger.LedgerEntry;
import org.statsbase.reporting.ledger.LedgerFiles;
import org.statsbase.reporting.ledger.LedgerPosting;

/**
 * What the ledger commands share: reading a ledger file into a {@link Ledger} (entry n = the n-th
 * posting of the file) and printing a figure with the entries behind it.
 */
final class LedgerInputs {

    /** Who entered the postings of a file read by the command line. */
    private static final PersonId FILE = PersonId.of("file");

    private LedgerInputs() {
    }

    /** The ledger of a CSV or JSON Lines file ({@code .jsonl}/{@code .ndjson}); every bad line is an error. */
    static Ledger ledger(Path file, String unit, InputLimits limits) {
        List<LedgerPosting> postings = LedgerFiles.read(file, limits);
        List<LedgerEntry> entries = new ArrayList<>(postings.size());
        for (LedgerPosting p : postings) {
            entries.add(LedgerEntry.of(entries.size() + 1, p, FILE));
        }
        return Ledger.of(unit, entries);
    }

    /** The unit: {@code --unit} or the ledger file's name. */
    static String unit(String option, Path ledger) {
        if (option != null) {
            return option;
        }
        Path name = ledger.getFileName();
        return name == null ? "ledger" : name.toString();
    }

    /** A figure: code, name, basis, dates, values, and (unless {@code summary}) its entries. */
    static ObjectNode figure(DerivedFigure f, boolean summary) {
        ObjectNode o = Json.object();
        o.put("code", f.code());
        if (f.mapping().name().isPresent()) {
            o.put("name", f.mapping().name().get());
        } else {
            o.putNull("name");
        }
        o.put("basis", f.mapping().basis().name());
        o.put("from", f.from().toString());
        o.put("to", f.to().toString());
        o.put("value", f.rounded());
        o.put("unit", f.mapping().unit());
        o.put("unrounded", f.unrounded());
        o.put("source_total", f.sourceTotal());
        o.put("source_unit", f.mapping().sourceUnit());
        o.put("entry_count", f.provenance().size());
        if (!summary) {
            o.set("entries", entries(f.provenance()));
        }
        return o;
    }

    /** The entries behind a figure, each with its sign. */
    static ArrayNode entries(List<Contribution> provenance) {
        ArrayNode a = Json.array();
        for (Contribution c : provenance) {
            LedgerEntry e = c.entry();
            ObjectNode o = a.addObject();
            o.put("entry", e.id());
            o.put("date", e.date().toString());
            o.put("account", e.account());
            o.put("quantity", e.quantity());
            o.put("unit", e.unit());
            o.put("sign", c.sign());
            o.put("record_digest", e.record().digestHex());
            o.put("record_description", e.record().description());
        }
        return a;
    }
}
