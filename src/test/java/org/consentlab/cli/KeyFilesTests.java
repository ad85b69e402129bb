package org.consentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Private keys the command line writes are readable by their owner only, and never written through a link. */
@DisabledOnOs(OS.WINDOWS)
class KeyFilesTests {

	@TempDir
	Path dir;

	@Test
	void keygenWhenRunThenPrivateKeysAreOwnerOnly() throws Exception {
		CliRun run = CliRun.of("sd-jwt", "keygen", "--out", dir.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		for (String role : new String[] {"issuer", "holder"}) {
			assertThat(PosixFilePermissions.toString(
							Files.getPosixFilePermissions(dir.resolve(role + ".private.jwk.json"))))
					.isEqualTo("rw-------");
		}
	}

	@Test
	void keygenWhenALinkIsPlantedAtTheKeyPathThenRefusedAndTheTargetUntouched() throws Exception {
		Path target = Files.writeString(dir.resolve("victim.txt"), "untouched");
		Files.createSymbolicLink(dir.resolve("issuer.private.jwk.json"), target);
		CliRun run = CliRun.of("sd-jwt", "keygen", "--out", dir.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("already exists");
		assertThat(Files.readString(target)).isEqualTo("untouched");
	}
}
