This is a build log, not an add-in package.
