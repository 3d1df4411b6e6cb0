package io.wirefeed.service;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the Maven project version). */
public final class WirefeedVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = WirefeedVersion.class.getPackage().getImplementationVersion();
        return new String[] {"wirefeed " + (version == null ? "(development build)" : version)};
    }
}
