// An enrolment package as a township imports it before anyone has confirmed the city's
// fingerprint: header, recipient, body, format, keys and signature are all checked (and nothing is
// written) before the fingerprint is asked for.
#include "FuzzInput.h"
#include "security/Session.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "sync/Enrolment.h"

#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {
// The township the seed packages are for (scripts/fuzz.sh enrols 220681101), made once.
Doudi::Database& township()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Doudi::Database> db = [] {
        auto opened =
            Doudi::Database::open(dir.filePath(QStringLiteral("t.doudi")), Doudi::Database::OpenMode::MustNotExist);
        if (!opened)
            std::abort();
        Doudi::SiteRepository sites(**opened, Doudi::Session::bootstrap(QStringLiteral("fuzz")));
        if (!sites.createSite(QStringLiteral("220681101"), QStringLiteral("六道沟镇"), QStringLiteral("township")))
            std::abort();
        return std::move(opened).value();
    }();
    return *db;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const Doudi::Session admin = Doudi::Session::bootstrap(QStringLiteral("fuzz"));
    (void)Doudi::Enrolment::import(township(), admin, fuzzBytes(data, size), QString());
    return 0;
}
