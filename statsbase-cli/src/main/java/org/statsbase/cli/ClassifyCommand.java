package org.statsbase.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statsbase classify …}: enterprise size, above-scale status, and the confidentiality of data. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify enterprises: size (大中小微) and above-scale status (四上); classify data: confidentiality.",
                "企业规模与“四上”单位判定；统计数据定密定级。"},
        subcommands = {ClassifySizeCommand.class, ClassifyAboveScaleCommand.class, ClassifyDataCommand.class},
        footer = {"", "Example:", "  statsbase classify size --industry C13 --employees 350 --revenue 5000",
                "  statsbase classify data --class unit --region 320102001"})
final class ClassifyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new SubcommandRequired(spec.commandLine());
    }
}
