package org.statsbase.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statsbase classify …}: enterprise size and above-scale status. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify enterprises: size (大中小微) and above-scale status (四上).",
                "企业规模与“四上”单位判定。"},
        subcommands = {ClassifySizeCommand.class, ClassifyAboveScaleCommand.class},
        footer = {"", "Example:", "  statsbase classify size --industry C13 --employees 350 --revenue 5000"})
final class ClassifyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new SubcommandRequired(spec.commandLine());
    }
}
