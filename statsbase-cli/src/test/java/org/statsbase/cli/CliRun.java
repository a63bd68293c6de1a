package org.statsbase.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** A run of the command line with captured streams, its output kept as text. */
record CliRun(int exit, String stdout, String stderr) {

    static CliRun of(String... args) {
        return on(Main.commandLine(), args);
    }

    /** A run on a command tree that may have run before ({@link Main#run(CommandLine, String[], PrintStream, PrintStream)}). */
    static CliRun on(CommandLine cli, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(cli, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every line of standard output as JSON (fails when a line is not JSON). */
    List<JsonNode> json() {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (!line.isBlank()) {
                try {
                    nodes.add(Json.MAPPER.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not JSON: " + line, e);
                }
            }
        }
        return nodes;
    }

    /** The only JSON object printed. */
    JsonNode only() {
        List<JsonNode> nodes = json();
        if (nodes.size() != 1) {
            throw new AssertionError("expected one JSON object, got " + nodes.size() + ":\n" + stdout);
        }
        return nodes.get(0);
    }

    /** The code of the error object printed. */
    String errorCode() {
        return only().get("error").get("code").asText();
    }

    List<String> lines() {
        return stdout.lines().toList();
    }
}
