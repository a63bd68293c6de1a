package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8 §1: the hostile arguments the fuzzing found or is built around, each with its typed error. */
class HostileArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void anAtFileArgumentIsTakenLiterallyNotExpanded() {
        // picocli would read /dev/zero for ever; the argument is a plain (unknown) value instead
        CliRun run = CliFuzz.run(java.util.List.of("code", "check", "--type", "uscc", "@/dev/zero"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.only().get("input").asText()).isEqualTo("@/dev/zero");
    }

    @Test
    void aDeviceIsRefusedBeforeItIsRead() {
        // a ledger and mapping of /dev/zero ran out of memory (exit 3) before
        CliRun run = CliRun.of("ledger", "derive", "--ledger", "/dev/zero", "--mapping", "/dev/zero", "--period",
                "2026-10");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-CLI-0060");
        assertThat(run.only().get("error").get("message_en").asText()).contains("--ledger", "/dev/zero");
        assertThat(run.only().get("error").get("message_zh").asText()).contains("--ledger", "设备");
    }

    @Test
    void aLinkToADeviceNamedLikeADataFileIsRefused() throws IOException {
        Path policy = Files.createSymbolicLink(dir.resolve("policy.json"), Path.of("/dev/zero"));
        CliRun run = CliRun.of("classify", "data", "--class", "unit", "--region", "110000", "--policy",
                policy.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-CLI-0060");
    }

    @Test
    void aDeviceInsideAnOptionValueIsRefused() throws IOException {
        Path rules = dir.resolve("r.yaml");
        Files.writeString(rules, "id: r\nversion: '1'\nrules:\n  - id: R1\n    check: B01 >= 0\n    message: m\n");
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "uscc,B01\n915001058748382148,1\n");
        CliRun run = CliRun.of("validate", "--rules", rules.toString(), "--data", data.toString(), "--key", "uscc",
                "--ref", "prev=/dev/zero");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-CLI-0060");
    }

    @Test
    void anEmptyPathIsRefusedNotTakenForTheWorkingDirectory() {
        CliRun run = CliRun.of("archive", "check", "--catalog", "jdbc:h2:mem:", "--content", "", "--trail", " ");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-CLI-0061");
        CliRun store = CliRun.of("audit", "verify", "--store", "");
        assertThat(store.errorCode()).isEqualTo("SB-CLI-0061");
    }

    @Test
    void aNegativeSecrecyPeriodIsATypedError() throws IOException {
        Path file = dir.resolve("a.pdf");
        Files.writeString(file, "x");
        CliRun run = CliRun.of("archive", "ingest", "--catalog", "jdbc:h2:" + dir.resolve("c"), "--content",
                dir.resolve("content").toString(), "--trail", dir.resolve("trail").toString(), "--file",
                file.toString(), "--id", "r1", "--class", "original-survey", "--formed", "2024-05-10", "--title", "t",
                "--responsible", "p", "--confidentiality", "SECRET", "--secrecy-years", "-1");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-CLI-0062");
    }

    @Test
    void theRootDirectoryAsTheFileToIngestIsATypedError() {
        // found by CliWritingCommandsFuzzProperties: "/" has no file name, so taking its extension failed
        CliRun run = CliRun.of("archive", "ingest", "--catalog", "jdbc:h2:" + dir.resolve("c"), "--content",
                dir.resolve("content").toString(), "--trail", dir.resolve("trail").toString(), "--file", "/",
                "--id", "r1", "--class", "original-survey", "--formed", "2024-05-10", "--title", "t",
                "--responsible", "p");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-CLI-0002");
    }

    @Test
    void jdbcUrlSettingsThatRunCodeAreRefusedBeforeAnythingIsOpened() {
        Path marker = dir.resolve("ran");
        // H2 would run the SQL of INIT on connecting, here writing a file (it could as well define Java code)
        String init = "jdbc:h2:" + dir.resolve("c") + ";MODE=PostgreSQL;init=CALL CSVWRITE('" + marker
                + "', 'SELECT 1')";
        CliRun archive = CliRun.of("archive", "check", "--catalog", init, "--content", dir.resolve("content").toString(),
                "--trail", dir.resolve("trail").toString());
        assertThat(archive.exit()).isEqualTo(2);
        assertThat(archive.errorCode()).isEqualTo("SB-CLI-0063");
        assertThat(archive.only().get("error").get("message_en").asText()).contains("--catalog", "INIT");
        assertThat(archive.only().get("error").get("message_zh").asText()).contains("--catalog", "INIT");
        CliRun store = CliRun.of("audit", "verify", "--store", init);
        assertThat(store.errorCode()).isEqualTo("SB-CLI-0063");
        // the PostgreSQL driver would instantiate the class a URL names, or write its log to the file it names
        for (String setting : java.util.List.of("socketFactory=java.io.File", "SSLFACTORY=x.Y",
                "sslhostnameverifier=x.Y", "sslpasswordcallback=x.Y", "authenticationPluginClassName=x.Y",
                "loggerFile=" + marker)) {
            CliRun pg = CliRun.of("audit", "verify", "--store",
                    "jdbc:postgresql://127.0.0.1:1/x?connectTimeout=1&" + setting);
            assertThat(pg.errorCode()).as(setting).isEqualTo("SB-CLI-0063");
        }
        // refused before anything was created or run
        assertThat(marker).doesNotExist();
        assertThat(dir.resolve("trail")).doesNotExist();
        assertThat(dir.resolve("content")).doesNotExist();
    }

    @Test
    void ordinaryJdbcUrlSettingsStillPass() {
        assertThat(JdbcUrls.checked("--catalog", "jdbc:h2:/srv/a/catalog;MODE=PostgreSQL;IFEXISTS=TRUE"))
                .isEqualTo("jdbc:h2:/srv/a/catalog;MODE=PostgreSQL;IFEXISTS=TRUE");
        assertThat(JdbcUrls.checked("--store", "jdbc:postgresql://h/db?user=u&password=p&sslmode=require"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=p&sslmode=require");
        // a database named like a setting is no setting
        assertThat(JdbcUrls.checked("--catalog", "jdbc:h2:/srv/INIT")).isEqualTo("jdbc:h2:/srv/INIT");
    }
}
