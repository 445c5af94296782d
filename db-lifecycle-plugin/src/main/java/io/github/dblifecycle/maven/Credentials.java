package io.github.dblifecycle.maven;

import io.github.dblifecycle.core.ConnectionSpec;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Reads the account from the POM or, with {@code serverId}, from {@code settings.xml} (decrypting an encrypted
 * password through Maven's own decrypter). Wired by hand, not a Sisu component: only Maven's own components are
 * injected, into the goals.
 */
final class Credentials {
    private final SettingsDecrypter decrypter;
    private final Settings settings;

    Credentials(SettingsDecrypter decrypter, Settings settings) {
        this.decrypter = decrypter;
        this.settings = settings;
    }

    ConnectionSpec resolve(String serverId, String url, String username, String password)
            throws MojoExecutionException {
        if (serverId == null || serverId.isBlank()) {
            return new ConnectionSpec(url, username, password);
        }
        Server server = settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("db-lifecycle: <serverId>" + serverId + "</serverId> names no <server> "
                    + "in settings.xml. Add <server><id>" + serverId + "</id><username>…</username><password>…"
                    + "</password></server> to ~/.m2/settings.xml, or remove serverId and set username/password.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("db-lifecycle: cannot decrypt the password of server '" + serverId
                        + "' in settings.xml: " + problem.getMessage());
            }
        }
        Server decrypted = result.getServer();
        String user = decrypted.getUsername() != null ? decrypted.getUsername() : username;
        return new ConnectionSpec(url, user, decrypted.getPassword());
    }
}
