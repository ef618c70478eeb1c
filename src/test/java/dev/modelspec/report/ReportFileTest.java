package dev.modelspec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {

    @TempDir
    Path directory;

    @Test
    void replacesTheFileWholeWithNoTemporaryLeft() throws Exception {
        Path report = directory.resolve("reports").resolve("summary.md");

        ReportFile.write(report, "old".getBytes(StandardCharsets.UTF_8));
        ReportFile.write(report, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(report).hasContent("new");
        try (var files = Files.list(report.getParent())) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void readableAsAnyNewFileOfTheUser() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(directory.resolve("plain.txt"), "x");
        Path report = directory.resolve("report.json");

        ReportFile.write(report, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
