"""The `recoupe` command line: reads the configuration once and calls the packages' orchestrators."""
