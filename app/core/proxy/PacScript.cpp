#include "PacScript.h"

#include "PacScriptEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <dlfcn.h>

namespace {
// Where the module is: installed, in a folder of the program's own under the library directory (no search
// path of the system's); in a build, beside the program. Other programs of a build (tests) find it through the
// build's run path, or NETREADY_PAC_MODULE where a sanitizer's dlopen() ignores run paths.
constexpr char kModuleFile[] = "libnetready-pac.so";

struct PacModule
{
    CreatePacScriptEngine create = nullptr;
    QString error;
};

QString unloadable(const QString& loaderError)
{
    return PacScript::tr("the JavaScript engine for proxy auto-config scripts could not be loaded (%1); reinstall "
                         "Netready")
        .arg(loaderError);
}

const PacModule& pacModule()
{
    // Loaded once per process and kept, as Qt keeps its plugins.
    static const PacModule module = [] {
        PacModule loaded;
        QStringList candidates;
        // A packager's or a test's choice of module file; nothing else is tried then.
        const QString chosen = qEnvironmentVariable("NETREADY_PAC_MODULE");
        if (!chosen.isEmpty())
            candidates << chosen;
        else if (QCoreApplication::instance()) {
            const QString programDir = QCoreApplication::applicationDirPath();
            candidates << programDir + QStringLiteral("/../" NETREADY_PAC_MODULE_DIR "/") + QLatin1String(kModuleFile)
                       << programDir + QLatin1Char('/') + QLatin1String(kModuleFile);
        }
        void* handle = nullptr;
        for (const QString& path : std::as_const(candidates)) {
            if (QFileInfo::exists(path)
                && (handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL)))
                break;
        }
        if (!handle && chosen.isEmpty())
            handle = dlopen(kModuleFile, RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            const char* why = dlerror();
            loaded.error = unloadable(why ? QString::fromLocal8Bit(why) : chosen + QStringLiteral(": no such file"));
            return loaded;
        }
        loaded.create = reinterpret_cast<CreatePacScriptEngine>(dlsym(handle, NETREADY_PAC_ENGINE_FACTORY));
        if (!loaded.create)
            loaded.error = unloadable(QString::fromLocal8Bit(dlerror()));
        return loaded;
    }();
    return module;
}
} // namespace

struct PacScript::Private
{
    std::unique_ptr<PacScriptEngine> engine;
    QString unavailable; // why there is no engine
};

PacScript::PacScript(PacHost& host, int boundMs)
    : d(std::make_unique<Private>())
{
    const PacModule& module = pacModule();
    if (module.create)
        d->engine.reset(module.create(&host, boundMs));
    else
        d->unavailable = module.error;
}

PacScript::~PacScript() = default;

bool PacScript::load(const QString& source, const QString& location, QString* error)
{
    if (!d->engine) {
        if (error)
            *error = d->unavailable;
        return false;
    }
    return d->engine->load(source, location, error);
}

PacEvaluation PacScript::evaluate(const QString& url, const QString& host)
{
    if (!d->engine) {
        PacEvaluation result;
        result.error = d->unavailable;
        return result;
    }
    return d->engine->evaluate(url, host);
}

void PacScript::interrupt()
{
    if (d->engine)
        d->engine->interrupt();
}
