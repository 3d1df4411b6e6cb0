package io.wirefeed.launcher;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the Maven project version). */
final class WirefeedVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Wirefeed.class.getPackage().getImplementationVersion();
        return new String[] {"wirefeed " + (version == null ? "(development build)" : version)};
    }
}
