#pragma once

#include "PacScript.h"

// The JavaScript side of a PacScript on Linux and macOS. It lives in a module of its own (netready-pac, Qt
// Qml's engine) that the program loads the first time a script must run: Qt Qml adds megabytes to every
// process that links it, and most runs never meet a script.
class PacScriptEngine
{
public:
    virtual ~PacScriptEngine() = default;
    virtual bool load(const QString& source, const QString& location, QString* error) = 0;
    virtual PacEvaluation evaluate(const QString& url, const QString& host) = 0;
    virtual void interrupt() = 0; // from any thread
};

// The module's one entry point: a new engine whose host answers DNS and clock questions (host outlives it).
#define NETREADY_PAC_ENGINE_FACTORY "netready_create_pac_script_engine"
using CreatePacScriptEngine = PacScriptEngine* (*)(PacHost* host, int boundMs);
