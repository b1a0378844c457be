#pragma once

// Decides between the window and a headless subcommand, creates the matching
// application object and runs it. Returns the process exit code.
int headroomMain(int argc, char *argv[]);

// Organization, application name and version, shared by the app, subcommands and tests.
void setHeadroomApplicationIdentity();
