package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options {@code bin/parcelrecon} picks, run against a stand-in {@code java} that records its arguments: a
 * copy of the launcher beside an empty jar (never stale: no sources around it), and inputs of the sizes that switch
 * its rules (sparse files, so 600 MB cost no disk).
 */
@EnabledOnOs(OS.LINUX)
class LauncherTest {
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;
    private Path launcher;
    private Path jar;
    private Path log;

    @BeforeEach
    void layOut() throws IOException {
        Path source = null;
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("bin/parcelrecon"))) {
                source = d.resolve("bin/parcelrecon");
                break;
            }
        }
        assertThat(source).as("bin/parcelrecon above the working directory").isNotNull();
        launcher = dir.resolve("root/bin/parcelrecon");
        Files.createDirectories(launcher.getParent());
        Files.copy(source, launcher);
        executable(launcher);
        jar = dir.resolve("root/cli/target/parcelrecon-cli-9.9-all.jar");
        Files.createDirectories(jar.getParent());
        Files.createFile(jar);
        log = dir.resolve("java.log");
        Path java = dir.resolve("stub/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, """
                #!/usr/bin/env bash
                # the launcher's heap probe: answer it as the real JVM would
                for a in "$@"; do
                  if [ "$a" = -XX:+PrintFlagsFinal ]; then
                    echo probe >> "$STUB_LOG.probes"
                    echo "   size_t MaxHeapSize = ${STUB_HEAP} {product} {ergonomic}"; exit 0
                  fi
                done
                # the archive's dump: make it, and record its arguments apart from the run's
                for a in "$@"; do
                  if [ "$a" = -Xshare:dump ]; then
                    printf '%s\\n' "$@" > "$STUB_LOG.dump"
                    for b in "$@"; do case "$b" in -XX:SharedArchiveFile=*) touch "${b#*=}" ;; esac; done
                    exit 0
                  fi
                done
                printf '%s\\n' "$@" > "$STUB_LOG"
                for a in "$@"; do case "$a" in -XX:DumpLoadedClassList=*) echo java/lang/Object > "${a#*=}" ;; esac; done
                exit "${STUB_STATUS:-0}"
                """);
        executable(java);
    }

    @Test
    void aSmallCompareMapsRunUsesC1AndTheParallelCollectorWithTheDefaultYoungGeneration() throws Exception {
        List<String> args = run(Map.of(), "compare-maps", "--old", input("a", 1), "--new", input("b", 1));
        assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC")
                .noneMatch(a -> a.startsWith("-Xmn"));
    }

    @Test
    void aMidSizeCompareMapsRunGetsAOneGigabyteYoungGenerationAtMostHalfTheHeap() throws Exception {
        String old = input("a", 50 * MB);
        String nu = input("b", 50 * MB);
        assertThat(run(Map.of(), "compare-maps", "--old", old, "--new", nu))
                .contains("-XX:TieredStopAtLevel=1", "-Xmn1024m");
        assertThat(run(Map.of("STUB_HEAP", String.valueOf(1024 * MB), "PARCELRECON_JAVA_OPTS", "-Xmx1g"),
                "compare-maps", "--old", old, "--new", nu)).contains("-Xmn512m");
    }

    @Test
    void theHeapSizeIsAskedOfTheJvmOncePerSetOfOptions() throws Exception {
        String old = input("a", 50 * MB);
        String nu = input("b", 50 * MB);
        Path probes = Path.of(log + ".probes");
        assertThat(run(Map.of(), "compare-maps", "--old", old, "--new", nu)).contains("-Xmn1024m");
        assertThat(run(Map.of(), "compare-maps", "--old", old, "--new", nu)).contains("-Xmn1024m");
        assertThat(Files.readAllLines(probes)).hasSize(1); // the second run took the size kept beside the jar
        // other options may give another heap: asked again, and each answer kept apart
        assertThat(run(Map.of("STUB_HEAP", String.valueOf(1024 * MB), "PARCELRECON_JAVA_OPTS", "-Xmx1g"),
                "compare-maps", "--old", old, "--new", nu)).contains("-Xmn512m");
        assertThat(run(Map.of(), "compare-maps", "--old", old, "--new", nu)).contains("-Xmn1024m");
        assertThat(Files.readAllLines(probes)).hasSize(2);
        // a kept answer that is not a number is asked again
        try (Stream<Path> kept = Files.list(jar.getParent())) {
            for (Path p : kept.filter(p -> p.toString().endsWith(".heap")).toList()) {
                Files.writeString(p, "garbage\n");
            }
        }
        assertThat(run(Map.of(), "compare-maps", "--old", old, "--new", nu)).contains("-Xmn1024m");
        assertThat(Files.readAllLines(probes)).hasSize(3);
    }

    @Test
    void transparentHugePagesAreAskedForWhereTheKernelGivesThemAndNotWhenTheUserSaysOtherwise() throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(setting) ? Files.readString(setting) : "";
        boolean offered = mode.contains("[madvise]") || mode.contains("[always]");
        List<String> args = run(Map.of(), "compare-maps", "--old", input("a", 1), "--new", input("b", 1));
        if (offered) {
            assertThat(args).contains("-XX:+UseTransparentHugePages");
        } else {
            assertThat(args).doesNotContain("-XX:+UseTransparentHugePages");
        }
        assertThat(run(Map.of(), "check-map", input("c", 1)).contains("-XX:+UseTransparentHugePages"))
                .isEqualTo(offered);
        assertThat(run(Map.of("PARCELRECON_JAVA_OPTS", "-XX:-UseTransparentHugePages"), "compare-maps", "--old",
                input("a", 1), "--new", input("b", 1)))
                .contains("-XX:-UseTransparentHugePages").doesNotContain("-XX:+UseTransparentHugePages");
    }

    @Test
    void aLargeCompareMapsRunKeepsC2AndGetsThreeQuartersOfTheHeapYoung() throws Exception {
        List<String> args = run(Map.of(), "compare-maps", "--old=" + input("a", 300 * MB),
                "--new=" + input("b", 300 * MB));
        assertThat(args).contains("-Xmn3072m", "-XX:+UseParallelGC").doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theUsersYoungGenerationCollectorAndOtherCommandsAreLeftAlone() throws Exception {
        String old = input("a", 300 * MB);
        String nu = input("b", 300 * MB);
        List<String> own = run(Map.of("PARCELRECON_JAVA_OPTS", "-Xmn2g -XX:+UseG1GC"), "compare-maps", "--old", old,
                "--new", nu);
        assertThat(own).contains("-Xmn2g", "-XX:+UseG1GC").doesNotContain("-XX:+UseParallelGC", "-Xmn3072m");
        assertThat(run(Map.of(), "check-map", old)).noneMatch(a -> a.startsWith("-Xmn"));
    }

    @Test
    void eachCommandGetsItsOwnStaticClassDataArchiveMadeOnlyAfterASuccessfulRun() throws Exception {
        String old = input("a", 1);
        String nu = input("b", 1);
        Path stale = jar.resolveSibling("parcelrecon-cli-9.9-all-1-compare-maps.jsa"); // another build's
        Files.createFile(stale);
        Path dumpLog = Path.of(log + ".dump");
        run(Map.of("STUB_STATUS", "2"), "compare-maps", "--old", old);
        assertThat(archives()).isEmpty(); // a usage error's archive is not made; the other build's is gone
        assertThat(dumpLog).doesNotExist();
        List<String> first = run(Map.of(), "compare-maps", "--old", old, "--new", nu);
        String list = first.stream().filter(a -> a.startsWith("-XX:DumpLoadedClassList=")).findFirst().orElseThrow()
                .substring("-XX:DumpLoadedClassList=".length());
        assertThat(Files.readAllLines(dumpLog)).contains("-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-cp", jar.toString()); // the run's class list, archived with the jar as the class path
        assertThat(Path.of(list)).doesNotExist();
        try (Stream<Path> left = Files.list(jar.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        run(Map.of(), "--version");
        assertThat(archives()).hasSize(2).anyMatch(n -> n.endsWith("-compare-maps.jsa"))
                .anyMatch(n -> n.endsWith("-none.jsa"));
        String archive = archives().stream().filter(n -> n.endsWith("-compare-maps.jsa")).findFirst().orElseThrow();
        assertThat(run(Map.of(), "compare-maps", "--old", old, "--new", nu))
                .contains("-XX:SharedArchiveFile=" + jar.resolveSibling(archive));
    }

    private List<String> run(Map<String, String> env, String... args) throws Exception {
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", dir.resolve("stub") + ":" + System.getenv("PATH"));
        pb.environment().put("STUB_LOG", log.toString());
        pb.environment().put("STUB_HEAP", String.valueOf(4096 * MB));
        pb.environment().remove("PARCELRECON_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(Integer.parseInt(env.getOrDefault("STUB_STATUS", "0")));
        return Files.readAllLines(log);
    }

    private String input(String name, long bytes) throws IOException {
        Path f = dir.resolve(name + ".geojson");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(bytes);
        }
        return f.toString();
    }

    private List<String> archives() throws IOException {
        try (Stream<Path> s = Files.list(jar.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).sorted().toList();
        }
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
